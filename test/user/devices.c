/*
 * test/user/devices.c - the memory devices a program meets in /dev:
 * /dev/null swallows writes and reads as empty, /dev/zero reads as
 * zeros, /dev/full refuses writes with ENOSPC, /dev/urandom and
 * /dev/random give fresh bytes; none has a position or takes ioctls.
 * Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <sys/ioctl.h>

static int all_zero(const char *p, int n)
{
	while (n--)
		if (*p++)
			return 0;
	return 1;
}

int main(void)
{
	char buf[64], other[64];
	int fd;

	fd = open("/dev/null", O_RDWR);
	OK("devices.null_opens", fd >= 0);
	RES("devices.null_read", read(fd, buf, 10));
	RES("devices.null_write", write(fd, "hello", 5));
	RES("devices.null_lseek", lseek(fd, 100, SEEK_SET));
	RES("devices.null_ioctl", ioctl(fd, FIONREAD, buf));
	RES("devices.null_read_bad_ptr", read(fd, (void *)16, 10));
	close(fd);

	fd = open("/dev/zero", O_RDONLY);
	memset(buf, 1, sizeof(buf));
	RES("devices.zero_read", read(fd, buf, sizeof(buf)));
	OK("devices.zero_is_zero", all_zero(buf, sizeof(buf)));
	RES("devices.zero_read_bad_ptr", read(fd, (void *)16, 10));
	RES("devices.zero_write_read_only", write(fd, buf, 1));
	close(fd);
	fd = open("/dev/zero", O_WRONLY);
	RES("devices.zero_write", write(fd, buf, 3));
	close(fd);

	fd = open("/dev/full", O_RDWR);
	RES("devices.full_write", write(fd, "x", 1));
	memset(buf, 1, sizeof(buf));
	RES("devices.full_read", read(fd, buf, 8));
	OK("devices.full_reads_zeros", all_zero(buf, 8));
	close(fd);

	fd = open("/dev/urandom", O_RDONLY);
	RES("devices.urandom_read", read(fd, buf, 32));
	RES("devices.urandom_read_again", read(fd, other, 32));
	OK("devices.urandom_differs", memcmp(buf, other, 32) != 0);
	RES("devices.urandom_lseek", lseek(fd, 10, SEEK_SET));
	close(fd);
	fd = open("/dev/random", O_RDONLY | O_NONBLOCK);
	RES("devices.random_read", read(fd, buf, 16));
	close(fd);
	RES("devices.missing_node", open("/dev/nonexistent", O_RDONLY));
	return 0;
}
