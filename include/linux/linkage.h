/*
 * include/linux/linkage.h - calling-convention and symbol helpers.
 * asmlinkage: arguments on the stack, as entry.S and head.S pass them
 * (the slide "Kernel Initialization Signature"). ENTRY() for assembly.
 */
#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

#ifdef __ASSEMBLY__

#define SYMBOL_NAME(x)	x
#define ALIGN		.align 16, 0x90
#define ENTRY(name)	.globl name; ALIGN; name:

#else

#define asmlinkage	__attribute__((regparm(0)))
#define __visible	__attribute__((externally_visible))
#define FASTCALL(x)	x __attribute__((regparm(3)))

#endif
#endif
