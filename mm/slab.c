/*
 * mm/slab.c - the SLAB allocator (slides "The SLAB Allocator", "Slab
 * Coloring", "Available Caches"). A cache hands out objects of one size
 * from slabs: runs of 2^gfporder pages cut into objects, each slab on the
 * cache's full, partial or free list. A slab's descriptor and its free
 * list (one kmem_bufctl_t per object) live at the start of the slab, or
 * off-slab for large objects. Successive slabs start their objects
 * L1_CACHE_BYTES further in (colouring) so that the first objects of
 * different slabs use different cache lines. Linux 2.4's per-CPU object
 * arrays and the reaping by kswapd are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/cache.h>
#include <linux/slab.h>
#include <linux/proc_fs.h>
#include <linux/spinlock.h>

#define BYTES_PER_WORD		sizeof(void *)
#define CACHE_NAMELEN		20
#define MAX_GFP_ORDER		5	/* 32 pages: size-131072 */
#define BREAK_GFP_ORDER		1	/* stop growing a slab past this... */
#define CFLGS_OFF_SLAB		0x010000UL	/* descriptor not in the slab */

typedef unsigned int kmem_bufctl_t;
#define BUFCTL_END	0xffffffffU	/* end of a slab's free chain */
#define BUFCTL_ACTIVE	0xfffffffeU	/* this object is allocated */
#define SLAB_LIMIT	0xfffffffdU

/* The descriptor of one slab, followed by its bufctl array */
typedef struct slab_s {
	struct list_head list;
	unsigned long colouroff;	/* where the objects start */
	void *s_mem;			/* the first object */
	unsigned int inuse;		/* objects handed out */
	kmem_bufctl_t free;		/* first free object, or BUFCTL_END */
} slab_t;

#define slab_bufctl(slabp)	((kmem_bufctl_t *)(((slab_t *)(slabp)) + 1))

struct kmem_cache_s {
	struct list_head slabs_full;
	struct list_head slabs_partial;
	struct list_head slabs_free;
	unsigned int objsize;
	unsigned int flags;
	unsigned int num;		/* objects per slab */
	spinlock_t spinlock;
	unsigned int gfporder;		/* pages per slab = 2^gfporder */
	unsigned int gfpflags;
	size_t colour;			/* how many colours there are */
	unsigned int colour_off;	/* one colour step, in bytes */
	unsigned int colour_next;	/* the colour of the next slab */
	kmem_cache_t *slabp_cache;	/* where off-slab descriptors live */
	void (*ctor)(void *, kmem_cache_t *, unsigned long);
	void (*dtor)(void *, kmem_cache_t *, unsigned long);
	char name[CACHE_NAMELEN];
	struct list_head next;		/* on cache_chain */
	unsigned long num_active, num_allocations, grown;
};

/* A slab's pages point back at their cache and slab (2.4 uses the
 * page's list field, unused while the page belongs to a slab) */
#define SET_PAGE_CACHE(pg, x)	((pg)->list.next = (struct list_head *)(x))
#define GET_PAGE_CACHE(pg)	((kmem_cache_t *)(pg)->list.next)
#define SET_PAGE_SLAB(pg, x)	((pg)->list.prev = (struct list_head *)(x))
#define GET_PAGE_SLAB(pg)	((slab_t *)(pg)->list.prev)

/* The general caches kmalloc uses (slide "Available Caches") */
typedef struct cache_sizes {
	size_t cs_size;
	kmem_cache_t *cs_cachep;
	kmem_cache_t *cs_dmacachep;
} cache_sizes_t;

static cache_sizes_t cache_sizes[] = {
	{ 32, NULL, NULL }, { 64, NULL, NULL }, { 128, NULL, NULL },
	{ 256, NULL, NULL }, { 512, NULL, NULL }, { 1024, NULL, NULL },
	{ 2048, NULL, NULL }, { 4096, NULL, NULL }, { 8192, NULL, NULL },
	{ 16384, NULL, NULL }, { 32768, NULL, NULL }, { 65536, NULL, NULL },
	{ 131072, NULL, NULL }, { 0, NULL, NULL }
};

/* The cache of caches: every kmem_cache_t comes from it */
static kmem_cache_t cache_cache = {
	.slabs_full	= LIST_HEAD_INIT(cache_cache.slabs_full),
	.slabs_partial	= LIST_HEAD_INIT(cache_cache.slabs_partial),
	.slabs_free	= LIST_HEAD_INIT(cache_cache.slabs_free),
	.objsize	= sizeof(kmem_cache_t),
	.flags		= SLAB_HWCACHE_ALIGN,
	.colour_off	= L1_CACHE_BYTES,
	.name		= "kmem_cache",
};
static LIST_HEAD(cache_chain);

/*
 * kmem_cache_estimate - how many objects of @size fit in a slab of
 * 2^@gfporder pages, and how many bytes are left over for colouring.
 */
static void kmem_cache_estimate(unsigned long gfporder, size_t size,
				int flags, size_t *left_over, unsigned int *num)
{
	size_t wastage = PAGE_SIZE << gfporder, base = 0, extra = 0;
	unsigned int i = 0;

	if (!(flags & CFLGS_OFF_SLAB)) {
		base = sizeof(slab_t);
		extra = sizeof(kmem_bufctl_t);
	}
	while (i * size + L1_CACHE_ALIGN(base + i * extra) <= wastage)
		i++;
	if (i > 0)
		i--;
	*num = i;
	*left_over = wastage - i * size - L1_CACHE_ALIGN(base + i * extra);
}

/* kmem_find_general_cachep - the smallest general cache for @size. */
static kmem_cache_t *kmem_find_general_cachep(size_t size, int gfpflags)
{
	cache_sizes_t *csizep = cache_sizes;

	for (; csizep->cs_size; csizep++) {
		if (size > csizep->cs_size)
			continue;
		return (gfpflags & GFP_DMA) ? csizep->cs_dmacachep
					    : csizep->cs_cachep;
	}
	return NULL;
}

void __init kmem_cache_init(void)
{
	size_t left_over;

	cache_cache.objsize = L1_CACHE_ALIGN(cache_cache.objsize);
	kmem_cache_estimate(0, cache_cache.objsize, 0, &left_over,
			    &cache_cache.num);
	cache_cache.colour = left_over / cache_cache.colour_off;
	list_add(&cache_cache.next, &cache_chain);
}

/*
 * choose_gfporder - the smallest slab that holds at least one object and
 * wastes at most an eighth of itself, within BREAK_GFP_ORDER unless the
 * object needs more. Sets num and gfporder; returns the bytes left over,
 * or -1 if no slab up to MAX_GFP_ORDER can hold an object.
 */
static long choose_gfporder(kmem_cache_t *cachep, size_t size)
{
	size_t left_over = 0;

	for (cachep->gfporder = 0; cachep->gfporder <= MAX_GFP_ORDER;
	     cachep->gfporder++) {
		kmem_cache_estimate(cachep->gfporder, size, cachep->flags,
				    &left_over, &cachep->num);
		if (!cachep->num)
			continue;
		if (cachep->gfporder >= BREAK_GFP_ORDER ||
		    left_over * 8 <= (PAGE_SIZE << cachep->gfporder))
			return left_over;
	}
	return -1;
}

/* kmem_cache_find - the cache called @name, or NULL. */
static kmem_cache_t *kmem_cache_find(const char *name)
{
	struct list_head *p;

	list_for_each(p, &cache_chain) {
		kmem_cache_t *c = list_entry(p, kmem_cache_t, next);

		if (!strcmp(c->name, name))
			return c;
	}
	return NULL;
}

/*
 * slab_geometry - for objects of @size bytes, already aligned to @align:
 * slab order and objects per slab, colours, where descriptors live.
 * Returns 0, or -1 if no slab can hold an object.
 */
static int slab_geometry(kmem_cache_t *cachep, size_t size, size_t offset,
			 size_t align)
{
	long left_over;
	size_t slab_size;

	if (size >= (PAGE_SIZE >> 3))
		cachep->flags |= CFLGS_OFF_SLAB;	/* keep slabs dense */
	left_over = choose_gfporder(cachep, size);
	if (left_over < 0)
		return -1;
	slab_size = L1_CACHE_ALIGN(cachep->num * sizeof(kmem_bufctl_t) +
				   sizeof(slab_t));
	offset = (offset + align - 1) & ~(align - 1);
	cachep->colour_off = offset ? offset : L1_CACHE_BYTES;
	cachep->colour = left_over / cachep->colour_off;
	if (cachep->flags & CFLGS_OFF_SLAB) {
		/* the general caches are made smallest first, so the one
		 * for our descriptors already exists */
		cachep->slabp_cache = kmem_find_general_cachep(slab_size, 0);
		BUG_ON(!cachep->slabp_cache);
	}
	cachep->objsize = size;
	return 0;
}

/*
 * kmem_cache_create - a cache of @size-byte objects called @name.
 * @offset is the colour step (0: one L1 line); @flags may ask for cache
 * line alignment and ZONE_DMA pages; @ctor runs on each new object.
 * Returns the cache, or NULL (and a log line) for invalid arguments.
 */
kmem_cache_t *kmem_cache_create(const char *name, size_t size, size_t offset,
	unsigned long flags,
	void (*ctor)(void *, kmem_cache_t *, unsigned long),
	void (*dtor)(void *, kmem_cache_t *, unsigned long))
{
	size_t align = BYTES_PER_WORD;
	kmem_cache_t *cachep;

	if (!name || strlen(name) >= CACHE_NAMELEN || size < BYTES_PER_WORD ||
	    size > (PAGE_SIZE << MAX_GFP_ORDER) || (dtor && !ctor) ||
	    kmem_cache_find(name)) {
		printk(KERN_ERR "kmem_cache_create: bad arguments for cache "
		       "%s (size %u)\n", name ? name : "(null)", size);
		return NULL;
	}
	cachep = kmem_cache_alloc(&cache_cache, SLAB_KERNEL);
	if (!cachep)
		return NULL;
	memset(cachep, 0, sizeof(*cachep));

	/* Small objects share a line rather than each wasting one. */
	if (flags & SLAB_HWCACHE_ALIGN)
		for (align = L1_CACHE_BYTES; size <= align / 2; align /= 2)
			;
	size = (size + align - 1) & ~(align - 1);
	cachep->flags = flags;
	if (slab_geometry(cachep, size, offset, align)) {
		kmem_cache_free(&cache_cache, cachep);
		return NULL;
	}
	cachep->gfpflags = (flags & SLAB_CACHE_DMA) ? GFP_DMA : 0;
	cachep->ctor = ctor;
	cachep->dtor = dtor;
	strlcpy(cachep->name, name, CACHE_NAMELEN);
	INIT_LIST_HEAD(&cachep->slabs_full);
	INIT_LIST_HEAD(&cachep->slabs_partial);
	INIT_LIST_HEAD(&cachep->slabs_free);
	list_add(&cachep->next, &cache_chain);
	return cachep;
}

/* kmem_cache_init_objs - construct each object and chain all free. */
static void kmem_cache_init_objs(kmem_cache_t *cachep, slab_t *slabp)
{
	unsigned int i;

	for (i = 0; i < cachep->num; i++) {
		if (cachep->ctor)
			cachep->ctor(slabp->s_mem + i * cachep->objsize,
				     cachep, SLAB_CTOR_CONSTRUCTOR);
		slab_bufctl(slabp)[i] = i + 1;
	}
	slab_bufctl(slabp)[cachep->num - 1] = BUFCTL_END;
	slabp->free = 0;
}

/*
 * kmem_cache_grow - add one slab to @cachep: pages from the buddy
 * allocator, the descriptor (in the slab, after this slab's colour, or
 * off-slab), each object constructed and chained free. Returns 1, or 0 if
 * there was no memory.
 */
static int kmem_cache_grow(kmem_cache_t *cachep, int flags)
{
	unsigned int offset, i, npages = 1U << cachep->gfporder;
	struct page *page;
	slab_t *slabp;
	void *objp;

	offset = cachep->colour_next * cachep->colour_off;
	if (++cachep->colour_next >= cachep->colour)
		cachep->colour_next = 0;
	objp = (void *)__get_free_pages(cachep->gfpflags | flags,
					cachep->gfporder);
	if (!objp)
		return 0;
	if (cachep->flags & CFLGS_OFF_SLAB) {
		slabp = kmem_cache_alloc(cachep->slabp_cache, flags);
		if (!slabp)
			goto free_pages;
		slabp->colouroff = offset;
	} else {
		slabp = objp + offset;
		slabp->colouroff = offset + L1_CACHE_ALIGN(cachep->num *
			sizeof(kmem_bufctl_t) + sizeof(slab_t));
	}
	slabp->inuse = 0;
	slabp->s_mem = objp + slabp->colouroff;

	for (page = virt_to_page(objp), i = 0; i < npages; i++, page++) {
		SET_PAGE_CACHE(page, cachep);
		SET_PAGE_SLAB(page, slabp);
		PageSetSlab(page);
	}
	kmem_cache_init_objs(cachep, slabp);
	list_add_tail(&slabp->list, &cachep->slabs_free);
	cachep->grown++;
	return 1;

free_pages:
	free_pages((unsigned long)objp, cachep->gfporder);
	return 0;
}

/* kmem_slab_destroy - give an empty slab's pages back. */
static void kmem_slab_destroy(kmem_cache_t *cachep, slab_t *slabp)
{
	void *objp = slabp->s_mem - slabp->colouroff;
	struct page *page = virt_to_page(objp);
	unsigned int i;

	if (cachep->dtor)
		for (i = 0; i < cachep->num; i++)
			cachep->dtor(slabp->s_mem + i * cachep->objsize,
				     cachep, 0);
	for (i = 0; i < (1U << cachep->gfporder); i++)
		PageClearSlab(page + i);
	free_pages((unsigned long)objp, cachep->gfporder);
	if (cachep->flags & CFLGS_OFF_SLAB)
		kmem_cache_free(cachep->slabp_cache, slabp);
}

/*
 * kmem_cache_alloc - an object from @cachep: from a partial slab if
 * there is one, else a free slab, else a new slab. @flags are GFP flags
 * for growing. Returns the object, or NULL if out of memory.
 */
void *kmem_cache_alloc(kmem_cache_t *cachep, int flags)
{
	unsigned long save;
	kmem_bufctl_t objnr;
	slab_t *slabp;
	void *objp;

	spin_lock_irqsave(&cachep->spinlock, save);
	while (list_empty(&cachep->slabs_partial)) {
		if (!list_empty(&cachep->slabs_free)) {
			/* a free slab is about to become partial */
			struct list_head *l = cachep->slabs_free.next;

			list_del(l);
			list_add(l, &cachep->slabs_partial);
			break;
		}
		if (!kmem_cache_grow(cachep, flags)) {
			spin_unlock_irqrestore(&cachep->spinlock, save);
			return NULL;
		}
	}
	slabp = list_entry(cachep->slabs_partial.next, slab_t, list);
	objnr = slabp->free;
	objp = slabp->s_mem + objnr * cachep->objsize;
	slabp->free = slab_bufctl(slabp)[objnr];
	slab_bufctl(slabp)[objnr] = BUFCTL_ACTIVE;
	slabp->inuse++;
	if (slabp->free == BUFCTL_END) {
		list_del(&slabp->list);
		list_add(&slabp->list, &cachep->slabs_full);
	}
	cachep->num_active++;
	cachep->num_allocations++;
	spin_unlock_irqrestore(&cachep->spinlock, save);
	return objp;
}

/*
 * slab_objnr - the index of @objp in its slab, after checking that it is
 * an allocated object of @cachep; anything else is a BUG naming it.
 */
static kmem_bufctl_t slab_objnr(kmem_cache_t *cachep, slab_t **slabpp,
				void *objp)
{
	struct page *page = virt_to_page(objp);
	unsigned long offset;
	kmem_bufctl_t objnr;

	if (!VALID_PAGE(page) || !PageSlab(page) ||
	    GET_PAGE_CACHE(page) != cachep)
		goto bad;
	*slabpp = GET_PAGE_SLAB(page);
	offset = (unsigned long)objp - (unsigned long)(*slabpp)->s_mem;
	objnr = offset / cachep->objsize;
	if (offset % cachep->objsize || objnr >= cachep->num ||
	    slab_bufctl(*slabpp)[objnr] != BUFCTL_ACTIVE)
		goto bad;
	return objnr;
bad:
	printk(KERN_EMERG "kmem_cache_free: %p is not an allocated object "
	       "of cache %s\n", objp, cachep->name);
	BUG();
}

/* kmem_cache_free - give @objp back to @cachep. */
void kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
	unsigned long save;
	kmem_bufctl_t objnr;
	slab_t *slabp;

	objnr = slab_objnr(cachep, &slabp, objp);
	spin_lock_irqsave(&cachep->spinlock, save);
	slab_bufctl(slabp)[objnr] = slabp->free;
	slabp->free = objnr;
	list_del(&slabp->list);
	if (--slabp->inuse == 0)
		list_add(&slabp->list, &cachep->slabs_free);
	else
		list_add(&slabp->list, &cachep->slabs_partial);
	cachep->num_active--;
	spin_unlock_irqrestore(&cachep->spinlock, save);
}

/*
 * __kmem_cache_shrink - destroy every free slab. Returns 0 if the cache
 * is now empty, 1 if objects are still allocated.
 */
static int __kmem_cache_shrink(kmem_cache_t *cachep)
{
	unsigned long save;
	slab_t *slabp;

	spin_lock_irqsave(&cachep->spinlock, save);
	while (!list_empty(&cachep->slabs_free)) {
		slabp = list_entry(cachep->slabs_free.next, slab_t, list);
		list_del(&slabp->list);
		kmem_slab_destroy(cachep, slabp);
	}
	spin_unlock_irqrestore(&cachep->spinlock, save);
	return !list_empty(&cachep->slabs_full) ||
	       !list_empty(&cachep->slabs_partial);
}

/* kmem_cache_shrink - return free slabs to the buddy allocator. */
int kmem_cache_shrink(kmem_cache_t *cachep)
{
	return __kmem_cache_shrink(cachep);
}

/*
 * kmem_cache_destroy - remove a cache whose objects have all been freed.
 * Returns 0, or 1 (the cache stays) if some are still allocated.
 */
int kmem_cache_destroy(kmem_cache_t *cachep)
{
	if (__kmem_cache_shrink(cachep)) {
		printk(KERN_ERR "kmem_cache_destroy: cache %s still has "
		       "objects in use\n", cachep->name);
		return 1;
	}
	list_del(&cachep->next);
	kmem_cache_free(&cache_cache, cachep);
	return 0;
}

unsigned int kmem_cache_size(kmem_cache_t *cachep)
{
	return cachep->objsize;
}

/*
 * kmalloc - @size bytes from the smallest general cache that fits, from
 * ZONE_DMA if @flags has GFP_DMA. Physically contiguous and cache
 * aligned. Returns NULL if @size is beyond the largest cache or there is
 * no memory.
 */
void *kmalloc(size_t size, int flags)
{
	kmem_cache_t *cachep = kmem_find_general_cachep(size, flags);

	if (!cachep) {
		printk(KERN_WARNING "kmalloc: %u bytes is more than the "
		       "largest general cache (size-131072)\n", size);
		return NULL;
	}
	return kmem_cache_alloc(cachep, flags);
}

/* kfree - free memory from kmalloc; NULL is allowed. */
void kfree(const void *objp)
{
	struct page *page;

	if (!objp)
		return;
	page = virt_to_page(objp);
	if (!VALID_PAGE(page) || !PageSlab(page)) {
		printk(KERN_EMERG "kfree: %p did not come from kmalloc\n", objp);
		BUG();
	}
	kmem_cache_free(GET_PAGE_CACHE(page), (void *)objp);
}

/*
 * kmem_cache_sizes_init - the general caches, smallest first, each with a
 * ZONE_DMA twin. Their names must outlive this function: static strings.
 */
void __init kmem_cache_sizes_init(void)
{
	static char names[ARRAY_SIZE(cache_sizes)][2][CACHE_NAMELEN];
	cache_sizes_t *sizes = cache_sizes;
	int i;

	for (i = 0; sizes->cs_size; i++, sizes++) {
		snprintf(names[i][0], CACHE_NAMELEN, "size-%u", sizes->cs_size);
		snprintf(names[i][1], CACHE_NAMELEN, "size-%u(DMA)",
			 sizes->cs_size);
		sizes->cs_cachep = kmem_cache_create(names[i][0],
			sizes->cs_size, 0, SLAB_HWCACHE_ALIGN, NULL, NULL);
		sizes->cs_dmacachep = kmem_cache_create(names[i][1],
			sizes->cs_size, 0, SLAB_HWCACHE_ALIGN | SLAB_CACHE_DMA,
			NULL, NULL);
		if (!sizes->cs_cachep || !sizes->cs_dmacachep)
			panic("kmem_cache_sizes_init: cannot create %s",
			      names[i][0]);
	}
	printk(KERN_INFO "slab: %d general caches, size-%u to size-%u, "
	       "L1_CACHE_BYTES %d\n", i, cache_sizes[0].cs_size,
	       cache_sizes[i - 1].cs_size, L1_CACHE_BYTES);
}

/* count_slabs - the slabs of cache @c; *@active (if not NULL) gets
 * those with objects in use (full or partial) */
static unsigned long count_slabs(kmem_cache_t *c, unsigned long *active)
{
	unsigned long used = 0, slabs = 0;
	struct list_head *q;

	list_for_each(q, &c->slabs_full)
		used++;
	list_for_each(q, &c->slabs_partial)
		used++;
	list_for_each(q, &c->slabs_free)
		slabs++;
	if (active)
		*active = used;
	return slabs + used;
}

/* show_slabinfo - per cache: objects in use and in all, size, slabs. */
void show_slabinfo(void)
{
	struct list_head *p;

	printk(KERN_INFO "slabinfo: %-18s %7s %7s %7s %6s %6s %4s\n", "name",
	       "active", "objs", "objsize", "slabs", "pages", "col");
	list_for_each(p, &cache_chain) {
		kmem_cache_t *c = list_entry(p, kmem_cache_t, next);
		unsigned long slabs = count_slabs(c, NULL);

		printk(KERN_INFO "slabinfo: %-18s %7lu %7lu %7u %6lu %6lu "
		       "%4u\n", c->name, c->num_active, slabs * c->num,
		       c->objsize, slabs, slabs << c->gfporder, c->colour);
	}
}

/*
 * slabinfo_read_proc - /proc/slabinfo in Linux 6.1's layout (version
 * 2.1): per cache the objects in use and in all, their size, objects
 * and pages per slab, and its slabs. lk24 has no per-CPU arrays, so
 * the tunables are 0.
 */
int slabinfo_read_proc(char *page, char **start, off_t off, int count,
		       int *eof, void *data)
{
	struct list_head *p;
	int len = sprintf(page, "slabinfo - version: 2.1\n# name            "
			  "<active_objs> <num_objs> <objsize> <objperslab> "
			  "<pagesperslab> : tunables <limit> <batchcount> "
			  "<sharedfactor> : slabdata <active_slabs> "
			  "<num_slabs> <sharedavail>\n");

	list_for_each(p, &cache_chain) {
		kmem_cache_t *c = list_entry(p, kmem_cache_t, next);
		unsigned long active, slabs = count_slabs(c, &active);

		if (len > PAGE_SIZE - 160)
			break;
		len += sprintf(page + len, "%-17s %6lu %6lu %6u %4u %4d : "
			       "tunables %4u %4u %4u : slabdata %6lu %6lu "
			       "%6u\n", c->name, c->num_active, slabs * c->num,
			       c->objsize, c->num, 1 << c->gfporder, 0, 0, 0,
			       active, slabs, 0);
	}
	return proc_calc_metrics(page, start, off, count, eof, len);
}
