/*
 * kernel/sched.c - the scheduler, for now with a single task.
 * ret_from_sys_call calls schedule when need_resched is set; with one
 * runnable task there is nobody to switch to. The 2.4 runqueue and
 * goodness() arrive with process management.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/current.h>

asmlinkage void schedule(void)
{
	current->need_resched = 0;
}
