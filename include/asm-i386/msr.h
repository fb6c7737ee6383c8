/*
 * include/asm-i386/msr.h - model-specific registers and the time stamp
 * counter (slide "Model-Specific Registers for syscalls"). Under QEMU
 * -icount and Bochs with clock: sync=none, rdtsc counts instructions.
 */
#ifndef __ASM_MSR_H
#define __ASM_MSR_H

#define rdmsr(msr, val1, val2) \
	asm volatile("rdmsr" : "=a" (val1), "=d" (val2) : "c" (msr))
#define wrmsr(msr, val1, val2) \
	asm volatile("wrmsr" : : "c" (msr), "a" (val1), "d" (val2))

#define rdtscll(val)	asm volatile("rdtsc" : "=A" (val))
#define rdtscl(low)	asm volatile("rdtsc" : "=a" (low) : : "edx")

#define MSR_IA32_SYSENTER_CS	0x174
#define MSR_IA32_SYSENTER_ESP	0x175
#define MSR_IA32_SYSENTER_EIP	0x176

#endif
