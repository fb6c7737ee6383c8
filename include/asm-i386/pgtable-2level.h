/*
 * include/asm-i386/pgtable-2level.h - the two-level i386 page table.
 * Slides "How Linux handles paging", "Configuring the PT": three levels
 * in the kernel's view, with the middle one folded into the PGD (one pmd
 * per pgd entry, PTRS_PER_PMD 1), so set_pmd writes the PGD entry.
 */
#ifndef _I386_PGTABLE_2LEVEL_H
#define _I386_PGTABLE_2LEVEL_H

#define PGDIR_SHIFT	22
#define PTRS_PER_PGD	1024
#define PMD_SHIFT	22
#define PTRS_PER_PMD	1
#define PTRS_PER_PTE	1024

#define set_pte(pteptr, pteval)	(*(pteptr) = (pteval))
#define set_pmd(pmdptr, pmdval)	(*(pmdptr) = (pmdval))
#define set_pgd(pgdptr, pgdval)	(*(pgdptr) = (pgdval))

/* The folded pmd: always present, it is the pgd entry itself */
static inline int pgd_none(pgd_t pgd)		{ return 0; }
static inline int pgd_bad(pgd_t pgd)		{ return 0; }
static inline int pgd_present(pgd_t pgd)	{ return 1; }
static inline void pgd_clear(pgd_t *pgdp)	{ }

static inline pmd_t *pmd_offset(pgd_t *dir, unsigned long address)
{
	return (pmd_t *)dir;
}

#define pte_same(a, b)		((a).pte_low == (b).pte_low)
#define pte_page(x)		(mem_map + ((x).pte_low >> PAGE_SHIFT))
#define pte_none(x)		(!(x).pte_low)
#define __mk_pte(page_nr, pgprot) \
	__pte(((page_nr) << PAGE_SHIFT) | pgprot_val(pgprot))

#endif
