/*
 * mm/page_alloc.c - the buddy allocator (slides "Buddy System: Frame
 * Allocator", "free_area_t organization", "Bitmap *map semantic").
 * Each zone keeps free blocks of 2^order pages on free_area[order] and
 * one bit per pair of buddies, toggled (MARK_USED) whenever either half
 * is allocated or freed: 1 means exactly one of the two is free. Freeing
 * merges a block with its buddy while that bit says the buddy is free.
 * lk24 has no swap: when the watermarks refuse, an allocation fails.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <linux/slab.h>
#include <asm/system.h>

unsigned long totalram_pages, totalhigh_pages;
zone_t *zone_table[MAX_NR_ZONES];
static char *zone_names[MAX_NR_ZONES] = { "DMA", "Normal", "HighMem" };

/* Watermarks: min = realsize / ratio, clamped to [balance_min, max] */
static int zone_balance_ratio[MAX_NR_ZONES] = { 128, 128, 128 };
static int zone_balance_min[MAX_NR_ZONES] = { 20, 20, 20 };
static int zone_balance_max[MAX_NR_ZONES] = { 255, 255, 255 };
/* What a lower zone keeps back from allocations that prefer a higher
 * one: the higher zones' size divided by this */
static int lower_zone_reserve_ratio[MAX_NR_ZONES - 1] = { 256, 32 };

#define MARK_USED(index, order, area) \
	__change_bit((index) >> (1 + (order)), (area)->map)

/*
 * bad_page - a broken allocator invariant: name the page, then BUG.
 * Continuing would corrupt the free lists silently.
 */
static void bad_page(const char *function, struct page *page,
		     const char *why)
{
	printk(KERN_EMERG "%s: bad page %p (pfn %lu, flags 0x%08lx, "
	       "count %d, order %lu): %s\n", function, page,
	       (unsigned long)(page - mem_map), page->flags, page_count(page),
	       page->index, why);
	BUG();
}

/*
 * __free_pages_ok - put a block of 2^@order pages back on its zone's
 * lists, merging it with its buddy as long as the buddy is free.
 * Expects the block's use count to have dropped to zero.
 */
static void __free_pages_ok(struct page *page, unsigned int order)
{
	zone_t *zone = page_zone(page);
	struct page *base = zone->zone_mem_map;
	unsigned long page_idx = page - base;
	free_area_t *area = zone->free_area + order;
	unsigned long flags;

	if (page->mapping == NULL && page->index != order)
		bad_page(__func__, page, "freed with another order than "
			 "it was allocated with");
	if (PageSlab(page) || PageLocked(page))
		bad_page(__func__, page, "still in use by slab or locked");
	if (page_idx & ((1UL << order) - 1))
		bad_page(__func__, page, "not aligned to its order");
	page->flags &= ~((1 << PG_referenced) | (1 << PG_dirty));

	spin_lock_irqsave(&zone->lock, flags);
	zone->free_pages += 1UL << order;
	while (order < MAX_ORDER - 1) {
		struct page *buddy = base + (page_idx ^ (1UL << order));

		/* The pair's bit was 0: the buddy is in use, stop here. */
		if (!__test_and_change_bit(page_idx >> (1 + order), area->map))
			break;
		list_del(&buddy->list);
		page_idx &= ~(1UL << order);	/* the pair starts at the lower */
		order++;
		area++;
	}
	base[page_idx].index = order;
	list_add(&base[page_idx].list, &area->free_list);
	spin_unlock_irqrestore(&zone->lock, flags);
}

/*
 * expand - we took a block of order @high for a request of order @low:
 * put the unused halves back, one per order on the way down, and return
 * the part of 2^@low pages that is left.
 */
static struct page *expand(zone_t *zone, struct page *page,
			   unsigned long index, int low, int high,
			   free_area_t *area)
{
	unsigned long size = 1UL << high;

	while (high > low) {
		area--;
		high--;
		size >>= 1;
		page->index = high;
		list_add(&page->list, &area->free_list);
		MARK_USED(index, high, area);
		index += size;
		page += size;
	}
	return page;
}

/*
 * rmqueue - a block of 2^@order pages from @zone: the smallest free block
 * that is large enough, split down by expand. Returns NULL if none.
 */
static struct page *rmqueue(zone_t *zone, unsigned int order)
{
	free_area_t *area = zone->free_area + order;
	unsigned int curr_order = order;
	struct page *page;
	unsigned long index, flags;

	spin_lock_irqsave(&zone->lock, flags);
	for (; curr_order < MAX_ORDER; curr_order++, area++) {
		if (list_empty(&area->free_list))
			continue;
		page = list_entry(area->free_list.next, struct page, list);
		list_del(&page->list);
		index = page - zone->zone_mem_map;
		if (curr_order != MAX_ORDER - 1)
			MARK_USED(index, curr_order, area);
		zone->free_pages -= 1UL << order;
		page = expand(zone, page, index, order, curr_order, area);
		spin_unlock_irqrestore(&zone->lock, flags);

		if (page_count(page) || PageReserved(page))
			bad_page(__func__, page, "free page in use");
		set_page_count(page, 1);
		page->index = order;	/* checked again when it is freed */
		return page;
	}
	spin_unlock_irqrestore(&zone->lock, flags);
	return NULL;
}

/*
 * try_zones - the first zone of @zonelist whose free pages stay above
 * the chosen watermark after taking 2^@order, as seen by allocations that
 * prefer the list's first zone. @which picks low (first pass) or min.
 */
static struct page *try_zones(zonelist_t *zonelist, unsigned int order,
			      int which, int atomic)
{
	zone_t **zp = zonelist->zones, *z;
	int class_idx = zone_idx(zonelist->zones[0]);
	unsigned long mark;
	struct page *page;

	for (; (z = *zp) != NULL; zp++) {
		mark = which ? z->watermarks[class_idx].min
			     : z->watermarks[class_idx].low;
		if (atomic)
			mark >>= 2;	/* an interrupt may dig deeper */
		if (z->free_pages < mark + (1UL << order))
			continue;
		page = rmqueue(z, order);
		if (page)
			return page;
	}
	return NULL;
}

/*
 * __alloc_pages - the heart of the allocator: 2^@order contiguous pages
 * from the zones of @zonelist, in order (HIGHMEM -> NORMAL -> DMA).
 * First above each zone's low watermark, then above min. Linux 2.4 would
 * now wake kswapd and reclaim; lk24 has nothing to reclaim, so it says so
 * and returns NULL.
 */
struct page *__alloc_pages(unsigned int gfp_mask, unsigned int order,
			   zonelist_t *zonelist)
{
	int atomic = !(gfp_mask & __GFP_WAIT);
	struct page *page;

	if (!atomic)
		might_sleep();
	if (order >= MAX_ORDER) {
		printk(KERN_WARNING "__alloc_pages: order %u is beyond "
		       "MAX_ORDER-1 (%d), refused\n", order, MAX_ORDER - 1);
		return NULL;
	}
	if (!zonelist->zones[0]) {
		printk(KERN_WARNING "__alloc_pages: no zone for gfp 0x%x\n",
		       gfp_mask);
		return NULL;
	}
	page = try_zones(zonelist, order, 0, 0);
	if (!page)
		page = try_zones(zonelist, order, 1, atomic);
	if (!page)
		printk(KERN_WARNING "__alloc_pages: order-%u allocation "
		       "failed (gfp 0x%x, %u pages free)\n", order, gfp_mask,
		       nr_free_pages());
	return page;
}

/* __get_free_pages - as alloc_pages, but a kernel virtual address (so
 * never highmem). Returns 0 on failure. */
unsigned long __get_free_pages(unsigned int gfp_mask, unsigned int order)
{
	struct page *page = alloc_pages(gfp_mask & ~__GFP_HIGHMEM, order);

	return page ? (unsigned long)page_address(page) : 0;
}

/* get_zeroed_page - one page, cleared. Returns 0 on failure. */
unsigned long get_zeroed_page(unsigned int gfp_mask)
{
	unsigned long addr = __get_free_pages(gfp_mask, 0);

	if (addr)
		clear_page(addr);
	return addr;
}

/*
 * __free_pages - drop a reference to a block; the last one frees it.
 * Reserved pages are never freed. Freeing a block whose count is already
 * zero (a double free) is a BUG naming the page.
 */
void __free_pages(struct page *page, unsigned int order)
{
	if (PageReserved(page))
		return;
	if (page_count(page) <= 0)
		bad_page(__func__, page, "freed while free (double free?)");
	if (put_page_testzero(page))
		__free_pages_ok(page, order);
}

void free_pages(unsigned long addr, unsigned int order)
{
	if (addr)
		__free_pages(virt_to_page(addr), order);
}

unsigned int nr_free_pages(void)
{
	zone_t *zone = contig_page_data.node_zones;
	unsigned int sum = 0;

	for (; zone < contig_page_data.node_zones + MAX_NR_ZONES; zone++)
		sum += zone->free_pages;
	return sum;
}

unsigned int nr_free_highpages(void)
{
	return contig_page_data.node_zones[ZONE_HIGHMEM].free_pages;
}

/* show_free_areas - free blocks per order in each zone ("buddyinfo"). */
void show_free_areas(void)
{
	zone_t *zone;
	int order;

	for (zone = contig_page_data.node_zones;
	     zone < contig_page_data.node_zones + MAX_NR_ZONES; zone++) {
		struct list_head *pos;
		char line[16 * MAX_ORDER], *p = line;

		if (!zone->size)
			continue;
		for (order = 0; order < MAX_ORDER; order++) {
			unsigned long n = 0;

			list_for_each(pos, &zone->free_area[order].free_list)
				n++;
			p += snprintf(p, line + sizeof(line) - p, " %6lu", n);
		}
		printk(KERN_INFO "buddyinfo: zone %-7s%s\n", zone->name, line);
	}
}

/*
 * build_zonelists - for each GFP zone modifier, the zones to try in order:
 * HIGHMEM -> NORMAL -> DMA, starting from the highest zone allowed.
 */
static void __init build_zonelists(pg_data_t *pgdat)
{
	int i, j, k;

	for (i = 0; i <= GFP_ZONEMASK; i++) {
		zonelist_t *zonelist = pgdat->node_zonelists + i;

		memset(zonelist, 0, sizeof(*zonelist));
		k = ZONE_NORMAL;
		if (i & __GFP_HIGHMEM)
			k = ZONE_HIGHMEM;
		if (i & __GFP_DMA)
			k = ZONE_DMA;
		for (j = 0; k >= 0; k--)
			if (pgdat->node_zones[k].size)
				zonelist->zones[j++] = pgdat->node_zones + k;
	}
}

/*
 * set_watermarks - for each class zone j (the zone an allocation would
 * prefer), when zone @z stops giving pages: min = realsize/ratio within
 * bounds, low = 2*min, high = 3*min, plus, for a higher class, a reserve
 * that keeps highmem and normal allocations out of the scarce low zones.
 */
static void __init set_watermarks(pg_data_t *pgdat, int z)
{
	zone_t *zone = pgdat->node_zones + z;
	unsigned long mask, reserve = 0;
	int j;

	mask = zone->realsize / zone_balance_ratio[z];
	mask = max(mask, (unsigned long)zone_balance_min[z]);
	mask = min(mask, (unsigned long)zone_balance_max[z]);
	for (j = 0; j < MAX_NR_ZONES; j++) {
		if (j > z)
			reserve += pgdat->node_zones[j].realsize /
				   lower_zone_reserve_ratio[z];
		zone->watermarks[j].min = mask + (j > z ? reserve : 0);
		zone->watermarks[j].low = 2 * mask + (j > z ? reserve : 0);
		zone->watermarks[j].high = 3 * mask + (j > z ? reserve : 0);
	}
}

/*
 * init_zone_map - the zone's struct pages: reserved, count 0, linked to
 * the zone; lowmem pages get their permanent kernel address. Then the
 * empty free lists and a bitmap per order (one bit per pair of blocks).
 */
static void __init init_zone_map(pg_data_t *pgdat, int j, int nid)
{
	zone_t *zone = pgdat->node_zones + j;
	unsigned long i, bits;
	int order;

	for (i = 0; i < zone->size; i++) {
		struct page *page = zone->zone_mem_map + i;

		set_page_zone(page, nid * MAX_NR_ZONES + j);
		set_page_count(page, 0);
		SetPageReserved(page);
		INIT_LIST_HEAD(&page->list);
		if (j != ZONE_HIGHMEM)
			set_page_address(page, __va(zone->zone_start_paddr +
						    i * PAGE_SIZE));
	}
	for (order = 0; order < MAX_ORDER; order++) {
		INIT_LIST_HEAD(&zone->free_area[order].free_list);
		if (order == MAX_ORDER - 1) {
			zone->free_area[order].map = NULL;
			break;
		}
		bits = (zone->size + (2UL << order) - 1) >> (order + 1);
		zone->free_area[order].map = alloc_bootmem_node(pgdat,
			(bits + BITS_PER_LONG - 1) / 8);
	}
}

/* init_zone - zone @j of @pgdat: its place in the map and its pages. */
static void __init init_zone(pg_data_t *pgdat, int nid, int j,
			     unsigned long size, unsigned long holes,
			     struct page *map, unsigned long offset,
			     unsigned long start_paddr)
{
	zone_t *zone = pgdat->node_zones + j;

	zone_table[nid * MAX_NR_ZONES + j] = zone;
	zone->name = zone_names[j];
	zone->size = size;
	zone->realsize = size - holes;
	zone->zone_pgdat = pgdat;
	zone->free_pages = 0;
	zone->zone_mem_map = map + offset;
	zone->zone_start_mapnr = offset;
	zone->zone_start_paddr = start_paddr;
	spin_lock_init(&zone->lock);
	if (size)
		pgdat->nr_zones = j + 1;
	init_zone_map(pgdat, j, nid);
}

/*
 * free_area_init_core - set up node @nid: its core map (allocated here
 * from bootmem unless @lmem_map is given), then each zone, its
 * watermarks and the zonelists. The boot log prints every zone.
 */
static void __init free_area_init_core(int nid, pg_data_t *pgdat,
	struct page **gmap, unsigned long *zones_size,
	unsigned long zone_start_paddr, unsigned long *zholes_size,
	struct page *lmem_map)
{
	unsigned long totalpages = 0, offset = 0;
	int j;

	for (j = 0; j < MAX_NR_ZONES; j++)
		totalpages += zones_size[j];
	if (!lmem_map)
		lmem_map = alloc_bootmem_node(pgdat,
			(totalpages + 1) * sizeof(struct page));
	*gmap = pgdat->node_mem_map = lmem_map;
	pgdat->node_size = totalpages;
	pgdat->node_start_paddr = zone_start_paddr;
	pgdat->node_start_mapnr = 0;
	pgdat->nr_zones = 0;

	for (j = 0; j < MAX_NR_ZONES; j++) {
		init_zone(pgdat, nid, j, zones_size[j],
			  zholes_size ? zholes_size[j] : 0, lmem_map, offset,
			  zone_start_paddr);
		offset += zones_size[j];
		zone_start_paddr += zones_size[j] << PAGE_SHIFT;
	}
	for (j = 0; j < MAX_NR_ZONES; j++) {
		zone_t *zone = pgdat->node_zones + j;

		set_watermarks(pgdat, j);
		if (zone->size)
			printk(KERN_INFO "zone(%d): %lu pages (%lu present), "
			       "%s, watermarks min %lu low %lu high %lu\n", j,
			       zone->size, zone->realsize, zone->name,
			       zone->watermarks[j].min, zone->watermarks[j].low,
			       zone->watermarks[j].high);
	}
	build_zonelists(pgdat);
}

/* free_area_init_node - a node of a NUMA machine (slide "Zones
 * Initialization"); the UMA kernel calls it once, for node 0. */
void __init free_area_init_node(int nid, pg_data_t *pgdat, struct page *pmap,
				unsigned long *zones_size,
				unsigned long zone_start_paddr,
				unsigned long *zholes_size)
{
	struct page *map;

	free_area_init_core(nid, pgdat, &map, zones_size, zone_start_paddr,
			    zholes_size, pmap);
	if (nid == 0)
		mem_map = map;
}

/* free_area_init - UMA: one node, contig_page_data, from address 0. */
void __init free_area_init(unsigned long *zones_size)
{
	free_area_init_node(0, &contig_page_data, NULL, zones_size, 0, NULL);
}

/*
 * mminfo: with this boot option the end of boot dumps the allocators'
 * state (buddyinfo, slabinfo, meminfo), until /proc can show it.
 */
static int mminfo_at_boot;

static int __init mminfo_setup(char *str)
{
	mminfo_at_boot = 1;
	return 1;
}
__setup("mminfo", mminfo_setup);

static int mminfo_init(void)
{
	if (mminfo_at_boot) {
		show_mem();
		show_slabinfo();
	}
	return 0;
}
__initcall(mminfo_init);
