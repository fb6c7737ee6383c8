/*
 * test/user/termios.c - the console's settings through the termios
 * ioctls: the local modes and special characters a program reads, raw
 * mode set and read back (a read with VMIN 0 returns at once), TCSETSF,
 * TCFLSH and its bad argument, the window size set and read back, and
 * ENOTTY for a pipe and /dev/null. Run as process 1 on Linux and on
 * lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <termios.h>
#include <sys/ioctl.h>

int main(void)
{
	struct termios t, saved;
	struct winsize ws = { 30, 100, 0, 0 }, got;
	char c;
	int p[2], i, fd;

	RES("termios.tcgetattr", tcgetattr(0, &t));
	printf("termios.lflag: %#o\n", (unsigned)t.c_lflag);
	printf("termios.cc:");
	for (i = 0; i < 17; i++)
		printf(" %o", t.c_cc[i]);
	printf("\n");
	saved = t;
	t.c_lflag &= ~(ICANON | ECHO);
	t.c_cc[VMIN] = 0;
	t.c_cc[VTIME] = 0;
	RES("termios.set_raw", tcsetattr(0, TCSANOW, &t));
	tcgetattr(0, &t);
	printf("termios.raw_lflag: %#o min %d\n", (unsigned)t.c_lflag,
	       t.c_cc[VMIN]);
	RES("termios.read_min0", read(0, &c, 1));
	RES("termios.tcsetsf", tcsetattr(0, TCSAFLUSH, &saved));
	RES("termios.tcflush", tcflush(0, TCIFLUSH));
	RES("termios.tcflush_bad", ioctl(0, TCFLSH, 7));
	RES("termios.set_winsize", ioctl(0, TIOCSWINSZ, &ws));
	RES("termios.get_winsize", ioctl(0, TIOCGWINSZ, &got));
	printf("termios.winsize: %d %d\n", got.ws_row, got.ws_col);
	pipe(p);
	RES("termios.pipe", tcgetattr(p[0], &t));
	fd = open("/dev/null", O_RDWR);
	RES("termios.dev_null", tcgetattr(fd, &t));
	OK("termios.isatty_null", !isatty(fd));
	OK("termios.isatty_console", isatty(0));
	return 0;
}
