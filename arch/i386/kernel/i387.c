/*
 * arch/i386/kernel/i387.c - saving and restoring a task's FPU state for
 * lazy switching (book 3.3.4): FXSAVE/FXRSTOR (with the SSE registers)
 * where the CPU has them, FNSAVE/FRSTOR otherwise; and into and out of
 * signal frames (save_i387, restore_i387). 2.4's math emulator and the
 * conversions for ptrace and core dumps are left out.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/i387.h>
#include <asm/cpufeature.h>
#include <asm/current.h>
#include <asm/sigcontext.h>
#include <asm/uaccess.h>

/* The MXCSR a new task starts with: all SSE exceptions masked; the bits
 * of it a program may set (FXRSTOR faults on the others) */
#define MXCSR_DEFAULT		0x1f80
#define MXCSR_FEATURE_MASK	0x0000ffbf

/* init_fpu - a fresh FPU for the current task, which has used none. */
void init_fpu(void)
{
	asm volatile("fninit");
	if (cpu_has_fxsr) {
		unsigned long mxcsr = MXCSR_DEFAULT;

		asm volatile("ldmxcsr %0" : : "m" (mxcsr));
	}
	current->used_math = 1;
}

/* save_init_fpu - @tsk's FPU state into thread.i387; the FPU is left
 * for the next owner, with TS set so its first use traps. */
void save_init_fpu(struct task_struct *tsk)
{
	if (cpu_has_fxsr)
		asm volatile("fxsave %0; fnclex"
			     : "=m" (tsk->thread.i387.fxsave));
	else
		asm volatile("fnsave %0; fwait"
			     : "=m" (tsk->thread.i387.fsave));
	tsk->flags &= ~PF_USEDFPU;
	stts();
}

/*
 * save_i387 - a signal handler is about to run: the current task's FPU
 * state into the user frame at @buf, and the handler gets a fresh FPU.
 * Returns 1 if there was state to save, 0 if the task used no FPU,
 * -EFAULT.
 */
int save_i387(struct _fpstate *buf)
{
	struct i387_fxsave_struct *fx = &current->thread.i387.fxsave;

	if (!current->used_math)
		return 0;
	unlazy_fpu(current);
	current->used_math = 0;		/* the handler starts afresh */
	if (!cpu_has_fxsr)
		return copy_to_user(buf, &current->thread.i387.fsave,
				    sizeof(struct i387_fsave_struct)) ?
			-EFAULT : 1;
	if (put_user((unsigned long)fx->cwd | 0xffff0000, &buf->cw) ||
	    put_user((unsigned long)fx->swd | 0xffff0000, &buf->sw) ||
	    put_user(X86_FXSR_MAGIC, &buf->magic) ||
	    copy_to_user(buf->_fxsr_env, fx, sizeof(*fx)))
		return -EFAULT;
	return 1;
}

/*
 * restore_i387 - sigreturn: the FPU state from the user frame at @buf
 * becomes the task's, loaded at its next FPU instruction. An MXCSR
 * with reserved bits set (which would fault in FXRSTOR) has them
 * cleared. 0 or -EFAULT.
 */
int restore_i387(struct _fpstate *buf)
{
	struct task_struct *tsk = current;

	clear_fpu(tsk);
	if (cpu_has_fxsr) {
		if (copy_from_user(&tsk->thread.i387.fxsave, buf->_fxsr_env,
				   sizeof(struct i387_fxsave_struct)))
			return -EFAULT;
		tsk->thread.i387.fxsave.mxcsr &= MXCSR_FEATURE_MASK;
	} else if (copy_from_user(&tsk->thread.i387.fsave, buf,
				  sizeof(struct i387_fsave_struct))) {
		return -EFAULT;
	}
	tsk->used_math = 1;
	return 0;
}

/* restore_fpu - @tsk's saved FPU state back into the FPU */
void restore_fpu(struct task_struct *tsk)
{
	if (cpu_has_fxsr)
		asm volatile("fxrstor %0" : : "m" (tsk->thread.i387.fxsave));
	else
		asm volatile("frstor %0" : : "m" (tsk->thread.i387.fsave));
}

/*
 * math_state_restore - the device-not-available trap (vector 7): the
 * current task used the FPU with TS set. Give it the FPU: its saved
 * state, or a fresh one if it never used it. Interrupts are on.
 */
asmlinkage void math_state_restore(struct pt_regs *regs, long error_code)
{
	clts();
	if (current->used_math)
		restore_fpu(current);
	else
		init_fpu();
	current->flags |= PF_USEDFPU;
}

/*
 * get_fpu_cwd, get_fpu_swd, get_fpu_mxcsr - the x87 control and status
 * words and the SSE control register from @tsk's saved FPU state (so
 * call unlazy_fpu first). Without SSE, MXCSR reads as its reset value.
 */
unsigned short get_fpu_cwd(struct task_struct *tsk)
{
	if (cpu_has_fxsr)
		return tsk->thread.i387.fxsave.cwd;
	return (unsigned short)tsk->thread.i387.fsave.cwd;
}

unsigned short get_fpu_swd(struct task_struct *tsk)
{
	if (cpu_has_fxsr)
		return tsk->thread.i387.fxsave.swd;
	return (unsigned short)tsk->thread.i387.fsave.swd;
}

unsigned short get_fpu_mxcsr(struct task_struct *tsk)
{
	if (cpu_has_fxsr)
		return tsk->thread.i387.fxsave.mxcsr & 0xffff;
	return MXCSR_DEFAULT;
}
