/*
 * include/asm-i386/ptrace.h - the registers saved on the kernel stack at
 * every entry (slides "i386 Calling Conventions (syscalls)" and
 * "error_code on i386"). SAVE_ALL in arch/i386/kernel/entry.S builds this
 * frame: change one, change the other (and the offsets in entry.S).
 */
#ifndef _I386_PTRACE_H
#define _I386_PTRACE_H

/* Offsets in bytes, for assembly */
#define EBX		0x00
#define ECX		0x04
#define EDX		0x08
#define ESI		0x0C
#define EDI		0x10
#define EBP		0x14
#define EAX		0x18
#define DS		0x1C
#define ES		0x20
#define ORIG_EAX	0x24
#define EIP		0x28
#define CS		0x2C
#define EFLAGS		0x30
#define OLDESP		0x34	/* only present if we came from user mode */
#define OLDSS		0x38

#ifndef __ASSEMBLY__

struct pt_regs {
	long ebx;		/* system call arguments 1-6 ... */
	long ecx;
	long edx;
	long esi;
	long edi;
	long ebp;		/* ... end of arguments */
	long eax;		/* return value */
	int  xds;
	int  xes;
	long orig_eax;		/* system call number, or -1 (or error code) */
	long eip;		/* pushed by the CPU from here on */
	int  xcs;
	long eflags;
	long esp;		/* only from user mode (a privilege change) */
	int  xss;
};

/* user_mode - did the trap come from ring 3 (or vm86)? */
#define user_mode(regs)	((3 & (regs)->xcs) || (0x00020000 & (regs)->eflags))

#endif
#endif
