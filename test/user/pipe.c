/*
 * test/user/pipe.c - pipes and the descriptor calls around them: data
 * in order, EOF after the last writer, SIGPIPE and EPIPE after the last
 * reader, O_NONBLOCK's EAGAIN, a pipe holding what Linux's holds (small
 * writes share a page), PIPE_BUF writes never split, a full pipe
 * blocking its writer and an empty one its reader, EINTR, ESPIPE, bad
 * pointers; dup2, fcntl (F_DUPFD, F_GETFD/F_SETFD, F_GETFL/F_SETFL) and
 * close-on-exec across execve. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <stdlib.h>
#include <signal.h>
#include <fcntl.h>
#include <time.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <sys/syscall.h>

#define BIG	100000

static char buf[BIG];

/* fill - write @chunk bytes at a time into non-blocking @fd until it
 * refuses; returns the bytes it took */
static long fill(int fd, int chunk)
{
	long total = 0, n;

	while ((n = write(fd, buf, chunk)) > 0)
		total += n;
	return total;
}

static void basics(void)
{
	int p[2], n = 0;

	RES("pipe.pipe", pipe(p));
	printf("pipe.fds: %d %d\n", p[0], p[1]);
	RES("pipe.write", write(p[1], "hello", 5));
	RES("pipe.fionread", ioctl(p[0], FIONREAD, &n));
	printf("pipe.fionread_count: %d\n", n);
	RES("pipe.read", read(p[0], buf, sizeof(buf)));
	printf("pipe.data: %.5s\n", buf);
	RES("pipe.read_write_end", read(p[1], buf, 1));
	RES("pipe.write_read_end", write(p[0], "x", 1));
	RES("pipe.lseek", lseek(p[0], 0, SEEK_SET));
	RES("pipe.getfl_read_end", fcntl(p[0], F_GETFL));
	RES("pipe.getfl_write_end", fcntl(p[1], F_GETFL));
	RES("pipe.setfl_nonblock", fcntl(p[0], F_SETFL, O_NONBLOCK));
	RES("pipe.getfl_nonblock", fcntl(p[0], F_GETFL));
	RES("pipe.read_empty_nonblock", read(p[0], buf, 1));
	RES("pipe.write_zero", write(p[1], buf, 0));
	write(p[1], "abc", 3);
	RES("pipe.read_bad_buffer", read(p[0], (void *)16, 3));
	RES("pipe.read_after_fault", read(p[0], buf, 10));
	close(p[1]);
	RES("pipe.read_eof", read(p[0], buf, 1));
	close(p[0]);
}

/* capacity - how much a pipe holds, written 4096 and 100 bytes at a
 * time, and whether a PIPE_BUF write into the last room is split */
static void capacity(void)
{
	int p[2];

	pipe(p);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	printf("pipe.capacity_4096: %ld\n", fill(p[1], 4096));
	close(p[0]);
	close(p[1]);
	pipe(p);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	printf("pipe.capacity_100: %ld\n", fill(p[1], 100));
	RES("pipe.full_pipe_buf_write", write(p[1], buf, 4096));
	RES("pipe.tail_room_write", write(p[1], buf, 96));
	RES("pipe.no_room_write", write(p[1], buf, 1));
	RES("pipe.read_frees_room", read(p[0], buf, 4096));
	RES("pipe.write_into_freed_room", write(p[1], buf, 4096));
	close(p[0]);
	close(p[1]);
}

/* broken - the last reader is gone: SIGPIPE kills a writer by default;
 * with SIGPIPE ignored, write fails with EPIPE */
static void write_to_broken(void)
{
	int p[2];

	pipe(p);
	close(p[0]);
	write(p[1], "x", 1);
	_exit(0);
}

static void broken(void)
{
	int p[2], status = status_of(write_to_broken);

	printf("pipe.sigpipe_kills: %d\n", WIFSIGNALED(status) ?
	       WTERMSIG(status) : -1);
	signal(SIGPIPE, SIG_IGN);
	pipe(p);
	close(p[0]);
	RES("pipe.write_no_reader", write(p[1], "x", 1));
	close(p[1]);
	signal(SIGPIPE, SIG_DFL);
}

/* blocking - a writer of more than the pipe holds waits for the reader;
 * a reader of an empty pipe waits for the writer */
static void blocking(void)
{
	struct timespec nap = { 0, 100000000 };
	int p[2], status;
	long total = 0, n;
	pid_t pid;

	pipe(p);
	pid = fork();
	if (pid == 0) {
		close(p[0]);
		_exit(write(p[1], buf, BIG) == BIG ? 0 : 1);
	}
	close(p[1]);
	nanosleep(&nap, NULL);
	while ((n = read(p[0], buf, 7000)) > 0)
		total += n;
	waitpid(pid, &status, 0);
	printf("pipe.big_write_read: %ld, writer status %d\n", total, status);
	close(p[0]);
	pipe(p);
	if (fork() == 0) {
		nanosleep(&nap, NULL);
		write(p[1], "late", 4);
		_exit(0);
	}
	RES("pipe.read_waits_for_writer", read(p[0], buf, 100));
	wait(NULL);
	close(p[0]);
	close(p[1]);
}

static void on_alarm(int sig)
{
}

/* interrupted - a handler without SA_RESTART ends a blocked read */
static void interrupted(void)
{
	struct sigaction sa = { .sa_handler = on_alarm };
	struct itimerval it = { { 0, 0 }, { 0, 50000 } };
	int p[2];

	sigaction(SIGALRM, &sa, NULL);
	pipe(p);
	setitimer(ITIMER_REAL, &it, NULL);
	RES("pipe.read_interrupted", read(p[0], buf, 1));
	close(p[0]);
	close(p[1]);
}

static void descriptors(void)
{
	int p[2];

	RES("pipe.pipe_bad_pointer", syscall(__NR_pipe, 16));
	pipe(p);
	printf("pipe.fds_after_fault: %d %d\n", p[0], p[1]);
	RES("pipe.dup2", dup2(p[0], 10));
	RES("pipe.dup2_same", dup2(p[0], p[0]));
	RES("pipe.dup2_bad_old", dup2(99, 5));
	RES("pipe.dup2_new_too_big", dup2(p[0], 5000));
	RES("pipe.dup2_over_open", dup2(p[1], 10));
	RES("pipe.dupfd", fcntl(p[0], F_DUPFD, 20));
	RES("pipe.dupfd_too_big", fcntl(p[0], F_DUPFD, 5000));
	RES("pipe.getfd", fcntl(p[0], F_GETFD));
	RES("pipe.setfd", fcntl(p[0], F_SETFD, FD_CLOEXEC));
	RES("pipe.getfd_after", fcntl(p[0], F_GETFD));
	RES("pipe.dup_clears_cloexec", fcntl(dup(p[0]), F_GETFD));
	RES("pipe.fcntl_bad_cmd", fcntl(p[0], 9999));
	RES("pipe.fcntl_bad_fd", fcntl(99, F_GETFD));
	RES("pipe.close_closed", close(99));
	close(10);
	close(20);
}

/* cloexec - a descriptor marked FD_CLOEXEC is gone after execve, an
 * unmarked one stays; the program checks in its second life */
static void cloexec(const char *self)
{
	int p[2];
	char a[8], b[8];
	char *argv[] = { (char *)self, "cloexec", a, b, NULL };

	pipe(p);
	fcntl(p[0], F_SETFD, FD_CLOEXEC);
	sprintf(a, "%d", p[0]);
	sprintf(b, "%d", p[1]);
	fflush(stdout);
	if (fork() == 0) {
		execve(self, argv, NULL);
		_exit(1);
	}
	wait(NULL);
	close(p[0]);
	close(p[1]);
}

int main(int argc, char **argv)
{
	if (argc == 4 && !strcmp(argv[1], "cloexec")) {
		RES("pipe.cloexec_fd_after_exec", fcntl(atoi(argv[2]),
							F_GETFD));
		RES("pipe.plain_fd_after_exec", fcntl(atoi(argv[3]),
						      F_GETFD));
		return 0;
	}
	basics();
	capacity();
	broken();
	blocking();
	interrupted();
	descriptors();
	cloexec(argv[0]);
	return 0;
}
