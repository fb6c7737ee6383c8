/*
 * mm/mmap.c - a process's memory areas (VMAs, book 9.3): finding the
 * one that holds an address, mmap and munmap with splitting and merging
 * of areas, brk, growing the stack, tearing everything down at exit.
 * Linux 2.4 keeps an AVL tree as well as the sorted list; lk24 walks
 * the list.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/errno.h>
#include <asm/mman.h>

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
 * of @address. Returns 0, or -ENOMEM if the stack would pass _STK_LIM
 * or run into the area below.
 */
int expand_stack(struct vm_area_struct *vma, unsigned long address)
{
	struct vm_area_struct *prev;

	address &= PAGE_MASK;
	if (vma->vm_end - address > _STK_LIM)
		return -ENOMEM;
	for (prev = vma->vm_mm->mmap; prev && prev->vm_next != vma;
	     prev = prev->vm_next)
		;
	if (prev && prev->vm_end > address - PAGE_SIZE)
		return -ENOMEM;	/* keep a guard page between them */
	vma->vm_start = address;
	return 0;
}

/*
 * zap_page_range - unmap [@start, @end) of @mm, freeing the pages, and
 * free page tables left with no mapping. The caller flushes the TLB.
 */
void zap_page_range(struct mm_struct *mm, unsigned long start,
		    unsigned long end)
{
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pmd_t *pmd = pmd_offset(pgd_offset(mm, addr), addr);
		pte_t *pte, old;

		if (pmd_none(*pmd)) {
			addr = (addr & PMD_MASK) + PMD_SIZE - PAGE_SIZE;
			continue;
		}
		pte = pte_offset(pmd, addr);
		old = *pte;
		pte_clear(pte);
		if (pte_present(old) && VALID_PAGE(pte_page(old)))
			__free_page(pte_page(old));
	}
}

/* free_pgtables - the page tables of user space, all of them. */
static void free_pgtables(struct mm_struct *mm)
{
	int i;

	for (i = 0; i < USER_PTRS_PER_PGD; i++) {
		pmd_t *pmd = (pmd_t *)(mm->pgd + i);

		if (pmd_none(*pmd))
			continue;
		pte_free((pte_t *)pmd_page(*pmd));
		pmd_clear(pmd);
	}
}

/* exit_mmap - every area of @mm unmapped and freed. */
void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma = mm->mmap, *next;

	mm->mmap = NULL;
	for (; vma; vma = next) {
		next = vma->vm_next;
		zap_page_range(mm, vma->vm_start, vma->vm_end);
		kfree(vma);
	}
	mm->map_count = 0;
	free_pgtables(mm);
	flush_tlb_mm(mm);
}

/* mmput - drop a user of @mm; the last one frees its areas, pages and
 * page tables, and its reference to the directory (mmdrop). */
void mmput(struct mm_struct *mm)
{
	if (!atomic_dec_and_test(&mm->mm_users))
		return;
	exit_mmap(mm);
	if (mm->exe_file)
		fput(mm->exe_file);
	mm->exe_file = NULL;
	mmdrop(mm);
}

#define TASK_UNMAPPED_BASE	(TASK_SIZE / 3)	/* where mmap looks first */

/*
 * protection_map - the page protection for an area's VM_READ, VM_WRITE,
 * VM_EXEC and VM_SHARED bits (i386 cannot forbid reading or execution
 * apart). A private writable area's pages are mapped read-only: the
 * first write makes the page the task's own (do_wp_page), which is what
 * copy-on-write after fork needs.
 */
pgprot_t protection_map[16] = {
	__P000, __P001, __P010, __P011, __P100, __P101, __P110, __P111,
	__S000, __S001, __S010, __S011, __S100, __S101, __S110, __S111
};

/* vm_prot - the page protection for an area's VM_* flags */
pgprot_t vm_prot(unsigned long vm_flags)
{
	return protection_map[vm_flags & (VM_READ | VM_WRITE | VM_EXEC |
					  VM_SHARED)];
}

/* calc_vm_flags - mmap's PROT_* and MAP_* bits as VM_* flags: the two
 * sets have their own values, so each bit is translated. */
unsigned long calc_vm_flags(unsigned long prot, unsigned long flags)
{
	return (prot & PROT_READ ? VM_READ : 0) |
	       (prot & PROT_WRITE ? VM_WRITE : 0) |
	       (prot & PROT_EXEC ? VM_EXEC : 0) |
	       (flags & MAP_SHARED ? VM_SHARED : 0) |
	       (flags & MAP_GROWSDOWN ? VM_GROWSDOWN : 0);
}

/* insert_vm_struct - link @vma into @mm's list, kept sorted. */
void insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct **pp = &mm->mmap;

	while (*pp && (*pp)->vm_start < vma->vm_start)
		pp = &(*pp)->vm_next;
	vma->vm_next = *pp;
	*pp = vma;
	mm->map_count++;
}

/* remove_vm_struct - unlink @vma from @mm's list and free it */
static void remove_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct **pp;

	for (pp = &mm->mmap; *pp != vma; pp = &(*pp)->vm_next)
		;
	*pp = vma->vm_next;
	mm->map_count--;
	kfree(vma);
}

/*
 * split_vma - cut @vma in two at @addr (page-aligned, inside it): @vma
 * keeps the part below, a new area the part above. 0 or -ENOMEM.
 */
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr)
{
	struct vm_area_struct *tail;

	if (addr <= vma->vm_start || addr >= vma->vm_end)
		return 0;
	tail = kmalloc(sizeof(*tail), GFP_KERNEL);
	if (!tail)
		return -ENOMEM;
	*tail = *vma;
	tail->vm_start = addr;
	vma->vm_end = addr;
	insert_vm_struct(mm, tail);
	return 0;
}

/*
 * merge_segments - join neighbouring areas of @mm between @start and
 * @end that touch and have the same flags, as mmap, brk and mprotect
 * leave them (2.4's name; later kernels call it vma_merge).
 */
void merge_segments(struct mm_struct *mm, unsigned long start,
		    unsigned long end)
{
	struct vm_area_struct *prev = find_vma(mm, start ? start - 1 : 0);
	struct vm_area_struct *next;

	while (prev && prev->vm_start <= end && (next = prev->vm_next)) {
		if (prev->vm_end != next->vm_start ||
		    prev->vm_flags != next->vm_flags) {
			prev = next;
			continue;
		}
		prev->vm_end = next->vm_end;
		remove_vm_struct(mm, next);
	}
}

/* get_unmapped_area - a free range of @len bytes: at @addr if it is
 * free, else the first gap from TASK_UNMAPPED_BASE up. 0 if none. */
unsigned long get_unmapped_area(unsigned long addr, unsigned long len)
{
	struct vm_area_struct *vma;

	if (addr && addr + len <= TASK_SIZE && addr + len > addr) {
		vma = find_vma(current->mm, addr);
		if (!vma || addr + len <= vma->vm_start)
			return addr;
	}
	addr = TASK_UNMAPPED_BASE;
	for (vma = find_vma(current->mm, addr); ; vma = vma->vm_next) {
		if (addr + len > TASK_SIZE || addr + len < addr)
			return 0;
		if (!vma || addr + len <= vma->vm_start)
			return addr;
		addr = max(addr, vma->vm_end);
	}
}

/* vma_range_mapped - does every page of [@start, @end) lie in an area
 * of @mm? What mlock and msync answer -ENOMEM for. */
int vma_range_mapped(struct mm_struct *mm, unsigned long start,
		     unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);

	for (; vma && vma->vm_start <= start; vma = vma->vm_next) {
		if (vma->vm_end >= end)
			return 1;
		start = vma->vm_end;
	}
	return 0;
}

/* file_mmap_error - why @file cannot be mapped @type with @prot: in
 * Linux's order, -EACCES for a shared writable mapping of a file not
 * open for writing or for a file not open for reading, then -ENODEV,
 * since lk24 maps no files (it has no page cache) */
static int file_mmap_error(struct file *file, unsigned long prot,
			   unsigned long type)
{
	if (type == MAP_SHARED && (prot & PROT_WRITE) &&
	    !(file->f_mode & FMODE_WRITE))
		return -EACCES;
	if (!(file->f_mode & FMODE_READ))
		return -EACCES;
	return -ENODEV;
}

/*
 * do_mmap_pgoff - a new anonymous area of @len bytes in the current task
 * (file mappings: file_mmap_error, once the place is known), private or
 * shared as @flags say. With MAP_FIXED exactly at @addr, replacing what
 * was there. Returns the address, or in Linux's order -EINVAL for a
 * zero length, -ENOMEM for one that wraps, -EOVERFLOW for an offset
 * that does, -EINVAL or -ENOMEM for the place, -EINVAL for the type.
 * Pages appear on first touch (do_page_fault).
 */
unsigned long do_mmap_pgoff(struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot,
			    unsigned long flags, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	unsigned long type = flags & MAP_TYPE;
	struct vm_area_struct *vma;

	if (!len)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (!len)
		return -ENOMEM;
	if (pgoff + (len >> PAGE_SHIFT) < pgoff)
		return -EOVERFLOW;
	if (len > TASK_SIZE)
		return -ENOMEM;
	if (flags & MAP_FIXED) {
		if (addr & ~PAGE_MASK)
			return -EINVAL;
		if (addr + len > TASK_SIZE || addr + len < addr)
			return -ENOMEM;
	} else if (!(addr = get_unmapped_area(PAGE_ALIGN(addr), len))) {
		return -ENOMEM;
	}
	if (type != MAP_SHARED && type != MAP_PRIVATE)
		return -EINVAL;
	if (file)
		return file_mmap_error(file, prot, type);
	if (flags & MAP_FIXED)
		do_munmap(mm, addr, len);
	vma = kmalloc(sizeof(*vma), GFP_KERNEL);
	if (!vma)
		return -ENOMEM;
	vma->vm_mm = mm;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = calc_vm_flags(prot, flags);
	vma->vm_page_prot = vm_prot(vma->vm_flags);
	insert_vm_struct(mm, vma);
	merge_segments(mm, addr, addr + len);
	return addr;
}

/*
 * unmap_vma - the part [@start, @end) of @vma goes: split off what stays
 * on either side, free the rest and its pages. -ENOMEM if a split
 * needs memory.
 */
static int unmap_vma(struct mm_struct *mm, struct vm_area_struct *vma,
		     unsigned long start, unsigned long end)
{
	if (split_vma(mm, vma, end))
		return -ENOMEM;
	if (start > vma->vm_start) {
		if (split_vma(mm, vma, start))
			return -ENOMEM;
		vma = vma->vm_next;	/* the part from start on */
	}
	zap_page_range(mm, vma->vm_start, vma->vm_end);
	remove_vm_struct(mm, vma);
	return 0;
}

/* do_munmap - remove [@addr, @addr + @len) from @mm. 0 or -errno. */
int do_munmap(struct mm_struct *mm, unsigned long addr, unsigned long len)
{
	unsigned long end = addr + PAGE_ALIGN(len);
	struct vm_area_struct *vma, *next;

	if ((addr & ~PAGE_MASK) || end > TASK_SIZE || end <= addr)
		return -EINVAL;
	for (vma = find_vma(mm, addr); vma && vma->vm_start < end;
	     vma = next) {
		next = vma->vm_next;
		if (unmap_vma(mm, vma, max(addr, vma->vm_start),
			      min(end, vma->vm_end)))
			return -ENOMEM;
	}
	flush_tlb_mm(mm);
	return 0;
}

asmlinkage long sys_munmap(unsigned long addr, size_t len)
{
	return do_munmap(current->mm, addr, len);
}

/*
 * sys_brk - move the end of the heap. Returns the new end, or the old
 * one if the request is refused (below start_brk, into another area, or
 * out of memory), as Linux does.
 */
asmlinkage unsigned long sys_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long newbrk = PAGE_ALIGN(brk), oldbrk = PAGE_ALIGN(mm->brk);
	struct vm_area_struct *vma;

	if (brk < mm->start_brk)
		return mm->brk;
	if (newbrk < oldbrk) {
		if (do_munmap(mm, newbrk, oldbrk - newbrk))
			return mm->brk;
	} else if (newbrk > oldbrk) {
		vma = find_vma(mm, oldbrk);
		if (vma && vma->vm_start < newbrk + PAGE_SIZE)
			return mm->brk;	/* keep a page between heap and it */
		if (do_mmap_pgoff(NULL, oldbrk, newbrk - oldbrk,
				  PROT_READ | PROT_WRITE | PROT_EXEC,
				  MAP_FIXED | MAP_PRIVATE, 0) != oldbrk)
			return mm->brk;
	}
	mm->brk = brk;
	return brk;
}
