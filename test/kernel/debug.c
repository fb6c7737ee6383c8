/*
 * test/kernel/debug.c - the kernel's self-checks fire where they should
 * (issue 13): each crash_ suite does what a check is there to catch,
 * and test/self-checks reads what the kernel said about it. The slab's
 * checks have theirs in test/kernel/slab.c.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <asm/system.h>
#include <asm/processor.h>
#include "lktest.h"

/* how close to the task_struct dig() takes the stack: inside do_IRQ's
 * warning margin, with room left for the warning's own printk */
#define DIG_LEFT	640

/* A CPU that spins in the kernel is named by the soft-lockup detector. */
LKTEST(crash_soft_lockup, spin_in_kernel)
{
	unsigned long end = jiffies + (SOFTLOCKUP_THRESH + 2) * HZ;

	while ((long)(end - jiffies) > 0)
		cpu_relax();
}

/* kmalloc(GFP_KERNEL) may sleep: with interrupts off it is reported. */
LKTEST(crash_sleep_irqs_off, kmalloc)
{
	void *p;

	__cli();
	p = kmalloc(64, GFP_KERNEL);
	__sti();
	kfree(p);
}

/* wait_ticks - spin until @n timer ticks have passed */
static void wait_ticks(unsigned long n)
{
	unsigned long end = jiffies + n;

	while ((long)(end - jiffies) > 0)
		cpu_relax();
}

/* dig - recurse until less than DIG_LEFT bytes of stack are left, then
 * let interrupts come; returns something the compiler must compute */
static int __attribute__((noinline)) dig(int depth)
{
	volatile char pad[200];
	long left = ((unsigned long)pad & (THREAD_SIZE - 1)) -
		    sizeof(struct task_struct);

	pad[0] = depth;
	if (left > DIG_LEFT)
		return dig(depth + 1) + pad[0];
	wait_ticks(3);
	return pad[0];
}

/* Deep recursion: each interrupt checks the depth (do_IRQ). */
LKTEST(crash_stack_overflow, deep_recursion)
{
	LKT_ASSERT(dig(0) > 0);
}

/* A stack that ran over its end has overwritten the canary above the
 * task_struct: the next schedule() stops the kernel. */
LKTEST(crash_stack_canary, overwritten)
{
	*end_of_stack(current) = 0;
	set_current_state(TASK_INTERRUPTIBLE);
	schedule_timeout(1);
	lktest_fail(__FILE__, __LINE__, "overwritten canary not caught");
}
