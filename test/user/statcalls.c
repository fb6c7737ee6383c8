/*
 * test/user/statcalls.c - stat, lstat, fstat and stat64 as a program sees
 * them: a file's type, permissions, size and blocks, a device node's
 * number, a pipe's type, through the library and through the raw calls;
 * bad paths and pointers get Linux's errno. Times, inode and device
 * numbers differ between kernels and are not compared. Run as process 1
 * on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>

/* The kernel's struct stat64 on i386, as the raw call stores it */
struct kstat64 {
	unsigned long long st_dev;
	unsigned char __pad0[4];
	unsigned long __st_ino;
	unsigned int st_mode;
	unsigned int st_nlink;
	unsigned long st_uid, st_gid;
	unsigned long long st_rdev;
	unsigned char __pad3[4];
	long long st_size;
	unsigned long st_blksize;
	unsigned long long st_blocks;
	unsigned long times[6];
	unsigned long long st_ino;
};

static void show(const char *name, struct stat *st)
{
	printf("stat.%s: mode %o nlink %u uid %u size %ld blksize %ld "
	       "blocks %ld rdev %lx\n", name, (unsigned)st->st_mode,
	       (unsigned)st->st_nlink, (unsigned)st->st_uid,
	       (long)st->st_size, (long)st->st_blksize, (long)st->st_blocks,
	       (unsigned long)st->st_rdev);
}

int main(void)
{
	struct stat st;
	struct kstat64 k;
	int fd, p[2];

	RES("stat.stat_file", stat("/README", &st));
	show("file", &st);
	RES("stat.lstat_file", lstat("/README", &st));
	show("file_lstat", &st);
	fd = open("/README", O_RDONLY);
	RES("stat.fstat_file", fstat(fd, &st));
	show("file_fstat", &st);
	close(fd);
	RES("stat.stat_dir", stat("/bin", &st));
	printf("stat.dir_mode: %o\n", (unsigned)st.st_mode);
	RES("stat.stat_null", stat("/dev/null", &st));
	show("null", &st);
	pipe(p);
	RES("stat.fstat_pipe", fstat(p[0], &st));
	printf("stat.pipe: mode %o size %ld\n", (unsigned)st.st_mode,
	       (long)st.st_size);
	close(p[0]);
	close(p[1]);

	RES("stat.raw_stat64", syscall(__NR_stat64, "/README", &k));
	printf("stat.stat64: mode %o nlink %u size %lld blocks %llu "
	       "ino_halves_agree %d\n", k.st_mode, k.st_nlink, k.st_size,
	       k.st_blocks, (unsigned long)k.st_ino == k.__st_ino);
	RES("stat.raw_stat64_zero", syscall(__NR_stat64, "/dev/zero", &k));
	printf("stat.zero_rdev: %llx\n", k.st_rdev);

	RES("stat.missing", stat("/no/such/file", &st));
	RES("stat.file_as_dir", stat("/README/x", &st));
	RES("stat.empty_path", stat("", &st));
	RES("stat.bad_path_ptr", stat((char *)16, &st));
	RES("stat.bad_buf", stat("/README", (struct stat *)16));
	RES("stat.fstat_bad_fd", fstat(99, &st));
	RES("stat.raw_fstat64_bad_buf", syscall(__NR_fstat64, 0, 16));
	return 0;
}
