/*
 * test/bench/smp.c - what crossing CPUs costs, run as init by
 * test/bench/smp on lk24 and on Linux 686 with two CPUs: a one-byte
 * pipe round trip between two processes pinned to different CPUs (each
 * wake-up is a reschedule IPI to a halted CPU) and on the same CPU; an
 * mprotect pair while a thread of the same address space runs on the
 * other CPU (each call is a remote TLB flush) and with no such thread.
 * Under QEMU -icount rdtsc counts instructions. With "speedup" as its
 * argument it times instead, in microseconds of guest time, a fixed
 * amount of computation split among 1, 2 and 4 processes.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include <termios.h>
#include "bench.h"

#define ROUNDS	200
#define WORK	200000000UL	/* loop iterations, shared by the workers */

static char stack[16384];
static volatile int stop, spinning;

static void pin(int cpu)
{
	unsigned long mask = 1UL << cpu;

	syscall(__NR_sched_setaffinity, 0, sizeof(mask), &mask);
}

/* pingpong - ticks per round trip, the child pinned to @cpu */
static unsigned long long pingpong(int cpu)
{
	int there[2], back[2], i;
	unsigned long long t0, t1;
	char c = 0;
	pid_t pid;

	pipe(there);
	pipe(back);
	pid = fork();
	if (pid == 0) {
		pin(cpu);
		close(there[1]);	/* so that our close ends its loop */
		while (read(there[0], &c, 1) == 1)
			write(back[1], &c, 1);
		_exit(0);
	}
	write(there[1], &c, 1);		/* the child is on its CPU */
	read(back[0], &c, 1);
	t0 = rdtsc();
	for (i = 0; i < ROUNDS; i++) {
		write(there[1], &c, 1);
		read(back[0], &c, 1);
	}
	t1 = rdtsc();
	close(there[1]);
	waitpid(pid, NULL, 0);
	close(there[0]);
	close(back[0]);
	close(back[1]);
	return (t1 - t0) / ROUNDS;
}

static int spinner(void *arg)
{
	pin((int)(long)arg);
	spinning = 1;		/* on that CPU now: its mm is loaded there */
	while (!stop)
		;
	_exit(0);
}

/* flushes - ticks per mprotect pair on a page we touch, with a thread
 * of this address space spinning on @cpu (-1: no thread) */
static unsigned long long flushes(int cpu)
{
	volatile char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long long t0, t1;
	pid_t pid = 0;
	int i;

	stop = spinning = 0;
	if (cpu >= 0)
		pid = clone(spinner, stack + sizeof(stack),
			    CLONE_VM | SIGCHLD, (void *)(long)cpu);
	while (pid > 0 && !spinning)
		sched_yield();
	t0 = rdtsc();
	for (i = 0; i < ROUNDS; i++) {
		page[0] = i;
		mprotect((void *)page, 4096, PROT_READ);
		mprotect((void *)page, 4096, PROT_READ | PROT_WRITE);
	}
	t1 = rdtsc();
	stop = 1;
	if (pid > 0)
		waitpid(pid, NULL, 0);
	munmap((void *)page, 4096);
	return (t1 - t0) / ROUNDS;
}

static long usecs(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return tv.tv_sec * 1000000L + tv.tv_usec;
}

/* work - WORK iterations split among @n processes: the microseconds */
static long work(int n)
{
	long start = usecs();
	volatile unsigned long j;
	int i;

	for (i = 0; i < n; i++)
		if (fork() == 0) {
			for (j = 0; j < WORK / n; j++)
				;
			_exit(0);
		}
	while (wait(NULL) > 0)
		;
	return usecs() - start;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "speedup")) {
		report("work on 1 process, usec", work(1));
		report("work on 2 processes, usec", work(2));
		report("work on 4 processes, usec", work(4));
	} else {
		pin(0);
		report("pipe round trip, other CPU", pingpong(1));
		report("pipe round trip, same CPU", pingpong(0));
		report("mprotect pair, thread on other CPU", flushes(1));
		report("mprotect pair, no other thread", flushes(-1));
	}
	write(1, "bench: done\n", 12);
	tcdrain(1);	/* out before a panic message can cut into it */
	return 0;
}
