/*
 * init/version.c - the banner start_kernel prints first.
 * Linux 2.4 adds who compiled it, where and when; lk24 leaves those out so
 * that two builds of the same tree give the same image.
 */
#include <linux/version.h>

const char linux_banner[] =
	"Linux version " UTS_RELEASE " (lk24) (gcc version " __VERSION__ ")\n";
