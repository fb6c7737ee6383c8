/*
 * test/user/orphaned_pgrp.c - a process group left with no parent in
 * another group of its session is orphaned, and if it has a stopped
 * job, each member gets SIGHUP then SIGCONT (POSIX, do_exit in 2.4):
 * when the group's last outside link exits, and when a member's exit
 * cuts it. A stopped job in a group that keeps its link stays stopped.
 * Run as process 1 on Linux and on lk24: orphans come to us.
 */
#include "utest.h"
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <sys/mman.h>

struct shared {
	volatile int hup, cont;
};

static struct shared *sh;

static void on_hup(int sig)
{
	sh->hup++;
}

static void on_cont(int sig)
{
	sh->cont++;
}

/* stopper - handle SIGHUP and SIGCONT (or not: @handle 0), then stop;
 * exit 7 once continued */
static void stopper(int handle)
{
	if (handle) {
		signal(SIGHUP, on_hup);
		signal(SIGCONT, on_cont);
	}
	raise(SIGSTOP);
	_exit(7);
}

/* wait_stopped - wait until child @pid has stopped */
static void wait_stopped(pid_t pid)
{
	int status;

	waitpid(pid, &status, WUNTRACED);
}

/* reap - init's view: the status of @pid, which was orphaned to us,
 * waiting at most about three seconds */
static int reap(pid_t pid)
{
	struct timespec nap = { 0, 10000000 };
	int status, i;

	for (i = 0; i < 300; i++) {
		if (waitpid(pid, &status, WNOHANG) == pid)
			return status;
		nanosleep(&nap, NULL);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	return -1;
}

/* parent_leaves - a child makes its own group and stops; its parent,
 * the group's only link, exits. Returns the child's pid. */
static pid_t parent_leaves(int handle)
{
	pid_t *child = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid_t p = fork(), c;

	if (p == 0) {
		c = fork();
		if (c == 0) {
			setpgid(0, 0);
			stopper(handle);
		}
		*child = c;
		wait_stopped(c);
		_exit(0);
	}
	waitpid(p, NULL, 0);
	return *child;
}

/* leader_leaves - a group's leader, whose parent (us) is in another
 * group, forks a member that stops, then exits: the member's parent is
 * now init, so the group has no link left */
static pid_t leader_leaves(void)
{
	pid_t *child = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid_t p = fork(), c;

	if (p == 0) {
		setpgid(0, 0);
		c = fork();
		if (c == 0)
			stopper(1);
		*child = c;
		wait_stopped(c);
		_exit(0);
	}
	waitpid(p, NULL, 0);
	return *child;
}

static void show(const char *name, int status)
{
	printf("orphaned_pgrp.%s: hup %d cont %d, %s %d\n", name, sh->hup,
	       sh->cont, WIFSIGNALED(status) ? "signaled" : "exited",
	       WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
	sh->hup = sh->cont = 0;
}

int main(void)
{
	pid_t c;
	int status;

	sh = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	setsid();
	show("parent_leaves_handled", reap(parent_leaves(1)));
	show("parent_leaves_default", reap(parent_leaves(0)));
	show("leader_leaves", reap(leader_leaves()));

	c = fork();
	if (c == 0) {
		setpgid(0, 0);
		stopper(1);
	}
	wait_stopped(c);
	OK("orphaned_pgrp.linked_group_not_orphaned", sh->hup == 0);
	kill(c, SIGCONT);
	waitpid(c, &status, 0);
	show("linked_group_continued", status);
	return 0;
}
