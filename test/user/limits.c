/*
 * test/user/limits.c - exhausted resources end in an error or a killed
 * process, never a hung or dead kernel: a fork bomb by a user held to
 * RLIMIT_NPROC gets EAGAIN; a process that allocates and touches memory
 * without end is killed (SIGKILL, by the OOM killer) and init, this
 * program, goes on. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <unistd.h>
#include <stdlib.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/resource.h>

#define NPROC	10

/* fork_bomb - as uid 1000 with at most NPROC processes: fork until
 * refused; report how many and why, then end them all. */
static void fork_bomb(void)
{
	struct rlimit r = { NPROC, NPROC };
	int n = 0;
	pid_t pid;

	setrlimit(RLIMIT_NPROC, &r);
	setuid(1000);
	for (;;) {
		pid = fork();
		if (pid == 0) {
			pause();
			_exit(0);
		}
		if (pid < 0)
			break;
		n++;
	}
	printf("limits.fork_bomb_errno: %s\n", errname(errno));
	printf("limits.forks_before_refused: %d\n", n);
	fflush(stdout);
	kill(-1, SIGKILL);	/* every process of uid 1000 but this one */
	while (wait(NULL) > 0)
		;
	exit(0);
}

/* memory_hog - grow the heap a megabyte at a time, touching every page */
static void memory_hog(void)
{
	char *p;
	long i;

	for (;;) {
		p = sbrk(1 << 20);
		if (p == (char *)-1)
			_exit(2);	/* refused, not killed */
		for (i = 0; i < (1 << 20); i += 4096)
			p[i] = 1;
	}
}

int main(void)
{
	int status;

	status = status_of(fork_bomb);
	printf("limits.fork_bomb_status: %d\n", status);
	status = status_of(memory_hog);
	printf("limits.memory_hog_killed_by: %d\n",
	       WIFSIGNALED(status) ? WTERMSIG(status) : -1);
	status = status_of(memory_hog);	/* and once more: memory came back */
	printf("limits.memory_hog_again_killed_by: %d\n",
	       WIFSIGNALED(status) ? WTERMSIG(status) : -1);
	printf("limits.init_still_answers: %s\n", getpid() == 1 ? "yes" : "no");
	return 0;
}
