/*
 * test/user/execbad.c - execve of what cannot run returns an error and
 * the caller goes on: a file that is not ELF, an ELF for another
 * machine, an empty file, one cut inside its program headers, a
 * directory, a missing file, bad pointers. user/Makefile makes the files
 * under bad/. Compared with the host's Linux.
 */
#include "utest.h"
#include <unistd.h>

static char *argv[] = { "x", NULL };
static char *envp[] = { NULL };
/* volatile: the compiler must not see through these bad pointers */
static char **volatile bad_argv = (char **)1;
static char *volatile bad_string = (char *)16;

int main(void)
{
	RES("execve.not_elf", execve("bad/not-elf", argv, envp));
	RES("execve.not_i386", execve("bad/not-i386", argv, envp));
	RES("execve.empty", execve("bad/empty", argv, envp));
	RES("execve.cut_in_phdrs", execve("bad/cut-in-phdrs", argv, envp));
	RES("execve.directory", execve("bin", argv, envp));
	RES("execve.missing", execve("bin/none", argv, envp));
	RES("execve.null_path", execve(NULL, argv, envp));
	RES("execve.bad_argv", execve("bin/hello", bad_argv, envp));
	argv[0] = bad_string;
	RES("execve.bad_argv_string", execve("bin/hello", argv, envp));
	printf("execve.still_running: yes\n");
	return 0;
}
