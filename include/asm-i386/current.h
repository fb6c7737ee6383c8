/*
 * include/asm-i386/current.h - the running task, found from the stack:
 * the task_struct sits at the bottom of the 8 KB kernel stack.
 */
#ifndef _I386_CURRENT_H
#define _I386_CURRENT_H

#include <linux/sched.h>

static inline struct task_struct *get_current(void)
{
	struct task_struct *t;

	asm("andl %%esp, %0" : "=r" (t) : "0" (~(THREAD_SIZE - 1UL)));
	return t;
}

#define current get_current()

#endif
