/*
 * mm/slab.c - the SLAB allocator (slides "The SLAB Allocator", "Slab
 * Coloring", "Available Caches"). A cache hands out objects of one size
 * from slabs: runs of 2^gfporder pages cut into objects, each slab on the
 * cache's full, partial or free list. A slab's descriptor and its free
 * list (one kmem_bufctl_t per object) live at the start of the slab, or
 * off-slab for large objects. Successive slabs start their objects
 * L1_CACHE_BYTES further in (colouring) so that the first objects of
 * different slabs use different cache lines. Booting with slab_debug
 * puts red zones around every object and poisons free ones (2.4's DEBUG
 * build). Linux 2.4's per-CPU object arrays and the reaping by kswapd
 * are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/cache.h>
#include <linux/slab.h>
#include <linux/proc_fs.h>
#include <linux/spinlock.h>
#include <linux/kallsyms.h>

#define BYTES_PER_WORD		sizeof(void *)
#define CACHE_NAMELEN		20
#define MAX_GFP_ORDER		5	/* 32 pages: size-131072 */
#define BREAK_GFP_ORDER		1	/* stop growing a slab past this... */
#define CFLGS_OFF_SLAB		0x010000UL	/* descriptor not in the slab */

typedef unsigned int kmem_bufctl_t;
#define BUFCTL_END	0xffffffffU	/* end of a slab's free chain */
#define BUFCTL_ACTIVE	0xfffffffeU	/* this object is allocated */
#define SLAB_LIMIT	0xfffffffdU

/* slab_debug: the guard words around an object, and its poison bytes */
#define RED_INACTIVE	0x5a2cf071UL	/* the object is free */
#define RED_ACTIVE	0x170fc2a5UL	/* the object is allocated */
#define POISON_INUSE	0x5a	/* a newly allocated object's bytes */
#define POISON_FREE	0x6b	/* a free object's bytes */
#define POISON_END	0xa5	/* a free object's last byte */

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
	unsigned int objsize;		/* one object's slot */
	unsigned int obj_offset;	/* the object in its slot */
	unsigned int obj_size;		/* the object, as asked for */
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

/* The debugging flags every new cache gets: slab_debug on the command
 * line sets them (Linux 2.4 has them in a DEBUG build) */
static unsigned long slab_debug_flags;

static int __init slab_debug_setup(char *str)
{
	slab_debug_flags = SLAB_RED_ZONE | SLAB_POISON;
	return 1;
}
__setup("slab_debug", slab_debug_setup);

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
	cache_cache.obj_size = cache_cache.objsize;
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
 * debug_layout - with slab_debug, room around each @size-byte object
 * for red zones: a guard word before it, one after and the last caller,
 * each side a multiple of @align so that objects stay aligned. Free
 * objects are poisoned unless a constructor's work must survive. Returns
 * the size of a slot; objects too big for guard words go without them.
 */
static size_t debug_layout(kmem_cache_t *cachep, size_t size, size_t align,
			   int has_ctor)
{
	size_t after = (2 * BYTES_PER_WORD + align - 1) & ~(align - 1);

	cachep->flags |= slab_debug_flags;
	if (has_ctor)
		cachep->flags &= ~SLAB_POISON;
	cachep->obj_size = size;
	if (size + align + after > (PAGE_SIZE << MAX_GFP_ORDER))
		cachep->flags &= ~SLAB_RED_ZONE;
	if (!(cachep->flags & SLAB_RED_ZONE))
		return size;
	cachep->obj_offset = align;
	return size + align + after;
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
	size = debug_layout(cachep, size, align, ctor != NULL);
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

/* index_to_obj - object @i of @slabp, as its user sees it. */
static void *index_to_obj(kmem_cache_t *cachep, slab_t *slabp,
			  unsigned int i)
{
	return slabp->s_mem + i * cachep->objsize + cachep->obj_offset;
}

/* The guard word before @objp, the one after, and its last caller */
#define red_before(cachep, objp) ((unsigned long *)(objp) - 1)
#define red_after(cachep, objp)	\
	((unsigned long *)((char *)(objp) + (cachep)->obj_size))
#define last_caller(cachep, objp) (red_after(cachep, objp)[1])

/*
 * slab_error - a self-check found @objp of @cachep damaged: say how,
 * who noticed (@caller) and who used the object last, then BUG.
 */
static void slab_error(kmem_cache_t *cachep, void *objp, const char *what,
		       void *caller)
{
	printk(KERN_EMERG "slab error in cache %s: object %p %s\n",
	       cachep->name, objp, what);
	if (cachep->flags & SLAB_RED_ZONE)
		print_symbol(KERN_EMERG "slab: last allocated or freed by "
			     "%s\n", last_caller(cachep, objp));
	print_symbol(KERN_EMERG "slab: found by %s\n",
		     (unsigned long)caller);
	BUG();
}

/* check_poison - a free object must still hold POISON_FREE bytes. */
static void check_poison(kmem_cache_t *cachep, void *objp, void *caller)
{
	unsigned char *p = objp, want;
	static char what[80];
	unsigned int i;

	for (i = 0; i < cachep->obj_size; i++) {
		want = i + 1 < cachep->obj_size ? POISON_FREE : POISON_END;
		if (p[i] == want)
			continue;
		snprintf(what, sizeof(what), "was written after it was freed "
			 "(byte %u is 0x%02x, not 0x%02x)", i, p[i], want);
		slab_error(cachep, objp, what, caller);
	}
}

/* poison_obj - fill @objp with @val; a free object ends in POISON_END */
static void poison_obj(kmem_cache_t *cachep, void *objp, unsigned char val)
{
	memset(objp, val, cachep->obj_size);
	if (val == POISON_FREE)
		((unsigned char *)objp)[cachep->obj_size - 1] = POISON_END;
}

/* set_red_zones - both guard words of @objp to @value, @caller (NULL
 * for none yet) kept as the object's last user */
static void set_red_zones(kmem_cache_t *cachep, void *objp,
			  unsigned long value, void *caller)
{
	*red_before(cachep, objp) = value;
	*red_after(cachep, objp) = value;
	last_caller(cachep, objp) = (unsigned long)caller;
}

/*
 * check_red_zones - both guard words of @objp must read @want: a write
 * past either end, or a free of a free object, changed them. Then they
 * are set to @next and @caller is kept as the object's last user.
 */
static void check_red_zones(kmem_cache_t *cachep, void *objp,
			    unsigned long want, unsigned long next,
			    void *caller)
{
	if (*red_before(cachep, objp) != want)
		slab_error(cachep, objp, "had the word before it overwritten "
			   "(a write before its start?)", caller);
	if (*red_after(cachep, objp) != want)
		slab_error(cachep, objp, "had the word after it overwritten "
			   "(a write past its end?)", caller);
	set_red_zones(cachep, objp, next, caller);
}

/* alloc_debugcheck - slab_debug's checks as @objp is handed out. */
static void alloc_debugcheck(kmem_cache_t *cachep, void *objp, void *caller)
{
	/* poison first: the red zones then record the new owner */
	if (cachep->flags & SLAB_POISON)
		check_poison(cachep, objp, caller);
	if (cachep->flags & SLAB_RED_ZONE)
		check_red_zones(cachep, objp, RED_INACTIVE, RED_ACTIVE, caller);
	if (cachep->flags & SLAB_POISON)
		poison_obj(cachep, objp, POISON_INUSE);
}

/* free_debugcheck - slab_debug's checks as @objp comes back. */
static void free_debugcheck(kmem_cache_t *cachep, void *objp, void *caller)
{
	if (cachep->flags & SLAB_RED_ZONE)
		check_red_zones(cachep, objp, RED_ACTIVE, RED_INACTIVE, caller);
	if (cachep->flags & SLAB_POISON)
		poison_obj(cachep, objp, POISON_FREE);
}

/* kmem_cache_init_objs - construct each object and chain all free. */
static void kmem_cache_init_objs(kmem_cache_t *cachep, slab_t *slabp)
{
	unsigned int i;
	void *objp;

	for (i = 0; i < cachep->num; i++) {
		objp = index_to_obj(cachep, slabp, i);
		if (cachep->flags & SLAB_RED_ZONE)
			set_red_zones(cachep, objp, RED_INACTIVE, NULL);
		if (cachep->flags & SLAB_POISON)
			poison_obj(cachep, objp, POISON_FREE);
		if (cachep->ctor)
			cachep->ctor(objp, cachep, SLAB_CTOR_CONSTRUCTOR);
		slab_bufctl(slabp)[i] = i + 1;
	}
	slab_bufctl(slabp)[cachep->num - 1] = BUFCTL_END;
	slabp->free = 0;
}

/* next_colour - where the next slab's objects start; cache lock held */
static unsigned int next_colour(kmem_cache_t *cachep)
{
	unsigned int offset = cachep->colour_next * cachep->colour_off;

	if (++cachep->colour_next >= cachep->colour)
		cachep->colour_next = 0;
	return offset;
}

/*
 * kmem_cache_grow - add one slab to @cachep: pages from the buddy
 * allocator, the descriptor (in the slab, after this slab's colour, or
 * off-slab), each object constructed and chained free. Called without
 * the cache's lock, since getting pages may sleep; takes it to pick the
 * colour and to list the slab. Returns 1, or 0 if there was no memory.
 */
static int kmem_cache_grow(kmem_cache_t *cachep, int flags)
{
	unsigned int offset, i, npages = 1U << cachep->gfporder;
	unsigned long save;
	struct page *page;
	slab_t *slabp;
	void *objp;

	spin_lock_irqsave(&cachep->spinlock, save);
	offset = next_colour(cachep);
	spin_unlock_irqrestore(&cachep->spinlock, save);
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
	spin_lock_irqsave(&cachep->spinlock, save);
	list_add_tail(&slabp->list, &cachep->slabs_free);
	cachep->grown++;
	spin_unlock_irqrestore(&cachep->spinlock, save);
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
			cachep->dtor(index_to_obj(cachep, slabp, i), cachep, 0);
	for (i = 0; i < (1U << cachep->gfporder); i++)
		PageClearSlab(page + i);
	free_pages((unsigned long)objp, cachep->gfporder);
	if (cachep->flags & CFLGS_OFF_SLAB)
		kmem_cache_free(cachep->slabp_cache, slabp);
}

/*
 * __kmem_cache_alloc - an object from @cachep: from a partial slab if
 * there is one, else a free slab, else a new slab. @flags are GFP flags
 * for growing; @caller is who asked, for slab_debug's reports. Returns
 * the object, or NULL if out of memory.
 */
static void *__kmem_cache_alloc(kmem_cache_t *cachep, int flags,
				void *caller)
{
	unsigned long save;
	kmem_bufctl_t objnr;
	slab_t *slabp;
	void *objp;

	if (flags & __GFP_WAIT)
		might_sleep();
	spin_lock_irqsave(&cachep->spinlock, save);
	while (list_empty(&cachep->slabs_partial)) {
		if (!list_empty(&cachep->slabs_free)) {
			/* a free slab is about to become partial */
			struct list_head *l = cachep->slabs_free.next;

			list_del(l);
			list_add(l, &cachep->slabs_partial);
			break;
		}
		/* growing may sleep: not with the lock held */
		spin_unlock_irqrestore(&cachep->spinlock, save);
		if (!kmem_cache_grow(cachep, flags))
			return NULL;
		spin_lock_irqsave(&cachep->spinlock, save);
	}
	slabp = list_entry(cachep->slabs_partial.next, slab_t, list);
	objnr = slabp->free;
	objp = index_to_obj(cachep, slabp, objnr);
	slabp->free = slab_bufctl(slabp)[objnr];
	slab_bufctl(slabp)[objnr] = BUFCTL_ACTIVE;
	slabp->inuse++;
	if (slabp->free == BUFCTL_END) {
		list_del(&slabp->list);
		list_add(&slabp->list, &cachep->slabs_full);
	}
	cachep->num_active++;
	cachep->num_allocations++;
	if (cachep->flags & (SLAB_RED_ZONE | SLAB_POISON))
		alloc_debugcheck(cachep, objp, caller);
	spin_unlock_irqrestore(&cachep->spinlock, save);
	return objp;
}

/* kmem_cache_alloc - an object from @cachep, or NULL (no memory). */
void *kmem_cache_alloc(kmem_cache_t *cachep, int flags)
{
	return __kmem_cache_alloc(cachep, flags, __builtin_return_address(0));
}

/*
 * slab_objnr - the index of @objp in its slab, after checking that it is
 * an allocated object of @cachep; anything else is a BUG naming it.
 */
static kmem_bufctl_t slab_objnr(kmem_cache_t *cachep, slab_t **slabpp,
				void *objp, void *caller)
{
	struct page *page = virt_to_page(objp);
	unsigned long offset;
	kmem_bufctl_t objnr;

	if (!VALID_PAGE(page) || !PageSlab(page) ||
	    GET_PAGE_CACHE(page) != cachep)
		goto bad;
	*slabpp = GET_PAGE_SLAB(page);
	offset = (unsigned long)objp - cachep->obj_offset -
		 (unsigned long)(*slabpp)->s_mem;
	objnr = offset / cachep->objsize;
	if (offset % cachep->objsize || objnr >= cachep->num ||
	    slab_bufctl(*slabpp)[objnr] != BUFCTL_ACTIVE)
		goto bad;
	return objnr;
bad:
	printk(KERN_EMERG "kmem_cache_free: %p is not an allocated object "
	       "of cache %s\n", objp, cachep->name);
	print_symbol(KERN_EMERG "kmem_cache_free: freed by %s\n",
		     (unsigned long)caller);
	BUG();
}

/* __kmem_cache_free - give @objp back to @cachep; @caller freed it. */
static void __kmem_cache_free(kmem_cache_t *cachep, void *objp,
			      void *caller)
{
	unsigned long save;
	kmem_bufctl_t objnr;
	slab_t *slabp;

	objnr = slab_objnr(cachep, &slabp, objp, caller);
	spin_lock_irqsave(&cachep->spinlock, save);
	if (cachep->flags & (SLAB_RED_ZONE | SLAB_POISON))
		free_debugcheck(cachep, objp, caller);
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

/* kmem_cache_free - give @objp back to @cachep. */
void kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
	__kmem_cache_free(cachep, objp, __builtin_return_address(0));
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

/* kmem_cache_size - the size of @cachep's objects, as their users see. */
unsigned int kmem_cache_size(kmem_cache_t *cachep)
{
	return cachep->obj_size;
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
	return __kmem_cache_alloc(cachep, flags, __builtin_return_address(0));
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
	__kmem_cache_free(GET_PAGE_CACHE(page), (void *)objp,
			  __builtin_return_address(0));
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
	if (slab_debug_flags)
		printk(KERN_INFO "slab: slab_debug: red zones around objects, "
		       "free objects poisoned\n");
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
		       c->obj_size, slabs, slabs << c->gfporder, c->colour);
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
			       c->obj_size, c->num, 1 << c->gfporder, 0, 0, 0,
			       active, slabs, 0);
	}
	return proc_calc_metrics(page, start, off, count, eof, len);
}
