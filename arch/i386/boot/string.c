/*
 * arch/i386/boot/string.c - the string functions setup needs.
 * gcc may also emit calls to memcpy/memset for structure copies.
 */
#include "boot.h"

void *memcpy(void *dst, const void *src, size_t len)
{
	u8 *d = dst;
	const u8 *s = src;

	while (len--)
		*d++ = *s++;
	return dst;
}

void *memset(void *dst, int c, size_t len)
{
	u8 *d = dst;

	while (len--)
		*d++ = c;
	return dst;
}

int memcmp(const void *a, const void *b, size_t len)
{
	const u8 *p = a, *q = b;

	for (; len; len--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}
