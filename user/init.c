/*
 * user/init.c - lk24's /sbin/init until the shell issue: say hello on
 * the console, then read commands one line at a time. exec replaces
 * it; running programs as children is the shell's job.
 *   help | uname | echo WORDS | exec PROGRAM [ARGS] | poweroff | reboot
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/utsname.h>
#include <sys/reboot.h>

#define MAXARGS 16

static void say(const char *s)
{
	write(1, s, strlen(s));
}

/* split - cut @line at blanks into @argv; returns the word count. */
static int split(char *line, char **argv)
{
	int argc = 0;
	char *p = strtok(line, " \t\n");

	while (p && argc < MAXARGS - 1) {
		argv[argc++] = p;
		p = strtok(NULL, " \t\n");
	}
	argv[argc] = NULL;
	return argc;
}

static void run(int argc, char **argv, char **envp)
{
	struct utsname u;
	int i;

	if (!strcmp(argv[0], "help")) {
		say("commands: help uname echo exec poweroff reboot\n");
	} else if (!strcmp(argv[0], "uname")) {
		uname(&u);
		printf("%s %s %s %s %s\n", u.sysname, u.nodename, u.release,
		       u.version, u.machine);
	} else if (!strcmp(argv[0], "echo")) {
		for (i = 1; i < argc; i++)
			printf("%s%s", argv[i], i + 1 < argc ? " " : "");
		say("\n");
	} else if (!strcmp(argv[0], "exec") && argc > 1) {
		execve(argv[1], argv + 1, envp);
		perror("exec");
	} else if (!strcmp(argv[0], "poweroff")) {
		reboot(RB_POWER_OFF);
	} else if (!strcmp(argv[0], "reboot")) {
		reboot(RB_AUTOBOOT);
	} else {
		printf("%s: unknown command (try help)\n", argv[0]);
	}
}

int main(int argc, char **argv, char **envp)
{
	char line[256], *args[MAXARGS];
	int n;

	say("\nlk24 init: process 1 in user mode. Type help.\n");
	for (;;) {
		say("lk24# ");
		n = read(0, line, sizeof(line) - 1);
		if (n <= 0)
			continue;
		line[n] = '\0';
		n = split(line, args);
		if (n)
			run(n, args, envp);
	}
}
