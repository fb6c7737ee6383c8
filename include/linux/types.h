/*
 * include/linux/types.h - fixed-width and kernel scalar types.
 * Linux 2.4 splits these between linux/types.h and asm/types.h; lk24 keeps
 * the asm part in include/asm-i386/types.h and pulls it in here.
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <asm/types.h>

#ifndef __ASSEMBLY__

typedef unsigned int	size_t;
typedef int		ssize_t;
typedef int		ptrdiff_t;
typedef long		off_t;
typedef long long	loff_t;
typedef int		pid_t;
typedef long		time_t;
typedef long		clock_t;
typedef unsigned int	uid_t;
typedef unsigned int	gid_t;
typedef unsigned short	umode_t;
typedef unsigned int	mode_t;
typedef unsigned long	ino_t;

#define NULL ((void *)0)

#endif
#endif
