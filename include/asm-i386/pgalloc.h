/*
 * include/asm-i386/pgalloc.h - page-table allocation and the TLB.
 * Slides "Quicklist" (pgd/pmd/pte_alloc and frees: page tables are
 * recycled through per-CPU lists, falling back to __get_free_page) and
 * the TLB flush API of "Linux full/partial TLB flush". Each flush is
 * done here and, through flush_tlb_others (arch/i386/kernel/smp.c, an
 * IPI), on every other CPU that has the address space loaded: the ones
 * in its cpu_vm_mask.
 */
#ifndef _I386_PGALLOC_H
#define _I386_PGALLOC_H

#include <linux/mm.h>
#include <linux/threads.h>
#include <asm/processor.h>
#include <asm/smp.h>

/* __flush_tlb - drop all non-global TLB entries by reloading cr3. */
#define __flush_tlb()							\
	do {								\
		unsigned long tmpreg;					\
		asm volatile("movl %%cr3, %0; movl %0, %%cr3"		\
			     : "=r" (tmpreg) : : "memory");		\
	} while (0)

/* lk24 maps nothing global, so flushing everything is the same */
#define __flush_tlb_all()	__flush_tlb()

/* __flush_tlb_one - one page's entry, with invlpg (486 and later) */
#define __flush_tlb_one(addr) \
	asm volatile("invlpg (%0)" : : "r" (addr) : "memory")

#define local_flush_tlb()	__flush_tlb()

/* flush_tlb_others's @va for "every entry" */
#define FLUSH_ALL		0xffffffff

void flush_tlb_others(unsigned long cpumask, struct mm_struct *mm,
		      unsigned long va);

/* flush_tlb_all - every CPU drops every entry (kernel mappings moved).
 * Interrupts must be on, as for every flush that may send an IPI. */
static inline void flush_tlb_all(void)
{
	__flush_tlb_all();
	flush_tlb_others(~0UL, NULL, FLUSH_ALL);
}

/* flush_tlb_mm - all of @mm's entries, wherever @mm is loaded. */
static inline void flush_tlb_mm(struct mm_struct *mm)
{
	if (mm == current_mm())
		__flush_tlb();
	flush_tlb_others(mm->cpu_vm_mask, mm, FLUSH_ALL);
}

static inline void flush_tlb_page(struct vm_area_struct *vma,
				  unsigned long addr)
{
	struct mm_struct *mm = vma->vm_mm;

	if (mm == current_mm())
		__flush_tlb_one(addr);
	flush_tlb_others(mm->cpu_vm_mask, mm, addr);
}

/* flush_tlb_range - i386 cannot flush a range cheaper than everything */
static inline void flush_tlb_range(struct mm_struct *mm, unsigned long start,
				   unsigned long end)
{
	flush_tlb_mm(mm);
}

/* flush_tlb_pgtables - i386 does not cache page-table pages apart */
static inline void flush_tlb_pgtables(struct mm_struct *mm,
				      unsigned long start, unsigned long end)
{
}

/* The quicklists: freed page-table pages, chained through word 0; one
 * set per CPU (2.4 keeps them in cpu_data), so no lock: only process
 * context and schedule() use them, and neither is interrupted by them */
struct pgtable_cache_struct {
	unsigned long *pgd_cache;
	unsigned long *pte_cache;
	unsigned long pgtable_cache_sz;
};
extern struct pgtable_cache_struct quicklists[NR_CPUS];
#define pgd_quicklist		(quicklists[smp_processor_id()].pgd_cache)
#define pte_quicklist		(quicklists[smp_processor_id()].pte_cache)
#define pgtable_cache_size \
	(quicklists[smp_processor_id()].pgtable_cache_sz)

pgd_t *get_pgd_slow(void);
pgd_t *pgd_alloc(struct mm_struct *mm);
void pgd_free(pgd_t *pgd);
pte_t *pte_alloc_one(struct mm_struct *mm, unsigned long address);
void pte_free(pte_t *pte);
int do_check_pgt_cache(int low, int high);

/* The pmd is folded into the pgd: nothing to allocate or free. */
static inline pmd_t *pmd_alloc(struct mm_struct *mm, pgd_t *pgd,
			       unsigned long address)
{
	return (pmd_t *)pgd;
}
#define pmd_free(x)		do { } while (0)

pte_t *pte_alloc(struct mm_struct *mm, pmd_t *pmd, unsigned long address);

#endif
