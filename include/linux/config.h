/*
 * include/linux/config.h - what a file includes to see CONFIG_ symbols.
 */
#ifndef _LINUX_CONFIG_H
#define _LINUX_CONFIG_H
#include <linux/autoconf.h>
#endif
