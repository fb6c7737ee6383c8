/*
 * include/asm-i386/i387.h - lazy FPU switching (book 3.3.4): a task's FPU
 * state stays in the FPU until another task uses the FPU. __switch_to
 * saves it (unlazy_fpu) only if the task used the FPU during its turn
 * (PF_USEDFPU), and sets CR0.TS so that the next FPU instruction traps
 * to math_state_restore (arch/i386/kernel/traps.c).
 */
#ifndef __ASM_I386_I387_H
#define __ASM_I386_I387_H

#include <linux/sched.h>
#include <asm/processor.h>
#include <asm/current.h>

static inline void clts(void)
{
	asm volatile("clts");
}

/* stts - set CR0.TS */
static inline void stts(void)
{
	unsigned long cr0;

	asm volatile("movl %%cr0, %0" : "=r" (cr0));
	asm volatile("movl %0, %%cr0" : : "r" (cr0 | X86_CR0_TS));
}

struct _fpstate;

void init_fpu(void);
int save_i387(struct _fpstate *buf);
int restore_i387(struct _fpstate *buf);
void save_init_fpu(struct task_struct *tsk);
void restore_fpu(struct task_struct *tsk);
asmlinkage void math_state_restore(struct pt_regs *regs, long error_code);
unsigned short get_fpu_cwd(struct task_struct *tsk);
unsigned short get_fpu_swd(struct task_struct *tsk);
unsigned short get_fpu_mxcsr(struct task_struct *tsk);

/* The exception bits: the same in the x87 status word (set when one
 * happened), the control word (set: masked) and MXCSR (flags in bits
 * 0-5, masks in bits 7-12) */
#define FPU_EXC_INVALID		0x001
#define FPU_EXC_DENORM		0x002
#define FPU_EXC_ZERODIV		0x004
#define FPU_EXC_OVERFLOW	0x008
#define FPU_EXC_UNDERFLOW	0x010
#define FPU_EXC_PRECISION	0x020
#define FPU_EXC_ALL		0x03f
#define MXCSR_MASK_SHIFT	7

/* unlazy_fpu - @tsk's FPU state into its thread.i387 if the FPU has it */
static inline void unlazy_fpu(struct task_struct *tsk)
{
	if (tsk->flags & PF_USEDFPU)
		save_init_fpu(tsk);
}

/*
 * kernel_fpu_begin - the kernel wants the FPU's registers (MMX) for a
 * moment: the current task's state, if the FPU holds it, goes to its
 * thread.i387 first, and CR0.TS is cleared so FPU instructions run.
 * Process context only, and no sleeping until kernel_fpu_end, which
 * sets TS again so the task's next FPU instruction reloads its state.
 */
static inline void kernel_fpu_begin(void)
{
	if (current->flags & PF_USEDFPU)
		save_init_fpu(current);
	clts();
}

static inline void kernel_fpu_end(void)
{
	stts();
}

/* clear_fpu - @tsk's FPU state is not wanted any more (exit, exec) */
static inline void clear_fpu(struct task_struct *tsk)
{
	if (tsk->flags & PF_USEDFPU) {
		asm volatile("fnclex; fwait");
		tsk->flags &= ~PF_USEDFPU;
		stts();
	}
}

#endif
