/*
 * kernel/exit.c - do_exit: the end of a task (book 3.5). Its memory and
 * files go, it becomes a zombie and never runs again; a kernel thread is
 * freed by schedule once off its stack. Process 0 and init may not die:
 * as in Linux, that is a panic. wait4 and reparenting arrive with
 * process management.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <asm/current.h>

#include <linux/fs.h>

void exit_mm(struct task_struct *tsk);

void do_exit(long code) __attribute__((noreturn));

/* do_exit - end the current task with status @code; never returns. */
void do_exit(long code)
{
	struct task_struct *tsk = current;

	if (tsk->pid == 0)
		panic("do_exit: attempted to kill the idle task! (code %ld)",
		      code);
	if (tsk->pid == 1)
		panic("do_exit: attempted to kill init! (%s, code %ld)",
		      tsk->comm, code);
	exit_mm(tsk);
	exit_files(tsk);
	tsk->exit_code = code;
	tsk->state = TASK_ZOMBIE;
	schedule();
	BUG();	/* a zombie is never scheduled again */
}

asmlinkage long sys_exit(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

/* sys_exit_group - every thread of the process; lk24 has one per process */
asmlinkage long sys_exit_group(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}
