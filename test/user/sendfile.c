/*
 * test/user/sendfile.c - sendfile(2) from a file to a file and to a
 * pipe: with an offset (which moves, the file position does not) and
 * without (the position moves), short at the end of the input, and
 * EBADF for an input not open for reading or an output not open for
 * writing. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <sys/syscall.h>

/* sendfile - the raw call (dietlibc's wrapper warns at link time) */
static long sendfile(int out, int in, off_t *offset, size_t count)
{
	return syscall(__NR_sendfile, out, in, offset, count);
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
	return 0;
}
