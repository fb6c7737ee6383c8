/*
 * test/user/getdents.c - reading a directory: getdents64 and getdents
 * list "." and "..", then the entries newest first (as Linux's tmpfs
 * does) with their types; the listing ends with 0, starts over after
 * lseek to 0, and resumes where a small buffer stopped it. A file, a
 * closed descriptor, a buffer too small for one entry and a bad pointer
 * get Linux's errno. Inode numbers differ and are not compared. Run as
 * process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <sys/syscall.h>

struct dirent64_raw {
	unsigned long long d_ino;
	long long d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

struct dirent_raw {
	unsigned long d_ino;
	unsigned long d_off;
	unsigned short d_reclen;
	char d_name[];
};

static char buf[4096];

/* list64 - print the records in @n bytes of buf */
static void list64(const char *tag, int n)
{
	int pos = 0;

	while (pos < n) {
		struct dirent64_raw *d = (void *)(buf + pos);

		printf("getdents.%s: %s type %d reclen %d off %lld\n", tag,
		       d->d_name, d->d_type, d->d_reclen, d->d_off);
		pos += d->d_reclen;
	}
}

static void list32(const char *tag, int n)
{
	int pos = 0;

	while (pos < n) {
		struct dirent_raw *d = (void *)(buf + pos);

		printf("getdents.%s: %s type %d reclen %d off %lu\n", tag,
		       d->d_name, buf[pos + d->d_reclen - 1], d->d_reclen,
		       d->d_off);
		pos += d->d_reclen;
	}
}

int main(void)
{
	int fd = open("/dev", O_RDONLY | O_DIRECTORY), n, file;

	n = syscall(__NR_getdents64, fd, buf, sizeof(buf));
	list64("dev64", n);
	RES("getdents.at_end", syscall(__NR_getdents64, fd, buf,
				       sizeof(buf)));
	lseek(fd, 0, SEEK_SET);
	n = syscall(__NR_getdents, fd, buf, sizeof(buf));
	list32("dev32", n);
	lseek(fd, 0, SEEK_SET);
	RES("getdents.too_small", syscall(__NR_getdents64, fd, buf, 10));
	n = syscall(__NR_getdents64, fd, buf, 60);
	list64("first_60_bytes", n);
	n = syscall(__NR_getdents64, fd, buf, 60);
	list64("next_60_bytes", n);
	RES("getdents.bad_buffer", syscall(__NR_getdents64, fd, 16, 4096));
	close(fd);
	file = open("/README", O_RDONLY);
	RES("getdents.on_a_file", syscall(__NR_getdents64, file, buf,
					  sizeof(buf)));
	RES("getdents.read_a_directory", read(open("/dev", O_RDONLY), buf,
					      10));
	RES("getdents.closed_fd", syscall(__NR_getdents64, 99, buf,
					  sizeof(buf)));
	return 0;
}
