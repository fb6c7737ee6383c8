/*
 * include/asm-i386/smplock.h - the big kernel lock (book 5.4.6 of the
 * 2nd edition; 2.4's kernel_flag): one spinlock that a task holds
 * while it runs kernel code which assumes one CPU. lock_depth counts
 * nested lock_kernel calls (-1: not held), so a holder may take it
 * again; schedule() lets it go while the task sleeps and takes it back
 * when the task runs again. lk24 holds it wider than 2.4 did: around
 * every system call, page fault and signal delivery (see entry.S and
 * docs/smp.md), as Linux 2.0 did, instead of in the calls that need it.
 */
#ifndef __ASM_SMPLOCK_H
#define __ASM_SMPLOCK_H

#include <linux/sched.h>
#include <linux/spinlock.h>
#include <asm/current.h>

extern spinlock_t kernel_flag;

#define kernel_locked()		spin_is_locked(&kernel_flag)

/* release_kernel_lock - @task gives up the CPU: free the lock for the
 * others, keeping lock_depth for when it comes back */
static inline void release_kernel_lock(struct task_struct *task)
{
	if (task->lock_depth >= 0)
		spin_unlock(&kernel_flag);
}

/* reacquire_kernel_lock - @task runs again: take back the lock it held
 * when it was switched out. Interrupts must be on: the holder may be
 * waiting for this CPU to answer an IPI. */
static inline void reacquire_kernel_lock(struct task_struct *task)
{
	if (task->lock_depth >= 0)
		spin_lock(&kernel_flag);
}

/* lock_kernel - take the big kernel lock, or nest in it */
static inline void lock_kernel(void)
{
	if (!++current->lock_depth)
		spin_lock(&kernel_flag);
}

/* unlock_kernel - undo one lock_kernel; the outermost frees the lock */
static inline void unlock_kernel(void)
{
	BUG_ON(current->lock_depth < 0);
	if (--current->lock_depth < 0)
		spin_unlock(&kernel_flag);
}

/* arch/i386/kernel/smp.c: entry.S takes the lock around each system
 * call and signal delivery with these */
asmlinkage void entry_lock_kernel(void);
asmlinkage void entry_unlock_kernel(void);

#endif
