/*
 * include/asm-i386/highmem.h - mapping pages above 896 MB (slide "High
 * Memory"). kmap uses the LAST_PKMAP slots of the pkmap window and may
 * keep a mapping until a lazy flush (mm/highmem.c); kmap_atomic uses a
 * fixmap slot per km_type and is undone at once.
 */
#ifndef _ASM_HIGHMEM_H
#define _ASM_HIGHMEM_H

#include <linux/mm.h>
#include <asm/kmap_types.h>
#include <asm/smp.h>
#include <asm/current.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

/* PKMAP_BASE and LAST_PKMAP are in fixmap.h, with the rest of the map */
#define LAST_PKMAP_MASK	(LAST_PKMAP - 1)
#define PKMAP_NR(virt)	(((virt) - PKMAP_BASE) >> PAGE_SHIFT)
#define PKMAP_ADDR(nr)	(PKMAP_BASE + ((nr) << PAGE_SHIFT))

extern pte_t *kmap_pte;
extern pgprot_t kmap_prot;
extern pte_t *pkmap_page_table;
extern struct page *highmem_start_page;

void *kmap_high(struct page *page);
void kunmap_high(struct page *page);

/* kmap - a kernel address for @page; may wait for a free slot. */
static inline void *kmap(struct page *page)
{
	if (page < highmem_start_page)
		return page_address(page);
	return kmap_high(page);
}

static inline void kunmap(struct page *page)
{
	if (page < highmem_start_page)
		return;
	kunmap_high(page);
}

/*
 * kmap_atomic - map @page in this CPU's @type slot, for a short section
 * that does not sleep. The old TLB entry of the slot is flushed here.
 */
static inline void *kmap_atomic(struct page *page, enum km_type type)
{
	enum fixed_addresses idx = FIX_KMAP_BEGIN + type +
		KM_TYPE_NR * smp_processor_id();
	unsigned long vaddr = __fix_to_virt(idx);

	if (page < highmem_start_page)
		return page_address(page);
	/* fixmap addresses grow down, so the slot's PTE is below kmap_pte */
	set_pte(kmap_pte - (idx - FIX_KMAP_BEGIN), mk_pte(page, kmap_prot));
	__flush_tlb_one(vaddr);
	return (void *)vaddr;
}

/* kunmap_atomic - clear the slot so a stale use faults. */
static inline void kunmap_atomic(void *kvaddr, enum km_type type)
{
	enum fixed_addresses idx = FIX_KMAP_BEGIN + type +
		KM_TYPE_NR * smp_processor_id();
	unsigned long vaddr = (unsigned long)kvaddr & PAGE_MASK;

	if (vaddr != __fix_to_virt(idx))
		return;		/* a lowmem page: nothing was mapped */
	pte_clear(kmap_pte - (idx - FIX_KMAP_BEGIN));
	__flush_tlb_one(vaddr);
}

#endif
