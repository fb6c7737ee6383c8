/*
 * test/user/sigwait.c - taking signals without a handler: sigwaitinfo,
 * sigtimedwait and sigwait (rt_sigtimedwait) take a blocked pending
 * signal with its siginfo, wait for one sent later by another process,
 * time out with EAGAIN, end with EINTR when a signal with a handler
 * comes instead, never wait for SIGKILL, and refuse bad arguments.
 * Everything runs in a child: process 1 is spared signals it has no
 * handler for. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <signal.h>
#include <time.h>
#include <sys/syscall.h>
#include <sys/time.h>

static sigset_t usr1, usr2;

static void on_alarm(int sig)
{
}

/* pending_one - a signal sent before the wait is taken at once */
static void pending_one(void)
{
	siginfo_t info;
	int sig = 0;

	kill(getpid(), SIGUSR1);
	RES("sigwait.pending_taken", sigwaitinfo(&usr1, &info));
	printf("sigwait.pending_signo: %d\n", info.si_signo);
	printf("sigwait.pending_code: %d\n", info.si_code);
	OK("sigwait.pending_pid_is_sender", info.si_pid == getpid());
	RES("sigwait.nothing_left_polled",
	    sigtimedwait(&usr1, &info, &(struct timespec){ 0, 0 }));
	kill(getpid(), SIGUSR1);
	RES("sigwait.sigwait", sigwait(&usr1, &sig));
	printf("sigwait.sigwait_sig: %d\n", sig);
	kill(getpid(), SIGRTMIN);
	kill(getpid(), SIGRTMIN);
	sigaddset(&usr1, SIGRTMIN);
	RES("sigwait.rt_first", sigwaitinfo(&usr1, NULL));
	RES("sigwait.rt_second_queued", sigwaitinfo(&usr1, NULL));
	RES("sigwait.rt_none_left",
	    sigtimedwait(&usr1, NULL, &(struct timespec){ 0, 0 }));
}

/* later_one - a signal another process sends while we wait */
static void later_one(void)
{
	siginfo_t info;
	pid_t child = fork();

	if (child == 0) {
		struct timespec t = { 0, 50000000 };

		nanosleep(&t, NULL);
		kill(getppid(), SIGUSR2);
		_exit(0);
	}
	RES("sigwait.later_taken", sigwaitinfo(&usr2, &info));
	OK("sigwait.later_pid_is_child", info.si_pid == child);
	waitpid(child, NULL, 0);
}

/* timeouts_and_interruptions - EAGAIN after the time, EINTR for a
 * signal with a handler, SIGKILL never waited for */
static void timeouts_and_interruptions(void)
{
	struct itimerval soon = { { 0, 0 }, { 0, 50000 } };
	struct timespec tenth = { 0, 100000000 };
	sigset_t kill_only;
	struct sigaction sa = { .sa_handler = on_alarm };

	RES("sigwait.timed_out", sigtimedwait(&usr1, NULL, &tenth));
	sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &soon, NULL);
	RES("sigwait.interrupted", sigwaitinfo(&usr1, NULL));
	sigemptyset(&kill_only);
	sigaddset(&kill_only, SIGKILL);
	RES("sigwait.kill_not_waited_for",
	    sigtimedwait(&kill_only, NULL, &(struct timespec){ 0, 0 }));
}

/* bad_arguments - a bad time, set or size */
static void bad_arguments(void)
{
	RES("sigwait.bad_nsec", sigtimedwait(&usr1, NULL,
			&(struct timespec){ 0, 1000000000 }));
	RES("sigwait.negative_time", sigtimedwait(&usr1, NULL,
			&(struct timespec){ -1, 0 }));
	RES("sigwait.bad_set", syscall(__NR_rt_sigtimedwait, (void *)16,
				       NULL, NULL, 8));
	RES("sigwait.bad_time_pointer", syscall(__NR_rt_sigtimedwait, &usr1,
						NULL, (void *)16, 8));
	RES("sigwait.bad_size", syscall(__NR_rt_sigtimedwait, &usr1, NULL,
					NULL, 4));
	kill(getpid(), SIGUSR1);
	RES("sigwait.bad_info_pointer",
	    syscall(__NR_rt_sigtimedwait, &usr1, (void *)16, NULL, 8));
}

static void all(void)
{
	sigset_t both;

	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&usr2);
	sigaddset(&usr2, SIGUSR2);
	sigemptyset(&both);
	sigaddset(&both, SIGUSR1);
	sigaddset(&both, SIGUSR2);
	sigaddset(&both, SIGRTMIN);
	sigprocmask(SIG_BLOCK, &both, NULL);
	pending_one();
	sigdelset(&usr1, SIGRTMIN);
	later_one();
	timeouts_and_interruptions();
	bad_arguments();
}

int main(void)
{
	printf("sigwait.child_status: %d\n", status_of(all));
	return 0;
}
