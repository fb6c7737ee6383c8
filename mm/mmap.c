/*
 * mm/mmap.c - a process's memory areas (VMAs): finding the one that
 * holds an address, growing the stack. mmap, munmap and brk arrive with
 * the first user program. Linux 2.4 keeps an AVL tree as well as the
 * sorted list; lk24 walks the list.
 */
#include <linux/kernel.h>
#include <linux/mm.h>

/* find_vma - the first area that ends above @addr (it may start above
 * it too: the caller decides), or NULL. */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_end > addr)
			return vma;
	return NULL;
}

/*
 * expand_stack - move the start of the stack area @vma down to the page
 * of @address. Returns 0, or -ENOMEM if it would run into the area below.
 */
int expand_stack(struct vm_area_struct *vma, unsigned long address)
{
	struct vm_area_struct *prev;

	address &= PAGE_MASK;
	for (prev = vma->vm_mm->mmap; prev && prev->vm_next != vma;
	     prev = prev->vm_next)
		;
	if (prev && prev->vm_end > address - PAGE_SIZE)
		return -12;	/* keep a guard page between them */
	vma->vm_start = address;
	return 0;
}
