/*
 * mm/filemap.c - in Linux 2.4 the page cache and file mappings, and
 * madvise(2). lk24 has no page cache yet, so only madvise lives here:
 * its advice is checked and, but for MADV_DONTNEED (the range's pages
 * go; the next touch finds zeroes), taken as a hint that changes
 * nothing.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/errno.h>

#define MADV_NORMAL	0
#define MADV_RANDOM	1
#define MADV_SEQUENTIAL	2
#define MADV_WILLNEED	3
#define MADV_DONTNEED	4

/*
 * sys_madvise - advice about [@start, @start + @len). 0, -EINVAL for a
 * misaligned start or unknown advice, -ENOMEM if part of the range is
 * not mapped (the mapped parts still take the advice, as on Linux).
 */
asmlinkage long sys_madvise(unsigned long start, size_t len, int behavior)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long end, from, to;
	int error = 0;

	if ((start & ~PAGE_MASK) || behavior < MADV_NORMAL ||
	    behavior > MADV_DONTNEED)
		return -EINVAL;
	end = start + PAGE_ALIGN(len);
	if (end < start)
		return -EINVAL;
	for (from = start; from < end; from = to) {
		vma = find_vma(mm, from);
		if (!vma || vma->vm_start >= end)
			return -ENOMEM;
		if (vma->vm_start > from)
			error = -ENOMEM;	/* a hole before this area */
		to = min(end, vma->vm_end);
		if (behavior == MADV_DONTNEED) {
			zap_page_range(mm, max(from, vma->vm_start), to);
			flush_tlb_range(mm, from, to);
		}
	}
	return error;
}
