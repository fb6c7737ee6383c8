/*
 * include/asm-i386/system.h - interrupt flag and barrier primitives.
 * switch_to joins this file with process management.
 */
#ifndef __ASM_SYSTEM_H
#define __ASM_SYSTEM_H

#define __cli()		asm volatile("cli" : : : "memory")
#define __sti()		asm volatile("sti" : : : "memory")
#define __save_flags(x)	asm volatile("pushfl; popl %0" : "=g" (x) : : "memory")
#define __restore_flags(x) \
	asm volatile("pushl %0; popfl" : : "g" (x) : "memory", "cc")
#define safe_halt()	asm volatile("sti; hlt" : : : "memory")

/* Uniprocessor: the local versions are the global ones */
#define cli()			__cli()
#define sti()			__sti()
#define save_flags(x)		__save_flags(x)
#define restore_flags(x)	__restore_flags(x)
#define local_irq_save(x)	do { __save_flags(x); __cli(); } while (0)
#define local_irq_restore(x)	__restore_flags(x)

#define barrier()	asm volatile("" : : : "memory")
#define mb()		asm volatile("lock; addl $0,0(%%esp)" : : : "memory")

#endif
