/*
 * mm/mprotect.c - mprotect(2): new protections for a range of areas,
 * split where the range cuts an area and merged again afterwards; the
 * PTEs already there get the new protection, and the TLB is flushed
 * (slide "TLB flush API"). Private writable pages stay read-only in
 * their PTEs, so copy-on-write goes on working.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/errno.h>
#include <asm/mman.h>

/* pte_modify - @pte with protection @newprot, same frame, same
 * accessed and dirty bits */
static inline pte_t pte_modify(pte_t pte, pgprot_t newprot)
{
	pte.pte_low = (pte.pte_low & (PAGE_MASK | _PAGE_ACCESSED |
				      _PAGE_DIRTY)) | pgprot_val(newprot);
	return pte;
}

/* change_protection - every present PTE of [@start, @end) in @mm gets
 * @newprot; then the TLB is flushed. */
static void change_protection(struct mm_struct *mm, unsigned long start,
			      unsigned long end, pgprot_t newprot)
{
	unsigned long addr;
	pmd_t *pmd;
	pte_t *pte;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pmd = pmd_offset(pgd_offset(mm, addr), addr);
		if (pmd_none(*pmd)) {
			addr = (addr & PMD_MASK) + PMD_SIZE - PAGE_SIZE;
			continue;
		}
		pte = pte_offset(pmd, addr);
		if (pte_present(*pte))
			set_pte(pte, pte_modify(*pte, newprot));
	}
	flush_tlb_range(mm, start, end);
}

/* mprotect_fixup - [@start, @end) of @vma gets @newflags: split it
 * there, set its flags and protection, change its PTEs. 0 or -ENOMEM. */
static int mprotect_fixup(struct vm_area_struct *vma, unsigned long start,
			  unsigned long end, unsigned long newflags)
{
	struct mm_struct *mm = vma->vm_mm;

	if (newflags == vma->vm_flags)
		return 0;
	if (split_vma(mm, vma, end))
		return -ENOMEM;
	if (start > vma->vm_start) {
		if (split_vma(mm, vma, start))
			return -ENOMEM;
		vma = vma->vm_next;
	}
	vma->vm_flags = newflags;
	vma->vm_page_prot = vm_prot(newflags);
	change_protection(mm, start, end, vma->vm_page_prot);
	return 0;
}

/*
 * first_area - the area where mprotect starts, or an ERR pointer:
 * -ENOMEM if @start is not mapped. With PROT_GROWSDOWN in @grows the
 * range reaches down to the start of the stack area holding it
 * (*@start moves; -EINVAL for another area); PROT_GROWSUP is -EINVAL,
 * no i386 area grows up.
 */
static struct vm_area_struct *first_area(struct mm_struct *mm,
					 unsigned long *start,
					 unsigned long end,
					 unsigned long grows)
{
	struct vm_area_struct *vma = find_vma(mm, *start);

	if (!vma || vma->vm_start >= end ||
	    (!(grows & PROT_GROWSDOWN) && vma->vm_start > *start))
		return ERR_PTR(-ENOMEM);
	if (grows & PROT_GROWSUP)
		return ERR_PTR(-EINVAL);
	if (grows & PROT_GROWSDOWN) {
		if (!(vma->vm_flags & VM_GROWSDOWN))
			return ERR_PTR(-EINVAL);
		*start = vma->vm_start;
	}
	return vma;
}

/*
 * sys_mprotect - @prot (PROT_READ, _WRITE, _EXEC) for [@start,
 * @start + @len). Areas are changed in order; a hole in the range ends
 * it with -ENOMEM, as on Linux. 0, -EINVAL or -ENOMEM. Linux's order:
 * both PROT_GROWSDOWN and PROT_GROWSUP, an unaligned start, then a
 * length of 0 (success, whatever @prot is), then a range that wraps,
 * unknown @prot bits, and then the areas (first_area).
 */
asmlinkage long sys_mprotect(unsigned long start, size_t len,
			     unsigned long prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long end, newflags, vm_prot_bits;	/* VM_ bits */
	unsigned long grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP);
	struct vm_area_struct *vma, *next;
	int error;

	if (grows == (PROT_GROWSDOWN | PROT_GROWSUP))
		return -EINVAL;
	prot &= ~grows;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!len)
		return 0;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end <= start)
		return -ENOMEM;
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC))
		return -EINVAL;
	vm_prot_bits = calc_vm_flags(prot, 0);
	vma = first_area(mm, &start, end, grows);
	if (IS_ERR(vma))
		return PTR_ERR(vma);
	for (; vma && vma->vm_start < end; vma = next) {
		unsigned long this_end = min(end, vma->vm_end);

		next = vma->vm_next;
		newflags = (vma->vm_flags & ~(VM_READ | VM_WRITE | VM_EXEC)) |
			   vm_prot_bits;
		error = mprotect_fixup(vma, max(start, vma->vm_start),
				       this_end, newflags);
		if (error)
			return error;
		if (this_end < end && (!next || next->vm_start != this_end))
			return -ENOMEM;		/* a hole */
	}
	merge_segments(mm, start, end);
	return 0;
}
