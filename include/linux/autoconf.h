/*
 * include/linux/autoconf.h - the few CONFIG_ symbols lk24 has.
 * Linux 2.4 generates this file from Kconfig answers; lk24 commits it and
 * chooses features by which files are in obj-y instead.
 */
#ifndef _LINUX_AUTOCONF_H
#define _LINUX_AUTOCONF_H

#define CONFIG_X86		1
#define CONFIG_M686		1
#define CONFIG_X86_L1_CACHE_SHIFT 5
#define CONFIG_HIGHMEM		1
#define CONFIG_SERIAL_CONSOLE	1
#define CONFIG_VGA_CONSOLE	1

#endif
