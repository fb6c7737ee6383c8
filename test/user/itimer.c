/*
 * test/user/itimer.c - the virtual and profiling interval timers (book
 * 6.6.3): ITIMER_VIRTUAL counts only time in user mode and not sleep,
 * ITIMER_PROF user and system time, each sends its signal and reloads
 * from its interval, neither is inherited by fork, SIGVTALRM's default
 * action terminates; bad input gets Linux's errno. Run as process 1 on
 * Linux and on lk24.
 */
#include "utest.h"
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <sys/time.h>

static volatile int vtalrms, profs;

static void on_vtalrm(int sig)
{
	vtalrms++;
}

static void on_prof(int sig)
{
	profs++;
}

/* spin_until - burn user time until *@count reaches @n or about five
 * seconds of wall time pass; returns whether it got there. The clock is
 * read rarely, so that nearly all the time is spent in user mode. */
static int spin_until(volatile int *count, int n)
{
	time_t end = time(NULL) + 5;
	unsigned long i;

	for (i = 1; *count < n; i++)
		if (!(i & 0xfffff) && time(NULL) >= end)
			break;
	return *count >= n;
}

static void set(int which, long value_us, long interval_us)
{
	struct itimerval it = {
		{ interval_us / 1000000, interval_us % 1000000 },
		{ value_us / 1000000, value_us % 1000000 } };

	setitimer(which, &it, NULL);
}

static long usec(const struct timeval *tv)
{
	return tv->tv_sec * 1000000L + tv->tv_usec;
}

/* virtual_timer - it does not run while the process sleeps, and fires
 * once user time has gone by */
static void virtual_timer(void)
{
	struct timespec nap = { 0, 200000000 };
	struct itimerval it;

	signal(SIGVTALRM, on_vtalrm);
	set(ITIMER_VIRTUAL, 50000, 0);
	RES("itimer.getitimer_virtual", getitimer(ITIMER_VIRTUAL, &it));
	/* Linux adds a tick, so that a partly gone one cannot end it
	 * early; a tick is 4 ms there (HZ 250) and 10 ms on lk24 */
	OK("itimer.virtual_value_set_plus_at_most_a_tick",
	   usec(&it.it_value) >= 50000 && usec(&it.it_value) <= 60000);
	printf("itimer.virtual_interval: %ld\n", usec(&it.it_interval));
	nanosleep(&nap, NULL);
	OK("itimer.virtual_quiet_while_asleep", vtalrms == 0);
	OK("itimer.virtual_fires_on_user_time", spin_until(&vtalrms, 1));
	getitimer(ITIMER_VIRTUAL, &it);
	OK("itimer.virtual_one_shot_is_off", usec(&it.it_value) == 0);
}

/* prof_timer - periodic: it fires again and again, and keeps its
 * interval; setting a zero value stops it */
static void prof_timer(void)
{
	struct itimerval it;

	signal(SIGPROF, on_prof);
	set(ITIMER_PROF, 30000, 20000);
	OK("itimer.prof_fires_three_times", spin_until(&profs, 3));
	getitimer(ITIMER_PROF, &it);
	printf("itimer.prof_interval: %ld\n", usec(&it.it_interval));
	set(ITIMER_PROF, 0, 0);
	getitimer(ITIMER_PROF, &it);
	printf("itimer.prof_stopped: %ld %ld\n", usec(&it.it_value),
	       usec(&it.it_interval));
}

/* child_timers - in a child of a parent with a virtual timer running */
static void child_timers(void)
{
	struct itimerval it;

	getitimer(ITIMER_VIRTUAL, &it);
	printf("itimer.child_virtual: %ld %ld\n", usec(&it.it_value),
	       usec(&it.it_interval));
}

/* killed_by_vtalrm - the default action of SIGVTALRM */
static void killed_by_vtalrm(void)
{
	static volatile int never;

	signal(SIGVTALRM, SIG_DFL);
	set(ITIMER_VIRTUAL, 10000, 0);
	spin_until(&never, 1);
}

int main(void)
{
	struct itimerval it = { { 0, 0 }, { 0, 1000000 } };
	int status;

	RES("itimer.set_bad_which", setitimer(3, &it, NULL));
	RES("itimer.get_bad_which", getitimer(-1, &it));
	RES("itimer.set_usec_too_big", setitimer(ITIMER_VIRTUAL, &it, NULL));
	RES("itimer.get_bad_ptr", getitimer(ITIMER_PROF, (void *)16));
	it.it_value.tv_usec = 0;
	RES("itimer.set_bad_ptr", setitimer(ITIMER_PROF, (void *)16, NULL));
	RES("itimer.set_bad_old_ptr", setitimer(ITIMER_PROF, &it,
						(void *)16));
	virtual_timer();
	prof_timer();
	set(ITIMER_VIRTUAL, 5000000, 1000000);
	status_of(child_timers);
	set(ITIMER_VIRTUAL, 0, 0);
	status = status_of(killed_by_vtalrm);
	printf("itimer.vtalrm_default: %s %d\n",
	       WIFSIGNALED(status) ? "signaled" : "exited",
	       WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
	return 0;
}
