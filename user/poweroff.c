/*
 * user/poweroff.c - poweroff, halt and reboot (one program, three
 * names): ask init to stop every process and then the machine, by the
 * signal busybox's init takes for each: SIGUSR2 power off, SIGUSR1
 * halt, SIGTERM reboot.
 */
#include <stdio.h>
#include <string.h>
#include <signal.h>

int main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/');
	int sig = SIGUSR2;

	name = name ? name + 1 : argv[0];
	if (!strcmp(name, "halt"))
		sig = SIGUSR1;
	else if (!strcmp(name, "reboot"))
		sig = SIGTERM;
	if (kill(1, sig)) {
		perror(name);
		return 1;
	}
	return 0;
}
