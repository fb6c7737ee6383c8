/*
 * kernel/timer.c - the tick: jiffies counts timer interrupts since boot
 * (HZ per second) and xtime advances by 1/HZ s with each. Kernel timers
 * (timer_list) arrive with the scheduler.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <asm/param.h>
#include <asm/current.h>
#include <asm/ptrace.h>

volatile unsigned long jiffies;
volatile struct timeval xtime;

#define TICK_USEC	(1000000 / HZ)

/* do_timer - one tick, from the timer interrupt (arch/i386/kernel/time.c) */
void do_timer(struct pt_regs *regs)
{
	jiffies++;
	xtime.tv_usec += TICK_USEC;
	if (xtime.tv_usec >= 1000000) {
		xtime.tv_usec -= 1000000;
		xtime.tv_sec++;
	}
}

/* sys_getpid - the calling task's process id */
asmlinkage long sys_getpid(void)
{
	return current->pid;
}
