/*
 * include/asm-i386/atomic.h - atomic_t, a counter updated with one
 * locked instruction (struct page's count).
 */
#ifndef __ARCH_I386_ATOMIC__
#define __ARCH_I386_ATOMIC__

typedef struct { volatile int counter; } atomic_t;

#define ATOMIC_INIT(i)		{ (i) }
#define atomic_read(v)		((v)->counter)
#define atomic_set(v, i)	(((v)->counter) = (i))

static inline void atomic_inc(atomic_t *v)
{
	asm volatile("lock; incl %0" : "+m" (v->counter));
}

static inline void atomic_dec(atomic_t *v)
{
	asm volatile("lock; decl %0" : "+m" (v->counter));
}

/* atomic_set_mask - set the bits of @mask in *@addr, atomically */
static inline void atomic_set_mask(unsigned long mask,
				   volatile unsigned long *addr)
{
	asm volatile("lock; orl %1, %0" : "+m" (*addr) : "r" (mask) : "memory");
}

/* atomic_dec_and_test - returns true if the result is 0. */
static inline int atomic_dec_and_test(atomic_t *v)
{
	unsigned char c;

	asm volatile("lock; decl %0; sete %1"
		     : "+m" (v->counter), "=qm" (c) : : "memory");
	return c;
}

#endif
