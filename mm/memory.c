/*
 * mm/memory.c - the core map pointer and page-table helpers.
 * mem_map is the array of struct page (slide "Core Map on UMA"), set by
 * free_area_init. pte_alloc finds or makes the page table under a pmd.
 * Page faults, copy-on-write and unmapping join this file with processes.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
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
