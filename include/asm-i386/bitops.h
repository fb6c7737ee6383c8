/*
 * include/asm-i386/bitops.h - bit operations on arrays of longs.
 * The plain ones are atomic on several CPUs (the lock prefix); the __
 * versions are not, for data a lock guards already: MARK_USED in
 * mm/page_alloc.c toggles buddy bits with __change_bit under zone->lock.
 */
#ifndef _I386_BITOPS_H
#define _I386_BITOPS_H

static inline void set_bit(int nr, volatile void *addr)
{
	asm volatile("lock; btsl %1, %0" : "+m" (*(volatile long *)addr)
		     : "Ir" (nr) : "memory");
}

static inline void __set_bit(int nr, volatile void *addr)
{
	asm volatile("btsl %1, %0" : "+m" (*(volatile long *)addr)
		     : "Ir" (nr) : "memory");
}

static inline void clear_bit(int nr, volatile void *addr)
{
	asm volatile("lock; btrl %1, %0" : "+m" (*(volatile long *)addr)
		     : "Ir" (nr) : "memory");
}

static inline void __change_bit(int nr, volatile void *addr)
{
	asm volatile("btcl %1, %0" : "+m" (*(volatile long *)addr)
		     : "Ir" (nr) : "memory");
}

/* __test_and_change_bit - toggle, and say what the bit was before. */
static inline int __test_and_change_bit(int nr, volatile void *addr)
{
	int old;

	asm volatile("btcl %2, %1; sbbl %0, %0"
		     : "=r" (old), "+m" (*(volatile long *)addr)
		     : "Ir" (nr) : "memory");
	return old;
}

static inline int test_and_set_bit(int nr, volatile void *addr)
{
	int old;

	asm volatile("lock; btsl %2, %1; sbbl %0, %0"
		     : "=r" (old), "+m" (*(volatile long *)addr)
		     : "Ir" (nr) : "memory");
	return old;
}

static inline int test_and_clear_bit(int nr, volatile void *addr)
{
	int old;

	asm volatile("lock; btrl %2, %1; sbbl %0, %0"
		     : "=r" (old), "+m" (*(volatile long *)addr)
		     : "Ir" (nr) : "memory");
	return old;
}

static inline int test_bit(int nr, const volatile void *addr)
{
	return (((const volatile unsigned long *)addr)[nr >> 5] >>
		(nr & 31)) & 1;
}

/* __ffs - the number of the lowest set bit of @word (bsf); @word must
 * not be 0 */
static inline unsigned long __ffs(unsigned long word)
{
	asm("bsfl %1, %0" : "=r" (word) : "rm" (word));
	return word;
}

/* find_next_zero_bit - the number of the first clear bit at or after
 * @offset in the @size bits at @addr; @size if there is none */
static inline int find_next_zero_bit(const void *addr, int size, int offset)
{
	const unsigned long *p = addr;
	unsigned long word;
	int i;

	for (i = offset & ~31; i < size; i += 32) {
		word = ~p[i >> 5];
		if (i < offset)
			word &= ~0UL << (offset & 31);
		if (word) {
			i += __ffs(word);
			return i < size ? i : size;
		}
	}
	return size;
}

#endif
