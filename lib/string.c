/*
 * lib/string.c - the string functions. memcpy and memset use the i386
 * string instructions (include/asm-i386/string.h): they clear and copy
 * every page a process faults in. The others stay plain C, as readable
 * as they are slow; Linux 2.4 has inline assembly for most of them.
 */
#include <linux/string.h>
#include <asm/string.h>

void *memcpy(void *dst, const void *src, size_t n)
{
	__rep_movs(dst, src, n);
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	char *d = dst;
	const char *s = src;

	if (d <= s || d >= s + n)
		return memcpy(dst, src, n);
	while (n--)		/* overlapping, dst above src: copy down */
		d[n] = s[n];
	return dst;
}

void *memset(void *s, int c, size_t n)
{
	__rep_stos(s, c, n);
	return s;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}

size_t strnlen(const char *s, size_t max)
{
	const char *p = s;

	while (max-- && *p)
		p++;
	return p - s;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (!*a)
			break;
	}
	return 0;
}

char *strcpy(char *dst, const char *src)
{
	char *d = dst;

	while ((*d++ = *src++))
		;
	return dst;
}

/* strncpy - as C: pads with NULs and may leave @dst unterminated. */
char *strncpy(char *dst, const char *src, size_t n)
{
	size_t i;

	for (i = 0; i < n && src[i]; i++)
		dst[i] = src[i];
	for (; i < n; i++)
		dst[i] = '\0';
	return dst;
}

/* strlcpy - copy at most size-1 bytes and always terminate. */
size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size) {
		size_t n = len >= size ? size - 1 : len;

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}

char *strcat(char *dst, const char *src)
{
	strcpy(dst + strlen(dst), src);
	return dst;
}

char *strchr(const char *s, int c)
{
	for (; *s != (char)c; s++)
		if (!*s)
			return NULL;
	return (char *)s;
}

/* strspn - how many bytes at the start of @s are in @accept */
size_t strspn(const char *s, const char *accept)
{
	size_t n = 0;

	while (s[n] && strchr(accept, s[n]))
		n++;
	return n;
}

char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	do {
		if (*s == (char)c)
			last = s;
	} while (*s++);
	return (char *)last;
}

char *strstr(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (!strncmp(hay, needle, n))
			return (char *)hay;
	return n ? NULL : (char *)hay;
}

/* strsep - split off the token before the first of @delim. */
char *strsep(char **s, const char *delim)
{
	char *start = *s, *p;

	if (!start)
		return NULL;
	for (p = start; *p; p++) {
		if (strchr(delim, *p)) {
			*p = '\0';
			*s = p + 1;
			return start;
		}
	}
	*s = NULL;
	return start;
}
