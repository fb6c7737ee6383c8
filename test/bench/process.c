/*
 * test/bench/process.c - instructions per process operation, run as
 * init by test/bench/process on lk24 and on Linux 686, both under QEMU
 * -icount shift=0, where rdtsc counts executed instructions: getpid
 * through int $0x80 and through __kernel_vsyscall, fork+exit+wait,
 * fork+execve+wait, sched_yield between two processes, an anonymous
 * page fault, a copy-on-write fault, mmap+munmap of 4 KB, a signal to
 * self with a handler, a one-byte pipe round trip between two
 * processes. Each figure is the best of several windows, so a timer
 * tick inside one does not count. Prints; asserts nothing.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <signal.h>
#include <sched.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include "bench.h"

#define WINDOWS	5
#define PG	4096
#define NPAGES	64

static unsigned long vsys;
static unsigned long long *result;	/* shared: the COW child's figure */

/* best - the fewest ticks per round of @fn(@rounds) over WINDOWS */
static unsigned long long best(unsigned long long (*fn)(int), int rounds)
{
	unsigned long long t, min = ~0ULL;
	int i;

	for (i = 0; i < WINDOWS; i++) {
		t = fn(rounds);
		if (t < min)
			min = t;
	}
	return min / rounds;
}

static unsigned long long getpid_int80(int n)
{
	unsigned long long t0 = rdtsc();
	long r;

	while (n--)
		asm volatile("int $0x80" : "=a" (r) : "0" (20) : "memory");
	return rdtsc() - t0;
}

static unsigned long long getpid_vsyscall(int n)
{
	unsigned long long t0 = rdtsc();
	long r;

	while (n--)
		asm volatile("call *vsys" : "=a" (r) : "0" (20) : "memory");
	return rdtsc() - t0;
}

static unsigned long long fork_exit_wait(int n)
{
	unsigned long long t0 = rdtsc();

	while (n--) {
		if (fork() == 0)
			_exit(0);
		wait(NULL);
	}
	return rdtsc() - t0;
}

static unsigned long long fork_exec_wait(int n)
{
	static char *argv[] = { "process", "exit", NULL }, *envp[] = { NULL };
	unsigned long long t0 = rdtsc();

	while (n--) {
		if (fork() == 0) {
			execve("/bench/process", argv, envp);
			_exit(1);
		}
		wait(NULL);
	}
	return rdtsc() - t0;
}

/* yield_pair - sched_yield with another process yielding too: each
 * call switches to it and back */
static unsigned long long yield_pair(int n)
{
	unsigned long long t0, t;
	pid_t pid = fork();
	int i;

	if (pid == 0)
		for (;;)
			sched_yield();
	sched_yield();
	t0 = rdtsc();
	for (i = 0; i < n; i++)
		sched_yield();
	t = rdtsc() - t0;
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	return t;
}

static unsigned long long mmap_munmap(int n)
{
	unsigned long long t0 = rdtsc();
	void *p;

	while (n--) {
		p = mmap(NULL, PG, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		munmap(p, PG);
	}
	return rdtsc() - t0;
}

/* anon_fault - NPAGES first writes to fresh anonymous pages, per
 * window @n of them (the mmap and munmap are outside the count) */
static unsigned long long anon_fault(int n)
{
	char *p = mmap(NULL, n * PG, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long long t0 = rdtsc(), t;
	int i;

	for (i = 0; i < n; i++)
		p[i * PG] = 1;
	t = rdtsc() - t0;
	munmap(p, n * PG);
	return t;
}

/* cow_fault - @n pages written in a child after fork: each write
 * copies a page the parent shares */
static unsigned long long cow_fault(int n)
{
	char *p = mmap(NULL, n * PG, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long long t0;
	int i;

	for (i = 0; i < n; i++)
		p[i * PG] = 1;
	if (fork() == 0) {
		t0 = rdtsc();
		for (i = 0; i < n; i++)
			p[i * PG] = 2;
		*result = rdtsc() - t0;
		_exit(0);
	}
	wait(NULL);
	munmap(p, n * PG);
	return *result;
}

/* pipe_round_trip - a byte to another process through one pipe and
 * back through another: two switches, two writes, two reads */
static unsigned long long pipe_round_trip(int n)
{
	unsigned long long t0, t;
	int to[2], from[2], i;
	char c = 0;
	pid_t pid;

	pipe(to);
	pipe(from);
	pid = fork();
	if (pid == 0) {
		close(to[1]);	/* so that the parent's close is EOF */
		while (read(to[0], &c, 1) == 1)
			write(from[1], &c, 1);
		_exit(0);
	}
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		write(to[1], &c, 1);
		read(from[0], &c, 1);
	}
	t = rdtsc() - t0;
	close(to[1]);
	waitpid(pid, NULL, 0);
	close(to[0]);
	close(from[0]);
	close(from[1]);
	return t;
}

static void handler(int sig)
{
}

static unsigned long long signal_self(int n)
{
	unsigned long long t0 = rdtsc();
	pid_t me = getpid();

	while (n--)
		kill(me, SIGUSR1);
	return rdtsc() - t0;
}

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_handler = handler };

	if (argc > 1)
		_exit(0);	/* the fork+execve+wait child */
	vsys = getauxval(AT_SYSINFO);
	result = mmap(NULL, PG, PROT_READ | PROT_WRITE,
		      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	sigaction(SIGUSR1, &sa, NULL);
	report("getpid, int $0x80", best(getpid_int80, 1000));
	if (vsys)
		report("getpid, __kernel_vsyscall", best(getpid_vsyscall,
							 1000));
	report("fork+exit+wait", best(fork_exit_wait, 20));
	report("fork+execve+wait", best(fork_exec_wait, 10));
	report("sched_yield between two processes", best(yield_pair, 200));
	report("anonymous page fault", best(anon_fault, NPAGES));
	report("copy-on-write fault", best(cow_fault, NPAGES));
	report("mmap+munmap of 4 KB", best(mmap_munmap, 200));
	report("signal to self with a handler", best(signal_self, 200));
	report("pipe round trip between two processes",
	       best(pipe_round_trip, 200));
	write(1, "bench: done\n", 12);
	return 0;
}
