/*
 * mm/memory.c - the core map pointer and page-table helpers.
 * mem_map is the array of struct page (slide "Core Map on UMA"), set by
 * free_area_init. pte_alloc finds or makes the page table under a pmd.
 * handle_mm_fault gives a faulting address in an anonymous area its
 * page. Copy-on-write, file mappings and unmapping arrive with processes.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/highmem.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>

mem_map_t *mem_map;
unsigned long max_mapnr;
unsigned long num_physpages;
void *high_memory;

/*
 * pte_alloc - the page table that maps @address under @pmd, allocated
 * (from the quicklist or the buddy allocator) if there is none yet.
 * Returns a pointer to the PTE for @address, or NULL if out of memory.
 */
pte_t *pte_alloc(struct mm_struct *mm, pmd_t *pmd, unsigned long address)
{
	if (pmd_none(*pmd)) {
		pte_t *new = pte_alloc_one(mm, address);

		if (!new)
			return NULL;
		/* kernel page tables are not user-accessible */
		set_pmd(pmd, __pmd((mm == &init_mm ? _KERNPG_TABLE :
				    _PAGE_TABLE) + __pa(new)));
	}
	return pte_offset(pmd, address);
}

/*
 * handle_mm_fault - make the page at @address present in @mm: a zeroed
 * page for an anonymous area (demand zero). Returns 1 when the page is
 * there, -1 if out of memory. File mappings and copy-on-write arrive
 * with process management.
 */
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		    unsigned long address, int write_access)
{
	pgd_t *pgd = pgd_offset(mm, address);
	pmd_t *pmd = pmd_alloc(mm, pgd, address);
	pte_t *pte = pte_alloc(mm, pmd, address);
	struct page *page;

	if (!pte)
		return -1;
	if (!pte_none(*pte))
		return 1;	/* another path mapped it meanwhile */
	page = alloc_page(GFP_HIGHUSER);
	if (!page)
		return -1;
	clear_user_highpage(page, address);
	set_pte(pte, mk_pte(page, vma->vm_page_prot));
	update_mmu_cache(vma, address, *pte);
	return 1;
}
