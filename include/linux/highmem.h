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

	clear_user_page(kaddr, vaddr);
	kunmap_atomic(kaddr, KM_USER0);
}

/* copy_user_highpage - copy-on-write: @from's contents into @to */
static inline void copy_user_highpage(struct page *to, struct page *from,
				      unsigned long vaddr)
{
	char *vfrom = kmap_atomic(from, KM_USER0);
	char *vto = kmap_atomic(to, KM_USER1);

	copy_user_page(vto, vfrom, vaddr);
	kunmap_atomic(vfrom, KM_USER0);
	kunmap_atomic(vto, KM_USER1);
}

#endif
