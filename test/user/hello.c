/*
 * test/user/hello.c - the first user program: started by execve with
 * its arguments and environment on the stack, it writes through the
 * console and exits with a status.
 */
#include "utest.h"
#include <unistd.h>
#include <stdlib.h>

int main(int argc, char **argv, char **envp)
{
	const char *name = strrchr(argv[0], '/');

	printf("hello.argc: %d\n", argc);
	printf("hello.argv0: %s\n", name ? name + 1 : argv[0]);
	printf("hello.argv_ends_null: %s\n", argv[argc] ? "no" : "yes");
	printf("hello.has_env: %s\n", envp[0] ? "yes" : "no");
	printf("hello.pid_positive: %s\n", getpid() > 0 ? "yes" : "no");
	return 7;
}
