/*
 * mm/bootmem.c - the boot-time memory allocator (slides "Bootmem" and
 * "Finalizing Memory Initialization"). A bitmap with one bit per page of
 * low memory, 1 = reserved. setup_memory frees the RAM ranges of the e820
 * map and reserves the kernel; mem_init's free_all_bootmem then hands
 * every page still free to the buddy allocator. Linux 2.4 also packs
 * small allocations into a shared page; lk24 always gives whole pages.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/mm.h>
#include <asm/bitops.h>

/* The node's bootmem state; contig_page_data.bdata points here. */
static bootmem_data_t contig_bootmem_data;

/*
 * init_bootmem_core - put the bitmap at page @mapstart, covering pages
 * @start to @end, everything reserved. Returns the bitmap's size in bytes.
 */
static unsigned long __init init_bootmem_core(pg_data_t *pgdat,
	unsigned long mapstart, unsigned long start, unsigned long end)
{
	bootmem_data_t *bdata = pgdat->bdata;
	unsigned long mapsize = ((end - start) + 7) / 8;

	mapsize = (mapsize + sizeof(long) - 1) & ~(sizeof(long) - 1);
	bdata->node_bootmem_map = __va(mapstart << PAGE_SHIFT);
	bdata->node_boot_start = start << PAGE_SHIFT;
	bdata->node_low_pfn = end;
	bdata->last_pos = 0;
	memset(bdata->node_bootmem_map, 0xff, mapsize);
	return mapsize;
}

/* init_bootmem - the UMA case: one node, pages 0 to @pages. */
unsigned long __init init_bootmem(unsigned long start_pfn,
				  unsigned long pages)
{
	contig_page_data.bdata = &contig_bootmem_data;
	return init_bootmem_core(&contig_page_data, start_pfn, 0, pages);
}

/*
 * mark_range - set (reserve) or clear (free) the bits of the pages that
 * [@addr, @addr + @size) touches; freeing only covers whole pages.
 */
static void __init mark_range(bootmem_data_t *bdata, unsigned long addr,
			      unsigned long size, int reserve)
{
	unsigned long first, last, i;

	if (reserve) {
		first = (addr - bdata->node_boot_start) >> PAGE_SHIFT;
		last = PAGE_ALIGN(addr + size - bdata->node_boot_start)
			>> PAGE_SHIFT;
	} else {
		first = PAGE_ALIGN(addr - bdata->node_boot_start) >> PAGE_SHIFT;
		last = (addr + size - bdata->node_boot_start) >> PAGE_SHIFT;
	}
	if (last > bdata->node_low_pfn)
		last = bdata->node_low_pfn;
	for (i = first; i < last; i++) {
		if (reserve && test_and_set_bit(i, bdata->node_bootmem_map))
			printk(KERN_DEBUG "reserve_bootmem: page %lu "
			       "reserved twice\n", i);
		if (!reserve && !test_and_clear_bit(i, bdata->node_bootmem_map))
			BUG();	/* freeing a page that was free */
	}
}

void __init reserve_bootmem(unsigned long addr, unsigned long size)
{
	mark_range(contig_page_data.bdata, addr, size, 1);
}

void __init free_bootmem(unsigned long addr, unsigned long size)
{
	mark_range(contig_page_data.bdata, addr, size, 0);
}

/*
 * find_free_area - first run of @pages free pages at or after page
 * @from whose start is a multiple of @step pages. Returns its first page
 * index, or -1.
 */
static long __init find_free_area(bootmem_data_t *bdata, unsigned long from,
				  unsigned long pages, unsigned long step)
{
	unsigned long start, i, eidx = bdata->node_low_pfn -
		(bdata->node_boot_start >> PAGE_SHIFT);

	for (start = (from + step - 1) & ~(step - 1);
	     start + pages <= eidx; start += step) {
		for (i = 0; i < pages; i++)
			if (test_bit(start + i, bdata->node_bootmem_map))
				break;
		if (i == pages)
			return start;
	}
	return -1;
}

/*
 * __alloc_bootmem_core - @size bytes, aligned to @align (a power of two),
 * preferably at or above physical address @goal, else anywhere. The area
 * is reserved and zeroed. Returns its kernel virtual address or NULL.
 */
static void * __init __alloc_bootmem_core(bootmem_data_t *bdata,
	unsigned long size, unsigned long align, unsigned long goal)
{
	unsigned long pages = PAGE_ALIGN(size) >> PAGE_SHIFT;
	unsigned long step = align > PAGE_SIZE ? align >> PAGE_SHIFT : 1;
	unsigned long i, from = 0;
	long start = -1;
	void *ret;

	if (!size)
		BUG();
	if (goal > bdata->node_boot_start)
		from = (goal - bdata->node_boot_start) >> PAGE_SHIFT;
	if (from)
		start = find_free_area(bdata, from, pages, step);
	if (start < 0)
		start = find_free_area(bdata, 0, pages, step);
	if (start < 0)
		return NULL;
	for (i = start; i < start + pages; i++)
		set_bit(i, bdata->node_bootmem_map);
	ret = __va(bdata->node_boot_start + (start << PAGE_SHIFT));
	memset(ret, 0, size);
	return ret;
}

/* __alloc_bootmem - as above from node 0; running out at boot is fatal. */
void * __init __alloc_bootmem(unsigned long size, unsigned long align,
			      unsigned long goal)
{
	return __alloc_bootmem_node(&contig_page_data, size, align, goal);
}

void * __init __alloc_bootmem_node(pg_data_t *pgdat, unsigned long size,
				   unsigned long align, unsigned long goal)
{
	void *ptr = __alloc_bootmem_core(pgdat->bdata, size, align, goal);

	if (!ptr)
		panic("__alloc_bootmem_node: out of memory for %lu bytes",
		      size);
	return ptr;
}

/*
 * free_all_bootmem_core - give every page whose bit is clear to the buddy
 * allocator, as the slide shows: clear PG_reserved, count 1 (the buddy
 * allocator's free expects a used page), __free_page. Then the bitmap's
 * own pages go the same way. Returns the number of pages freed.
 */
static unsigned long __init free_all_bootmem_core(pg_data_t *pgdat)
{
	bootmem_data_t *bdata = pgdat->bdata;
	struct page *page = pgdat->node_mem_map;
	unsigned long i, count = 0, total = 0, map, idx;

	idx = bdata->node_low_pfn - (bdata->node_boot_start >> PAGE_SHIFT);
	for (i = 0; i < idx; i++, page++) {
		if (!test_bit(i, bdata->node_bootmem_map)) {
			count++;
			ClearPageReserved(page);
			set_page_count(page, 1);
			__free_page(page);
		}
	}
	total += count;

	/* The bitmap is not needed any more. */
	page = virt_to_page(bdata->node_bootmem_map);
	count = 0;
	map = ((idx + 7) / 8 + PAGE_SIZE - 1) >> PAGE_SHIFT;
	for (i = 0; i < map; i++, page++) {
		count++;
		ClearPageReserved(page);
		set_page_count(page, 1);
		__free_page(page);
	}
	total += count;
	bdata->node_bootmem_map = NULL;
	return total;
}

/* free_all_bootmem - the end of bootmem: returns pages given away. */
unsigned long __init free_all_bootmem(void)
{
	return free_all_bootmem_core(&contig_page_data);
}
