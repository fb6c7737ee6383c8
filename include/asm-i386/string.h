/*
 * include/asm-i386/string.h - the string instructions behind memcpy and
 * memset (lib/string.c): rep movsl/stosl move four bytes an iteration,
 * rep movsb/stosb the last one to three. Clearing or copying a page
 * this way takes 1024 iterations, not 4096 trips round a C loop.
 */
#ifndef _I386_STRING_H_
#define _I386_STRING_H_

#include <linux/types.h>

/* __rep_movs - copy @n bytes from @src to @dst (not overlapping) */
static inline void __rep_movs(void *dst, const void *src, size_t n)
{
	int d0, d1, d2;

	asm volatile("rep; movsl\n\t"
		     "movl %4, %%ecx\n\t"
		     "rep; movsb"
		     : "=&c" (d0), "=&D" (d1), "=&S" (d2)
		     : "0" (n / 4), "g" (n & 3), "1" (dst), "2" (src)
		     : "memory");
}

/* __rep_stos - fill @n bytes at @s with the byte @c */
static inline void __rep_stos(void *s, int c, size_t n)
{
	int d0, d1;

	asm volatile("rep; stosl\n\t"
		     "movl %3, %%ecx\n\t"
		     "rep; stosb"
		     : "=&c" (d0), "=&D" (d1)
		     : "0" (n / 4), "g" (n & 3), "1" (s),
		       "a" ((c & 0xff) * 0x01010101U)
		     : "memory");
}

#endif
