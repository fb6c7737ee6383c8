/*
 * test/kernel/buddy.c - self-tests of the buddy allocator and zones
 * (mm/page_alloc.c; slides "Buddy System", "Bitmap *map semantic",
 * "Zones"). Every test leaves the free page count as it found it.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <asm/setup.h>
#include "lktest.h"

static const unsigned int zone_gfp[MAX_NR_ZONES] = {
	GFP_DMA, GFP_KERNEL, GFP_HIGHUSER
};

static unsigned long list_len(struct list_head *head)
{
	struct list_head *p;
	unsigned long n = 0;

	list_for_each(p, head)
		n++;
	return n;
}

static unsigned long popcount(unsigned long *map, unsigned long bits)
{
	unsigned long i, n = 0;

	for (i = 0; i < bits; i++)
		n += test_bit(i, map);
	return n;
}

/* check_block - a free block of @order: aligned, unused, marked with its
 * order, and its pair's bit set. Returns 0 or reports and returns -1. */
static int check_block(zone_t *z, struct page *page, int order)
{
	unsigned long idx = page - z->zone_mem_map;

	if ((idx & ((1UL << order) - 1)) || page_count(page) ||
	    PageReserved(page) || page->index != order) {
		lktest_fail(__FILE__, __LINE__, "zone %s order %d: bad free "
			    "block at %lu", z->name, order, idx);
		return -1;
	}
	if (order < MAX_ORDER - 1 &&
	    !test_bit(idx >> (order + 1), z->free_area[order].map)) {
		lktest_fail(__FILE__, __LINE__, "zone %s order %d: pair bit "
			    "of %lu clear", z->name, order, idx);
		return -1;
	}
	return 0;
}

/*
 * check_zone - the buddy invariants of @z: every free block is aligned,
 * unused and marked with its order; its pair's bit is set; and there are
 * exactly as many set bits as free blocks (so no pair is free twice).
 * Returns 0 or reports the first broken invariant and returns -1.
 */
static int check_zone(zone_t *z)
{
	unsigned long free = 0, bits;
	struct list_head *p;
	int order;

	for (order = 0; order < MAX_ORDER; order++) {
		free_area_t *area = z->free_area + order;

		list_for_each(p, &area->free_list) {
			if (check_block(z, list_entry(p, struct page, list),
					order))
				return -1;
			free += 1UL << order;
		}
		if (order == MAX_ORDER - 1)
			break;
		bits = (z->size + (2UL << order) - 1) >> (order + 1);
		if (popcount(area->map, bits) != list_len(&area->free_list)) {
			lktest_fail(__FILE__, __LINE__, "zone %s order %d: "
				    "%lu bits set, %lu free blocks", z->name,
				    order, popcount(area->map, bits),
				    list_len(&area->free_list));
			return -1;
		}
	}
	if (free != z->free_pages) {
		lktest_fail(__FILE__, __LINE__, "zone %s: lists hold %lu pages,"
			    " free_pages says %lu", z->name, free,
			    z->free_pages);
		return -1;
	}
	return 0;
}

static int check_all_zones(void)
{
	int i;

	for (i = 0; i < MAX_NR_ZONES; i++)
		if (contig_page_data.node_zones[i].size &&
		    check_zone(&contig_page_data.node_zones[i]))
			return -1;
	return 0;
}

LKTEST(buddy, invariants_at_boot)
{
	LKT_EQ(check_all_zones(), 0);
}

/* Largest order with a free block in @z, or -1. */
static int largest_free_order(zone_t *z)
{
	int order;

	for (order = MAX_ORDER - 1; order >= 0; order--)
		if (!list_empty(&z->free_area[order].free_list))
			return order;
	return -1;
}

/*
 * Every order in every zone: the block comes from the zone asked for,
 * aligned to its size, and freeing it restores each free list exactly
 * (the split halves merge back).
 */
LKTEST(buddy, split_and_coalesce_every_order_every_zone)
{
	unsigned long before[MAX_ORDER], free_before;
	struct page *page;
	int zi, order, o;

	for (zi = 0; zi < MAX_NR_ZONES; zi++) {
		zone_t *z = &contig_page_data.node_zones[zi];

		for (order = 0; z->size && order <= largest_free_order(z);
		     order++) {
			for (o = 0; o < MAX_ORDER; o++)
				before[o] = list_len(&z->free_area[o].free_list);
			free_before = z->free_pages;
			page = alloc_pages(zone_gfp[zi], order);
			LKT_ASSERT(page != NULL);
			LKT_ASSERT(page_zone(page) == z);
			LKT_EQ((page - z->zone_mem_map) & ((1 << order) - 1), 0);
			LKT_EQ(z->free_pages, free_before - (1UL << order));
			__free_pages(page, order);
			LKT_EQ(z->free_pages, free_before);
			for (o = 0; o < MAX_ORDER; o++)
				LKT_EQ(list_len(&z->free_area[o].free_list),
				       before[o]);
		}
	}
	LKT_EQ(check_all_zones(), 0);
}

/*
 * Thousands of random allocations and frees of orders 0-5 in all zones:
 * the bitmaps still agree with the free lists, and every page comes back.
 */
LKTEST(buddy, random_churn_keeps_bitmaps_consistent)
{
	static struct { struct page *page; int order; } held[256];
	unsigned int seed = 2024, free_before = nr_free_pages();
	int i, n = 0, k;

	for (i = 0; i < 6000; i++) {
		seed = seed * 1103515245 + 12345;
		k = (seed >> 16) % 256;
		if (n < 256 && ((seed >> 8) & 1)) {
			held[n].order = (seed >> 20) % 6;
			held[n].page = alloc_pages(zone_gfp[(seed >> 24) % 3],
						   held[n].order);
			if (held[n].page)
				n++;
		} else if (n) {
			k %= n;
			__free_pages(held[k].page, held[k].order);
			held[k] = held[--n];
		}
	}
	LKT_EQ(check_all_zones(), 0);
	while (n--)
		__free_pages(held[n].page, held[n].order);
	LKT_EQ(check_all_zones(), 0);
	LKT_EQ(nr_free_pages(), free_before);
}

/* GFP_DMA stays under 16 MB; GFP_KERNEL never gets highmem. */
LKTEST(buddy, gfp_dma_below_16mb_and_kernel_in_lowmem)
{
	struct page *dma[32], *low[32];
	int i;

	for (i = 0; i < 32; i++) {
		dma[i] = alloc_pages(GFP_DMA, i % 3);
		low[i] = alloc_page(GFP_KERNEL);
		LKT_ASSERT(dma[i] && low[i]);
		LKT_ASSERT((dma[i] - mem_map) + (1 << (i % 3)) <= 4096);
		LKT_ASSERT(low[i] - mem_map < max_low_pfn);
		LKT_ASSERT(!PageHighMem(low[i]));
	}
	for (i = 0; i < 32; i++) {
		__free_pages(dma[i], i % 3);
		__free_page(low[i]);
	}
}

/* free_held - give back blocks chained on @held (order in page->index). */
static void free_held(struct list_head *held)
{
	while (!list_empty(held)) {
		struct page *page = list_entry(held->next, struct page, list);

		list_del(&page->list);
		__free_pages(page, page->index);
	}
}

/*
 * Exhaust the preferred zone: allocations then fall back to the next
 * zone down the zonelist (HIGHMEM -> NORMAL -> DMA), never up.
 */
LKTEST(buddy, zone_fallback_goes_down)
{
	zone_t *zones = contig_page_data.node_zones, *got;
	unsigned int free_before = nr_free_pages();
	LIST_HEAD(held);
	struct page *page;
	int top = zones[ZONE_HIGHMEM].size ? ZONE_HIGHMEM : ZONE_NORMAL;

	if (!zones[top].size) {
		printk(KERN_INFO "lktest: (only ZONE_DMA: no fallback)\n");
		return;
	}
	while ((page = alloc_page(zone_gfp[top])) != NULL &&
	       page_zone(page) == &zones[top])
		list_add(&page->list, &held);
	got = page ? page_zone(page) : NULL;
	if (page)
		__free_page(page);
	free_held(&held);
	LKT_ASSERT(got == &zones[top - 1]);
	LKT_EQ(nr_free_pages(), free_before);
}

/*
 * Take everything GFP_KERNEL may have, largest blocks first: the
 * allocator ends up returning NULL (and logging it), not panicking,
 * and all of it comes back.
 */
LKTEST(buddy, out_of_memory_returns_null)
{
	unsigned int free_before = nr_free_pages(), taken = 0;
	LIST_HEAD(held);
	struct page *page;
	int order;

	for (order = MAX_ORDER - 1; order >= 0; order--) {
		while ((page = alloc_pages(GFP_KERNEL, order)) != NULL) {
			list_add(&page->list, &held);
			taken += 1U << order;
		}
	}
	LKT_ASSERT(alloc_page(GFP_KERNEL) == NULL);
	free_held(&held);
	LKT_ASSERT(taken > free_before / 2);
	LKT_EQ(nr_free_pages(), free_before);
	LKT_EQ(check_all_zones(), 0);
}

LKTEST(buddy, order_beyond_max_refused)
{
	LKT_ASSERT(alloc_pages(GFP_KERNEL, MAX_ORDER) == NULL);
	LKT_EQ(__get_free_pages(GFP_KERNEL, 20), 0);
	LKT_EQ(check_all_zones(), 0);
}

LKTEST(buddy, get_zeroed_page_is_zero)
{
	unsigned long *p = (unsigned long *)__get_free_page(GFP_KERNEL);
	int i;

	LKT_ASSERT(p != NULL);
	memset(p, 0xa5, PAGE_SIZE);
	free_page((unsigned long)p);
	p = (unsigned long *)get_zeroed_page(GFP_KERNEL);
	LKT_ASSERT(p != NULL);
	for (i = 0; i < PAGE_SIZE / sizeof(long); i++)
		LKT_EQ(p[i], 0);
	free_page((unsigned long)p);
}

/* The deliberate BUGs: each suite runs alone (lktest=crash_...). */
LKTEST(crash_double_free, page)
{
	struct page *page = alloc_page(GFP_KERNEL);

	__free_page(page);
	__free_page(page);	/* must stop with a BUG naming the page */
	lktest_fail(__FILE__, __LINE__, "double free was not caught");
}

LKTEST(crash_wrong_order, page)
{
	struct page *page = alloc_pages(GFP_KERNEL, 0);

	__free_pages(page, 2);	/* must stop with a BUG naming the page */
	lktest_fail(__FILE__, __LINE__, "wrong order was not caught");
}
