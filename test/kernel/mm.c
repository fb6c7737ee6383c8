/*
 * test/kernel/mm.c - self-tests of the kernel page tables, quicklists,
 * the TLB API, vmalloc/vmap and kmap (arch/i386/mm/init.c, mm/vmalloc.c,
 * mm/highmem.c; slides "pagetable_init()", "Quicklist", "Linux partial
 * TLB flush", "Large-size Allocations", "High Memory").
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/highmem.h>
#include <asm/setup.h>
#include "lktest.h"

extern char __init_begin[], __init_end[];

/* kernel_pte - the PTE mapping @addr in swapper_pg_dir, or NULL. */
static pte_t *kernel_pte(unsigned long addr)
{
	pmd_t *pmd = pmd_offset(pgd_offset_k(addr), addr);

	if (pmd_none(*pmd))
		return NULL;
	return pte_offset(pmd, addr);
}

/* Lowmem is mapped 1:1 at PAGE_OFFSET with 4 KB pages, nothing below. */
LKTEST(pgtable, lowmem_mapped_with_4k_pages)
{
	unsigned long addr, end = (unsigned long)high_memory;
	pgd_t *pgd;
	pte_t *pte;

	for (addr = PAGE_OFFSET; addr < end; addr += 0x3f000) {
		pgd = pgd_offset_k(addr);
		LKT_EQ(pgd_val(*pgd) & (_PAGE_PSE | 0xfff), _KERNPG_TABLE);
		pte = kernel_pte(addr);
		LKT_ASSERT(pte && pte_present(*pte));
		LKT_EQ(pte_val(*pte) & PAGE_MASK, __pa(addr));
		LKT_EQ(pte_val(*pte) & ~PAGE_MASK, __PAGE_KERNEL);
	}
	pte = kernel_pte(end);		/* the gap after lowmem */
	LKT_ASSERT(!pte || pte_none(*pte));
	LKT_EQ(pgd_val(swapper_pg_dir[0]), 0);	/* identity map zapped */
	LKT_ASSERT(kernel_pte(PKMAP_BASE) == pkmap_page_table);
	LKT_ASSERT(kernel_pte(__fix_to_virt(FIX_KMAP_BEGIN)) == kmap_pte);
}

/* pgd_alloc copies the kernel half; freed tables are reused first. */
LKTEST(quicklist, pgd_and_pte_recycled)
{
	pgd_t *pgd = pgd_alloc(&init_mm), *again;
	pte_t *pte;
	int i;

	LKT_ASSERT(pgd != NULL);
	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		LKT_EQ(pgd_val(pgd[i]), 0);
	for (; i < PTRS_PER_PGD; i++)
		LKT_EQ(pgd_val(pgd[i]), pgd_val(swapper_pg_dir[i]));
	pgd_free(pgd);
	LKT_EQ(pgtable_cache_size, 1);
	again = pgd_alloc(&init_mm);
	LKT_ASSERT(again == pgd);
	LKT_EQ(pgd_val(again[0]), 0);	/* the link word is cleared */
	pgd_free(again);
	pte = pte_alloc_one(&init_mm, 0);
	LKT_ASSERT(pte != NULL);
	for (i = 0; i < PTRS_PER_PTE; i++)
		LKT_ASSERT(pte_none(pte[i]));
	pte_free(pte);
	LKT_EQ(do_check_pgt_cache(0, 0), 2);
	LKT_EQ(pgtable_cache_size, 0);
}

/*
 * flush_tlb_page makes a changed PTE visible: point a vmalloc'd page at
 * another frame, flush, and the same address reads the new frame.
 */
LKTEST(tlb, flush_tlb_page_shows_new_mapping)
{
	struct vm_area_struct vma = { .vm_mm = &init_mm };
	unsigned long other = get_zeroed_page(GFP_KERNEL);
	char *p = vmalloc(PAGE_SIZE);
	pte_t *pte, saved;

	LKT_ASSERT(p && other);
	p[0] = 'A';
	*(char *)other = 'B';
	pte = kernel_pte((unsigned long)p);
	saved = *pte;
	set_pte(pte, mk_pte_phys(__pa(other), PAGE_KERNEL));
	flush_tlb_page(&vma, (unsigned long)p);
	LKT_EQ(p[0], 'B');
	set_pte(pte, saved);
	flush_tlb_all();
	LKT_EQ(p[0], 'A');
	vfree(p);
	free_page(other);
}

LKTEST(mem, init_sections_page_aligned)
{
	LKT_EQ((unsigned long)__init_begin & ~PAGE_MASK, 0);
	LKT_EQ((unsigned long)__init_end & ~PAGE_MASK, 0);
	LKT_ASSERT(totalram_pages >= nr_free_pages());
	LKT_ASSERT(num_physpages == max_pfn);
}

/*
 * vmalloc of 4 MB: in its own window above high_memory, every byte
 * writable, an unmapped guard page after it, and all of it returned.
 */
LKTEST(vmalloc, four_mb_written_over)
{
	unsigned long size = 4 << 20, i, before;
	unsigned int *p;
	pte_t *guard;

	vfree(vmalloc(size));		/* page tables and area struct */
	before = nr_free_pages();
	p = vmalloc(size);
	LKT_ASSERT(p != NULL);
	LKT_ASSERT((unsigned long)p >= VMALLOC_START);
	LKT_ASSERT((unsigned long)p + size <= VMALLOC_END);
	LKT_ASSERT((unsigned long)p >= (unsigned long)high_memory + (8 << 20));
	for (i = 0; i < size / 4; i++)
		p[i] = i ^ 0x5a5a5a5a;
	for (i = 0; i < size / 4; i++)
		if (p[i] != (i ^ 0x5a5a5a5a))
			break;
	LKT_EQ(i, size / 4);
	guard = kernel_pte((unsigned long)p + size);
	LKT_ASSERT(!guard || pte_none(*guard));
	LKT_ASSERT(nr_free_pages() <= before - size / PAGE_SIZE);
	vfree(p);
	LKT_EQ(nr_free_pages(), before);
	LKT_ASSERT(vmalloc(0) == NULL);
	vfree((void *)VMALLOC_START + 12345);	/* not an area: logged */
}

/* vmap puts existing pages at consecutive addresses. */
LKTEST(vmalloc, vmap_maps_given_pages)
{
	struct page *pages[4];
	unsigned char *v;
	int i;

	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_HIGHUSER);
		LKT_ASSERT(pages[i] != NULL);
	}
	v = vmap(pages, 4, 0, PAGE_KERNEL);
	LKT_ASSERT(v != NULL);
	for (i = 0; i < 4; i++)
		v[i * PAGE_SIZE] = 0x40 + i;
	for (i = 0; i < 4; i++) {
		unsigned char *k = kmap(pages[i]);

		LKT_EQ(k[0], 0x40 + i);
		kunmap(pages[i]);
	}
	vunmap(v);
	for (i = 0; i < 4; i++)
		__free_page(pages[i]);
}

/*
 * kmap of a highmem page: a pkmap address that stays after kunmap (the
 * lazy flush of the slide "kunmap ()") and is reused by the next kmap,
 * until a wrap around the LAST_PKMAP slots clears it. kmap_atomic maps
 * the same frame at a fixmap slot. On a machine without highmem only
 * the lowmem path (kmap returns page_address) can be checked.
 */
LKTEST(highmem, kmap_and_lazy_unmap)
{
	struct page *page = alloc_page(GFP_HIGHUSER), *other;
	unsigned char *v, *w;
	int i;

	LKT_ASSERT(page != NULL);
	if (!PageHighMem(page)) {
		LKT_ASSERT(kmap(page) == page_address(page));
		__free_page(page);
		printk(KERN_INFO "lktest: (no highmem: lowmem kmap only)\n");
		return;
	}
	v = kmap(page);
	LKT_ASSERT((unsigned long)v >= PKMAP_BASE &&
		   (unsigned long)v < PKMAP_BASE + LAST_PKMAP * PAGE_SIZE);
	memset(v, 0x77, PAGE_SIZE);
	kunmap(page);
	LKT_ASSERT(page->virtual == v);		/* count 1: kept */
	LKT_ASSERT(kmap(page) == v);
	kunmap(page);
	w = kmap_atomic(page, KM_USER0);
	LKT_EQ((unsigned long)w, __fix_to_virt(FIX_KMAP_BEGIN + KM_USER0));
	LKT_EQ(w[PAGE_SIZE - 1], 0x77);
	kunmap_atomic(w, KM_USER0);
	other = alloc_page(GFP_HIGHUSER);
	for (i = 0; other && i < LAST_PKMAP && page->virtual; i++) {
		kmap(other);
		kunmap(other);
		other->virtual = NULL;	/* force a fresh slot each time */
	}
	LKT_ASSERT(page->virtual == NULL);	/* flushed by the wrap */
	printk(KERN_INFO "lktest: highmem: kmapped pfn %lu at %p\n",
	       (unsigned long)(page - mem_map), v);
	if (other)
		__free_page(other);
	__free_page(page);
}
