/*
 * include/asm-i386/processor.h - CPU identification and control registers.
 * cpuid as on the slide "CPUID Identification"; load_cr3 as on the slide
 * "load_cr3()" (the 2.4 file; 2.6 moved the write to special_insns.h).
 */
#ifndef __ASM_I386_PROCESSOR_H
#define __ASM_I386_PROCESSOR_H

#include <asm/page.h>

/* cpuid - leaf @op into the four registers. */
static inline void cpuid(unsigned int op, unsigned int *eax,
			 unsigned int *ebx, unsigned int *ecx,
			 unsigned int *edx)
{
	asm volatile("cpuid"
		     : "=a" (*eax), "=b" (*ebx), "=c" (*ecx), "=d" (*edx)
		     : "0" (op), "2" (0));
}

static inline unsigned long read_cr0(void)
{
	unsigned long v;

	asm volatile("movl %%cr0, %0" : "=r" (v));
	return v;
}

static inline unsigned long read_cr2(void)
{
	unsigned long v;

	asm volatile("movl %%cr2, %0" : "=r" (v));
	return v;
}

static inline unsigned long read_cr3(void)
{
	unsigned long v;

	asm volatile("movl %%cr3, %0" : "=r" (v));
	return v;
}

/* load_cr3 - switch page tables; @pgdir is a kernel virtual address. */
#define load_cr3(pgdir) \
	asm volatile("movl %0, %%cr3" : : "r" (__pa(pgdir)) : "memory")

static inline void cpu_relax(void)
{
	asm volatile("rep; nop" : : : "memory");
}

#endif
