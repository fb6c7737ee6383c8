/*
 * mm/mremap.c - mremap(2): an area shrinks (its tail unmapped), grows in
 * place where the addresses above it are free, or, with MREMAP_MAYMOVE,
 * moves: a new area elsewhere gets the old one's PTEs (the pages move,
 * not their contents), then the old range goes; MREMAP_FIXED names
 * where.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/errno.h>
#include <asm/mman.h>

#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2

/* move_page_tables - the PTEs of [@old, @old + @len) of @mm to @new,
 * cleared where they were. 0 or -ENOMEM. */
static int move_page_tables(struct mm_struct *mm, unsigned long new,
			    unsigned long old, unsigned long len)
{
	unsigned long off;
	pte_t *src, *dst;
	pmd_t *pmd;

	for (off = 0; off < len; off += PAGE_SIZE) {
		pmd = pmd_offset(pgd_offset(mm, old + off), old + off);
		if (pmd_none(*pmd))
			continue;
		src = pte_offset(pmd, old + off);
		if (pte_none(*src))
			continue;
		dst = pte_alloc(mm, pmd_alloc(mm, pgd_offset(mm, new + off),
					      new + off), new + off);
		if (!dst)
			return -ENOMEM;
		set_pte(dst, *src);
		pte_clear(src);
	}
	flush_tlb_mm(mm);
	return 0;
}

/* move_vma - @vma's part [@addr, @addr + @old_len) to a new area of
 * @new_len at @new_addr. Returns @new_addr or -ENOMEM. */
static unsigned long move_vma(struct vm_area_struct *vma, unsigned long addr,
			      unsigned long old_len, unsigned long new_len,
			      unsigned long new_addr)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *new = kmalloc(sizeof(*new), GFP_KERNEL);

	if (!new)
		return -ENOMEM;
	*new = *vma;
	new->vm_start = new_addr;
	new->vm_end = new_addr + new_len;
	if (move_page_tables(mm, new_addr, addr, old_len)) {
		move_page_tables(mm, addr, new_addr, old_len);
		kfree(new);
		return -ENOMEM;
	}
	insert_vm_struct(mm, new);
	do_munmap(mm, addr, old_len);	/* its PTEs are empty now */
	merge_segments(mm, new_addr, new_addr + new_len);
	return new_addr;
}

/* grow_in_place - can @vma, ending at @addr + @old_len, take the
 * addresses up to @addr + @new_len? */
static int grow_in_place(struct vm_area_struct *vma, unsigned long addr,
			 unsigned long old_len, unsigned long new_len)
{
	unsigned long end = addr + new_len;

	if (vma->vm_end != addr + old_len || end > TASK_SIZE || end < addr)
		return 0;
	return !vma->vm_next || vma->vm_next->vm_start >= end;
}

/* bad_fixed - is @new_addr no place for MREMAP_FIXED to move [@addr,
 * @addr + @old_len) to, @new_len long: unaligned, past TASK_SIZE, or
 * overlapping the old range? */
static int bad_fixed(unsigned long addr, unsigned long old_len,
		     unsigned long new_len, unsigned long new_addr)
{
	return (new_addr & ~PAGE_MASK) || new_addr + new_len > TASK_SIZE ||
	       (new_addr < addr + old_len && addr < new_addr + new_len);
}

/*
 * do_mremap - the work of sys_mremap, on page-aligned lengths. Returns
 * the area's (possibly new) address or -EINVAL, -EFAULT (not mapped),
 * -ENOMEM (no room). As on Linux, even a range that only shrinks must
 * begin in a mapping.
 */
static unsigned long do_mremap(unsigned long addr, unsigned long old_len,
			       unsigned long new_len, unsigned long flags,
			       unsigned long new_addr)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;

	if ((flags & MREMAP_FIXED) && bad_fixed(addr, old_len, new_len,
						new_addr))
		return -EINVAL;
	vma = find_vma(mm, addr);
	if (!vma || vma->vm_start > addr)
		return -EFAULT;
	if (flags & MREMAP_FIXED) {
		do_munmap(mm, new_addr, new_len);
		vma = find_vma(mm, addr);	/* the unmap may split it */
	} else if (old_len >= new_len) {
		if (old_len > new_len)
			do_munmap(mm, addr + new_len, old_len - new_len);
		return addr;
	}
	if (addr + old_len > vma->vm_end)
		return -EFAULT;
	if (!(flags & MREMAP_FIXED) &&
	    grow_in_place(vma, addr, old_len, new_len)) {
		vma->vm_end = addr + new_len;
		return addr;
	}
	if (!(flags & MREMAP_MAYMOVE))
		return -ENOMEM;
	if (!(flags & MREMAP_FIXED))
		new_addr = get_unmapped_area(0, new_len);
	if (!new_addr)
		return -ENOMEM;
	return move_vma(vma, addr, min(old_len, new_len), new_len, new_addr);
}

/* sys_mremap - see do_mremap: -EINVAL for bad flags, alignment, a zero
 * new length, or MREMAP_FIXED without MREMAP_MAYMOVE */
asmlinkage unsigned long sys_mremap(unsigned long addr, unsigned long old_len,
				    unsigned long new_len, unsigned long flags,
				    unsigned long new_addr)
{
	if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE))
		return -EINVAL;
	if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE))
		return -EINVAL;
	if (addr & ~PAGE_MASK)
		return -EINVAL;
	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);
	if (!new_len || !old_len)
		return -EINVAL;
	return do_mremap(addr, old_len, new_len, flags, new_addr);
}
