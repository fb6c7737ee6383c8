/*
 * include/linux/uio.h - struct iovec, one buffer of readv(2) and
 * writev(2).
 */
#ifndef _LINUX_UIO_H
#define _LINUX_UIO_H

#include <linux/types.h>

struct iovec {
	void *iov_base;
	size_t iov_len;
};

#endif
