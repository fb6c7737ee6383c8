/*
 * include/linux/swap.h - swapon(2)'s flags, the part of 2.4's swap.h a
 * program sees; the DISCARD ones are later Linux's. lk24 has no swap
 * (mm/swapfile.c), so nothing else of the header is here.
 */
#ifndef _LINUX_SWAP_H
#define _LINUX_SWAP_H

#define SWAP_FLAG_PREFER	0x8000	/* the priority below is given */
#define SWAP_FLAG_PRIO_MASK	0x7fff
#define SWAP_FLAG_DISCARD	0x10000	/* discard freed swap pages */
#define SWAP_FLAG_DISCARD_ONCE	0x20000	/* discard it all at swapon */
#define SWAP_FLAG_DISCARD_PAGES	0x40000	/* discard pages as freed */
#define SWAP_FLAGS_VALID	(SWAP_FLAG_PRIO_MASK | SWAP_FLAG_PREFER | \
				 SWAP_FLAG_DISCARD | SWAP_FLAG_DISCARD_ONCE | \
				 SWAP_FLAG_DISCARD_PAGES)

#endif
