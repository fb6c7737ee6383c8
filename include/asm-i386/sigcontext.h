/*
 * include/asm-i386/sigcontext.h - the registers a signal handler's frame
 * saves, in the layout Linux i386 programs expect (ucontext, sigreturn).
 */
#ifndef _ASMi386_SIGCONTEXT_H
#define _ASMi386_SIGCONTEXT_H

struct sigcontext {
	unsigned short gs, __gsh;
	unsigned short fs, __fsh;
	unsigned short es, __esh;
	unsigned short ds, __dsh;
	unsigned long edi, esi, ebp, esp, ebx, edx, ecx, eax;
	unsigned long trapno;
	unsigned long err;
	unsigned long eip;
	unsigned short cs, __csh;
	unsigned long eflags;
	unsigned long esp_at_signal;
	unsigned short ss, __ssh;
	void *fpstate;			/* lk24 saves no FPU state: NULL */
	unsigned long oldmask;
	unsigned long cr2;
};

#endif
