/*
 * include/asm-i386/sigcontext.h - the registers a signal handler's frame
 * saves, in the layout Linux i386 programs expect (ucontext, sigreturn),
 * and the FPU state beside them (struct _fpstate).
 */
#ifndef _ASMi386_SIGCONTEXT_H
#define _ASMi386_SIGCONTEXT_H

/*
 * The FPU state in a signal frame: the FNSAVE image (the first 112
 * bytes), then, where the CPU has FXSAVE, its 512-byte image from
 * _fxsr_env on with magic X86_FXSR_MAGIC. lk24 fills only the control
 * and status words of the FNSAVE part from an FXSAVE image; sigreturn
 * reads the FXSAVE part.
 */
struct _fpreg {
	unsigned short significand[4];
	unsigned short exponent;
};

struct _fpstate {
	unsigned long cw, sw, tag, ipoff, cssel, dataoff, datasel;
	struct _fpreg _st[8];
	unsigned short status;
	unsigned short magic;		/* 0xffff: FNSAVE data only */
	unsigned long _fxsr_env[6];	/* the FXSAVE image starts here */
	unsigned long mxcsr;
	unsigned long reserved;
	unsigned long _fxsr_st[8 * 4];
	unsigned long _xmm[8 * 4];
	unsigned long padding[56];
};

#define X86_FXSR_MAGIC	0x0000

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
	struct _fpstate *fpstate;	/* NULL if the task used no FPU */
	unsigned long oldmask;
	unsigned long cr2;
};

#endif
