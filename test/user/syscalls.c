/*
 * test/user/syscalls.c - the system calls lk24 implements, called the
 * way a C program calls them, with good and bad arguments: NULL, kernel
 * and unmapped pointers in every position, bad descriptors and flags,
 * numbers no kernel has. Every line is compared with what the same
 * binary prints on the build host's Linux. Run from the root of the
 * initrd tree: "bin/hello" is a file on both.
 */
#include "utest.h"
#include <unistd.h>
#include <fcntl.h>
#include <time.h>
#include <sys/time.h>
#include <sys/mman.h>
#include <sys/utsname.h>
#include <sys/ioctl.h>

#define KERNEL_PTR	((void *)0xc0100000)	/* no user mapping */
#define UNMAPPED	((void *)0x10000)
#define FAR_BELOW_STACK	((void *)0x60000000)	/* no area, no stack there */

/* raw_syscall - int $0x80 with three arguments; the raw -errno. */
static long raw_syscall(long nr, long a, long b, long c)
{
	long res;

	asm volatile("int $0x80" : "=a" (res)
		     : "0" (nr), "b" (a), "c" (b), "d" (c) : "memory");
	return res;
}

static void files(void)
{
	char buf[8];
	int fd;

	RES("open.missing", open("no/such/file", O_RDONLY));
	RES("open.null", open(NULL, O_RDONLY));
	RES("open.kernel_ptr", open(KERNEL_PTR, O_RDONLY));
	RES("open.empty", open("", O_RDONLY));
	RES("open.not_dir", open("bin/hello/x", O_RDONLY));
	RES("open.file", fd = open("bin/hello", O_RDONLY));
	RES("read.4", read(fd, buf, 4));
	OK("read.elf_magic", !memcmp(buf, "\177ELF", 4));
	RES("read.null_buf", read(fd, NULL, 4));
	RES("read.kernel_buf", read(fd, KERNEL_PTR, 4));
	RES("read.unmapped_buf", read(fd, UNMAPPED, 4));
	RES("lseek.set", lseek(fd, 1, SEEK_SET));
	RES("lseek.cur", lseek(fd, 2, SEEK_CUR));
	RES("lseek.negative", lseek(fd, -100, SEEK_SET));
	RES("lseek.bad_whence", lseek(fd, 0, 99));
	OK("lseek.end_is_size", lseek(fd, 0, SEEK_END) > 1000);
	RES("read.at_eof", read(fd, buf, 4));
	RES("write.read_only_fd", write(fd, "x", 1));
	RES("close.file", close(fd));
	RES("close.again", close(fd));
	RES("read.bad_fd", read(99, buf, 1));
	RES("write.bad_fd", write(-1, "x", 1));
	RES("lseek.bad_fd", lseek(77, 0, SEEK_SET));
	RES("ioctl.bad_fd", ioctl(88, 0x5401, buf));
	RES("open.dir", fd = open("bin", O_RDONLY));
	RES("read.dir", read(fd, buf, 4));
	close(fd);
}

static void console(void)
{
	RES("write.zero", write(1, "", 0));
	RES("write.null_buf", write(1, NULL, 5));
	RES("write.kernel_buf", write(1, KERNEL_PTR, 5));
	RES("write.unmapped_buf", write(2, UNMAPPED, 5));
	RES("write.far_below_stack", write(1, FAR_BELOW_STACK, 5));
	RES("dup.stdout", dup(1));
	close(3);
}

static void memory(void)
{
	char *p, *old = sbrk(0);
	int i;

	OK("brk.grow", sbrk(65536) == old);
	for (i = 0; i < 65536; i += 4096)
		old[i] = 1;
	OK("brk.written", old[65535] == 0 && old[4096] == 1);
	OK("brk.shrink", sbrk(-65536) == old + 65536 && sbrk(0) == old);
	p = mmap(NULL, 100000, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	OK("mmap.anon", p != MAP_FAILED);
	OK("mmap.zeroed", p[0] == 0 && p[99999] == 0);
	for (i = 0; i < 100000; i++)
		p[i] = i;
	OK("mmap.written", p[99999] == (char)99999);
	RES("munmap.ok", munmap(p, 100000));
	RES("munmap.unaligned", munmap(p + 1, 4096));
	RES("mmap.zero_len", (long)mmap(NULL, 0, PROT_READ,
				       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	RES("mmap.bad_fd", (long)mmap(NULL, 4096, PROT_READ, MAP_PRIVATE,
				     99, 0));
}

static void misc(void)
{
	struct timespec ts = { 0, 2000000 }, bad = { 0, 1000000000 };
	struct timeval tv;
	struct utsname u;
	time_t t;

	OK("getpid.positive", getpid() > 0);
	RES("uname.ok", uname(&u));
	printf("uname.sysname: %s\n", u.sysname);
	RES("uname.null", uname(NULL));
	RES("uname.kernel_ptr", uname(KERNEL_PTR));
	RES("gettimeofday.ok", gettimeofday(&tv, NULL));
	OK("gettimeofday.after_2001", tv.tv_sec > 1000000000);
	RES("gettimeofday.bad_ptr", gettimeofday(UNMAPPED, NULL));
	t = time(NULL);
	OK("time.matches_gettimeofday", t - tv.tv_sec <= 1);
	RES("time.bad_ptr", raw_syscall(13, (long)UNMAPPED, 0, 0));
	RES("nanosleep.2ms", nanosleep(&ts, NULL));
	RES("nanosleep.bad_nsec", nanosleep(&bad, NULL));
	RES("nanosleep.null", nanosleep(NULL, NULL));
	RES("getuid", getuid());
}

static void numbers(void)
{
	RES("syscall.9999", raw_syscall(9999, 0, 0, 0));
	RES("syscall.minus_1", raw_syscall(-1, 0, 0, 0));
	RES("syscall.0x7fffffff", raw_syscall(0x7fffffff, 0, 0, 0));
	RES("syscall.getpid_raw_is_pid", raw_syscall(20, 0, 0, 0) == getpid());
}

int main(void)
{
	files();
	console();
	memory();
	misc();
	numbers();
	return 0;
}
