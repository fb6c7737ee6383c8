/*
 * test/user/poll.c - poll(2), select(2) and the old select: a pipe's
 * ends as they fill, empty and lose their other side (POLLIN, POLLOUT,
 * POLLHUP, POLLERR), a sleeper woken by a child's write, timeouts that
 * run out, a file and /dev/null always ready, POLLNVAL and EBADF for a
 * closed descriptor, a negative descriptor ignored, EINVAL and EFAULT.
 * Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/time.h>

static int p[2];

/* events - poll @fd once for @ev, without waiting; its revents */
static void events(const char *tag, int fd, short ev)
{
	struct pollfd pfd = { fd, ev, 0 };
	int n = poll(&pfd, 1, 0);

	printf("poll.%s: %d revents %#x\n", tag, n, pfd.revents);
}

static void pipe_states(void)
{
	char c;

	pipe(p);
	events("empty_read_end", p[0], POLLIN | POLLOUT);
	events("empty_write_end", p[1], POLLIN | POLLOUT);
	write(p[1], "x", 1);
	events("data_read_end", p[0], POLLIN);
	while (write(p[1], "x", 1) == 1 &&
	       fcntl(p[1], F_SETFL, O_NONBLOCK) == 0)
		;
	events("full_write_end", p[1], POLLOUT);
	close(p[1]);
	events("no_writer_with_data", p[0], POLLIN);
	while (read(p[0], &c, 1) == 1)
		;
	events("no_writer_empty", p[0], POLLIN);
	close(p[0]);
	pipe(p);
	close(p[0]);
	events("no_reader", p[1], POLLOUT);
	close(p[1]);
}

static void writer_later(void)
{
	usleep(200000);
	write(p[1], "y", 1);
}

static void waking(void)
{
	struct pollfd pfd;
	fd_set rd;
	struct timeval tv = { 5, 0 };
	pid_t pid;

	pipe(p);
	pid = fork();
	if (pid == 0) {
		writer_later();
		_exit(0);
	}
	pfd.fd = p[0];
	pfd.events = POLLIN;
	RES("poll.woken_by_writer", poll(&pfd, 1, 5000));
	printf("poll.woken_revents: %#x\n", pfd.revents);
	waitpid(pid, NULL, 0);
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	RES("poll.select_ready", select(p[0] + 1, &rd, NULL, NULL, &tv));
	OK("poll.select_bit", FD_ISSET(p[0], &rd));
	OK("poll.select_time_left", tv.tv_sec == 4 || tv.tv_sec == 5);
	close(p[0]);
	close(p[1]);
}

static void timeouts(void)
{
	struct timeval tv = { 0, 100000 }, t0, t1;
	fd_set rd;
	long ms;

	pipe(p);
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	gettimeofday(&t0, NULL);
	RES("poll.select_timeout", select(p[0] + 1, &rd, NULL, NULL, &tv));
	gettimeofday(&t1, NULL);
	ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_usec - t0.tv_usec) / 1000;
	OK("poll.select_waited", ms >= 90 && ms < 2000);
	OK("poll.select_cleared", !FD_ISSET(p[0], &rd));
	printf("poll.select_tv_left: %ld %ld\n", (long)tv.tv_sec,
	       (long)tv.tv_usec);
	RES("poll.poll_timeout", poll(NULL, 0, 50));
}

static void errors(void)
{
	struct pollfd pfd[2] = { { 99, POLLIN, 0 }, { -1, POLLIN, 0 } };
	struct timeval bad = { 0, -1 }, over = { 0, 1100000 };
	fd_set rd;
	int fd = open("/bin/poll", O_RDONLY);

	events("regular_file", fd, POLLIN | POLLOUT);
	close(fd);
	fd = open("/dev/null", O_RDWR);
	events("dev_null", fd, POLLIN | POLLOUT);
	close(fd);
	RES("poll.closed_and_negative", poll(pfd, 2, 0));
	printf("poll.closed_revents: %#x %#x\n", pfd[0].revents,
	       pfd[1].revents);
	FD_ZERO(&rd);
	FD_SET(20, &rd);	/* below the table's 32, where select looks */
	RES("poll.select_closed", select(21, &rd, NULL, NULL, NULL));
	RES("poll.select_negative_n", select(-1, NULL, NULL, NULL, NULL));
	RES("poll.select_bad_tv", select(1, NULL, NULL, NULL, &bad));
	RES("poll.select_usec_over", select(0, NULL, NULL, NULL, &over));
	RES("poll.poll_fault", poll((struct pollfd *)16, 1, 0));
	RES("poll.poll_too_many", poll(pfd, 1 << 20, 0));
	RES("poll.select_fault", select(1, (fd_set *)16, NULL, NULL, NULL));
}

int main(void)
{
	pipe_states();
	waking();
	timeouts();
	errors();
	return 0;
}
