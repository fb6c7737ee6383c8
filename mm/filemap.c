/*
 * mm/filemap.c - in Linux 2.4 the page cache and file mappings, and
 * madvise(2). lk24 has no page cache yet, so what lives here is the
 * check every write makes (precheck_file_write), madvise: its advice
 * is checked and, but for MADV_DONTNEED (the range's pages go; the next
 * touch finds zeroes), taken as a hint that changes nothing; and msync,
 * whose checks are all that is left without file mappings.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/errno.h>
#include <linux/fs.h>
#include <asm/fcntl.h>
#include <asm/resource.h>
#include <asm/mman.h>

/*
 * precheck_file_write - what a write of *@count bytes at *@pos to @file
 * may do: O_APPEND moves *@pos to the end of @inode; RLIMIT_FSIZE (with
 * SIGXFSZ), 2 GB without O_LARGEFILE and the file system's s_maxbytes
 * cut *@count down, or refuse a write that would start beyond them.
 * An empty write is let through untouched. 0 or -EFBIG.
 */
int precheck_file_write(struct file *file, struct inode *inode,
			size_t *count, loff_t *pos)
{
	unsigned long limit = current->rlim[RLIMIT_FSIZE].rlim_cur;
	loff_t max = inode->i_sb->s_maxbytes;

	if (!*count)
		return 0;
	if (file->f_flags & O_APPEND)
		*pos = inode->i_size;
	if (limit != RLIM_INFINITY) {
		if (*pos >= limit) {
			send_sig(SIGXFSZ, current, 0);
			return -EFBIG;
		}
		if (*count > limit - *pos)
			*count = limit - *pos;
	}
	if (!(file->f_flags & O_LARGEFILE) && max > MAX_NON_LFS)
		max = MAX_NON_LFS;
	if (*pos >= max)
		return -EFBIG;
	if (*count > max - *pos)
		*count = max - *pos;
	return 0;
}

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

/*
 * sys_msync - write a file mapping's pages back: lk24 maps no files, so
 * only the checks remain, in Linux's order: unknown flags, a misaligned
 * start, MS_ASYNC with MS_SYNC (-EINVAL), a range that wraps (-ENOMEM),
 * an empty one (0), a hole anywhere in it (-ENOMEM).
 */
asmlinkage long sys_msync(unsigned long start, size_t len, int flags)
{
	unsigned long end;

	if ((flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)) ||
	    (start & ~PAGE_MASK) ||
	    ((flags & MS_ASYNC) && (flags & MS_SYNC)))
		return -EINVAL;
	end = start + PAGE_ALIGN(len);
	if (end < start)
		return -ENOMEM;
	if (end == start)
		return 0;
	return vma_range_mapped(current->mm, start, end) ? 0 : -ENOMEM;
}
