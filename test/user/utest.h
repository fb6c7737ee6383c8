/*
 * test/user/utest.h - a tiny framework for lk24's user-mode test
 * programs. Each check prints one line "name: value"; the harness runs
 * the same binary on the build host (real Linux) and on lk24 and
 * compares the lines, so a value is what Linux defines, not what lk24
 * happens to do. CHECK_LK24 lines are lk24-only facts.
 */
#ifndef UTEST_H
#define UTEST_H

#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

/* RES - a system call's result as Linux defines it: the value, or
 * "-1 ESOMETHING". */
#define RES(name, expr)							\
	do {								\
		long __r;						\
		errno = 0;						\
		__r = (long)(expr);					\
		if (__r == -1)						\
			printf("%s: -1 %s\n", name, errname(errno));	\
		else							\
			printf("%s: %ld\n", name, __r);			\
	} while (0)

/* OK - a condition that must hold on both systems. */
#define OK(name, cond)	printf("%s: %s\n", name, (cond) ? "yes" : "no")

/* status_of - fork a child that runs @fn (then exits 0, unless @fn
 * ended it otherwise), and return its wait status */
static inline int status_of(void (*fn)(void))
{
	int status = -1;
	pid_t pid = fork();

	if (pid == 0) {
		fn();
		_exit(0);
	}
	waitpid(pid, &status, 0);
	return status;
}

/* unnamed_errno - "E" and the number, for an errno errname has no name
 * for (one buffer: print it before the next call) */
static inline const char *unnamed_errno(int e)
{
	static char name[16];

	snprintf(name, sizeof(name), "E%d", e);
	return name;
}

static inline const char *errname(int e)
{
	switch (e) {
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case EBADF: return "EBADF";
	case ENOMEM: return "ENOMEM";
	case EACCES: return "EACCES";
	case EFAULT: return "EFAULT";
	case EEXIST: return "EEXIST";
	case ENOTDIR: return "ENOTDIR";
	case EISDIR: return "EISDIR";
	case EINVAL: return "EINVAL";
	case EMFILE: return "EMFILE";
	case ENOTTY: return "ENOTTY";
	case ESPIPE: return "ESPIPE";
	case EROFS: return "EROFS";
	case ENOSYS: return "ENOSYS";
	case ENOEXEC: return "ENOEXEC";
	case ENAMETOOLONG: return "ENAMETOOLONG";
	case ECHILD: return "ECHILD";
	case ESRCH: return "ESRCH";
	case EINTR: return "EINTR";
	case EAGAIN: return "EAGAIN";
	case E2BIG: return "E2BIG";
	case EPIPE: return "EPIPE";
	case ENFILE: return "ENFILE";
	case ENOSPC: return "ENOSPC";
	case ENXIO: return "ENXIO";
	case ELOOP: return "ELOOP";
	case ENOTEMPTY: return "ENOTEMPTY";
	case EXDEV: return "EXDEV";
	case EBUSY: return "EBUSY";
	case EFBIG: return "EFBIG";
	case ERANGE: return "ERANGE";
	case ENODEV: return "ENODEV";
	case EOVERFLOW: return "EOVERFLOW";
	}
	return unnamed_errno(e);
}

#endif
