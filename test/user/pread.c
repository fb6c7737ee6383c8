/*
 * test/user/pread.c - pread and pwrite: at an offset of a file, which
 * keeps its position; ESPIPE on a pipe; EINVAL for a negative offset,
 * even on a bad descriptor, as Linux checks it first; EBADF for the
 * wrong mode. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>

int main(void)
{
	char buf[16];
	int fd = open("/README", O_RDONLY), p[2];

	RES("pread.pread_file", pread(fd, buf, 4, 2));
	printf("pread.data: %.4s\n", buf);
	RES("pread.file_position_kept", lseek(fd, 0, SEEK_CUR));
	RES("pread.pread_past_end", pread(fd, buf, 4, 1000000));
	RES("pread.pread_negative", pread(fd, buf, 4, -1));
	RES("pread.pwrite_read_only", pwrite(fd, buf, 4, 0));
	RES("pread.pread_bad_fd", pread(99, buf, 4, 0));
	RES("pread.pread_negative_bad_fd", pread(99, buf, 4, -1));
	close(fd);
	pipe(p);
	write(p[1], "abc", 3);
	RES("pread.pread_pipe", pread(p[0], buf, 3, 0));
	RES("pread.pwrite_pipe", pwrite(p[1], buf, 3, 0));
	close(p[0]);
	close(p[1]);
	fd = open("/dev/zero", O_RDONLY);
	RES("pread.pread_zero", pread(fd, buf, 8, 4096));
	close(fd);
	return 0;
}

