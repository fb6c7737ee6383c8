/*
 * include/linux/mmzone.h - nodes and zones (slides "Nodes Organization",
 * "pg_data_t", "Zones", "zone_t", "Buddy System"). A UMA machine has one
 * node, contig_page_data (mm/numa.c), with up to three zones; each zone
 * has its buddy lists free_area[MAX_ORDER]. The wait-queue and LRU
 * counters of 2.4's zone_t are left out until reclaim exists.
 */
#ifndef _LINUX_MMZONE_H
#define _LINUX_MMZONE_H

#include <linux/list.h>
#include <linux/spinlock.h>

#define MAX_ORDER	11	/* blocks of 1 to 1024 pages (4 MB) */

/* One list of free blocks of one order, and one bit per buddy pair */
typedef struct free_area_struct {
	struct list_head free_list;
	unsigned long *map;
} free_area_t;

#define ZONE_DMA	0
#define ZONE_NORMAL	1
#define ZONE_HIGHMEM	2
#define MAX_NR_ZONES	3

struct pglist_data;

/* When to stop handing out pages of a zone to an allocation whose
 * preferred zone ("class zone") is a given one */
typedef struct zone_watermarks_s {
	unsigned long min, low, high;
} zone_watermarks_t;

typedef struct zone_struct {
	spinlock_t		lock;
	unsigned long		free_pages;
	zone_watermarks_t	watermarks[MAX_NR_ZONES];
	free_area_t		free_area[MAX_ORDER];

	struct pglist_data	*zone_pgdat;
	struct page		*zone_mem_map;
	unsigned long		zone_start_paddr;
	unsigned long		zone_start_mapnr;

	char			*name;
	unsigned long		size;		/* pages spanned */
	unsigned long		realsize;	/* less the holes */
} zone_t;

/* The zones to try, in order, for one kind of allocation */
typedef struct zonelist_struct {
	zone_t *zones[MAX_NR_ZONES + 1];	/* NULL-terminated */
} zonelist_t;

#define GFP_ZONEMASK	0x0f

typedef struct pglist_data {
	zone_t node_zones[MAX_NR_ZONES];
	zonelist_t node_zonelists[GFP_ZONEMASK + 1];
	int nr_zones;
	struct page *node_mem_map;
	unsigned long *valid_addr_bitmap;
	struct bootmem_data *bdata;
	unsigned long node_start_paddr;
	unsigned long node_start_mapnr;
	unsigned long node_size;
	int node_id;
	struct pglist_data *node_next;
} pg_data_t;

extern pg_data_t contig_page_data;
extern pg_data_t *pgdat_list;

#define zone_idx(z)	((z) - (z)->zone_pgdat->node_zones)

#endif
