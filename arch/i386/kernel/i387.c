/*
 * arch/i386/kernel/i387.c - saving and restoring a task's FPU state for
 * lazy switching (book 3.3.4): FXSAVE/FXRSTOR (with the SSE registers)
 * where the CPU has them, FNSAVE/FRSTOR otherwise. 2.4's math emulator
 * and the conversions for ptrace and core dumps are left out.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/i387.h>
#include <asm/cpufeature.h>
#include <asm/current.h>

/* The MXCSR a new task starts with: all SSE exceptions masked */
#define MXCSR_DEFAULT	0x1f80

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
