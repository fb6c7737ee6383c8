/*
 * include/asm-i386/cpufeature.h - the CPU feature bits of cpuid leaf 1
 * (%edx) that lk24 looks at, and what they mean for it. setup_arch keeps
 * the word in boot_cpu_features.
 */
#ifndef __ASM_I386_CPUFEATURE_H
#define __ASM_I386_CPUFEATURE_H

#define X86_FEATURE_FPU		0	/* an x87 FPU on chip */
#define X86_FEATURE_PSE		3	/* 4 MB pages */
#define X86_FEATURE_TSC		4	/* rdtsc */
#define X86_FEATURE_MSR		5	/* rdmsr, wrmsr */
#define X86_FEATURE_APIC	9	/* a local APIC */
#define X86_FEATURE_SEP		11	/* sysenter, sysexit */
#define X86_FEATURE_PGE		13	/* global pages */
#define X86_FEATURE_CMOV	15
#define X86_FEATURE_MMX		23	/* MMX */
#define X86_FEATURE_FXSR	24	/* fxsave, fxrstor */
#define X86_FEATURE_XMM		25	/* SSE */

#ifndef __ASSEMBLY__
extern unsigned int boot_cpu_features;

#define boot_cpu_has(bit)	((boot_cpu_features >> (bit)) & 1)
/* lk24 turns on CR4.OSFXSR only with SSE, so fxsave needs both */
#define cpu_has_fxsr		(boot_cpu_has(X86_FEATURE_FXSR) && \
				 boot_cpu_has(X86_FEATURE_XMM))
#define cpu_has_sep		boot_cpu_has(X86_FEATURE_SEP)
#define cpu_has_mmx		boot_cpu_has(X86_FEATURE_MMX)
#endif

#endif
