/*
 * test/user/file_limits.c - how far a write may go: offsets past 2 GB
 * without O_LARGEFILE and far past any file system (a pwrite there once
 * hung lk24 in ramfs's page table), counts that are negative as a
 * ssize_t, ranges whose end overflows, RLIMIT_FSIZE cutting a write
 * short and then refusing it with SIGXFSZ, and an empty write anywhere.
 * Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>

/* pwrite64 - the raw call: offset as two halves, as i386 passes it */
static long raw_pwrite(int fd, const void *buf, size_t count,
		     unsigned long long pos)
{
	return syscall(__NR_pwrite64, fd, buf, count, (long)pos,
		       (long)(pos >> 32));
}

static long raw_pread(int fd, void *buf, size_t count, unsigned long long pos)
{
	return syscall(__NR_pread64, fd, buf, count, (long)pos,
		       (long)(pos >> 32));
}

static int xfsz;

static void on_xfsz(int sig)
{
	xfsz++;
}

int main(void)
{
	char buf[100] = "0123456789";
	struct rlimit small = { 100, 100 };
	int fd = open("/limits", O_CREAT | O_RDWR | O_TRUNC, 0644);

	RES("file_limits.at_2g", raw_pwrite(fd, buf, 10, 0x80000000ULL));
	RES("file_limits.at_100m", raw_pwrite(fd, buf, 10, 100 << 20));
	RES("file_limits.size_100m", lseek(fd, 0, SEEK_END));
	ftruncate(fd, 0);
	RES("file_limits.far_offset", raw_pwrite(fd, buf, 10,
					       0x40001ff800080000ULL));
	RES("file_limits.end_overflows", raw_pwrite(fd, buf, 10,
						  0x7ffffffffffffffcULL));
	RES("file_limits.negative_count", write(fd, buf, 0x90000000UL));
	RES("file_limits.read_negative_count",
	    raw_pread(fd, buf, 0x90000000UL, 0));
	RES("file_limits.empty_far", raw_pwrite(fd, buf, 0, 0x80000000ULL));
	RES("file_limits.size_unchanged", lseek(fd, 0, SEEK_END));
	signal(SIGXFSZ, on_xfsz);
	setrlimit(RLIMIT_FSIZE, &small);
	RES("file_limits.fsize_cut", raw_pwrite(fd, buf, 50, 80));
	RES("file_limits.fsize_refused", raw_pwrite(fd, buf, 10, 100));
	printf("file_limits.sigxfsz: %d\n", xfsz);
	RES("file_limits.fsize_append", (lseek(fd, 0, SEEK_END),
					 write(fd, buf, 1)));
	printf("file_limits.sigxfsz_after: %d\n", xfsz);
	RES("file_limits.size", lseek(fd, 0, SEEK_END));
	return 0;
}
