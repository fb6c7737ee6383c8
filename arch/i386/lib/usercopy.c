/*
 * arch/i386/lib/usercopy.c - copying to and from user memory.
 * Each loop that touches user memory has an __ex_table entry: a fault on
 * a bad user address lands in .fixup, which stops the copy and reports
 * how much was left (slide "Fixup: Expanded Macro"). Copies go four
 * bytes at a time, as in Linux 2.4, and byte by byte from a faulting
 * word on, so a copy that runs off a mapping moves every byte it can.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/uaccess.h>

/*
 * __copy_user - copy @n bytes without checking the range: rep movsl for
 * the words, rep movsb for the last 0-3 bytes. If a word faults, its
 * fixup turns the words left into bytes and goes on with rep movsb, so
 * the bytes before the bad one are still copied; if a byte faults,
 * rep movsb stops with ecx = bytes not copied and its fixup just leaves.
 * Returns the bytes not copied.
 */
unsigned long __copy_user(void *to, const void *from, unsigned long n)
{
	int d0, d1;

	asm volatile("0:	rep; movsl\n"
		     "	movl %3, %0\n"
		     "1:	rep; movsb\n"
		     "2:\n"
		     /* lab: fixups */
		     ".section .fixup, \"ax\"\n"
		     "3:	leal 0(%3, %0, 4), %0\n"
		     "	jmp 1b\n"
		     "4:	jmp 2b\n"
		     ".previous\n"
		     ".section __ex_table, \"a\"\n"
		     "	.align 4\n"
		     "	.long 0b, 3b\n"
		     "	.long 1b, 4b\n"
		     ".previous"
		     /* lab: end */
		     : "=&c" (n), "=&D" (d0), "=&S" (d1)
		     : "r" (n & 3), "0" (n / 4), "1" (to), "2" (from)
		     : "memory");
	return n;
}

/* copy_to_user - returns the number of bytes that could not be copied. */
unsigned long copy_to_user(void *to, const void *from, unsigned long n)
{
	if (!access_ok(VERIFY_WRITE, to, n))
		return n;
	return __copy_user(to, from, n);
}

/*
 * copy_from_user - returns the number of bytes that could not be copied;
 * those bytes of @to are zeroed, so the kernel never sees stale data.
 */
unsigned long copy_from_user(void *to, const void *from, unsigned long n)
{
	unsigned long left = n;

	if (access_ok(VERIFY_READ, from, n))
		left = __copy_user(to, from, n);
	if (left)
		memset((char *)to + n - left, 0, left);
	return left;
}

/* clear_user - zero @n user bytes; returns the bytes not cleared. */
unsigned long clear_user(void *to, unsigned long n)
{
	int d0;

	if (!access_ok(VERIFY_WRITE, to, n))
		return n;
	asm volatile("0:	rep; stosb\n"
		     "1:\n"
		     ".section .fixup, \"ax\"\n"
		     "2:	jmp 1b\n"
		     ".previous\n"
		     ".section __ex_table, \"a\"\n"
		     "	.align 4\n"
		     "	.long 0b, 2b\n"
		     ".previous"
		     : "=c" (n), "=&D" (d0)
		     : "0" (n), "1" (to), "a" (0)
		     : "memory");
	return n;
}

/*
 * strncpy_from_user - copy a NUL-terminated user string of at most
 * @count bytes. Returns its length (without the NUL, which is copied if
 * it fits), @count if there was no NUL in @count bytes, or -EFAULT.
 */
long strncpy_from_user(char *dst, const char *src, long count)
{
	long i;
	char c;

	for (i = 0; i < count; i++) {
		if (get_user(c, src + i))
			return -EFAULT;
		dst[i] = c;
		if (!c)
			return i;
	}
	return count;
}

/*
 * strnlen_user - the size of a user string including its NUL; 0 on a
 * fault; a value above @n if there is no NUL within @n bytes.
 */
long strnlen_user(const char *str, long n)
{
	long i;
	char c;

	for (i = 0; i < n; i++) {
		if (get_user(c, str + i))
			return 0;
		if (!c)
			return i + 1;
	}
	return n + 1;
}
