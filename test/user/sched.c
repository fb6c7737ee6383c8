/*
 * test/user/sched.c - the scheduler as a program sees it: the sched_*
 * calls and their bad input; a SCHED_FIFO process that starts after a
 * SCHED_OTHER one still finishes first (on one CPU it is never
 * preempted by it); of two CPU-bound processes, the one at nice 0 gets
 * clearly more CPU than the one at nice 19; %fs and %gs are each
 * process's own across switches. Run as process 1 on Linux and on
 * lk24, both on one CPU; test/user-programs also runs it on lk24 with 2
 * and 4 CPUs, where the FIFO and nice lines are not compared.
 */
#include "utest.h"
#include <unistd.h>
#include <stdlib.h>
#include <signal.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <sys/resource.h>

#define USER_DS	0x7b	/* GDT entry 15, ring 3: Linux's __USER_DS */

struct shared {
	volatile char order[4];
	volatile int norder;
	volatile unsigned long count[2];
	volatile int stop;
};

static struct shared *sh;

/* work - a fixed amount of computation, then our letter in order[] */
static void work(char letter)
{
	volatile unsigned long i;

	for (i = 0; i < 20000000; i++)
		;
	sh->order[sh->norder++] = letter;
	_exit(0);
}

static void fifo_work(char letter)
{
	struct sched_param p = { .sched_priority = 10 };

	sched_setscheduler(0, SCHED_FIFO, &p);
	work(letter);
}

/* spin - count until told to stop, at nice @nice */
static void spin(int slot, int nice)
{
	setpriority(PRIO_PROCESS, 0, nice);
	while (!sh->stop)
		sh->count[slot]++;
	_exit(0);
}

/* yield_with_segments - load @sel into %fs and %gs, let others run a
 * few times, and return what the two registers hold then */
static void yield_with_segments(unsigned int sel, unsigned int *fs,
				unsigned int *gs)
{
	unsigned int old_gs;
	int i;

	asm volatile("movl %%gs, %0" : "=r" (old_gs));
	asm volatile("movl %0, %%fs; movl %0, %%gs" : : "r" (sel));
	for (i = 0; i < 5; i++)
		sched_yield();
	asm volatile("movl %%fs, %0; movl %%gs, %1" : "=r" (*fs), "=r" (*gs));
	asm volatile("movl %0, %%gs" : : "r" (old_gs));
}

/* own_segments - %fs and %gs belong to each process: a child that
 * clears them and a parent that loads the user data selector into them
 * take turns, and each finds its own values */
static void own_segments(void)
{
	unsigned int fs, gs;
	pid_t pid = fork();

	if (pid == 0) {
		yield_with_segments(0, &fs, &gs);
		printf("sched.child_fs_gs: %x %x\n", fs, gs);
		exit(0);
	}
	yield_with_segments(USER_DS, &fs, &gs);
	waitpid(pid, NULL, 0);
	printf("sched.parent_fs_gs: %x %x\n", fs, gs);
}

static pid_t child(void (*fn)(char), char letter)
{
	pid_t pid = fork();

	if (pid == 0)
		fn(letter);
	return pid;
}

int main(void)
{
	struct sched_param p = { .sched_priority = 0 };
	pid_t a, b;

	sh = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	RES("sched.getscheduler", sched_getscheduler(0));
	RES("sched.fifo_max", sched_get_priority_max(SCHED_FIFO));
	RES("sched.rr_min", sched_get_priority_min(SCHED_RR));
	RES("sched.other_max", sched_get_priority_max(SCHED_OTHER));
	RES("sched.bad_policy_max", sched_get_priority_max(42));
	RES("sched.getparam", sched_getparam(0, &p));
	printf("sched.priority: %d\n", p.sched_priority);
	p.sched_priority = 5;
	RES("sched.other_with_priority", sched_setscheduler(0, SCHED_OTHER,
							    &p));
	p.sched_priority = 100;
	RES("sched.fifo_priority_too_high", sched_setscheduler(0, SCHED_FIFO,
							       &p));
	RES("sched.bad_policy", sched_setscheduler(0, 42, &p));
	RES("sched.no_such_pid", sched_getscheduler(30000));
	RES("sched.negative_pid", sched_getscheduler(-1));
	RES("sched.getparam_bad_ptr", sched_getparam(0, (void *)16));
	RES("sched.yield", sched_yield());
	own_segments();

	a = child(work, 'O');
	b = child(fifo_work, 'F');
	waitpid(a, NULL, 0);
	waitpid(b, NULL, 0);
	printf("sched.fifo_finishes_first: %c%c\n", sh->order[0],
	       sh->order[1]);

	a = fork();
	if (a == 0)
		spin(0, 0);
	b = fork();
	if (b == 0)
		spin(1, 19);
	sleep(1);
	sh->stop = 1;
	waitpid(a, NULL, 0);
	waitpid(b, NULL, 0);
	OK("sched.nice_0_gets_more_than_nice_19",
	   sh->count[0] > 3 * sh->count[1]);
	OK("sched.nice_19_still_runs", sh->count[1] > 0);
	return 0;
}
