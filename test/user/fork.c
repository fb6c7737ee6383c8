/*
 * test/user/fork.c - processes as a user sees them: a fork tree whose
 * exit codes come back through wait, copy-on-write seen by one side
 * only (after fork and after fork of a fork), vfork holding the parent
 * until the child exits, clone(CLONE_VM) sharing memory, orphans taken
 * by init, WNOHANG, ECHILD, a kernel write (wait4's status) into a
 * copy-on-write page, and bad input to wait4 and clone. Run as
 * process 1 on Linux and on lk24, and compared.
 */
#define _GNU_SOURCE
#include "utest.h"
#include <unistd.h>
#include <stdlib.h>
#include <signal.h>
#include <sched.h>
#include <sys/wait.h>
#include <sys/syscall.h>

static volatile int shared = 1;
static int written_by_kernel = 7, child_tid;
static char stack[16384];

/* tree - fork a chain @depth deep; each level adds its depth to the
 * exit code of the one below, so the sum comes back through wait */
static int tree(int depth)
{
	int status, sum = depth;
	pid_t pid;

	if (!depth)
		return 1;
	pid = fork();
	if (pid == 0)
		exit(tree(depth - 1));
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return 100;
	return sum + WEXITSTATUS(status);
}

static int clone_fn(void *arg)
{
	shared = 42;
	return 7;
}

static void cow_child(void)
{
	shared = 2;
	if (fork() == 0) {
		shared = 3;
		_exit(shared);
	}
	wait(NULL);
	_exit(shared);
}

static void orphan_maker(void)
{
	if (fork() == 0) {
		usleep(100000);	/* outlive the parent: init adopts us */
		_exit(getppid() == 1 ? 9 : 8);
	}
	_exit(0);
}

int main(void)
{
	int status, i, reaped = 0, code = 0;
	pid_t pid;

	printf("fork.tree_sum: %d\n", tree(4));
	status = status_of(cow_child);
	OK("fork.cow_child_saw_own", WIFEXITED(status) &&
	   WEXITSTATUS(status) == 2);
	OK("fork.cow_parent_unchanged", shared == 1);

	pid = vfork();
	if (pid == 0) {
		shared = 5;	/* the parent's memory, while it waits */
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	printf("fork.vfork_shared_memory: %d\n", shared);
	shared = 1;

	pid = clone(clone_fn, stack + sizeof(stack), CLONE_VM | SIGCHLD, NULL);
	OK("fork.clone_pid", pid > 0);
	waitpid(pid, &status, 0);
	printf("fork.clone_vm_shared: %d\n", shared);
	printf("fork.clone_exit: %d\n", WEXITSTATUS(status));

	for (i = 0; i < 5; i++)
		if (fork() == 0)
			_exit(10 + i);
	while ((pid = wait(&status)) > 0) {
		reaped++;
		code += WEXITSTATUS(status);
	}
	printf("fork.reaped: %d, codes %d\n", reaped, code);
	RES("fork.wait_no_children", wait(&status));
	RES("fork.wnohang_no_children", waitpid(-1, &status, WNOHANG));

	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	RES("fork.wnohang_running", waitpid(pid, &status, WNOHANG));
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);

	status_of(orphan_maker);
	pid = wait(&status);	/* the orphan, adopted by us: init */
	printf("fork.orphan_adopted: %d\n",
	       pid > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1);

	/* the kernel's own write (wait4's status) into a copy-on-write
	 * page must not reach the child that shares it */
	pid = fork();
	if (pid == 0) {
		usleep(200000);
		_exit(written_by_kernel);
	}
	if (fork() == 0)
		_exit(3);
	wait4(-1, &written_by_kernel, 0, NULL);
	waitpid(pid, &status, 0);
	printf("fork.cow_kernel_write: %d (parent %d)\n", WEXITSTATUS(status),
	       WEXITSTATUS(written_by_kernel));

	/* CLONE_CHILD_SETTID: the child finds its id in its own memory */
	pid = syscall(__NR_clone, CLONE_CHILD_SETTID | SIGCHLD, 0, 0, 0,
		      &child_tid);
	if (pid == 0)
		_exit(child_tid == getpid() ? 1 : 2);
	waitpid(pid, &status, 0);
	printf("fork.child_settid: %d, parent's %d\n", WEXITSTATUS(status),
	       child_tid);

	RES("fork.wait4_bad_options", waitpid(-1, &status, 0x1000));
	pid = fork();
	if (pid == 0)
		_exit(3);
	RES("fork.wait4_bad_status_ptr",
	    waitpid(pid, (int *)16, 0) == pid ? 0 : -1);
	RES("fork.wait4_bad_status_ptr_reaped", waitpid(pid, &status, 0));
	RES("fork.clone_thread_without_sighand",
	    syscall(__NR_clone, CLONE_THREAD, 0, 0, 0, 0));
	RES("fork.clone_sighand_without_vm",
	    syscall(__NR_clone, CLONE_SIGHAND, 0, 0, 0, 0));
	return 0;
}
