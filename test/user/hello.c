/*
 * test/user/hello.c - the first user program: it writes through the
 * console, reports its arguments and exits with a status.
 */
#include "utest.h"
#include <unistd.h>

int main(int argc, char **argv, char **envp)
{
	int i;

	printf("hello: argc %d\n", argc);
	for (i = 0; i < argc; i++)
		printf("hello: argv[%d] %s\n", i, argv[i]);
	printf("hello: pid %d\n", getpid());
	return 0;
}
