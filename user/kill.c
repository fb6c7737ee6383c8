/*
 * user/kill.c - kill [-SIGNAL] PID...: send SIGNAL (a number, or TERM,
 * KILL, INT, HUP, STOP, CONT, ...; SIGTERM if none) to each process, or
 * to a process group for a negative PID.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>

static const char *names[] = { "", "HUP", "INT", "QUIT", "ILL", "TRAP",
	"ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE",
	"ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", NULL };

/* signum - the signal @s names, or -1 */
static int signum(const char *s)
{
	int i;

	if (*s >= '0' && *s <= '9')
		return atoi(s);
	if (!strncmp(s, "SIG", 3))
		s += 3;
	for (i = 1; names[i]; i++)
		if (!strcmp(s, names[i]))
			return i;
	return -1;
}

int main(int argc, char **argv)
{
	int sig = SIGTERM, i = 1, err = 0;

	if (argc > 1 && argv[1][0] == '-' && argv[1][1] > '9') {
		sig = signum(argv[1] + 1);
		i++;
	} else if (argc > 2 && argv[1][0] == '-') {
		sig = signum(argv[1] + 1);
		i++;
	}
	if (sig < 0 || i >= argc) {
		fprintf(stderr, "usage: kill [-SIGNAL] PID...\n");
		return 1;
	}
	for (; i < argc; i++)
		if (strspn(argv[i], "-0123456789") != strlen(argv[i])) {
			fprintf(stderr, "kill: %s: not a process id\n",
				argv[i]);
			err = 1;
		} else if (kill(atoi(argv[i]), sig)) {
			perror(argv[i]);
			err = 1;
		}
	return err;
}
