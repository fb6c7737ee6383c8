/*
 * include/asm-i386/system.h - switch_to, interrupt flag and barriers.
 * switch_to (book 3.3.3) saves the registers C does not on the old task's
 * kernel stack, swaps stack pointers, and resumes the new task where it
 * was switched out (label 1 below), or at its first eip.
 */
#ifndef __ASM_SYSTEM_H
#define __ASM_SYSTEM_H

struct task_struct;
extern void __attribute__((regparm(3)))
	__switch_to(struct task_struct *prev, struct task_struct *next);

#define switch_to(prev, next, last)					\
do {									\
	asm volatile("pushl %%esi\n\t"					\
		     "pushl %%edi\n\t"					\
		     "pushl %%ebp\n\t"					\
		     "movl %%esp, %0\n\t"	/* save the old stack */	\
		     "movl %3, %%esp\n\t"	/* the new task's stack */	\
		     "movl $1f, %1\n\t"	/* the old one resumes at 1 */	\
		     "pushl %4\n\t"		/* __switch_to returns... */	\
		     "jmp __switch_to\n"	/* ...to the new eip */	\
		     "1:\t"							\
		     "popl %%ebp\n\t"					\
		     "popl %%edi\n\t"					\
		     "popl %%esi\n\t"					\
		     : "=m" ((prev)->thread.esp), "=m" ((prev)->thread.eip), \
		       "=b" (last)					\
		     : "m" ((next)->thread.esp), "m" ((next)->thread.eip), \
		       "a" (prev), "d" (next), "b" (prev)		\
		     : "memory", "ecx");					\
} while (0)

/*
 * loadsegment - load @value into segment register @seg. A selector that
 * does not load (a forged one, or a TLS entry that changed) becomes 0,
 * through the fixup table, instead of an oops.
 */
#define loadsegment(seg, value)						\
	asm volatile("1:	movl %0, %%" #seg "\n"			\
		     "2:\n"						\
		     ".section .fixup, \"ax\"\n"				\
		     "3:	pushl $0\n"					\
		     "	popl %%" #seg "\n"				\
		     "	jmp 2b\n"					\
		     ".previous\n"					\
		     ".section __ex_table, \"a\"\n"			\
		     "	.align 4\n"					\
		     "	.long 1b, 3b\n"					\
		     ".previous" : : "r" ((unsigned int)(value)))

/* savesegment - segment register @seg into @value */
#define savesegment(seg, value)						\
	asm volatile("movl %%" #seg ", %0" : "=r" (value))

#define __cli()		asm volatile("cli" : : : "memory")
#define __sti()		asm volatile("sti" : : : "memory")
#define __save_flags(x)	asm volatile("pushfl; popl %0" : "=g" (x) : : "memory")
#define __restore_flags(x) \
	asm volatile("pushl %0; popfl" : : "g" (x) : "memory", "cc")
#define safe_halt()	asm volatile("sti; hlt" : : : "memory")

/* lk24 has no global interrupt lock (2.4's __global_cli): cli() is this
 * CPU's only; data other CPUs touch is guarded by a spinlock instead */
#define cli()			__cli()
#define sti()			__sti()
#define save_flags(x)		__save_flags(x)
#define restore_flags(x)	__restore_flags(x)
#define local_irq_save(x)	do { __save_flags(x); __cli(); } while (0)
#define local_irq_restore(x)	__restore_flags(x)

#define barrier()	asm volatile("" : : : "memory")
#define wmb()		barrier()	/* x86 keeps stores in order */
#define rmb()		mb()
#define mb()		asm volatile("lock; addl $0,0(%%esp)" : : : "memory")

/*
 * xchg - swap *@ptr and @x in one step and return the old value. An
 * xchg with memory is locked without a prefix (slide "Traps vs.
 * Interrupts": the test-and-set spinlocks are built on it).
 */
static inline unsigned long __xchg(unsigned long x, volatile void *ptr)
{
	asm volatile("xchgl %0, %1" : "=r" (x), "+m" (*(volatile long *)ptr)
		     : "0" (x) : "memory");
	return x;
}
#define xchg(ptr, x) \
	((__typeof__(*(ptr)))__xchg((unsigned long)(x), (ptr)))

/*
 * cmpxchg - compare and swap: if *@ptr is @old, store @new. Returns
 * what *@ptr held; the swap happened if that is @old (the slides' CAS).
 */
static inline unsigned long __cmpxchg(volatile void *ptr, unsigned long old,
				      unsigned long new)
{
	unsigned long prev;

	asm volatile("lock; cmpxchgl %2, %1"
		     : "=a" (prev), "+m" (*(volatile long *)ptr)
		     : "r" (new), "0" (old) : "memory");
	return prev;
}
#define cmpxchg(ptr, o, n) \
	((__typeof__(*(ptr)))__cmpxchg((ptr), (unsigned long)(o), \
				       (unsigned long)(n)))

#endif
