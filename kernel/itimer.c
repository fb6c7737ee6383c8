/*
 * kernel/itimer.c - interval timers (book 6.6.3): ITIMER_REAL counts
 * wall-clock time with a kernel timer in the task and sends SIGALRM,
 * again every it_real_incr if set; alarm(2) is a one-shot ITIMER_REAL.
 * The virtual and profiling timers are left out (-EINVAL).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/timer.h>
#include <asm/uaccess.h>
#include <asm/errno.h>

#define ITIMER_REAL	0
#define ITIMER_VIRTUAL	1
#define ITIMER_PROF	2

struct itimerval {
	struct timeval it_interval;	/* the period, 0: one shot */
	struct timeval it_value;	/* time to the next expiry */
};

/* tvtojiffies - a timeval in ticks, rounded up */
static unsigned long tvtojiffies(const struct timeval *value)
{
	unsigned long sec = value->tv_sec, usec = value->tv_usec;

	if (sec > (0x7fffffffUL / HZ) - 1)
		return 0x7fffffffUL - 1;
	return sec * HZ + (usec + 1000000 / HZ - 1) / (1000000 / HZ);
}

static void jiffiestotv(unsigned long j, struct timeval *value)
{
	value->tv_usec = (j % HZ) * (1000000 / HZ);
	value->tv_sec = j / HZ;
}

/* do_getitimer - ITIMER_REAL's interval and the time to its expiry */
static int do_getitimer(int which, struct itimerval *value)
{
	unsigned long left = 0;

	if (which != ITIMER_REAL)
		return -EINVAL;
	if (timer_pending(&current->real_timer)) {
		left = current->real_timer.expires - jiffies;
		if ((long)left <= 0)
			left = 1;	/* due: it has not run yet */
	}
	jiffiestotv(current->it_real_incr, &value->it_interval);
	jiffiestotv(left, &value->it_value);
	return 0;
}

/* it_real_fn - ITIMER_REAL expired: SIGALRM, and again if periodic. */
void it_real_fn(unsigned long data)
{
	struct task_struct *p = (struct task_struct *)data;

	send_sig(SIGALRM, p, 1);
	if (p->it_real_incr)
		mod_timer(&p->real_timer, jiffies + p->it_real_incr);
}

/* do_setitimer - start (or with a zero value, stop) ITIMER_REAL;
 * @ovalue gets what was set before. */
static int do_setitimer(int which, struct itimerval *value,
			struct itimerval *ovalue)
{
	unsigned long i, j;

	if (which != ITIMER_REAL)
		return -EINVAL;
	if (value->it_value.tv_usec >= 1000000 ||
	    value->it_interval.tv_usec >= 1000000 ||
	    value->it_value.tv_sec < 0 || value->it_value.tv_usec < 0 ||
	    value->it_interval.tv_sec < 0 || value->it_interval.tv_usec < 0)
		return -EINVAL;
	if (ovalue)
		do_getitimer(which, ovalue);
	i = tvtojiffies(&value->it_interval);
	j = tvtojiffies(&value->it_value);
	del_timer_sync(&current->real_timer);
	current->it_real_incr = i;
	if (j) {
		current->real_timer.data = (unsigned long)current;
		current->real_timer.expires = jiffies + j;
		add_timer(&current->real_timer);
	}
	return 0;
}

asmlinkage long sys_getitimer(int which, struct itimerval *value)
{
	struct itimerval get;
	int error;

	if (!value)
		return -EFAULT;
	error = do_getitimer(which, &get);
	if (!error && copy_to_user(value, &get, sizeof(get)))
		error = -EFAULT;
	return error;
}

asmlinkage long sys_setitimer(int which, struct itimerval *value,
			      struct itimerval *ovalue)
{
	struct itimerval set, get;
	int error;

	if (!value)
		memset(&set, 0, sizeof(set));
	else if (copy_from_user(&set, value, sizeof(set)))
		return -EFAULT;
	error = do_setitimer(which, &set, ovalue ? &get : NULL);
	if (error || !ovalue)
		return error;
	return copy_to_user(ovalue, &get, sizeof(get)) ? -EFAULT : 0;
}

/* sys_alarm - SIGALRM in @seconds (0: cancel). Returns the seconds that
 * were left of the previous alarm, rounded to the nearest. */
asmlinkage unsigned long sys_alarm(unsigned int seconds)
{
	struct itimerval it_new, it_old;
	unsigned int oldalarm;

	it_new.it_interval.tv_sec = it_new.it_interval.tv_usec = 0;
	it_new.it_value.tv_sec = seconds;
	it_new.it_value.tv_usec = 0;
	do_setitimer(ITIMER_REAL, &it_new, &it_old);
	oldalarm = it_old.it_value.tv_sec;
	if (it_old.it_value.tv_usec >= 500000 ||
	    (!oldalarm && it_old.it_value.tv_usec))
		oldalarm++;
	return oldalarm;
}
