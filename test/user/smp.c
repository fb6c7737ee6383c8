/*
 * test/user/smp.c - several CPUs as a program sees them, with output
 * that does not depend on how many there are: sched_setaffinity and
 * sched_getaffinity with their bad input; a process pinned to a CPU
 * runs there (/proc/self/stat's processor field); a TLB shootdown (a
 * thread sharing our memory keeps reading a page, pinned to the last
 * CPU, while we unmap it from the first: once munmap has returned its
 * next read must fault; the same for a write after mprotect); and a
 * storm of processes forking, running /bin/true and writing into one
 * pipe, whose totals are exact. Run as process 1 on Linux and lk24.
 */
#define _GNU_SOURCE
#include "utest.h"
#include <stdlib.h>
#include <signal.h>
#include <sched.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#define STORM_CHILDREN	8
#define STORM_EXECS	4
#define STORM_WRITES	200

/* what the thread and we share (CLONE_VM): the page it reads, flags */
static volatile int *target;
static volatile int changed;	/* set once munmap/mprotect returned */
static volatile unsigned long accesses;
static char stack[16384];

static long setaffinity(pid_t pid, unsigned int len, void *mask)
{
	return syscall(__NR_sched_setaffinity, pid, len, mask);
}

static long getaffinity(pid_t pid, unsigned int len, void *mask)
{
	return syscall(__NR_sched_getaffinity, pid, len, mask);
}

/* last_cpu - the highest CPU we may run on */
static int last_cpu(void)
{
	unsigned long mask = 0;
	int cpu = 0;

	getaffinity(0, sizeof(mask), &mask);
	while (mask >> (cpu + 1))
		cpu++;
	return cpu;
}

/* pin - run on @cpu only; returns the setaffinity result */
static long pin(int cpu)
{
	unsigned long mask = 1UL << cpu;

	return setaffinity(0, sizeof(mask), &mask);
}

/* my_processor - field 39 of /proc/self/stat: the CPU we are on */
static int my_processor(void)
{
	char buf[512], *p = buf;
	int fd = open("/proc/self/stat", O_RDONLY), n, field = 1;

	n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);
	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	p = strrchr(buf, ')');	/* the name may hold spaces */
	for (field = 2; p && field < 39; field++)
		p = strchr(p + 1, ' ');
	return p ? atoi(p + 1) : -1;
}

static void affinity_calls(void)
{
	unsigned long mask = 0, big[2] = { 0, 0 };

	RES("smp.getaffinity", getaffinity(0, sizeof(mask), &mask));
	OK("smp.getaffinity_has_cpu0", mask & 1);
	RES("smp.getaffinity_len_8", getaffinity(0, sizeof(big), big));
	RES("smp.getaffinity_len_2", getaffinity(0, 2, &mask));
	RES("smp.getaffinity_len_6", getaffinity(0, 6, big));
	RES("smp.getaffinity_bad_ptr", getaffinity(0, sizeof(mask),
						   (void *)16));
	RES("smp.getaffinity_no_pid", getaffinity(30000, sizeof(mask), &mask));
	mask = 0;
	RES("smp.setaffinity_empty", setaffinity(0, sizeof(mask), &mask));
	mask = 1UL << 31;
	RES("smp.setaffinity_no_such_cpu", setaffinity(0, sizeof(mask), &mask));
	RES("smp.setaffinity_bad_ptr", setaffinity(0, sizeof(mask),
						   (void *)16));
	RES("smp.setaffinity_no_pid", setaffinity(30000, sizeof(mask), &mask));
	mask = 1;
	RES("smp.setaffinity_len_1", setaffinity(0, 1, &mask));
	RES("smp.setaffinity_cpu0", setaffinity(0, sizeof(mask), &mask));
	mask = 0;
	getaffinity(0, sizeof(mask), &mask);
	printf("smp.mask_after_pinning: %lx\n", mask);
	OK("smp.runs_on_cpu0", my_processor() == 0);
	mask = ~0UL;
	RES("smp.setaffinity_all", setaffinity(0, sizeof(mask), &mask));
	pin(last_cpu());
	OK("smp.runs_on_last_cpu", my_processor() == last_cpu());
}

/* on_segv - the thread's access faulted: it ends, saying whether the
 * change had been made when it did (it must have) */
static void on_segv(int sig)
{
	_exit(changed ? 0 : 2);
}

/* reader - the thread: pinned to the last CPU, read (or write) the
 * target until it faults; a success after the change is a stale TLB */
static int reader(void *write)
{
	struct sigaction sa;
	int was_changed;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_segv;
	sigaction(SIGSEGV, &sa, NULL);
	pin(last_cpu());
	for (;;) {
		was_changed = changed;
		if (write)
			*target = accesses;
		else
			(void)*target;
		if (was_changed)
			_exit(1);	/* the access after the change worked */
		accesses++;
	}
}

/* shootdown - the thread reads (or writes) while we, on CPU 0, unmap
 * (or write-protect) the page; its status says how its access ended */
static int shootdown(int write)
{
	int status = -1;
	pid_t pid;

	target = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	*target = 1;
	changed = 0;
	accesses = 0;
	pid = clone(reader, stack + sizeof(stack), CLONE_VM | SIGCHLD,
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
	return status;
}

/* storm_child - run /bin/true a few times, then say so in the pipe */
static void storm_child(int fd, int n)
{
	char *argv[] = { "true", NULL };
	int i, status, ok = 0;

	for (i = 0; i < STORM_EXECS; i++) {
		pid_t pid = fork();

		if (pid == 0) {
			execve("/bin/true", argv, NULL);
			_exit(127);
		}
		if (waitpid(pid, &status, 0) == pid && status == 0)
			ok++;
	}
	for (i = 0; i < STORM_WRITES; i++)
		write(fd, &n, sizeof(n));
	_exit(ok == STORM_EXECS ? 0 : 1);
}

static void storm(void)
{
	int fds[2], i, n, status, clean = 0;
	long sum = 0, count = 0;

	pipe(fds);
	for (i = 0; i < STORM_CHILDREN; i++)
		if (fork() == 0) {
			close(fds[0]);
			storm_child(fds[1], i + 1);
		}
	close(fds[1]);
	while (read(fds[0], &n, sizeof(n)) == sizeof(n)) {
		sum += n;
		count++;
	}
	for (i = 0; i < STORM_CHILDREN; i++)
		if (wait(&status) > 0 && status == 0)
			clean++;
	printf("smp.storm_children_clean: %d\n", clean);
	printf("smp.storm_pipe_count: %ld\n", count);
	printf("smp.storm_pipe_sum: %ld\n", sum);
}

int main(void)
{
	unsigned long all;

	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL);
	affinity_calls();
	pin(0);
	printf("smp.reader_after_munmap: %x\n", shootdown(0));
	printf("smp.writer_after_mprotect: %x\n", shootdown(1));
	all = ~0UL;
	setaffinity(0, sizeof(all), &all);	/* the storm goes everywhere */
	storm();
	return 0;
}
