/*
 * test/user/badptr.c - every pointer argument of the file, path, tty,
 * time and identity calls, given NULL, an unmapped user address, a
 * kernel address and a buffer that runs off the end of a mapping. Each
 * result is compared with what Linux returns; the kernel must get each
 * one right and keep running. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/ioctl.h>

#define UNMAPPED	0x10000000L	/* below the stack, above the heap */
#define KERNEL		0xc0100000L
#define P		(-1L)		/* where the bad pointer goes */

/* A call with its arguments; the one equal to P gets the bad pointer */
struct probe {
	const char *name;
	long nr;
	long arg[5];
	int skip;	/* kinds that would block or run a program */
};

#define SKIP_NULL	1
#define SKIP_RUNS_OFF	2

static char good[256] = "/bp/file";	/* a valid buffer and path */
static char path2[] = "/bp/other";
static long edge;			/* 8 bytes before an unmapped page */
static long zero_tv[2];			/* a timeout of zero */

#define G	((long)good)
#define DIR	((long)"/bp/dir")
#define FILE	((long)"/bp/file")
#define NEW	((long)path2)
#define ZT	((long)zero_tv)

static long fd_file, fd_dir, fd_tty, pipe_w;

/* setup - the files, directory and descriptors the probes use */
static void setup(void)
{
	char *two;

	mkdir("/bp", 0755);
	mkdir("/bp/dir", 0755);
	fd_file = open("/bp/file", O_CREAT | O_RDWR, 0644);
	write(fd_file, "0123456789abcdef", 16);
	fd_dir = open("/bp/dir", O_RDONLY);
	fd_tty = open("/dev/console", O_RDWR | O_NOCTTY);
	two = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mprotect(two + 4096, 4096, PROT_NONE);	/* stays reserved */
	edge = (long)two + 4088;	/* 'a's: a path there runs on */
}

/* probe - make the call once with @bad in the P position; print it */
static void probe(const struct probe *p, const char *kind, long bad)
{
	long a[5];
	char name[80];
	int i;

	for (i = 0; i < 5; i++)
		a[i] = p->arg[i] == P ? bad : p->arg[i];
	lseek(fd_file, 0, SEEK_SET);
	memset((char *)edge, 'a', 8);	/* what an earlier probe wrote */
	snprintf(name, sizeof(name), "badptr.%s.%s", p->name, kind);
	RES(name, syscall(p->nr, a[0], a[1], a[2], a[3], a[4]));
}

/* Calls that only read through or only write through the pointer */
static const struct probe probes[] = {
	{ "read", __NR_read, { 0, P, 16 } },
	{ "write", __NR_write, { 0, P, 16 } },
	{ "open", __NR_open, { P, O_RDONLY } },
	{ "creat", __NR_creat, { P, 0644 } },
	{ "link_old", __NR_link, { P, NEW } },
	{ "link_new", __NR_link, { FILE, P } },
	{ "unlink", __NR_unlink, { P } },
	{ "chdir", __NR_chdir, { P } },
	{ "mknod", __NR_mknod, { P, S_IFIFO | 0644, 0 } },
	{ "chmod", __NR_chmod, { P, 0644 } },
	{ "lchown", __NR_lchown32, { P, 0, 0 } },
	{ "chown", __NR_chown32, { P, 0, 0 } },
	{ "chown16", __NR_chown, { P, 0, 0 } },
	{ "utime_path", __NR_utime, { P, 0 } },
	{ "utime_times", __NR_utime, { FILE, P } },
	{ "access", __NR_access, { P, R_OK } },
	{ "rename_old", __NR_rename, { P, NEW } },
	{ "rename_new", __NR_rename, { FILE, P } },
	{ "mkdir", __NR_mkdir, { P, 0755 } },
	{ "rmdir", __NR_rmdir, { P } },
	{ "pipe", __NR_pipe, { P } },
	{ "umount", __NR_umount2, { P, 0 } },
	{ "chroot", __NR_chroot, { P } },
	{ "symlink_target", __NR_symlink, { P, NEW } },
	{ "symlink_name", __NR_symlink, { FILE, P } },
	{ "readlink_path", __NR_readlink, { P, G, 64 } },
	{ "truncate", __NR_truncate, { P, 0 } },
	{ "truncate64", __NR_truncate64, { P, 0, 0 } },
	{ "statfs_path", __NR_statfs, { P, G } },
	{ "statfs_buf", __NR_statfs, { FILE, P } },
	{ "fstatfs", __NR_fstatfs, { 0, P } },
	{ "stat_path", __NR_stat, { P, G } },
	{ "stat_buf", __NR_stat, { FILE, P } },
	{ "lstat_buf", __NR_lstat, { FILE, P } },
	{ "fstat", __NR_fstat, { 0, P } },
	{ "stat64_path", __NR_stat64, { P, G } },
	{ "stat64_buf", __NR_stat64, { FILE, P } },
	{ "lstat64_buf", __NR_lstat64, { FILE, P } },
	{ "fstat64", __NR_fstat64, { 0, P } },
	{ "getcwd", __NR_getcwd, { P, 64 } },
	{ "pread", __NR_pread64, { 0, P, 16, 0, 0 } },
	{ "pwrite", __NR_pwrite64, { 0, P, 16, 0, 0 } },
	{ "readv_iov", __NR_readv, { 0, P, 1 } },
	{ "writev_iov", __NR_writev, { 0, P, 1 } },
	{ "sendfile_offset", __NR_sendfile, { 0, 0, P, 4 } },
	{ "poll", __NR_poll, { P, 1, 0 } },
	{ "select_readfds", __NR__newselect, { 4, P, 0, 0, ZT } },
	{ "select_timeout", __NR__newselect, { 1, 0, 0, 0, P },
	  SKIP_NULL | SKIP_RUNS_OFF },
	{ "getdents", __NR_getdents, { 0, P, 256 } },
	{ "getdents64", __NR_getdents64, { 0, P, 256 } },
	{ "uname", __NR_uname, { P } },
	{ "getrlimit", __NR_ugetrlimit, { 7, P } },
	{ "setrlimit", __NR_setrlimit, { 7, P } },
	{ "getrusage", __NR_getrusage, { 0, P } },
	{ "getitimer", __NR_getitimer, { 0, P } },
	{ "setitimer_new", __NR_setitimer, { 0, P, 0 } },
	{ "getgroups", __NR_getgroups32, { 4, P } },
	{ "setgroups", __NR_setgroups32, { 1, P } },
	{ "getresuid", __NR_getresuid32, { P, G, G } },
	{ "getresgid", __NR_getresgid32, { G, G, P } },
	{ "sigaltstack", __NR_sigaltstack, { P, 0 } },
	{ "nanosleep", __NR_nanosleep, { P, 0 } },
	{ "sched_getparam", __NR_sched_getparam, { 0, P } },
	{ "sched_rr_get_interval", __NR_sched_rr_get_interval, { 0, P } },
	/* only whole lines: none fits in 8 bytes, the copy is never tried */
	{ "syslog_small", __NR_syslog, { 3, P, 8 } },
	{ "syslog", __NR_syslog, { 3, P, 4096 } },
	{ "sethostname", __NR_sethostname, { P, 4 } },
	{ "settimeofday", __NR_settimeofday, { P, 0 } },
	{ "execve_path", __NR_execve, { P, 0, 0 } },
	/* Linux runs a program given a NULL argv */
	{ "execve_argv", __NR_execve, { (long)"/bin/true", P, 0 },
	  SKIP_NULL },
};

/* descriptor - the descriptor a probe's first argument 0 stands for */
static long descriptor(const struct probe *p)
{
	switch (p->nr) {
	case __NR_fstatfs: case __NR_fstat: case __NR_fstat64:
	case __NR_read: case __NR_write: case __NR_pread64:
	case __NR_pwrite64: case __NR_readv: case __NR_writev:
		return fd_file;
	case __NR_getdents: case __NR_getdents64:
		return fd_dir;
	}
	return 0;
}

/* run_probes - each probe with each kind of bad pointer */
static void run_probes(void)
{
	unsigned i;
	struct probe p;

	for (i = 0; i < sizeof(probes) / sizeof(probes[0]); i++) {
		p = probes[i];
		if (descriptor(&p))
			p.arg[0] = descriptor(&p);
		if (p.nr == __NR_sendfile) {
			p.arg[0] = pipe_w;
			p.arg[1] = fd_file;
		}
		if (!(p.skip & SKIP_NULL))
			probe(&p, "null", 0);
		probe(&p, "unmapped", UNMAPPED);
		probe(&p, "kernel", KERNEL);
		if (!(p.skip & SKIP_RUNS_OFF))
			probe(&p, "runs_off", edge);
	}
}

/* waits - a bad status pointer still reaps the child */
static void waits(void)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(3);
	RES("badptr.wait4_status", syscall(__NR_wait4, pid, UNMAPPED, 0, 0));
	RES("badptr.wait4_after", waitpid(pid, NULL, 0));
	RES("badptr.times_unmapped", syscall(__NR_times, UNMAPPED));
	RES("badptr.times_kernel", syscall(__NR_times, KERNEL));
	RES("badptr.tty_winsize", ioctl(fd_tty, TIOCGWINSZ, UNMAPPED));
	RES("badptr.tty_termios", ioctl(fd_tty, TCGETS, KERNEL));
	RES("badptr.tty_setpgrp", ioctl(fd_tty, TIOCSPGRP, UNMAPPED));
}

int main(void)
{
	int p[2];

	setup();
	pipe(p);
	pipe_w = p[1];
	run_probes();
	waits();
	RES("badptr.still_running", getpid());
	return 0;
}
