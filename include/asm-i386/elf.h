/*
 * include/asm-i386/elf.h - what i386 adds to a new program's auxiliary
 * vector (slide "Exposing vDSO"): where the vsyscall page's ELF image is
 * (AT_SYSINFO_EHDR) and its entry point (AT_SYSINFO). Linux 2.4's core
 * dump register layout is left out.
 */
#ifndef __ASMi386_ELF_H
#define __ASMi386_ELF_H

#include <asm/fixmap.h>

/* From vsyscall-syms.o: the address the vsyscall page image gives it */
extern char __kernel_vsyscall[];

#define VSYSCALL_BASE	(__fix_to_virt(FIX_VSYSCALL))
#define VSYSCALL_ENTRY	((unsigned long)__kernel_vsyscall)

/* The i386 entries, first in the vector as Linux puts them */
#define ARCH_DLINFO						\
do {								\
	NEW_AUX_ENT(AT_SYSINFO, VSYSCALL_ENTRY);		\
	NEW_AUX_ENT(AT_SYSINFO_EHDR, VSYSCALL_BASE);		\
} while (0)

#endif
