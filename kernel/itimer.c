/*
 * kernel/itimer.c - interval timers (book 6.6.3): ITIMER_REAL counts
 * wall-clock time with a kernel timer in the task and sends SIGALRM,
 * again every it_real_incr if set; alarm(2) is a one-shot ITIMER_REAL.
 * ITIMER_VIRTUAL (user time, SIGVTALRM) and ITIMER_PROF (user and
 * system time, SIGPROF) count ticks in update_process_times. As in 2.4
 * they belong to the task, not to its thread group as in later Linux.
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

/* real_left - the ticks until ITIMER_REAL expires, 0 if it is off; the
 * tick set_real added for the one under way is not counted */
static unsigned long real_left(struct task_struct *p)
{
	unsigned long left;

	if (!timer_pending(&p->real_timer))
		return 0;
	left = p->real_timer.expires - jiffies - 1;
	return (long)left <= 0 ? 1 : left;	/* due: it has not run yet */
}

/* do_getitimer - timer @which's interval and the time to its expiry */
static int do_getitimer(int which, struct itimerval *value)
{
	struct task_struct *p = current;
	unsigned long incr, left;

	switch (which) {
	case ITIMER_REAL:
		incr = p->it_real_incr;
		left = real_left(p);
		break;
	case ITIMER_VIRTUAL:
		incr = p->it_virt_incr;
		left = p->it_virt_value;
		break;
	case ITIMER_PROF:
		incr = p->it_prof_incr;
		left = p->it_prof_value;
		break;
	default:
		return -EINVAL;
	}
	jiffiestotv(incr, &value->it_interval);
	jiffiestotv(left, &value->it_value);
	return 0;
}

/* it_real_fn - ITIMER_REAL expired: SIGALRM, and again if periodic,
 * it_real_incr after this expiry (which keeps set_real's extra tick) */
void it_real_fn(unsigned long data)
{
	struct task_struct *p = (struct task_struct *)data;

	send_sig(SIGALRM, p, 1);
	if (p->it_real_incr)
		mod_timer(&p->real_timer,
			  p->real_timer.expires + p->it_real_incr);
}

/* set_real - ITIMER_REAL: expiry in @j ticks (0: off), then every @i.
 * One tick more, since the tick under way is partly gone: a timer must
 * not expire before the time it was given. */
static void set_real(struct task_struct *p, unsigned long i,
		     unsigned long j)
{
	del_timer_sync(&p->real_timer);
	p->it_real_incr = i;
	if (j) {
		p->real_timer.data = (unsigned long)p;
		p->real_timer.expires = jiffies + j + 1;
		add_timer(&p->real_timer);
	}
}

/*
 * do_setitimer - start (or with a zero value, stop) timer @which; a
 * virtual or profiling one counts ticks of the task's own time, one
 * more than asked, as Linux does: the tick under way is partly gone.
 * @ovalue gets what was set before. -EINVAL for a bad timer or time.
 */
static int do_setitimer(int which, struct itimerval *value,
			struct itimerval *ovalue)
{
	struct task_struct *p = current;
	unsigned long i, j;

	if (which < ITIMER_REAL || which > ITIMER_PROF)
		return -EINVAL;
	if (!timeval_valid(&value->it_value) ||
	    !timeval_valid(&value->it_interval))
		return -EINVAL;
	if (ovalue)
		do_getitimer(which, ovalue);
	i = tvtojiffies(&value->it_interval);
	j = tvtojiffies(&value->it_value);
	if (which == ITIMER_REAL) {
		set_real(p, i, j);
	} else if (which == ITIMER_VIRTUAL) {
		p->it_virt_value = j ? j + 1 : 0;
		p->it_virt_incr = i;
	} else {
		p->it_prof_value = j ? j + 1 : 0;
		p->it_prof_incr = i;
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

/* sys_alarm - SIGALRM in @seconds (0: cancel), at most INT_MAX as on
 * Linux (a tv_sec must not be negative). Returns the seconds that were
 * left of the previous alarm, rounded to the nearest. */
asmlinkage unsigned long sys_alarm(unsigned int seconds)
{
	struct itimerval it_new, it_old;
	unsigned int oldalarm;

	if (seconds > INT_MAX)
		seconds = INT_MAX;
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
