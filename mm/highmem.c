/*
 * mm/highmem.c - kmap of pages above lowmem (slides "High Memory", "High
 * Memory Deallocation", "kunmap ()"). LAST_PKMAP slots in the pkmap window;
 * pkmap_count[i] is 0 for a free slot, 1 for a slot whose mapping is no
 * longer used but may still be in some TLB, n > 1 for n-1 users. Slots at
 * 1 are only reclaimed, all at once and with one global TLB flush, when
 * the search for a free slot wraps around. Linux sleeps when every slot
 * is busy; lk24 has nobody to wait for yet, so that is a BUG.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/highmem.h>

static int pkmap_count[LAST_PKMAP];
static unsigned int last_pkmap_nr;
static spinlock_t kmap_lock = SPIN_LOCK_UNLOCKED;

/* flush_all_zero_pkmaps - free every slot at 1, then flush once. */
static void flush_all_zero_pkmaps(void)
{
	int i;

	flush_cache_all();
	for (i = 0; i < LAST_PKMAP; i++) {
		struct page *page;

		if (pkmap_count[i] != 1)
			continue;
		pkmap_count[i] = 0;
		page = pte_page(pkmap_page_table[i]);
		pte_clear(&pkmap_page_table[i]);
		page->virtual = NULL;
	}
	flush_tlb_all();
}

/* map_new_virtual - a free slot for @page; returns its address. */
static unsigned long map_new_virtual(struct page *page)
{
	int count = LAST_PKMAP;
	unsigned long vaddr;

	for (;;) {
		last_pkmap_nr = (last_pkmap_nr + 1) & LAST_PKMAP_MASK;
		if (!last_pkmap_nr) {
			flush_all_zero_pkmaps();
			count = LAST_PKMAP;
		}
		if (!pkmap_count[last_pkmap_nr])
			break;
		if (--count == 0) {
			printk(KERN_EMERG "kmap_high: all %d slots in use\n",
			       LAST_PKMAP);
			BUG();
		}
	}
	vaddr = PKMAP_ADDR(last_pkmap_nr);
	set_pte(&pkmap_page_table[last_pkmap_nr], mk_pte(page, kmap_prot));
	pkmap_count[last_pkmap_nr] = 1;
	page->virtual = (void *)vaddr;
	return vaddr;
}

/* kmap_high - @page's pkmap address, mapping it if it has none. */
void *kmap_high(struct page *page)
{
	unsigned long vaddr;

	spin_lock(&kmap_lock);
	vaddr = (unsigned long)page->virtual;
	if (!vaddr)
		vaddr = map_new_virtual(page);
	if (++pkmap_count[PKMAP_NR(vaddr)] < 2)
		BUG();
	spin_unlock(&kmap_lock);
	return (void *)vaddr;
}

/* kunmap_high - one user fewer; at 1 the mapping stays until a flush. */
void kunmap_high(struct page *page)
{
	unsigned long vaddr = (unsigned long)page->virtual;

	spin_lock(&kmap_lock);
	if (!vaddr || --pkmap_count[PKMAP_NR(vaddr)] == 0)
		BUG();	/* not mapped, or more kunmaps than kmaps */
	spin_unlock(&kmap_lock);
}
