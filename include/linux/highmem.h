/*
 * include/linux/highmem.h - page helpers that work whether or not the
 * page has a permanent kernel address (slide "High Memory").
 */
#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H

#include <linux/string.h>
#include <asm/highmem.h>

/* clear_user_highpage - zero a page about to be mapped into user space */
static inline void clear_user_highpage(struct page *page,
				       unsigned long vaddr)
{
	void *kaddr = kmap_atomic(page, KM_USER0);

	memset(kaddr, 0, PAGE_SIZE);
	kunmap_atomic(kaddr, KM_USER0);
}

#endif
