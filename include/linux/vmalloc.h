/*
 * include/linux/vmalloc.h - virtually contiguous kernel memory (slides
 * "Large-size Allocations", "kmalloc() VS vmalloc()", and vmap from
 * "High Memory"). Each area is a vm_struct on vmlist.
 */
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <linux/mm.h>

#define VM_ALLOC	0x00000001	/* pages allocated by vmalloc */
#define VM_MAP		0x00000004	/* pages given to vmap */

struct vm_struct {
	unsigned long flags;
	void *addr;
	unsigned long size;	/* including the guard page */
	struct vm_struct *next;
};

extern struct vm_struct *vmlist;

struct vm_struct *get_vm_area(unsigned long size, unsigned long flags);
void *__vmalloc(unsigned long size, int gfp_mask, pgprot_t prot);
void *vmalloc(unsigned long size);
void vfree(void *addr);
void *vmap(struct page **pages, unsigned int count, unsigned long flags,
	   pgprot_t prot);
void vunmap(void *addr);

#endif
