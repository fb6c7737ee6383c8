/*
 * test/fuzz/crashme.c - random instruction streams, crashme's method,
 * run as init (init=/fuzz/crashme seed=N children=N [first=N]: from
 * child N on, whose bytes depend only on the seed and N). Each child, in
 * a process group of its own, fills a page with seeded random bytes and
 * jumps into it: every other child first handles the fault signals
 * (its handler exits with the signal's number), the rest die of them.
 * SIGALRM ends a child that loops. The kernel must turn every fault
 * into a signal and reap every child; "crashme: done" says it did.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/reboot.h>
#include <sys/wait.h>

#define PAGE		4096
#define CHILD_MS	2000	/* then the child is killed */

static unsigned int rng;

static unsigned int next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static void leave(int sig)
{
	_exit(sig);
}

/* run_garbage - child @n: a page of random bytes, then a jump into it */
static void run_garbage(int seed, int n)
{
	static const int faults[] = { SIGSEGV, SIGILL, SIGBUS, SIGFPE,
				      SIGTRAP };
	unsigned char *code;
	unsigned int i;

	setpgid(0, 0);
	signal(SIGALRM, SIG_DFL);	/* init's wake() ends no loop */
	rng = seed * 2654435761u + n * 69069u + 1;
	code = mmap(NULL, PAGE, PROT_READ | PROT_WRITE | PROT_EXEC,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (code == MAP_FAILED)
		_exit(100);
	for (i = 0; i < PAGE; i++)
		code[i] = next();
	if (n % 2)
		for (i = 0; i < sizeof(faults) / sizeof(faults[0]); i++)
			signal(faults[i], leave);
	alarm(1);
	((void (*)(void))code)();
	_exit(0);
}

/* wake - SIGALRM's handler in init: it only ends a wait (no SA_RESTART) */
static void wake(int sig)
{
}

/* wait_for - wait up to @ms for child @pid; 1 if it ended, 0 if not */
static int wait_for(pid_t pid, int *status, int ms)
{
	struct itimerval limit = { { 0, 0 }, { ms / 1000, ms % 1000 * 1000 } };
	struct itimerval off = { { 0, 0 }, { 0, 0 } };
	pid_t r;

	setitimer(ITIMER_REAL, &limit, NULL);
	r = waitpid(pid, status, 0);
	setitimer(ITIMER_REAL, &off, NULL);
	return r == pid;
}

/* reap - wait for child @pid, killing its group after CHILD_MS; 1 if
 * it ended by itself, 0 if it was killed, -1 if it would not die */
static int reap(pid_t pid, int *status)
{
	if (wait_for(pid, status, CHILD_MS))
		return 1;
	kill(-pid, SIGKILL);
	kill(pid, SIGKILL);
	return wait_for(pid, status, CHILD_MS) ? 0 : -1;
}

static int number_from(const char *name, int dflt)
{
	const char *v = getenv(name);

	return v ? atoi(v) : dflt;
}

int main(void)
{
	int seed = number_from("seed", 1), children, first, n, status, r;
	int exited = 0, killed = 0, by_signal[65] = { 0 };
	struct sigaction sa;
	pid_t pid;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = wake;
	sigaction(SIGALRM, &sa, NULL);
	children = number_from("children", 200);
	first = number_from("first", 0);	/* from child first= on */
	for (n = first; n < first + children; n++) {
		pid = fork();
		if (pid == 0)
			run_garbage(seed, n);
		r = reap(pid, &status);
		if (r < 0) {
			printf("crashme: child %d of seed %d would not die\n",
			       n, seed);
			break;
		}
		kill(-pid, SIGKILL);	/* whatever it forked */
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		if (!r)
			killed++;
		else if (WIFSIGNALED(status))
			by_signal[WTERMSIG(status) & 63]++;
		else
			exited++;
	}
	printf("crashme: seed %d, %d children: %d exited, %d killed when "
	       "stuck\n", seed, n - first, exited, killed);
	for (n = 1; n < 65; n++)
		if (by_signal[n])
			printf("crashme: ended by signal %d: %d\n", n,
			       by_signal[n]);
	printf("crashme: done\n");
	reboot(RB_POWER_OFF);
	return 0;
}
