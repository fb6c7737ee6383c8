/*
 * mm/numa.c - the node list (slide "Nodes Organization"). On a UMA
 * machine there is one node, the static contig_page_data, alone on the
 * NULL-terminated pgdat_list. alloc_pages_node (slide "NUMA Allocation")
 * allocates on a given node; with one node that is node 0.
 */
#include <linux/kernel.h>
#include <linux/mm.h>

pg_data_t contig_page_data = { .node_id = 0, .node_next = NULL };
pg_data_t *pgdat_list = &contig_page_data;

/* alloc_pages_node - 2^@order pages from node @nid's zonelists. */
struct page *alloc_pages_node(int nid, unsigned int gfp_mask,
			      unsigned int order)
{
	pg_data_t *pgdat = pgdat_list;

	while (pgdat && pgdat->node_id != nid)
		pgdat = pgdat->node_next;
	if (!pgdat)
		return NULL;
	return __alloc_pages(gfp_mask, order,
			     pgdat->node_zonelists + (gfp_mask & GFP_ZONEMASK));
}
