/*
 * test/user/devices.c - the memory devices a program meets in /dev:
 * /dev/null swallows writes and reads as empty, /dev/zero reads as
 * zeros, /dev/full refuses writes with ENOSPC, /dev/urandom and
 * /dev/random give fresh bytes; none has a position or takes ioctls.
 * /dev/mem reads the BIOS's reset vector (root only), /dev/kmsg takes
 * a message into the kernel's log and gives it back. Run as process 1
 * on Linux and on lk24.
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

static void mem_user(void)
{
	setuid(1000);
	RES("devices.mem_user", open("/dev/mem", O_RDONLY));
}

/* kmsg_has - read /dev/kmsg's records until one contains @text */
static int kmsg_has(const char *text)
{
	char rec[2048];
	int fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK), n, found = 0;

	while ((n = read(fd, rec, sizeof(rec) - 1)) > 0) {
		rec[n] = '\0';
		found |= strstr(rec, text) != NULL;
	}
	close(fd);
	return found;
}

static void mem_and_kmsg(void)
{
	unsigned char v[16];
	int fd = open("/dev/mem", O_RDONLY), i;

	RES("devices.mem_seek", lseek(fd, 0xffff0, SEEK_SET));
	RES("devices.mem_read", read(fd, v, sizeof(v)));
	printf("devices.reset_vector:");
	for (i = 0; i < 5; i++)
		printf(" %02x", v[i]);
	printf("\n");
	close(fd);
	printf("devices.mem_user_child: %d\n", status_of(mem_user));
	fd = open("/dev/kmsg", O_WRONLY);
	RES("devices.kmsg_write", write(fd, "<5>devices test says hi\n", 24));
	close(fd);
	OK("devices.kmsg_read_back", kmsg_has("devices test says hi"));
	fd = open("/dev/kmsg", O_RDONLY);
	RES("devices.kmsg_small_buffer", read(fd, v, 4));
	close(fd);
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
	mem_and_kmsg();
	return 0;
}
