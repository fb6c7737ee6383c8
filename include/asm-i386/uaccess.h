/*
 * include/asm-i386/uaccess.h - reaching user memory from the kernel
 * (slides "User-/Kernel-Level Data Movement", "Kernel Exception
 * Handling", "Fixup: Expanded Macro"). access_ok only checks that the
 * range lies below the task's addr_limit; whether it is mapped is found
 * out by touching it. Each instruction that touches user memory has an
 * __ex_table entry naming code in .fixup, where do_page_fault sends a
 * bad access: it returns -EFAULT instead of oopsing.
 */
#ifndef __i386_UACCESS_H
#define __i386_UACCESS_H

#include <linux/sched.h>
#include <asm/current.h>
#include <asm/errno.h>
#include <asm/page.h>

#define VERIFY_READ	0
#define VERIFY_WRITE	1

typedef struct { unsigned long seg; } mm_segment_t;
#define MAKE_MM_SEG(s)	((mm_segment_t) { (s) })
#define KERNEL_DS	MAKE_MM_SEG(0xFFFFFFFF)
#define USER_DS		MAKE_MM_SEG(PAGE_OFFSET)

#define get_ds()	(KERNEL_DS)
#define get_fs()	(MAKE_MM_SEG(current->addr_limit))
#define set_fs(x)	(current->addr_limit = (x).seg)

/* __range_ok - is [addr, addr + size) below addr_limit, without wrap? */
#define __range_ok(addr, size)						\
	((unsigned long)(addr) + (unsigned long)(size) >=		\
	 (unsigned long)(addr) &&					\
	 (unsigned long)(addr) + (unsigned long)(size) <=		\
	 current->addr_limit)

#define access_ok(type, addr, size)	__range_ok(addr, size)

/* verify_area - 0 if the range may be accessed, else -EFAULT (2.4). */
static inline int verify_area(int type, const void *addr, unsigned long size)
{
	return access_ok(type, addr, size) ? 0 : -EFAULT;
}

/* One line of __ex_table: an instruction that may fault on a user
 * address, and where to go on instead. */
struct exception_table_entry {
	unsigned long insn, fixup;
};

unsigned long search_exception_table(unsigned long addr);

/*
 * __get_user_asm - one load from user memory. On a fault the .fixup code
 * sets @err to -EFAULT, zeroes the destination and resumes after the
 * load: the "Fixup Activation Steps" of the slides.
 */
#define __get_user_asm(x, addr, err, itype, rtype, ltype)		\
	asm volatile("1:	mov" itype " %2, %" rtype "1\n"		\
		     "2:\n"						\
		     ".section .fixup, \"ax\"\n"			\
		     "3:	movl %3, %0\n"				\
		     "	xor" itype " %" rtype "1, %" rtype "1\n"	\
		     "	jmp 2b\n"					\
		     ".previous\n"					\
		     ".section __ex_table, \"a\"\n"			\
		     "	.align 4\n"					\
		     "	.long 1b, 3b\n"					\
		     ".previous"					\
		     : "=r" (err), ltype (x)				\
		     : "m" (*(const volatile unsigned long *)(addr)),	\
		       "i" (-EFAULT), "0" (err))

/* __put_user_asm - one store to user memory, with the same fixup. */
#define __put_user_asm(x, addr, err, itype, rtype, ltype)		\
	asm volatile("1:	mov" itype " %" rtype "1, %2\n"		\
		     "2:\n"						\
		     ".section .fixup, \"ax\"\n"			\
		     "3:	movl %3, %0\n"				\
		     "	jmp 2b\n"					\
		     ".previous\n"					\
		     ".section __ex_table, \"a\"\n"			\
		     "	.align 4\n"					\
		     "	.long 1b, 3b\n"					\
		     ".previous"					\
		     : "=r" (err)					\
		     : ltype (x),					\
		       "m" (*(volatile unsigned long *)(addr)),	\
		       "i" (-EFAULT), "0" (err))

/*
 * get_user - read one 1, 2 or 4 byte value from user @ptr into @x.
 * Returns 0 or -EFAULT (and @x = 0).
 */
#define get_user(x, ptr)						\
({									\
	long __gu_err = -EFAULT;					\
	unsigned long __gu_val = 0;					\
	const __typeof__(*(ptr)) *__gu_addr = (ptr);			\
	if (access_ok(VERIFY_READ, __gu_addr, sizeof(*(ptr)))) {	\
		__gu_err = 0;						\
		switch (sizeof(*(ptr))) {				\
		case 1: __get_user_asm(__gu_val, __gu_addr, __gu_err,	\
				       "b", "b", "=q"); break;		\
		case 2: __get_user_asm(__gu_val, __gu_addr, __gu_err,	\
				       "w", "w", "=r"); break;		\
		case 4: __get_user_asm(__gu_val, __gu_addr, __gu_err,	\
				       "l", "", "=r"); break;		\
		default: __gu_err = __get_user_bad();			\
		}							\
	}								\
	(x) = (__typeof__(*(ptr)))__gu_val;				\
	__gu_err;							\
})

/* put_user - write @x (1, 2 or 4 bytes) to user @ptr; 0 or -EFAULT. */
#define put_user(x, ptr)						\
({									\
	long __pu_err = -EFAULT;					\
	__typeof__(*(ptr)) *__pu_addr = (ptr);				\
	__typeof__(*(ptr)) __pu_val = (x);				\
	if (access_ok(VERIFY_WRITE, __pu_addr, sizeof(*(ptr)))) {	\
		__pu_err = 0;						\
		switch (sizeof(*(ptr))) {				\
		case 1: __put_user_asm(__pu_val, __pu_addr, __pu_err,	\
				       "b", "b", "iq"); break;		\
		case 2: __put_user_asm(__pu_val, __pu_addr, __pu_err,	\
				       "w", "w", "ir"); break;		\
		case 4: __put_user_asm(__pu_val, __pu_addr, __pu_err,	\
				       "l", "", "ir"); break;		\
		default: __pu_err = __put_user_bad();			\
		}							\
	}								\
	__pu_err;							\
})

/* Link errors for sizes get_user/put_user cannot do */
extern long __get_user_bad(void);
extern long __put_user_bad(void);

/* arch/i386/lib/usercopy.c: each returns what it could not copy/clear */
unsigned long __copy_user(void *to, const void *from, unsigned long n);
unsigned long copy_to_user(void *to, const void *from, unsigned long n);
unsigned long copy_from_user(void *to, const void *from, unsigned long n);
unsigned long clear_user(void *to, unsigned long n);
long strncpy_from_user(char *dst, const char *src, long count);
long strnlen_user(const char *str, long n);

#endif
