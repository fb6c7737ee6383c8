/*
 * test/user/sendfile.c - sendfile(2) from a file to a file and to a
 * pipe: with an offset (which moves, the file position does not) and
 * without (the position moves), short at the end of the input, and
 * EBADF for an input not open for reading or an output not open for
 * writing; a SIGKILL ends a 2 GB sendfile at once (the fuzzer found
 * lk24 deaf to it for ten seconds). Run as process 1 on Linux and lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <sys/time.h>
#include <sys/syscall.h>

#define HOLE_SIZE	0x7ffff000	/* the largest count Linux moves */

/* sendfile - the raw call (dietlibc's wrapper warns at link time) */
static long sendfile(int out, int in, off_t *offset, size_t count)
{
	return syscall(__NR_sendfile, out, in, offset, count);
}

/* sendfile_forever - a 2 GB hole to /dev/null, again and again: long
 * calls that only a signal ends */
static void sendfile_forever(void)
{
	int in = open("/sf_hole", O_CREAT | O_RDWR | O_TRUNC, 0644);
	int out = open("/dev/null", O_WRONLY);
	off_t off;

	ftruncate(in, HOLE_SIZE);
	for (;;) {
		off = 0;
		sendfile(out, in, &off, HOLE_SIZE);
	}
}

/* ms_since - milliseconds from @t to now */
static long ms_since(const struct timeval *t)
{
	struct timeval now;

	gettimeofday(&now, NULL);
	return (now.tv_sec - t->tv_sec) * 1000 +
	       (now.tv_usec - t->tv_usec) / 1000;
}

/* killed_in_long_call - a long sendfile (seconds for 2 GB) neither holds
 * up the rest of the machine nor a SIGKILL: 300 ms after the fork the
 * parent runs, kills the child and reaps it, all within two seconds
 * (the old kernel took the whole 2 GB, over three; on two CPUs a
 * second was sometimes just too short) */
static void killed_in_long_call(void)
{
	struct timespec soon = { 0, 300000000 };
	struct timeval start;
	int status = 0, in, out;
	off_t off = 0;
	pid_t pid;

	in = open("/sf_hole", O_CREAT | O_RDWR | O_TRUNC, 0644);
	out = open("/dev/null", O_WRONLY);
	RES("sendfile.hole_made", ftruncate(in, HOLE_SIZE));
	RES("sendfile.whole_hole", sendfile(out, in, &off, HOLE_SIZE));
	close(in);
	close(out);
	gettimeofday(&start, NULL);
	pid = fork();
	if (pid == 0)
		sendfile_forever();
	nanosleep(&soon, NULL);
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	OK("sendfile.killed_in_long_call",
	   WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	OK("sendfile.others_run_meanwhile", ms_since(&start) < 2000);
	unlink("/sf_hole");
}

int main(void)
{
	int in, out, p[2];
	off_t off = 2;
	char buf[64] = "";

	in = open("/sf_in", O_CREAT | O_RDWR | O_TRUNC, 0644);
	write(in, "0123456789", 10);
	lseek(in, 0, SEEK_SET);
	out = open("/sf_out", O_CREAT | O_RDWR | O_TRUNC, 0644);
	RES("sendfile.with_offset", sendfile(out, in, &off, 5));
	printf("sendfile.offset_after: %ld\n", (long)off);
	RES("sendfile.in_pos_unmoved", lseek(in, 0, SEEK_CUR));
	RES("sendfile.no_offset", sendfile(out, in, NULL, 3));
	RES("sendfile.in_pos_moved", lseek(in, 0, SEEK_CUR));
	RES("sendfile.past_end", sendfile(out, in, NULL, 100));
	RES("sendfile.at_end", sendfile(out, in, NULL, 100));
	RES("sendfile.count_zero", sendfile(out, in, NULL, 0));
	pread(out, buf, sizeof(buf) - 1, 0);
	printf("sendfile.out: %s\n", buf);
	pipe(p);
	off = 0;
	RES("sendfile.to_pipe", sendfile(p[1], in, &off, 4));
	memset(buf, 0, sizeof(buf));
	read(p[0], buf, sizeof(buf));
	printf("sendfile.pipe_data: %s\n", buf);
	RES("sendfile.out_rdonly", sendfile(in, out, NULL, 1));
	close(out);
	out = open("/sf_out", O_WRONLY);
	RES("sendfile.in_wronly", sendfile(p[1], out, NULL, 1));
	RES("sendfile.bad_fd", sendfile(99, in, NULL, 1));
	killed_in_long_call();
	return 0;
}
