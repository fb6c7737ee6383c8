/*
 * test/user/ctty.c - the controlling terminal of a session: a new
 * session has none (/dev/tty is ENXIO, TIOCGPGRP ENOTTY), TIOCSCTTY
 * takes the console, whose foreground group and session are then the
 * caller's; TIOCSPGRP to a group that does not exist is EPERM,
 * TIOCNOTTY gives it up. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <sys/ioctl.h>

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
