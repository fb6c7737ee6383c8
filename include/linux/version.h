/*
 * include/linux/version.h - the release lk24 reports (uname, banner).
 * It implements Linux 2.4's interfaces, so it says so in the release.
 */
#define UTS_SYSNAME		"Linux"
#define UTS_RELEASE		"2.4.0-lk24"
#define LINUX_VERSION_CODE	0x020400
#define KERNEL_VERSION(a, b, c)	(((a) << 16) + ((b) << 8) + (c))
