/*
 * include/linux/utime.h - utime(2)'s argument: a file's new access and
 * modification times, in seconds since 1970.
 */
#ifndef _LINUX_UTIME_H
#define _LINUX_UTIME_H

#include <linux/types.h>

struct utimbuf {
	time_t actime;
	time_t modtime;
};

#endif
