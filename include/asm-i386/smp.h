/*
 * include/asm-i386/smp.h - which CPU am I? (slide "Kernel initialization").
 * lk24 runs on one CPU: smp_processor_id() is 0.
 * hard_smp_processor_id() asks the hardware: the initial local APIC ID
 * that cpuid leaf 1 reports in EBX bits 31-24.
 */
#ifndef __ASM_SMP_H
#define __ASM_SMP_H

#include <asm/processor.h>

#define smp_processor_id()	0

static inline int hard_smp_processor_id(void)
{
	unsigned int eax, ebx, ecx, edx;

	cpuid(1, &eax, &ebx, &ecx, &edx);
	return ebx >> 24;
}

#endif
