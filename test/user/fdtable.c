/*
 * test/user/fdtable.c - the table of descriptors: RLIMIT_NOFILE as
 * Linux starts it, descriptors up to it and EMFILE at it, the lowest
 * free one reused, dup2 and F_DUPFD at the edge, a child inheriting a
 * large table, and a lowered or raised limit. Run as process 1 on Linux
 * and on lk24.
 */
#include "utest.h"
#include <stdlib.h>
#include <fcntl.h>
#include <sys/resource.h>

/* fill - dup stdin until the table is full; returns how many it got */
static int fill(void)
{
	int n = 0;

	while (dup(0) >= 0)
		n++;
	return n;
}

static void close_from(int fd)
{
	for (; fd < 1024; fd++)
		close(fd);
}

/* in_child - a child sees the parent's highest descriptor */
static void in_child(void)
{
	RES("fdtable.child_sees_fd_1023", fcntl(1023, F_GETFD));
	RES("fdtable.child_dup_full", dup(0));
}

int main(void)
{
	struct rlimit rl;
	int n;

	RES("fdtable.getrlimit", getrlimit(RLIMIT_NOFILE, &rl));
	printf("fdtable.nofile: %lu %lu\n", (unsigned long)rl.rlim_cur,
	       (unsigned long)rl.rlim_max);
	n = fill();
	printf("fdtable.dups_until_full: %d\n", n);
	RES("fdtable.dup_when_full", dup(0));
	printf("fdtable.errno_when_full: %s\n", errname(errno));
	close(500);
	RES("fdtable.lowest_free_reused", dup(0));
	printf("fdtable.child_status: %d\n", status_of(in_child));
	close_from(3);
	RES("fdtable.dup2_last", dup2(0, 1023));
	RES("fdtable.dup2_past_limit", dup2(0, 1024));
	RES("fdtable.dupfd_at_limit", fcntl(0, F_DUPFD, 1024));
	RES("fdtable.dupfd_near_limit", fcntl(0, F_DUPFD, 1000));
	close_from(3);

	rl.rlim_cur = 10;
	RES("fdtable.lower_limit", setrlimit(RLIMIT_NOFILE, &rl));
	printf("fdtable.dups_under_10: %d\n", fill());
	RES("fdtable.dup2_past_lowered", dup2(0, 10));
	close_from(3);
	rl.rlim_cur = rl.rlim_max = 2000000;
	RES("fdtable.raise_past_nr_open", setrlimit(RLIMIT_NOFILE, &rl));
	rl.rlim_cur = 2048;
	rl.rlim_max = 4096;
	RES("fdtable.raise_to_2048", setrlimit(RLIMIT_NOFILE, &rl));
	printf("fdtable.dups_under_2048: %d\n", fill());
	close_from(3);
	for (n = 1024; n < 2048; n++)
		close(n);
	return 0;
}
