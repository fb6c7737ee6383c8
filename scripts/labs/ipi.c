/*
 * scripts/labs/ipi.c - /lab/ipi, what the TLB-shootdown lab's checker
 * watches (scripts/labs/ipi.py), on two CPUs: a thread sharing our
 * memory, pinned to CPU 1, reads (then writes) a page in a loop while we,
 * on CPU 0, unmap it (then write-protect it). Its first access after
 * the call returned must fault, as on Linux.
 */
#define _GNU_SOURCE	/* clone */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <sched.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#define THREAD_CPU	1

static volatile int *target;
static volatile int changed, accesses;
static char stack[16384];

/* pin - run on @cpu only */
static void pin(int cpu)
{
	unsigned long mask = 1UL << cpu;

	syscall(__NR_sched_setaffinity, 0, sizeof(mask), &mask);
}

/* on_segv - the access faulted: say whether the change was made */
static void on_segv(int sig)
{
	_exit(changed ? 0 : 2);
}

/* touch - the thread: read (or write) the target until it faults */
static int touch(void *write)
{
	struct sigaction sa;
	int was_changed;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_segv;
	sigaction(SIGSEGV, &sa, NULL);
	pin(THREAD_CPU);
	for (;;) {
		was_changed = changed;
		if (write)
			*target = accesses;
		else
			(void)*target;
		if (was_changed)
			_exit(1);	/* worked after the change: stale TLB */
		accesses++;
	}
}

/* shootdown - change the page under the thread; how its access ended */
static const char *shootdown(int write)
{
	int status = -1;
	pid_t pid;

	target = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	*target = 1;
	changed = 0;
	accesses = 0;
	pid = clone(touch, stack + sizeof(stack), CLONE_VM | SIGCHLD,
		    (void *)(long)write);
	while (accesses < 1000)
		sched_yield();
	if (write)
		mprotect((void *)target, 4096, PROT_READ);
	else
		munmap((void *)target, 4096);
	changed = 1;
	waitpid(pid, &status, 0);
	if (write)
		munmap((void *)target, 4096);
	if (status == 0)
		return "faulted";
	if (status == 1 << 8)
		return "worked: its CPU still had the old translation";
	return "ended otherwise";
}

int main(void)
{
	pin(0);
	printf("the thread's read after munmap: %s\n", shootdown(0));
	printf("the thread's write after mprotect: %s\n", shootdown(1));
	printf("lab: done\n");
	return 0;
}
