/*
 * include/asm-i386/pgtable.h - page table layout, entry bits, protections.
 * Slides "Bit fields", "Different PD Entries", "Page Types", "mk_pte_phys
 * ()", the cache flush API (no-ops on x86: slide "x86 Caches"), and the
 * kernel's virtual memory map above PAGE_OFFSET. Swap entries are left out.
 */
#ifndef _I386_PGTABLE_H
#define _I386_PGTABLE_H

#include <asm/page.h>
#include <asm/pgtable-2level.h>
#include <asm/bitops.h>

#define PMD_SIZE	(1UL << PMD_SHIFT)
#define PMD_MASK	(~(PMD_SIZE - 1))
#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)
#define PGDIR_MASK	(~(PGDIR_SIZE - 1))

#define USER_PTRS_PER_PGD	(PAGE_OFFSET / PGDIR_SIZE)	/* 768 */
#define FIRST_USER_PGD_NR	0

#define _PAGE_BIT_PRESENT	0	/* is present */
#define _PAGE_BIT_RW		1	/* writeable */
#define _PAGE_BIT_USER		2	/* userspace addressable */
#define _PAGE_BIT_PWT		3	/* page write through */
#define _PAGE_BIT_PCD		4	/* page cache disabled */
#define _PAGE_BIT_ACCESSED	5	/* accessed (raised by CPU) */
#define _PAGE_BIT_DIRTY		6	/* was written (raised by CPU) */
#define _PAGE_BIT_PSE		7	/* 4 MB page (in a PGD entry) */
#define _PAGE_BIT_GLOBAL	8	/* kept in the TLB across cr3 loads */

#define _PAGE_PRESENT	(1UL << _PAGE_BIT_PRESENT)
#define _PAGE_RW	(1UL << _PAGE_BIT_RW)
#define _PAGE_USER	(1UL << _PAGE_BIT_USER)
#define _PAGE_PWT	(1UL << _PAGE_BIT_PWT)
#define _PAGE_PCD	(1UL << _PAGE_BIT_PCD)
#define _PAGE_ACCESSED	(1UL << _PAGE_BIT_ACCESSED)
#define _PAGE_DIRTY	(1UL << _PAGE_BIT_DIRTY)
#define _PAGE_PSE	(1UL << _PAGE_BIT_PSE)
#define _PAGE_GLOBAL	(1UL << _PAGE_BIT_GLOBAL)

#define _PAGE_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | \
			 _PAGE_ACCESSED | _PAGE_DIRTY)
#define _KERNPG_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | \
			 _PAGE_DIRTY)

#define PAGE_NONE	__pgprot(_PAGE_PRESENT | _PAGE_ACCESSED)
#define PAGE_SHARED	__pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | \
				 _PAGE_ACCESSED)
#define PAGE_COPY	__pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)
#define PAGE_READONLY	__pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)

/* protection_map's entries (mm/mmap.c): __Pxwr for private areas, __Sxwr
 * for shared ones; i386 cannot forbid reading or execution apart, and a
 * private writable page starts read-only (copy-on-write) */
#define __P000	PAGE_NONE
#define __P001	PAGE_READONLY
#define __P010	PAGE_COPY
#define __P011	PAGE_COPY
#define __P100	PAGE_READONLY
#define __P101	PAGE_READONLY
#define __P110	PAGE_COPY
#define __P111	PAGE_COPY
#define __S000	PAGE_NONE
#define __S001	PAGE_READONLY
#define __S010	PAGE_SHARED
#define __S011	PAGE_SHARED
#define __S100	PAGE_READONLY
#define __S101	PAGE_READONLY
#define __S110	PAGE_SHARED
#define __S111	PAGE_SHARED

#define __PAGE_KERNEL	(_PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY | \
			 _PAGE_ACCESSED)
#define __PAGE_KERNEL_NOCACHE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY | \
				 _PAGE_PCD | _PAGE_ACCESSED)
#define __PAGE_KERNEL_RO	(_PAGE_PRESENT | _PAGE_DIRTY | _PAGE_ACCESSED)

#define PAGE_KERNEL		__pgprot(__PAGE_KERNEL)
#define PAGE_KERNEL_RO		__pgprot(__PAGE_KERNEL_RO)
#define PAGE_KERNEL_NOCACHE	__pgprot(__PAGE_KERNEL_NOCACHE)

#ifndef __ASSEMBLY__
#include <asm/fixmap.h>

extern pgd_t swapper_pg_dir[1024];
extern unsigned long empty_zero_page[1024];

/*
 * The kernel's virtual map: lowmem at PAGE_OFFSET up to high_memory, an
 * 8 MB gap that catches overruns, the vmalloc area, the pkmap window for
 * kmap, then the fixmaps at the very top (kmap_atomic slots).
 */
#define VMALLOC_OFFSET	(8UL << 20)
#define VMALLOC_START	(((unsigned long)high_memory + 2 * VMALLOC_OFFSET - 1) \
			 & ~(VMALLOC_OFFSET - 1))
#define VMALLOC_END	(PKMAP_BASE - 2 * PAGE_SIZE)

/* How page tables are indexed from a virtual address */
#define pgd_index(address)	(((address) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define pgd_offset(mm, address)	((mm)->pgd + pgd_index(address))
#define pgd_offset_k(address)	pgd_offset(&init_mm, address)
#define __pte_offset(address)	(((address) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))
#define pmd_page(pmd)	((unsigned long)__va(pmd_val(pmd) & PAGE_MASK))
#define pte_offset(dir, address) \
	((pte_t *)pmd_page(*(dir)) + __pte_offset(address))

#define pmd_none(x)	(!pmd_val(x))
#define pmd_present(x)	(pmd_val(x) & _PAGE_PRESENT)
#define pmd_clear(xp)	do { set_pmd(xp, __pmd(0)); } while (0)
#define pmd_bad(x)	((pmd_val(x) & (~PAGE_MASK & ~_PAGE_USER)) != \
			 _KERNPG_TABLE)
#define pte_present(x)	((x).pte_low & (_PAGE_PRESENT | _PAGE_PSE))
#define pte_clear(xp)	do { set_pte(xp, __pte(0)); } while (0)

static inline int pte_write(pte_t pte)	{ return pte.pte_low & _PAGE_RW; }
static inline int pte_dirty(pte_t pte)	{ return pte.pte_low & _PAGE_DIRTY; }
static inline int pte_young(pte_t pte)	{ return pte.pte_low & _PAGE_ACCESSED; }

/* The PTE operations of book 2.5.3: each returns a changed copy */
static inline pte_t pte_rdprotect(pte_t pte)
	{ pte.pte_low &= ~_PAGE_USER; return pte; }
static inline pte_t pte_wrprotect(pte_t pte)
	{ pte.pte_low &= ~_PAGE_RW; return pte; }
static inline pte_t pte_mkclean(pte_t pte)
	{ pte.pte_low &= ~_PAGE_DIRTY; return pte; }
static inline pte_t pte_mkold(pte_t pte)
	{ pte.pte_low &= ~_PAGE_ACCESSED; return pte; }
static inline pte_t pte_mkread(pte_t pte)
	{ pte.pte_low |= _PAGE_USER; return pte; }
static inline pte_t pte_mkwrite(pte_t pte)
	{ pte.pte_low |= _PAGE_RW; return pte; }
static inline pte_t pte_mkdirty(pte_t pte)
	{ pte.pte_low |= _PAGE_DIRTY; return pte; }
static inline pte_t pte_mkyoung(pte_t pte)
	{ pte.pte_low |= _PAGE_ACCESSED; return pte; }

/* ...and these change the PTE in place */
static inline void ptep_set_wrprotect(pte_t *ptep)
	{ clear_bit(_PAGE_BIT_RW, ptep); }
static inline void ptep_mkdirty(pte_t *ptep)
	{ set_bit(_PAGE_BIT_DIRTY, ptep); }
static inline int ptep_test_and_clear_young(pte_t *ptep)
	{ return test_and_clear_bit(_PAGE_BIT_ACCESSED, ptep); }

/* mk_pte_phys - a PTE mapping physical frame @physpage with @pgprot. */
#define mk_pte_phys(physpage, pgprot) \
	__mk_pte((physpage) >> PAGE_SHIFT, pgprot)
#define mk_pte(page, pgprot)	__mk_pte((page) - mem_map, (pgprot))

/* Caches are physically tagged on x86: nothing to flush (slide "Cache
 * flush API"). The calls stay so that code reads as on any architecture. */
#define flush_cache_all()			do { } while (0)
#define flush_cache_mm(mm)			do { } while (0)
#define flush_cache_range(mm, start, end)	do { } while (0)
#define flush_cache_page(vma, vmaddr)		do { } while (0)
#define flush_page_to_ram(page)			do { } while (0)
#define flush_dcache_page(page)			do { } while (0)
#define flush_icache_range(start, end)		do { } while (0)
#define flush_icache_page(vma, pg)		do { } while (0)

/* update_mmu_cache - after a page fault installed @pte: the i386 MMU
 * walks the table itself, so there is nothing to preload. */
#define update_mmu_cache(vma, address, pte)	do { } while (0)

#endif /* __ASSEMBLY__ */
#endif
