/*
 * test/kernel/slab.c - self-tests of mm/slab.c (slides "The SLAB
 * Allocator", "Slab Coloring", "Available Caches", "SLAB Interfaces").
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include "lktest.h"

#define NOBJ 300

/* Objects are aligned, never overlap, and all come back. */
LKTEST(slab, objects_aligned_and_disjoint)
{
	static unsigned char *obj[NOBJ];
	kmem_cache_t *c = kmem_cache_create("lktest-40", 40, 0,
					    SLAB_HWCACHE_ALIGN, NULL, NULL);
	int i, j;

	LKT_ASSERT(c != NULL);
	LKT_EQ(kmem_cache_size(c), 64);	/* 40 rounded to whole L1 lines */
	for (i = 0; i < NOBJ; i++) {
		obj[i] = kmem_cache_alloc(c, SLAB_KERNEL);
		LKT_ASSERT(obj[i] != NULL);
		LKT_EQ((unsigned long)obj[i] & (L1_CACHE_BYTES - 1), 0);
		memset(obj[i], i & 0xff, 64);
	}
	/* had two objects overlapped, one pattern would be overwritten */
	for (i = 0; i < NOBJ; i++)
		for (j = 0; j < 64; j++)
			LKT_EQ(obj[i][j], i & 0xff);
	for (i = 0; i < NOBJ; i++)
		kmem_cache_free(c, obj[i]);
	LKT_EQ(kmem_cache_destroy(c), 0);
}

/*
 * Colouring: the first object of successive slabs starts at a different
 * offset in its page, stepping by L1_CACHE_BYTES.
 */
LKTEST(slab, colouring_staggers_slabs)
{
	static void *obj[NOBJ];
	unsigned long offs[8], page, prev = 0;
	kmem_cache_t *c = kmem_cache_create("lktest-200", 200, 0, 0,
					    NULL, NULL);
	int i, n = 0;

	LKT_ASSERT(c != NULL);
	for (i = 0; i < NOBJ && n < 3; i++) {
		obj[i] = kmem_cache_alloc(c, SLAB_KERNEL);
		LKT_ASSERT(obj[i] != NULL);
		page = (unsigned long)obj[i] & PAGE_MASK;
		if (page != prev)	/* the first object of a new slab */
			offs[n++] = (unsigned long)obj[i] & ~PAGE_MASK;
		prev = page;
	}
	while (i--)
		kmem_cache_free(c, obj[i]);
	LKT_EQ(kmem_cache_destroy(c), 0);
	LKT_EQ(n, 3);
	LKT_EQ(offs[1] - offs[0], L1_CACHE_BYTES);
	LKT_EQ(offs[2] - offs[1], L1_CACHE_BYTES);
}

/* kmalloc of every general size, written over; beyond the largest: NULL */
LKTEST(slab, kmalloc_every_size)
{
	size_t size;
	char *p;

	for (size = 32; size <= 131072; size *= 2) {
		p = kmalloc(size, GFP_KERNEL);
		LKT_ASSERT(p != NULL);
		LKT_EQ((unsigned long)p & (L1_CACHE_BYTES - 1), 0);
		memset(p, 0x5a, size);
		LKT_EQ(p[size - 1], 0x5a);
		kfree(p);
		p = kmalloc(size - 1, GFP_DMA);
		LKT_ASSERT(p != NULL && __pa(p) + size <= 16 << 20);
		kfree(p);
	}
	LKT_ASSERT(kmalloc(131073, GFP_KERNEL) == NULL);
	LKT_ASSERT(kmalloc(1 << 30, GFP_KERNEL) == NULL);
	kfree(NULL);
}

/* A cache used and emptied returns all its pages (second round, once
 * the cache of caches has its own slab). */
LKTEST(slab, shrink_and_destroy_leak_nothing)
{
	static void *obj[64];
	unsigned int before = 0;
	int round, i;

	for (round = 0; round < 2; round++) {
		kmem_cache_t *c = kmem_cache_create("lktest-1000", 1000, 0,
						    0, NULL, NULL);

		LKT_ASSERT(c != NULL);
		if (round == 1)
			before = nr_free_pages();
		for (i = 0; i < 64; i++)
			LKT_ASSERT((obj[i] = kmem_cache_alloc(c, SLAB_KERNEL)));
		for (i = 0; i < 64; i++)
			kmem_cache_free(c, obj[i]);
		LKT_EQ(kmem_cache_shrink(c), 0);
		LKT_EQ(kmem_cache_destroy(c), 0);
	}
	LKT_EQ(nr_free_pages(), before);
}

/* Destroying a cache with a live object is refused; bad arguments too. */
LKTEST(slab, destroy_with_objects_refused)
{
	kmem_cache_t *c = kmem_cache_create("lktest-64", 64, 0, 0, NULL, NULL);
	void *p;

	LKT_ASSERT(c != NULL);
	LKT_ASSERT(kmem_cache_create("lktest-64", 64, 0, 0, NULL, NULL)
		   == NULL);	/* the name is taken */
	LKT_ASSERT(kmem_cache_create("lktest-huge", 1 << 20, 0, 0, NULL, NULL)
		   == NULL);
	p = kmem_cache_alloc(c, SLAB_KERNEL);
	LKT_EQ(kmem_cache_destroy(c), 1);
	kmem_cache_free(c, p);
	LKT_EQ(kmem_cache_destroy(c), 0);
}

static void ctor_marks(void *obj, kmem_cache_t *c, unsigned long flags)
{
	*(unsigned long *)obj = 0xc0ffee;
}

LKTEST(slab, constructor_runs_on_new_objects)
{
	kmem_cache_t *c = kmem_cache_create("lktest-ctor", 48, 0, 0,
					    ctor_marks, NULL);
	unsigned long *p;

	LKT_ASSERT(c != NULL);
	p = kmem_cache_alloc(c, SLAB_KERNEL);
	LKT_EQ(*p, 0xc0ffee);
	kmem_cache_free(c, p);
	LKT_EQ(kmem_cache_destroy(c), 0);
}

LKTEST(crash_slab_double_free, object)
{
	void *p = kmalloc(100, GFP_KERNEL);

	kfree(p);
	kfree(p);	/* must stop with a BUG naming the object */
	lktest_fail(__FILE__, __LINE__, "slab double free was not caught");
}

/* With slab_debug: a byte written into a freed object is found when the
 * object is handed out again (the last freed comes back first). */
LKTEST(crash_slab_use_after_free, object)
{
	char *p = kmalloc(100, GFP_KERNEL);

	kfree(p);
	p[10] = 1;
	kfree(kmalloc(100, GFP_KERNEL));	/* must stop with a BUG */
	lktest_fail(__FILE__, __LINE__, "use after free was not caught");
}

/* With slab_debug: a byte written just past an object is found when
 * the object is freed. */
LKTEST(crash_slab_overrun, object)
{
	char *p = kmalloc(128, GFP_KERNEL);

	p[128] = 0;
	kfree(p);		/* must stop with a BUG */
	lktest_fail(__FILE__, __LINE__, "write past the end was not caught");
}
