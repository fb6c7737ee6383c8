/*
 * mm/vmalloc.c - vmalloc, vfree, vmap, vunmap.
 * An area is a range of the vmalloc window (VMALLOC_START, 8 MB above
 * high_memory, to VMALLOC_END) followed by one unmapped guard page, so an
 * overrun faults instead of corrupting the next area. Its pages are single
 * frames from anywhere, highmem included, mapped in swapper_pg_dir;
 * changing kernel mappings needs a global TLB flush (slide "kmalloc() VS
 * vmalloc()"). Page tables of the window are never freed, as in 2.4.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

struct vm_struct *vmlist;

/*
 * get_vm_area - reserve @size bytes plus a guard page in the vmalloc
 * window, first fit, and link the area into vmlist (kept sorted).
 * Returns the area, or NULL if the window is full.
 */
struct vm_struct *get_vm_area(unsigned long size, unsigned long flags)
{
	unsigned long addr = VMALLOC_START;
	struct vm_struct **p, *tmp, *area;

	area = kmalloc(sizeof(*area), GFP_KERNEL);
	if (!area)
		return NULL;
	size += PAGE_SIZE;
	for (p = &vmlist; (tmp = *p) != NULL; p = &tmp->next) {
		if (addr + size <= (unsigned long)tmp->addr)
			break;
		addr = (unsigned long)tmp->addr + tmp->size;
	}
	if (addr + size > VMALLOC_END || addr + size < addr) {
		kfree(area);
		return NULL;
	}
	area->flags = flags;
	area->addr = (void *)addr;
	area->size = size;
	area->next = *p;
	*p = area;
	return area;
}

/*
 * map_area - map [@address, @address + @size) page by page: the next of
 * @pages if given (vmap), else a fresh page from @gfp_mask (vmalloc).
 * Page tables are allocated as needed. Returns 0 or -ENOMEM; what was
 * mapped before a failure stays for unmap_area to undo.
 */
static int map_area(unsigned long address, unsigned long size, int gfp_mask,
		    pgprot_t prot, struct page **pages)
{
	unsigned long end = address + size;
	struct page *page;
	pte_t *pte;

	for (; address < end; address += PAGE_SIZE) {
		pgd_t *dir = pgd_offset_k(address);

		pte = pte_alloc(&init_mm, pmd_alloc(&init_mm, dir, address),
				address);
		if (!pte)
			return -12;
		if (!pte_none(*pte))
			BUG();	/* the window handed out an area twice */
		page = pages ? *pages++ : alloc_page(gfp_mask);
		if (!page)
			return -12;
		set_pte(pte, mk_pte(page, prot));
	}
	return 0;
}

/* unmap_area - clear the area's PTEs, freeing the pages vmalloc took. */
static void unmap_area(unsigned long address, unsigned long size,
		       int free_pages)
{
	unsigned long end = address + size;
	pte_t *pte, old;

	for (; address < end; address += PAGE_SIZE) {
		pmd_t *pmd = pmd_offset(pgd_offset_k(address), address);

		if (pmd_none(*pmd))
			continue;
		pte = pte_offset(pmd, address);
		old = *pte;
		pte_clear(pte);
		if (free_pages && pte_present(old))
			__free_page(pte_page(old));
	}
	flush_tlb_all();
}

/* remove_vm_area - unlink the area at @addr from vmlist; NULL if none. */
static struct vm_struct *remove_vm_area(void *addr)
{
	struct vm_struct **p, *tmp;

	for (p = &vmlist; (tmp = *p) != NULL; p = &tmp->next) {
		if (tmp->addr == addr) {
			*p = tmp->next;
			return tmp;
		}
	}
	return NULL;
}

/* release - undo an area made by vmalloc or vmap. */
static void release(void *addr, const char *who)
{
	struct vm_struct *area;

	if (!addr)
		return;
	if ((unsigned long)addr & ~PAGE_MASK ||
	    !(area = remove_vm_area(addr))) {
		printk(KERN_ERR "%s: no vmalloc area at %p\n", who, addr);
		return;
	}
	unmap_area((unsigned long)area->addr, area->size - PAGE_SIZE,
		   area->flags & VM_ALLOC);
	kfree(area);
}

/*
 * __vmalloc - @size bytes, virtually contiguous, page by page from
 * @gfp_mask. Returns the address, or NULL (a zero or too large size, a
 * full window, no memory).
 */
void *__vmalloc(unsigned long size, int gfp_mask, pgprot_t prot)
{
	struct vm_struct *area;

	size = PAGE_ALIGN(size);
	if (!size || (size >> PAGE_SHIFT) > num_physpages) {
		printk(KERN_WARNING "vmalloc: refusing %lu bytes\n", size);
		return NULL;
	}
	area = get_vm_area(size, VM_ALLOC);
	if (!area)
		return NULL;
	if (map_area((unsigned long)area->addr, size, gfp_mask, prot, NULL)) {
		release(area->addr, "vmalloc");
		return NULL;
	}
	flush_tlb_all();	/* no stale entry may survive for the area */
	return area->addr;
}

void *vmalloc(unsigned long size)
{
	return __vmalloc(size, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL);
}

void vfree(void *addr)
{
	release(addr, "vfree");
}

/*
 * vmap - map @count existing pages at consecutive addresses, for a long
 * time (slide "High Memory"). Returns the address or NULL.
 */
void *vmap(struct page **pages, unsigned int count, unsigned long flags,
	   pgprot_t prot)
{
	unsigned long size = (unsigned long)count << PAGE_SHIFT;
	struct vm_struct *area;

	if (!count || count > num_physpages)
		return NULL;
	area = get_vm_area(size, VM_MAP | flags);
	if (!area)
		return NULL;
	if (map_area((unsigned long)area->addr, size, 0, prot, pages)) {
		release(area->addr, "vmap");
		return NULL;
	}
	return area->addr;
}

/* vunmap - undo vmap; the pages stay with their owner. */
void vunmap(void *addr)
{
	release(addr, "vunmap");
}
