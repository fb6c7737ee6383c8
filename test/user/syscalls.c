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

/* raw_syscall5 - int $0x80 with five arguments; the raw -errno. The C
 * library never sees the pointers, so only the kernel touches them. */
static long raw_syscall5(long nr, long a, long b, long c, long d, long e)
{
	long res;

	asm volatile("int $0x80" : "=a" (res)
		     : "0" (nr), "b" (a), "c" (b), "d" (c), "S" (d), "D" (e)
		     : "memory");
	return res;
}

#define raw_syscall(nr, a, b, c)	raw_syscall5(nr, a, b, c, 0, 0)

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

/*
 * pointers - a bad pointer in each argument position that takes one,
 * and buffers that are misaligned or run off the end of a mapping.
 */
static void pointers(void)
{
	struct timeval tv;
	char buf[512], *two;	/* room for a struct utsname, misaligned */
	int fd = open("bin/hello", O_RDONLY);

	RES("gettimeofday.bad_tz", gettimeofday(&tv, UNMAPPED));
	RES("rt_sigaction.bad_act", raw_syscall5(174, 10, (long)UNMAPPED,
						 0, 8, 0));
	RES("rt_sigaction.bad_oldact", raw_syscall5(174, 10, 0,
						    (long)KERNEL_PTR, 8, 0));
	RES("rt_sigprocmask.bad_set", raw_syscall5(175, 0, (long)UNMAPPED,
						   0, 8, 0));
	RES("rt_sigprocmask.bad_oldset", raw_syscall5(175, 0, 0,
						      (long)UNMAPPED, 8, 0));
	RES("set_thread_area.bad_ptr", raw_syscall(243, (long)UNMAPPED, 0, 0));
	RES("set_thread_area.kernel_ptr", raw_syscall(243, (long)KERNEL_PTR,
						      0, 0));
	RES("_llseek.bad_result", raw_syscall5(140, fd, 0, 0,
					       (long)UNMAPPED, SEEK_SET));
	RES("old_mmap.bad_args", raw_syscall(90, (long)UNMAPPED, 0, 0));
	RES("gettimeofday.misaligned", gettimeofday((void *)(buf + 1), NULL));
	RES("uname.misaligned", uname((void *)(buf + 3)));
	RES("_llseek.misaligned", raw_syscall5(140, fd, 0, 7, (long)(buf + 5),
					       SEEK_SET));
	RES("read.misaligned", read(fd, buf + 7, 9));
	/* the end of a page, the next page unmapped */
	two = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(two + 4096, 4096);
	RES("gettimeofday.runs_off_mapping",
	    gettimeofday((void *)(two + 4092), NULL));
	RES("uname.runs_off_mapping", uname((void *)(two + 4000)));
	RES("read.runs_off_mapping", read(fd, two + 4094, 4));
	RES("read.past_mapping", read(fd, two + 4096, 4));
	RES("write.runs_off_mapping", write(1, two + 4094, 4));
	munmap(two, 4096);
	close(fd);
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
	pointers();
	numbers();
	return 0;
}
