/*
 * include/linux/cache.h - L1_CACHE_ALIGN, a size rounded up to whole L1
 * cache lines (asm-i386/cache.h gives their size); the slab allocator
 * aligns objects with it. 2.4's SMP_CACHE_BYTES and the
 * ____cacheline_aligned attributes are left out.
 */
#ifndef _LINUX_CACHE_H
#define _LINUX_CACHE_H

#include <asm/cache.h>

#define L1_CACHE_ALIGN(x)	(((x) + L1_CACHE_BYTES - 1) & \
				 ~(L1_CACHE_BYTES - 1))

#endif
