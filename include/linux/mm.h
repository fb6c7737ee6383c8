/*
 * include/linux/mm.h - the core map and the page allocator's interface.
 * struct page has the fields of the slide "Core Map"; the PG_* flags and
 * their Set/Test/Clear macros follow the slide "How to manage flags"; the
 * GFP flags the slide "Basic Kernel Internal MM API". Address spaces
 * (mm_struct, vm_area_struct) hold what fork, exec and the page fault
 * handler use. Swap, the page cache and LRU are left out.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/mmzone.h>
#include <asm/atomic.h>
#include <asm/bitops.h>
#include <asm/page.h>
#include <asm/current.h>

struct address_space;
struct buffer_head;

/* One per physical page frame, in mem_map (mem_map_t on the slide) */
typedef struct page {
	struct list_head list;		/* free_area list, slab's owner */
	struct address_space *mapping;	/* the page cache owner, or NULL */
	unsigned long index;		/* offset in mapping; for buddy
					 * blocks lk24 keeps the order */
	struct page *next_hash;		/* page cache hash chain */
	atomic_t count;			/* references; 0 = free */
	unsigned long flags;		/* PG_*, and the zone in the top bits */
	struct list_head lru;		/* pageout lists */
	struct page **pprev_hash;
	struct buffer_head *buffers;
	void *virtual;			/* kernel address, NULL if unmapped
					 * highmem */
} mem_map_t;

extern mem_map_t *mem_map;
extern unsigned long max_mapnr, num_physpages, totalram_pages,
	totalhigh_pages;
extern void *high_memory;

/* Page flag bits, as in Linux 2.4 */
#define PG_locked	0
#define PG_error	1
#define PG_referenced	2
#define PG_uptodate	3
#define PG_dirty	4
#define PG_unused	5
#define PG_lru		6
#define PG_active	7
#define PG_slab		8
#define PG_skip		10
#define PG_highmem	11
#define PG_checked	12
#define PG_arch_1	13
#define PG_reserved	14
#define PG_launder	15

#define PageLocked(p)		test_bit(PG_locked, &(p)->flags)
#define LockPage(p)		set_bit(PG_locked, &(p)->flags)
#define UnlockPage(p)		clear_bit(PG_locked, &(p)->flags)
#define PageError(p)		test_bit(PG_error, &(p)->flags)
#define SetPageError(p)		set_bit(PG_error, &(p)->flags)
#define ClearPageError(p)	clear_bit(PG_error, &(p)->flags)
#define PageReferenced(p)	test_bit(PG_referenced, &(p)->flags)
#define SetPageReferenced(p)	set_bit(PG_referenced, &(p)->flags)
#define ClearPageReferenced(p)	clear_bit(PG_referenced, &(p)->flags)
#define PageUptodate(p)		test_bit(PG_uptodate, &(p)->flags)
#define SetPageUptodate(p)	set_bit(PG_uptodate, &(p)->flags)
#define ClearPageUptodate(p)	clear_bit(PG_uptodate, &(p)->flags)
#define PageDirty(p)		test_bit(PG_dirty, &(p)->flags)
#define SetPageDirty(p)		set_bit(PG_dirty, &(p)->flags)
#define ClearPageDirty(p)	clear_bit(PG_dirty, &(p)->flags)
#define PageLRU(p)		test_bit(PG_lru, &(p)->flags)
#define TestSetPageLRU(p)	test_and_set_bit(PG_lru, &(p)->flags)
#define TestClearPageLRU(p)	test_and_clear_bit(PG_lru, &(p)->flags)
#define PageActive(p)		test_bit(PG_active, &(p)->flags)
#define SetPageActive(p)	set_bit(PG_active, &(p)->flags)
#define ClearPageActive(p)	clear_bit(PG_active, &(p)->flags)
#define PageSlab(p)		test_bit(PG_slab, &(p)->flags)
#define PageSetSlab(p)		set_bit(PG_slab, &(p)->flags)
#define PageClearSlab(p)	clear_bit(PG_slab, &(p)->flags)
#define PageHighMem(p)		test_bit(PG_highmem, &(p)->flags)
#define PageChecked(p)		test_bit(PG_checked, &(p)->flags)
#define SetPageChecked(p)	set_bit(PG_checked, &(p)->flags)
#define PageLaunder(p)		test_bit(PG_launder, &(p)->flags)
#define SetPageLaunder(p)	set_bit(PG_launder, &(p)->flags)
#define ClearPageLaunder(p)	clear_bit(PG_launder, &(p)->flags)
#define PageReserved(p)		test_bit(PG_reserved, &(p)->flags)
#define SetPageReserved(p)	set_bit(PG_reserved, &(p)->flags)
#define ClearPageReserved(p)	clear_bit(PG_reserved, &(p)->flags)

#define page_count(p)		atomic_read(&(p)->count)
#define set_page_count(p, v)	atomic_set(&(p)->count, v)
#define get_page(p)		atomic_inc(&(p)->count)
#define put_page_testzero(p)	atomic_dec_and_test(&(p)->count)
#define page_address(p)		((p)->virtual)
#define set_page_address(p, a)	do { (p)->virtual = (a); } while (0)

/* The zone a page belongs to, kept in the top byte of its flags */
#define ZONE_SHIFT	(BITS_PER_LONG - 8)
extern zone_t *zone_table[];
#define page_zone(p)	(zone_table[(p)->flags >> ZONE_SHIFT])
static inline void set_page_zone(struct page *page, unsigned long zone_num)
{
	page->flags &= ~(~0UL << ZONE_SHIFT);
	page->flags |= zone_num << ZONE_SHIFT;
}

/* GFP: how an allocation may behave (slide "Allocation Contexts") */
#define __GFP_DMA	0x01	/* from ZONE_DMA only */
#define __GFP_HIGHMEM	0x02	/* ZONE_HIGHMEM allowed */
#define __GFP_WAIT	0x10	/* may sleep */
#define __GFP_HIGH	0x20	/* may dip into the reserves */
#define __GFP_IO	0x40	/* may start I/O */
#define __GFP_HIGHIO	0x80
#define __GFP_FS	0x100	/* may call into the file system */

#define GFP_BUFFER	(__GFP_HIGH | __GFP_WAIT)
#define GFP_ATOMIC	(__GFP_HIGH)
#define GFP_USER	(__GFP_WAIT | __GFP_IO | __GFP_HIGHIO | __GFP_FS)
#define GFP_HIGHUSER	(GFP_USER | __GFP_HIGHMEM)
#define GFP_KERNEL	(__GFP_HIGH | __GFP_WAIT | __GFP_IO | __GFP_HIGHIO | \
			 __GFP_FS)
#define GFP_DMA		__GFP_DMA

struct page *__alloc_pages(unsigned int gfp_mask, unsigned int order,
			   zonelist_t *zonelist);
struct page *alloc_pages_node(int nid, unsigned int gfp_mask,
			      unsigned int order);

/* alloc_pages - 2^@order contiguous frames; NULL if there are none */
static inline struct page *alloc_pages(unsigned int gfp_mask,
				       unsigned int order)
{
	return __alloc_pages(gfp_mask, order, contig_page_data.node_zonelists +
			     (gfp_mask & GFP_ZONEMASK));
}
#define alloc_page(gfp_mask)	alloc_pages(gfp_mask, 0)

unsigned long __get_free_pages(unsigned int gfp_mask, unsigned int order);
unsigned long get_zeroed_page(unsigned int gfp_mask);
#define __get_free_page(gfp_mask)	__get_free_pages((gfp_mask), 0)
#define __get_dma_pages(gfp_mask, order) \
	__get_free_pages((gfp_mask) | GFP_DMA, (order))

void __free_pages(struct page *page, unsigned int order);
void free_pages(unsigned long addr, unsigned int order);
#define __free_page(page)	__free_pages((page), 0)
#define free_page(addr)		free_pages((addr), 0)

unsigned int nr_free_pages(void);
unsigned int nr_free_highpages(void);
void show_free_areas(void);
void show_mem(void);
void free_area_init(unsigned long *zones_size);
void free_area_init_node(int nid, pg_data_t *pgdat, struct page *pmap,
			 unsigned long *zones_size,
			 unsigned long zone_start_paddr,
			 unsigned long *zholes_size);
void mem_init(void);
void free_initmem(void);
void paging_init(void);

/* An address space and its regions: what the TLB API is given */
struct mm_struct {
	struct vm_area_struct *mmap;	/* regions, sorted by address */
	pgd_t *pgd;
	atomic_t mm_users;		/* tasks using it (CLONE_VM shares) */
	atomic_t mm_count;		/* references: users count as one */
	int map_count;			/* number of regions */
	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	unsigned long arg_start, arg_end, env_start, env_end;
	struct file *exe_file;		/* what execve ran: /proc/PID/exe */
	unsigned long cpu_vm_mask;	/* CPUs with it loaded (switch_mm) */
};

struct vm_area_struct {
	struct mm_struct *vm_mm;
	unsigned long vm_start, vm_end;	/* [vm_start, vm_end) */
	struct vm_area_struct *vm_next;
	pgprot_t vm_page_prot;
	unsigned long vm_flags;
};

/* vm_flags */
#define VM_READ		0x00000001
#define VM_WRITE	0x00000002
#define VM_EXEC		0x00000004
#define VM_SHARED	0x00000008	/* MAP_SHARED: not copied on write */
#define VM_GROWSDOWN	0x00000100	/* the stack: grows on faults below */

#define TASK_SIZE	(PAGE_OFFSET)

#define INIT_MM(name)	{ .pgd = swapper_pg_dir, \
			  .mm_users = ATOMIC_INIT(2), \
			  .mm_count = ATOMIC_INIT(1) }

extern struct mm_struct init_mm;
int copy_page_range(struct mm_struct *dst, struct mm_struct *src,
		    struct vm_area_struct *vma);
void exit_mmap(struct mm_struct *mm);
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
int vma_range_mapped(struct mm_struct *mm, unsigned long start,
		     unsigned long end);
extern pgprot_t protection_map[16];
pgprot_t vm_prot(unsigned long vm_flags);
unsigned long calc_vm_flags(unsigned long prot, unsigned long flags);
void insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma);
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr);
void merge_segments(struct mm_struct *mm, unsigned long start,
		    unsigned long end);
unsigned long get_unmapped_area(unsigned long addr, unsigned long len);
int make_pages_present(unsigned long addr, unsigned long end);
void out_of_memory(void);	/* mm/oom_kill.c */
int expand_stack(struct vm_area_struct *vma, unsigned long address);
void mmput(struct mm_struct *mm);

void __mmdrop(struct mm_struct *mm);	/* kernel/fork.c */

/* mmdrop - drop a reference to @mm's page directory and struct (a user
 * of its pages holds one too, through mm_users) */
static inline void mmdrop(struct mm_struct *mm)
{
	if (atomic_dec_and_test(&mm->mm_count))
		__mmdrop(mm);
}

/* kernel/ptrace.c */
struct task_struct;
int access_process_vm(struct task_struct *tsk, unsigned long addr,
		      void *buf, int len, int write);
int do_munmap(struct mm_struct *mm, unsigned long addr, unsigned long len);
struct file;
unsigned long do_mmap_pgoff(struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot,
			    unsigned long flags, unsigned long pgoff);
void zap_page_range(struct mm_struct *mm, unsigned long start,
		    unsigned long end);
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		    unsigned long address, int write_access);
#define current_mm()	(current->active_mm)

#endif
