/*
 * mm/memory.c - the core map pointer and page-table helpers.
 * mem_map is the array of struct page (slide "Core Map on UMA"), set by
 * free_area_init. pte_alloc finds or makes the page table under a pmd.
 * handle_mm_fault gives a faulting address in an anonymous area its
 * page (demand zero), or its own copy of a shared one (copy-on-write:
 * copy_page_range at fork, do_wp_page at the write). Swap and file
 * mappings are left out.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/highmem.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <asm/errno.h>

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
 * copy_pte - one PTE of a fork: the page gets one more user; a private
 * writable page becomes read-only in both, so the first write copies it.
 */
static void copy_pte(pte_t *dst, pte_t *src, struct vm_area_struct *vma)
{
	pte_t pte = *src;
	struct page *page;

	if (pte_none(pte))
		return;
	page = pte_page(pte);
	if (VALID_PAGE(page) && !PageReserved(page))
		get_page(page);
	/* lab: cow */
	if (!(vma->vm_flags & VM_SHARED) && pte_write(pte)) {
		ptep_set_wrprotect(src);
		pte = *src;
	}
	/* lab: end */
	set_pte(dst, pte_mkold(pte));
}

/*
 * copy_page_range - fork's copy of @vma's page tables from @src into
 * @dst, page by page (copy_pte). Returns 0 or -ENOMEM.
 */
int copy_page_range(struct mm_struct *dst, struct mm_struct *src,
		    struct vm_area_struct *vma)
{
	unsigned long addr;
	pte_t *dst_pte;
	pmd_t *src_pmd;

	for (addr = vma->vm_start; addr < vma->vm_end; addr += PAGE_SIZE) {
		src_pmd = pmd_offset(pgd_offset(src, addr), addr);
		if (pmd_none(*src_pmd)) {
			addr = (addr & PMD_MASK) + PMD_SIZE - PAGE_SIZE;
			continue;
		}
		if (pte_none(*pte_offset(src_pmd, addr)))
			continue;
		dst_pte = pte_alloc(dst, pmd_alloc(dst, pgd_offset(dst, addr),
						   addr), addr);
		if (!dst_pte)
			return -ENOMEM;
		copy_pte(dst_pte, pte_offset(src_pmd, addr), vma);
	}
	return 0;
}

/*
 * make_pages_present - fault in every page of [@addr, @end) of the
 * current task (all in one area), as a read would. 0, or -ENOMEM.
 * fork uses it so that a shared anonymous area has all its pages
 * before parent and child start sharing them.
 */
int make_pages_present(unsigned long addr, unsigned long end)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma = find_vma(mm, addr);

	for (addr &= PAGE_MASK; addr < end; addr += PAGE_SIZE)
		if (handle_mm_fault(mm, vma, addr, 0) < 0)
			return -ENOMEM;
	return 0;
}

/*
 * do_wp_page - a write to a present, write-protected page of a writable
 * area (copy-on-write). The last user keeps the page and may write it;
 * otherwise the writer gets its own copy. Returns 1, or -1 if out of
 * memory.
 */
static int do_wp_page(struct vm_area_struct *vma, unsigned long address,
		      pte_t *page_table)
{
	/* lab: cow */
	struct page *old_page = pte_page(*page_table), *new_page;

	if (page_count(old_page) == 1 && !PageReserved(old_page)) {
		set_pte(page_table, pte_mkyoung(pte_mkdirty(
			pte_mkwrite(*page_table))));
		flush_tlb_page(vma, address);
		return 1;
	}
	new_page = alloc_page(GFP_HIGHUSER);
	if (!new_page)
		return -1;
	copy_user_highpage(new_page, old_page, address);
	set_pte(page_table, pte_mkwrite(pte_mkdirty(mk_pte(new_page,
		vma->vm_page_prot))));
	flush_tlb_page(vma, address);
	__free_page(old_page);
	return 1;
	/* lab: end */
}

/*
 * handle_mm_fault - make the page at @address present in @mm: a zeroed
 * page for an anonymous area (demand zero), a private copy for a write
 * to a copy-on-write page. Returns 1 when the page is there, -1 if out
 * of memory.
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
	current->min_flt++;
	if (pte_present(*pte)) {
		if (write_access && !pte_write(*pte))
			return do_wp_page(vma, address, pte);
		return 1;	/* another path mapped it meanwhile */
	}
	page = alloc_page(GFP_HIGHUSER);
	if (!page)
		return -1;
	clear_user_highpage(page, address);
	/* a write gets the page writable now, not on a second fault */
	set_pte(pte, write_access ? pte_mkwrite(pte_mkdirty(mk_pte(page,
		vma->vm_page_prot))) : mk_pte(page, vma->vm_page_prot));
	update_mmu_cache(vma, address, *pte);
	return 1;
}
