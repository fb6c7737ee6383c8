/*
 * include/linux/slab.h - the slab allocator's interface (slides
 * "Frequent Allocations/Deallocations", "SLAB Interfaces", "Available
 * Caches"): caches of equal-sized objects, and kmalloc/kfree on top of
 * the general caches size-32 ... size-131072.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/mm.h>
#include <asm/cache.h>

typedef struct kmem_cache_s kmem_cache_t;

/* kmem_cache_create flags; the first two every cache gets with
 * slab_debug on the command line */
#define SLAB_RED_ZONE		0x00000400UL	/* guard words around each */
#define SLAB_POISON		0x00000800UL	/* free objects poisoned */
#define SLAB_HWCACHE_ALIGN	0x00002000UL	/* align objects on L1 lines */
#define SLAB_CACHE_DMA		0x00004000UL	/* pages from ZONE_DMA */

/* kmem_cache_alloc flags are GFP flags */
#define SLAB_ATOMIC		GFP_ATOMIC
#define SLAB_KERNEL		GFP_KERNEL
#define SLAB_DMA		GFP_DMA

/* the constructor's flags */
#define SLAB_CTOR_CONSTRUCTOR	0x001UL

kmem_cache_t *kmem_cache_create(const char *name, size_t size,
	size_t offset, unsigned long flags,
	void (*ctor)(void *, kmem_cache_t *, unsigned long),
	void (*dtor)(void *, kmem_cache_t *, unsigned long));
int kmem_cache_destroy(kmem_cache_t *cachep);
int kmem_cache_shrink(kmem_cache_t *cachep);
void *kmem_cache_alloc(kmem_cache_t *cachep, int flags);
void kmem_cache_free(kmem_cache_t *cachep, void *objp);
unsigned int kmem_cache_size(kmem_cache_t *cachep);

void *kmalloc(size_t size, int flags);
int slabinfo_read_proc(char *page, char **start, off_t off, int count,
		       int *eof, void *data);
void kfree(const void *objp);

void kmem_cache_init(void);
void kmem_cache_sizes_init(void);
void show_slabinfo(void);

#endif
