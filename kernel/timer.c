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
#include <asm/uaccess.h>

volatile unsigned long jiffies;
volatile struct timeval xtime;

#define TICK_USEC	(1000000 / HZ)

#define SLICE		5	/* ticks a task runs before others get a turn */

void wake_timeouts(void);

/* do_timer - one tick, from the timer interrupt (arch/i386/kernel/time.c):
 * time, sleepers whose timeout came, and the end of a time slice. */
void do_timer(struct pt_regs *regs)
{
	jiffies++;
	wake_timeouts();
	if (current != &init_task && !(jiffies % SLICE))
		current->need_resched = 1;
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

/*
 * sys_nanosleep - sleep at least *@rqtp, rounded up to whole ticks plus
 * one (the current tick is already partly gone). Returns 0, or -EINVAL
 * for a bad time, -EFAULT for a bad pointer.
 */
asmlinkage long sys_nanosleep(struct timespec *rqtp, struct timespec *rmtp)
{
	struct timespec t;
	long ticks;

	if (copy_from_user(&t, rqtp, sizeof(t)))
		return -EFAULT;
	if (t.tv_nsec < 0 || t.tv_nsec >= 1000000000L || t.tv_sec < 0)
		return -EINVAL;
	ticks = t.tv_sec * HZ + (t.tv_nsec + TICK_USEC * 1000 - 1) /
		(TICK_USEC * 1000);
	if (ticks || t.tv_sec || t.tv_nsec)
		ticks++;
	while (ticks)
		ticks = schedule_timeout(ticks);
	if (rmtp) {
		t.tv_sec = t.tv_nsec = 0;
		if (copy_to_user(rmtp, &t, sizeof(t)))
			return -EFAULT;
	}
	return 0;
}
