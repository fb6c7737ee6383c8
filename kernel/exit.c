/*
 * kernel/exit.c - do_exit: the end of a task. Until processes exist only
 * process 0 and init run, and neither may die: as in Linux, that is a
 * panic naming the task. Zombies, wait4 and reparenting arrive later.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/current.h>

void do_exit(long code) __attribute__((noreturn));

/* do_exit - end the current task with status @code; never returns. */
void do_exit(long code)
{
	if (current->pid == 0)
		panic("do_exit: attempted to kill the idle task! (code %ld)",
		      code);
	panic("do_exit: attempted to kill init! (%s, code %ld)",
	      current->comm, code);
}

asmlinkage long sys_exit(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}
