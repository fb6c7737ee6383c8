/*
 * test/user/execargs.c - execve's arguments: 100 KB of argv and envp
 * arrive whole; one string or a total past the limit is E2BIG and the
 * caller goes on; a bad pointer in argv or envp is EFAULT; AT_RANDOM
 * points at 16 bytes that differ from one exec to the next. Run as
 * process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <unistd.h>
#include <stdlib.h>
#include <sys/wait.h>

#define AT_RANDOM	25
#define NBIG		100

static char big[200 * 1024];
static char *args[40], *bigv[NBIG + 2];
/* volatile: the compiler must not see through this bad pointer */
static char **volatile bad_envp = (char **)16;

/* at_random - the 16 bytes AT_RANDOM points at, as 32 hex digits */
static void at_random(char **envp, char *hex)
{
	unsigned long *aux;
	unsigned char *r = NULL;
	int i;

	while (*envp)
		envp++;
	for (aux = (unsigned long *)(envp + 1); aux[0]; aux += 2)
		if (aux[0] == AT_RANDOM)
			r = (unsigned char *)aux[1];
	for (i = 0; i < 16; i++)
		sprintf(hex + 2 * i, "%02x", r ? r[i] : 0);
}

/* child - the program as the big exec started it */
static int child(int argc, char **argv, char **envp)
{
	long bytes = 0;
	int i;

	for (i = 0; i < argc; i++)
		bytes += strlen(argv[i]) + 1;
	printf("execargs.big_argc: %d\n", argc);
	printf("execargs.big_bytes: %ld\n", bytes);
	printf("execargs.big_last_ok: %s\n",
	       strlen(argv[argc - 1]) == 999 ? "yes" : "no");
	printf("execargs.big_env: %s\n", envp[0] ? envp[0] : "(none)");
	return 0;
}

/* run - fork, exec ourselves with @argv and @envp; the wait status */
static int run(char **argv, char **envp)
{
	int status = -1;
	pid_t pid = fork();

	if (pid == 0) {
		execve("/bin/execargs", argv, envp);
		_exit(99);
	}
	waitpid(pid, &status, 0);
	return status;
}

int main(int argc, char **argv, char **envp)
{
	static char *env[] = { "BIG=yes", NULL }, *none[] = { NULL };
	char hex[33], *rand_argv[] = { "execargs", "random", hex, NULL };
	int i;

	if (argc > 1 && !strcmp(argv[1], "random")) {
		char mine[33];

		at_random(envp, mine);
		printf("execargs.at_random_differs: %s\n",
		       strcmp(mine, argv[2]) ? "yes" : "no");
		return 0;
	}
	if (argc > 1)
		return child(argc, argv, envp);

	/* 100 strings of 999 characters: about 100 KB */
	memset(big, 'a', 999);
	bigv[0] = "execargs";
	for (i = 1; i <= NBIG; i++)
		bigv[i] = big;
	printf("execargs.big_status: %d\n", run(bigv, env));
	fflush(stdout);

	memset(big, 'b', sizeof(big) - 1);	/* one 200 KB string */
	args[0] = "execargs";
	args[1] = big;
	args[2] = NULL;
	RES("execargs.string_too_long", execve("/bin/execargs", args, env));
	for (i = 1; i < 31; i++)		/* 30 x 200 KB = 6 MB */
		args[i] = big + 100 * 1024;
	args[31] = NULL;
	RES("execargs.total_too_big", execve("/bin/execargs", args, env));
	args[1] = (char *)0xc0000000;		/* the kernel */
	args[2] = NULL;
	RES("execargs.argv_into_kernel", execve("/bin/execargs", args, env));
	args[1] = NULL;
	RES("execargs.bad_envp", execve("/bin/execargs", args, bad_envp));
	env[0] = (char *)16;
	RES("execargs.bad_envp_string", execve("/bin/execargs", args, env));
	printf("execargs.still_running: yes\n");
	fflush(stdout);

	at_random(envp, hex);
	printf("execargs.random_status: %d\n", run(rand_argv, none));
	return 0;
}
