/*
 * user/init.c - lk24's /sbin/init, process 1: mounts /proc, starts the
 * shell on the console in a session of its own, reaps every orphan that
 * is handed to it, and starts the shell again when it exits. poweroff,
 * halt and reboot (user/poweroff.c) ask it, by signal, to stop every
 * process and then the machine; Ctrl-Alt-Del (SIGINT after
 * reboot(CAD_OFF)) restarts it.
 */
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>

static volatile int shutdown_how;	/* the reboot(2) command asked for */

static char *shell_argv[] = { "sh", NULL };
static char *shell_envp[] = { "PATH=/bin:/sbin", "HOME=/", "TERM=linux",
			      NULL };

static void say(const char *s)
{
	write(2, s, strlen(s));
}

/* on_signal - a shutdown was asked for: remember how */
static void on_signal(int sig)
{
	if (sig == SIGUSR2)
		shutdown_how = RB_POWER_OFF;
	else if (sig == SIGUSR1)
		shutdown_how = RB_HALT_SYSTEM;
	else
		shutdown_how = RB_AUTOBOOT;
}

/* start_shell - the shell as a child, leading a new session whose
 * controlling terminal is the console. Returns its pid. */
static pid_t start_shell(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		setsid();
		ioctl(0, TIOCSCTTY, 0);
		signal(SIGUSR1, SIG_DFL);
		signal(SIGUSR2, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGINT, SIG_DFL);
		execve("/bin/sh", shell_argv, shell_envp);
		say("init: cannot run /bin/sh\n");
		_exit(127);
	}
	return pid;
}

/* reap_all - wait, a second at most, for every child still there */
static void reap_all(void)
{
	int i;

	for (i = 0; i < 10; i++) {
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		if (waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD)
			return;
		usleep(100000);
	}
}

/* shut_down - every process asked to end, then made to, then the
 * machine stopped as asked */
static void shut_down(void)
{
	say("\ninit: the system is going down\n");
	kill(-1, SIGTERM);
	reap_all();
	kill(-1, SIGKILL);
	reap_all();
	sync();
	reboot(shutdown_how);
}

int main(void)
{
	pid_t shell, pid;

	signal(SIGUSR1, on_signal);
	signal(SIGUSR2, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	mkdir("/proc", 0555);
	if (mount("proc", "/proc", "proc", 0, NULL))
		say("init: cannot mount /proc\n");
	say("\nlk24 init: process 1 in user mode, starting /bin/sh\n");
	shell = start_shell();
	for (;;) {
		pid = wait(NULL);
		if (shutdown_how)
			shut_down();
		if (pid == shell || (pid < 0 && errno == ECHILD)) {
			say("init: the shell exited; starting another\n");
			sleep(1);
			shell = start_shell();
		}
	}
}
