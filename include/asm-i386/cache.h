/*
 * include/asm-i386/cache.h - the L1 cache line size (slide "L1 data
 * caches"); the slab allocator colours and aligns with it.
 */
#ifndef __ARCH_I386_CACHE_H
#define __ARCH_I386_CACHE_H

#include <linux/config.h>

#define L1_CACHE_SHIFT	(CONFIG_X86_L1_CACHE_SHIFT)
#define L1_CACHE_BYTES	(1 << L1_CACHE_SHIFT)

#endif
