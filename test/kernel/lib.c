/*
 * test/kernel/lib.c - self-tests for lib/: vsprintf, string, cmdline.
 * The expected strings are what glibc's snprintf prints for the same
 * format on the host (C99 7.19.6.1), checked when the test was written.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "lktest.h"

/* Format into a buffer and compare text and returned length. */
#define FMT_EQ(want_len, want, ...)					\
	do {								\
		char __b[100];						\
		int __n = snprintf(__b, sizeof(__b), __VA_ARGS__);	\
		LKT_STREQ(__b, want);					\
		LKT_EQ(__n, want_len);					\
	} while (0)

LKTEST(vsprintf, width_and_flags)
{
	FMT_EQ(17, "   42|42   |00042", "%5d|%-5d|%05d", 42, 42, 42);
	FMT_EQ(8, "+5  5 -5", "%+d % d %+d", 5, 5, -5);
	FMT_EQ(14, "00042|     007", "%.5d|%8.3d", 42, 7);
}

LKTEST(vsprintf, integers)
{
	FMT_EQ(25, "-7 -2147483648 4000000000", "%d %i %u", -7,
	       -2147483647 - 1, 4000000000u);
	FMT_EQ(17, "ff FF 0xff 010 10", "%x %X %#x %#o %o", 255u, 255u,
	       255u, 8u, 8u);
	FMT_EQ(8, "0000beef", "%08x", 0xbeefu);
	FMT_EQ(9, "4464 4464", "%hd %hu", 70000, 70000);
}

LKTEST(vsprintf, long_long)
{
	FMT_EQ(48, "123456789abcdef 18446744073709551615 -9000000000",
	       "%llx %llu %lld", 0x123456789abcdefULL,
	       18446744073709551615ULL, -9000000000LL);
	FMT_EQ(16, "000000000009fbff", "%016llx", 0x9fbffULL);
}

LKTEST(vsprintf, strings_and_chars)
{
	FMT_EQ(16, "abc|   ab|ab   |", "%.3s|%5s|%-5s|", "abcdef", "ab", "ab");
	FMT_EQ(5, "ab  c", "%c%c%3c", 'a', 'b', 'c');
	FMT_EQ(4, "100%", "100%%");
}

LKTEST(vsprintf, truncation)
{
	char s[8];
	int n = snprintf(s, sizeof(s), "%s", "0123456789");

	LKT_EQ(n, 10);		/* the length it would have had */
	LKT_STREQ(s, "0123456");
}

LKTEST(string, memmove_overlap)
{
	char buf[16] = "abcdefgh";

	memmove(buf + 2, buf, 6);
	LKT_STREQ(buf, "ababcdef");
	memmove(buf, buf + 2, 6);
	LKT_STREQ(buf, "abcdefef");
}

LKTEST(string, compare_and_search)
{
	LKT_ASSERT(strcmp("abc", "abd") < 0);
	LKT_ASSERT(strcmp("b", "abc") > 0);
	LKT_EQ(strncmp("abcx", "abcy", 3), 0);
	LKT_EQ(strlen(""), 0);
	LKT_EQ(strnlen("abcdef", 4), 4);
	LKT_STREQ(strstr("console=ttyS0", "tty"), "ttyS0");
	LKT_ASSERT(strstr("abc", "x") == NULL);
	LKT_STREQ(strrchr("a/b/c", '/'), "/c");
}

LKTEST(string, strlcpy_and_strsep)
{
	char buf[6], line[] = "a b  c";
	char *p = line;

	LKT_EQ(strlcpy(buf, "0123456789", sizeof(buf)), 10);
	LKT_STREQ(buf, "01234");
	LKT_STREQ(strsep(&p, " "), "a");
	LKT_STREQ(strsep(&p, " "), "b");
	LKT_STREQ(strsep(&p, " "), "");
	LKT_STREQ(strsep(&p, " "), "c");
	LKT_ASSERT(strsep(&p, " ") == NULL);
}

LKTEST(cmdline, memparse)
{
	char *end;

	LKT_EQ(memparse("16M", &end), 16 << 20);
	LKT_EQ(*end, '\0');
	LKT_EQ(memparse("0x1000k", &end), 0x1000 << 10);
	LKT_EQ(memparse("2G", &end), 2ULL << 30);
	LKT_EQ(memparse("123 rest", &end), 123);
	LKT_STREQ(end, " rest");
}

LKTEST(cmdline, get_option)
{
	char str[] = "3,-4,0x10";
	char *p = str;
	int v;

	LKT_EQ(get_option(&p, &v), 2);
	LKT_EQ(v, 3);
	LKT_EQ(get_option(&p, &v), 2);
	LKT_EQ(v, -4);
	LKT_EQ(get_option(&p, &v), 1);
	LKT_EQ(v, 16);
	LKT_EQ(get_option(&p, &v), 0);
}
