/*
 * test/user/ctty.c - the controlling terminal of a session: a new
 * session has none (/dev/tty is ENXIO, TIOCGPGRP ENOTTY), TIOCSCTTY
 * takes the console, whose foreground group and session are then the
 * caller's; TIOCSPGRP to a group that does not exist is EPERM,
 * TIOCNOTTY gives it up. A background group that changes the settings
 * or the foreground group, or writes with TOSTOP set, is stopped by
 * SIGTTOU unless it ignores it. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <termios.h>

/* in_background - the wait status of a child that runs @fn in a new
 * process group, so in the background of the terminal; a child that
 * stops is killed after its stop is seen */
static int in_background(void (*fn)(void))
{
	int status = -1, stopped;
	pid_t pid = fork();

	if (pid == 0) {
		setpgid(0, 0);
		fn();
		_exit(0);
	}
	waitpid(pid, &status, WUNTRACED);
	stopped = status;
	if (WIFSTOPPED(status)) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
	}
	return stopped;
}

static void set_settings(void)
{
	struct termios t;

	ioctl(0, TCGETS, &t);
	_exit(ioctl(0, TCSETS, &t) ? 1 : 0);
}

static void set_settings_ignoring(void)
{
	signal(SIGTTOU, SIG_IGN);
	set_settings();
}

static void set_foreground(void)
{
	pid_t me = getpid();

	_exit(ioctl(0, TIOCSPGRP, &me) ? 1 : 0);
}

/* write_line - a line to the terminal: through /dev/console (fd 1),
 * which TOSTOP does not stop, then through /dev/tty, which it does */
static void write_line(void)
{
	int fd = open("/dev/tty", O_WRONLY);

	if (write(1, "\n", 1) != 1)
		_exit(1);
	_exit(write(fd, "\n", 1) == 1 ? 0 : 2);
}

/* background - what the terminal lets a background group do */
static void background(void)
{
	struct termios t, tostop;

	printf("ctty.bg_tcsets: %d\n", in_background(set_settings));
	printf("ctty.bg_tcsets_ignored: %d\n",
	       in_background(set_settings_ignoring));
	printf("ctty.bg_spgrp: %d\n", in_background(set_foreground));
	printf("ctty.bg_write: %d\n", in_background(write_line));
	ioctl(0, TCGETS, &t);
	tostop = t;
	tostop.c_lflag |= TOSTOP;
	ioctl(0, TCSETS, &tostop);
	printf("ctty.bg_write_tostop: %d\n", in_background(write_line));
	ioctl(0, TCSETS, &t);
}

static void session(void)
{
	pid_t pgrp = -1, sid = -1, none = 30000;

	setsid();
	RES("ctty.dev_tty_without", open("/dev/tty", O_RDWR));
	RES("ctty.gpgrp_without", ioctl(0, TIOCGPGRP, &pgrp));
	RES("ctty.sctty", ioctl(0, TIOCSCTTY, 0));
	RES("ctty.gpgrp", ioctl(0, TIOCGPGRP, &pgrp));
	OK("ctty.pgrp_is_mine", pgrp == getpid());
	RES("ctty.gsid", ioctl(0, TIOCGSID, &sid));
	OK("ctty.sid_is_mine", sid == getpid());
	RES("ctty.dev_tty_with", close(open("/dev/tty", O_RDWR)));
	RES("ctty.spgrp_none", ioctl(0, TIOCSPGRP, &none));
	RES("ctty.spgrp_mine", ioctl(0, TIOCSPGRP, &pgrp));
	background();
	RES("ctty.notty", ioctl(0, TIOCNOTTY));
	RES("ctty.dev_tty_after", open("/dev/tty", O_RDWR));
}

int main(void)
{
	pid_t pgrp;

	RES("ctty.gpgrp_init", ioctl(0, TIOCGPGRP, &pgrp));
	printf("ctty.child: %d\n", status_of(session));
	return 0;
}
