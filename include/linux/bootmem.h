/*
 * include/linux/bootmem.h - the boot-time allocator (slides "Bootmem",
 * "Bootmem organization"): one bit per page of low memory, set while the
 * page is reserved; allocations are whole, page-aligned, zeroed areas.
 * Used until mem_init hands the free pages to the buddy allocator.
 */
#ifndef _LINUX_BOOTMEM_H
#define _LINUX_BOOTMEM_H

#include <linux/mmzone.h>
#include <asm/page.h>
#include <asm/cache.h>

#define MAX_DMA_ADDRESS	(PAGE_OFFSET + 0x1000000)	/* 16 MB */

typedef struct bootmem_data {
	unsigned long node_boot_start;	/* physical address of bit 0 */
	unsigned long node_low_pfn;	/* first page past the map */
	void *node_bootmem_map;
	unsigned long last_pos;		/* where the last search ended */
} bootmem_data_t;

unsigned long init_bootmem(unsigned long start_pfn, unsigned long pages);
void reserve_bootmem(unsigned long addr, unsigned long size);
void free_bootmem(unsigned long addr, unsigned long size);
void *__alloc_bootmem(unsigned long size, unsigned long align,
		      unsigned long goal);
void *__alloc_bootmem_node(pg_data_t *pgdat, unsigned long size,
			   unsigned long align, unsigned long goal);
unsigned long free_all_bootmem(void);

#define alloc_bootmem(x) \
	__alloc_bootmem((x), L1_CACHE_BYTES, __pa(MAX_DMA_ADDRESS))
#define alloc_bootmem_low(x) \
	__alloc_bootmem((x), L1_CACHE_BYTES, 0)
#define alloc_bootmem_pages(x) \
	__alloc_bootmem((x), PAGE_SIZE, __pa(MAX_DMA_ADDRESS))
#define alloc_bootmem_low_pages(x) \
	__alloc_bootmem((x), PAGE_SIZE, 0)
#define alloc_bootmem_node(pgdat, x) \
	__alloc_bootmem_node((pgdat), (x), L1_CACHE_BYTES, \
			     __pa(MAX_DMA_ADDRESS))

#endif
