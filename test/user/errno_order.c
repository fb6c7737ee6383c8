/*
 * test/user/errno_order.c - which error a call reports when more than
 * one thing about it is wrong: Linux judges the arguments in a fixed
 * order (the descriptor before the buffer, the range before the
 * protection, the path before the permission), and a program that
 * tests errno sees that order. Each case here was found by running the
 * same fuzzer batch on Linux 686 and on lk24 (docs/self-checks.md).
 * Also fcntl's F_SETOWN/F_SETSIG, swapon without swap, and alarm's
 * answers after a short or a huge timer. Run as process 1 on Linux and
 * on lk24.
 */
#define _GNU_SOURCE
#include "utest.h"
#include <sched.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>

#define KERNEL_PTR	((void *)0xc0100000)
#define UNMAPPED	((void *)0x10000000)	/* nothing is mapped there */
#define NO_PID		99999
#define NO_FD		9999	/* past RLIMIT_NOFILE: never open */

static int dir, file, null, wronly;

/* getdents_order - the descriptor, then "not a directory", then a count
 * past INT_MAX (a buffer too small), and only then the pointer */
static void getdents_order(void)
{
	RES("getdents.closed_fd_bad_buffer",
	    syscall(__NR_getdents, NO_FD, KERNEL_PTR, 100));
	RES("getdents.file_bad_buffer",
	    syscall(__NR_getdents, file, KERNEL_PTR, 100));
	RES("getdents.device_bad_buffer",
	    syscall(__NR_getdents, null, KERNEL_PTR, 100));
	RES("getdents64.file_bad_buffer",
	    syscall(__NR_getdents64, file, KERNEL_PTR, 100));
	RES("getdents64.closed_fd_bad_buffer",
	    syscall(__NR_getdents64, NO_FD, KERNEL_PTR, 100));
	RES("getdents.dir_bad_buffer",
	    syscall(__NR_getdents, dir, KERNEL_PTR, 100));
	RES("getdents.dir_count_past_int_max",
	    syscall(__NR_getdents, dir, (void *)0x806583d8, 0xfffff000));
	RES("getdents.dir_count_0_bad_buffer",
	    syscall(__NR_getdents, dir, KERNEL_PTR, 0));
}

/* mprotect_order - alignment, then a zero length (success), then a
 * range that wraps, and only then unknown protection bits */
static void mprotect_order(void)
{
	int p_local = 0;

	RES("mprotect.wrapping_range_bad_prot",
	    mprotect(KERNEL_PTR, 0xffffe000, 0x400));
	RES("mprotect.unaligned_bad_prot",
	    mprotect((char *)UNMAPPED + 1, 4096, 0x400));
	RES("mprotect.zero_length_bad_prot", mprotect(UNMAPPED, 0, 0x400));
	RES("mprotect.length_rounds_to_0",
	    mprotect(UNMAPPED, 0xfffffff0, PROT_READ));
	RES("mprotect.unmapped_bad_prot", mprotect(UNMAPPED, 4096, 0x400));
	RES("mprotect.grows_both_ways", mprotect(UNMAPPED + 1, 0xfffff000,
						 PROT_GROWSDOWN |
						 PROT_GROWSUP));
	RES("mprotect.growsdown_not_a_stack",
	    mprotect((void *)((unsigned long)&dir & ~4095UL), 4096,
		     PROT_READ | PROT_WRITE | PROT_GROWSDOWN));
	RES("mprotect.growsup", mprotect((void *)((unsigned long)&dir &
						  ~4095UL), 4096,
					 PROT_READ | PROT_WRITE |
					 PROT_GROWSUP));
	RES("mprotect.growsdown_unmapped",
	    mprotect(UNMAPPED, 4096, PROT_READ | PROT_GROWSDOWN));
	RES("mprotect.growsdown_on_the_stack",
	    mprotect((void *)((unsigned long)&p_local & ~4095UL), 4096,
		     PROT_READ | PROT_WRITE | PROT_GROWSDOWN));
}

/* readv_writev_order - a closed descriptor, then the vector, and only
 * then a descriptor open for the other direction */
static void readv_writev_order(void)
{
	RES("writev.read_only_bad_vector",
	    syscall(__NR_writev, file, UNMAPPED, 4));
	RES("writev.directory_bad_vector",
	    syscall(__NR_writev, dir, UNMAPPED, 4));
	RES("readv.write_only_bad_vector",
	    syscall(__NR_readv, wronly, UNMAPPED, 4));
	RES("readv.closed_fd_bad_vector",
	    syscall(__NR_readv, NO_FD, UNMAPPED, 4));
	RES("writev.read_only_too_many",
	    syscall(__NR_writev, file, UNMAPPED, 2000));
	RES("writev.read_only_empty", syscall(__NR_writev, file, UNMAPPED, 0));
	RES("write.read_only_bad_buffer",
	    syscall(__NR_write, file, KERNEL_PTR, 4));
}

/* counts_cut - a count past MAX_RW_COUNT (INT_MAX, page aligned) is
 * cut to it; a vector's lengths are judged all at once, before any I/O:
 * one negative length is EINVAL, one buffer in the kernel EFAULT */
static void counts_cut(void)
{
	struct iovec halves[2] = { { NULL, 0x40000000 }, { NULL, 0x40000000 } };
	struct iovec negative[2] = { { NULL, 1 }, { NULL, 0x80000000 } };
	struct iovec bad_second[2] = { { "abcde", 5 }, { KERNEL_PTR, 5 } };
	struct iovec unmapped[1] = { { UNMAPPED, 10 } };
	int p[2];

	RES("write.count_past_max_rw", write(null, NULL, 0x7fffffff));
	RES("writev.total_past_max_rw", writev(null, halves, 2));
	RES("writev.negative_length", writev(null, negative, 2));
	RES("writev.second_buffer_in_kernel", writev(null, bad_second, 2));
	RES("writev.unmapped_buffer_to_null", writev(null, unmapped, 1));
	pipe(p);
	fcntl(p[0], F_SETFL, O_NONBLOCK);
	RES("writev.pipe_second_buffer_in_kernel", writev(p[1], bad_second,
							  2));
	RES("writev.pipe_nothing_written", read(p[0], p, sizeof(p)));
}

/* huge_files - a file as long as Linux allows on i386, then one byte
 * longer (EFBIG); truncating it back must not hang the kernel, as it
 * did before (make fuzz, seed 314, batch 478) */
static void huge_files(void)
{
	int fd = open("/huge", O_CREAT | O_RDWR | O_TRUNC | O_LARGEFILE, 0644);
	int small = open("/huge", O_RDWR);
	long long max = 0xffffffffLL << 12;	/* MAX_LFS_FILESIZE */

	RES("ftruncate64.largest", syscall(__NR_ftruncate64, fd,
					   (unsigned long)max,
					   (unsigned long)(max >> 32)));
	RES("ftruncate64.one_byte_more",
	    syscall(__NR_ftruncate64, fd, (unsigned long)(max + 1),
		    (unsigned long)((max + 1) >> 32)));
	RES("ftruncate64.past_2g_not_largefile",
	    syscall(__NR_ftruncate64, small, 0x80000000UL, 0));
	RES("ftruncate64.back_to_10", syscall(__NR_ftruncate64, fd, 10, 0));
	RES("ftruncate64.back_written", write(fd, "x", 1));
	close(fd);
	close(small);
	unlink("/huge");
}

/* seek_and_map_order - lseek's origin before the file's kind; mmap's
 * place, then the descriptor's mode, then whether the file maps */
static void seek_and_map_order(void)
{
	int p[2];

	pipe(p);
	RES("lseek.pipe_bad_origin", lseek(p[0], 5, 0x42));
	RES("lseek.pipe", lseek(p[0], 5, SEEK_SET));
	RES("lseek.dev_null_bad_origin", lseek(null, -1, 0x804d018));
	RES("lseek.file_bad_origin", lseek(file, 0, 5));
	RES("llseek.pipe_bad_origin",
	    syscall(__NR__llseek, p[1], 6, 8, &p[0], 0x8c677554));
	RES("lseek.closed_fd_bad_origin", lseek(NO_FD, 0, 99));
	RES("mmap.write_only_fd", syscall(__NR_mmap2, 0, 4096, PROT_READ,
					  MAP_PRIVATE, wronly, 0));
	RES("mmap.shared_writable_read_only_fd",
	    syscall(__NR_mmap2, 0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED,
		    file, 0));
	RES("mmap.pipe_write_end", syscall(__NR_mmap2, 0x22, 8, 0x21,
					   MAP_SHARED, p[1], 0));
	RES("mmap.fixed_unaligned_write_only_fd",
	    syscall(__NR_mmap2, 0x10000001, 4096, PROT_READ,
		    MAP_PRIVATE | MAP_FIXED, wronly, 0));
	RES("mmap.zero_length_write_only_fd",
	    syscall(__NR_mmap2, 0, 0, PROT_READ, MAP_PRIVATE, wronly, 0));
	RES("mmap.wrapping_length_no_type",
	    syscall(__NR_mmap2, 0xd437a3cd, 0xffffffff, 0, 0x100000, 7, 0));
	RES("mmap.offset_wraps", syscall(__NR_mmap2, 0, 8192, PROT_READ,
					 MAP_PRIVATE | MAP_ANONYMOUS, -1,
					 0xffffffff));
	RES("mmap.anonymous_no_type", syscall(__NR_mmap2, 0, 4096, PROT_READ,
					      MAP_ANONYMOUS, -1, 0));
	RES("mmap.anonymous_both_types",
	    syscall(__NR_mmap2, 0, 4096, PROT_READ,
		    MAP_ANONYMOUS | MAP_SHARED | MAP_PRIVATE, -1, 0));
	RES("mmap.type_5", syscall(__NR_mmap2, 0, 4096, PROT_READ,
				   MAP_ANONYMOUS | MAP_SHARED | 4, -1, 0));
	RES("mmap.fixed_unaligned_no_type",
	    syscall(__NR_mmap2, 0x10000001, 4096, PROT_READ,
		    MAP_ANONYMOUS | MAP_FIXED, -1, 0));
}

/* time_and_cwd_order - settimeofday judges the time before reading the
 * zone; getcwd copies a path that fits, so a bad buffer is EFAULT */
static void time_and_cwd_order(void)
{
	struct timeval bad_usec = { 0, 2000000 };

	RES("settimeofday.bad_usec_bad_zone",
	    syscall(__NR_settimeofday, &bad_usec, UNMAPPED));
	RES("settimeofday.bad_time_pointer",
	    syscall(__NR_settimeofday, UNMAPPED, NULL));
	chdir("/");
	RES("getcwd.bad_buffer_big_enough",
	    syscall(__NR_getcwd, (void *)0x35, 6));
	RES("getcwd.bad_buffer_too_small", syscall(__NR_getcwd, (void *)0x35,
						   1));
	RES("getcwd.size_0", syscall(__NR_getcwd, (void *)0x35, 0));
}

/* fcntl_owner - F_SETOWN takes a pid, minus a process group, or 0;
 * F_SETSIG a signal number; both are read back */
static void fcntl_owner(void)
{
	RES("fcntl.getown_at_first", fcntl(null, F_GETOWN));
	RES("fcntl.setown_self", fcntl(null, F_SETOWN, getpid()));
	RES("fcntl.getown_self", fcntl(null, F_GETOWN));
	RES("fcntl.setown_nobody", fcntl(null, F_SETOWN, NO_PID));
	RES("fcntl.setown_no_group", fcntl(null, F_SETOWN, -NO_PID));
	RES("fcntl.getown_unchanged", fcntl(null, F_GETOWN));
	RES("fcntl.setown_int_min", fcntl(null, F_SETOWN, INT_MIN));
	RES("fcntl.setown_0", fcntl(null, F_SETOWN, 0));
	RES("fcntl.getown_0", fcntl(null, F_GETOWN));
	RES("fcntl.getown_other_file", fcntl(dir, F_GETOWN));
	RES("fcntl.getsig_at_first", fcntl(null, F_GETSIG));
	RES("fcntl.setsig_5", fcntl(null, F_SETSIG, 5));
	RES("fcntl.getsig_5", fcntl(null, F_GETSIG));
	RES("fcntl.setsig_99", fcntl(null, F_SETSIG, 99));
	RES("fcntl.setown_closed_fd", fcntl(NO_FD, F_SETOWN, 0));
}

/* process_calls_order - the scheduler, ids, limits, kill, getrusage */
static void process_calls_order(void)
{
	struct rusage ru;

	RES("sched_setscheduler.bad_policy_bad_param",
	    syscall(__NR_sched_setscheduler, 0, -1, (void *)5));
	RES("sched_setscheduler.nobody_bad_policy",
	    syscall(__NR_sched_setscheduler, 0x62ea2b0f, -1, (void *)5));
	RES("sched_setscheduler.fifo_bad_param",
	    syscall(__NR_sched_setscheduler, 0, SCHED_FIFO, (void *)5));
	RES("setrlimit.bad_resource_bad_pointer",
	    syscall(__NR_setrlimit, 200, (void *)-1));
	RES("getrlimit.bad_resource_bad_pointer",
	    syscall(__NR_ugetrlimit, 200, (void *)-1));
	RES("kill.int_min", syscall(__NR_kill, INT_MIN, SIGINT));
	RES("kill.int_min_signal_0", syscall(__NR_kill, INT_MIN, 0));
	RES("kill.nobody_bad_signal", syscall(__NR_kill, NO_PID, 65));
	RES("kill.everyone_signal_0", kill(-1, 0));
	RES("kill.everyone_bad_signal", syscall(__NR_kill, -1, 0x60c54463));
	RES("wait4.int_min", syscall(__NR_wait4, INT_MIN, NULL, 0, NULL));
	RES("wait4.int_min_bad_options",
	    syscall(__NR_wait4, INT_MIN, NULL, 0x40000000, NULL));
	RES("getrusage.thread", getrusage(1, &ru));
	RES("getrusage.thread_bad_pointer", syscall(__NR_getrusage, 1, 5));
	RES("getrusage.2", getrusage(2, &ru));
	RES("setuid32.minus_1_as_root", syscall(__NR_setuid32, -1));
	RES("setgid32.minus_1_as_root", syscall(__NR_setgid32, -1));
	RES("setuid16.minus_1_as_root", syscall(__NR_setuid, 0xffff));
}

/* mremap_order - even a range that only shrinks must start in a
 * mapping */
static void mremap_order(void)
{
	RES("mremap.unmapped_shrink_maymove",
	    syscall(__NR_mremap, UNMAPPED, 0xfffff000, 0x41, MREMAP_MAYMOVE));
	RES("mremap.unmapped_shrink", syscall(__NR_mremap, UNMAPPED, 0x2000,
					      0x1000, 0));
	RES("mremap.unmapped_same_size",
	    syscall(__NR_mremap, UNMAPPED, 0x2000, 0x2000, 0));
	RES("mremap.unmapped_grow",
	    syscall(__NR_mremap, UNMAPPED, 0x1000, 0x2000, MREMAP_MAYMOVE));
}

/* mount_as_root - flags before the path, the path before "not a
 * mount"; swapon and swapoff find no swap area */
static void mount_as_root(void)
{
	RES("umount2.bad_flags_missing_path",
	    syscall(__NR_umount2, "/nonexistent", 0xffe6391a));
	RES("umount.not_a_mount", syscall(__NR_umount, "/bin"));
	RES("umount2.not_a_mount_force", syscall(__NR_umount2, "/bin", 1));
	RES("umount.bad_pointer", syscall(__NR_umount, (char *)-1));
	RES("mount.bad_pointers", syscall(__NR_mount, (char *)0xfffff000,
					  (char *)0x40001ff8, (char *)-1, 0,
					  0x20000000));
	RES("mount.missing_dir_unknown_type",
	    syscall(__NR_mount, "none", "/nonexistent", "nosuchfs", 0, 0));
	RES("mount.bad_data", syscall(__NR_mount, "none", "/", "ramfs", 0,
				      UNMAPPED));
	RES("swapoff.bad_pointer", syscall(__NR_swapoff, KERNEL_PTR));
	RES("swapon.missing", syscall(__NR_swapon, "/nonexistent", 0));
	RES("swapon.bad_flags", syscall(__NR_swapon, KERNEL_PTR, 0x40fd2e2));
	RES("swapoff.not_swap", syscall(__NR_swapoff, "/dev/null"));
	RES("swapoff.directory", syscall(__NR_swapoff, "/"));
	RES("swapon.file", syscall(__NR_swapon, "/bin/hello", 0));
	RES("swapoff.proc_file", syscall(__NR_swapoff, "/proc/self/stat"));
	RES("mknod.exists_as_root", syscall(__NR_mknod, "/bin", S_IFCHR, 0));
}

/* as_user - the path and the strings are looked at before the
 * permission; an id of -1 is invalid before it is forbidden */
static void as_user(void)
{
	setgid(1000);
	setuid(1000);
	RES("user.umount_bad_pointer", syscall(__NR_umount, (char *)-1));
	RES("user.umount2_bad_flags", syscall(__NR_umount2, "/proc",
					      0xffe6391a));
	RES("user.umount_missing", syscall(__NR_umount, "/nonexistent"));
	RES("user.umount_not_a_mount", syscall(__NR_umount, "/bin"));
	RES("user.mount_bad_source", syscall(__NR_mount, UNMAPPED, "/",
					     "ramfs", 0, 0));
	RES("user.mount_bad_dir", syscall(__NR_mount, "none", UNMAPPED,
					  "ramfs", 0, 0));
	RES("user.mount_bad_type", syscall(__NR_mount, "none", "/",
					   UNMAPPED, 0, 0));
	RES("user.mount_bad_data", syscall(__NR_mount, "none", "/", "ramfs",
					   0, UNMAPPED));
	RES("user.mount_missing_dir", syscall(__NR_mount, "none",
					      "/nonexistent", "ramfs", 0, 0));
	RES("user.mount_on_root", syscall(__NR_mount, "none", "/", "ramfs",
					  0, 0));
	RES("user.mknod_device_bad_pointer",
	    syscall(__NR_mknod, KERNEL_PTR, S_IFCHR, 0));
	RES("user.mknod_device_exists", syscall(__NR_mknod, "/bin", S_IFCHR,
						0));
	RES("user.mknod_device_missing_dir",
	    syscall(__NR_mknod, "/nonexistent/x", S_IFCHR, 0));
	RES("user.mknod_device_unwritable_dir",
	    syscall(__NR_mknod, "/bin/x", S_IFCHR, 0));
	RES("user.kill_everyone", kill(-1, SIGUSR1));
	RES("user.kill_everyone_bad_signal", syscall(__NR_kill, -1, 2048));
	RES("user.swapon", syscall(__NR_swapon, "/nonexistent", 0));
	RES("user.swapon_bad_flags", syscall(__NR_swapon, "/", 0x80000));
	RES("user.swapoff", syscall(__NR_swapoff, KERNEL_PTR));
	RES("user.setuid32_minus_1", syscall(__NR_setuid32, -1));
	RES("user.setgid32_minus_1", syscall(__NR_setgid32, -1));
	RES("user.setuid16_minus_1", syscall(__NR_setuid, 0xffff));
	RES("user.setgid16_minus_1", syscall(__NR_setgid, 0xffff));
}

/* alarm_answers - what alarm says is left: a 10 ms timer counts as a
 * second (not 0: it has not expired), and a huge alarm is at most
 * INT_MAX seconds (lk24 keeps 2^31 ticks, 248 days, as 2.4 did; Linux
 * keeps them all, so only the range is compared) */
static void alarm_answers(void)
{
	struct itimerval soon = { { 0, 0 }, { 0, 10000 } };
	unsigned int left;

	signal(SIGALRM, SIG_IGN);
	setitimer(ITIMER_REAL, &soon, NULL);
	RES("alarm.after_a_10ms_timer", alarm(0xc2ea0fc0));
	left = alarm(0xfffff000);
	OK("alarm.after_a_huge_alarm_248_days_to_int_max",
	   left >= 248 * 24 * 3600U && left <= INT_MAX);
	left = alarm(0);
	OK("alarm.again_248_days_to_int_max",
	   left >= 248 * 24 * 3600U && left <= INT_MAX);
}

int main(void)
{
	dir = open("/", O_RDONLY);
	file = open("/bin/hello", O_RDONLY);
	null = open("/dev/null", O_RDWR);
	wronly = open("/dev/null", O_WRONLY);
	getdents_order();
	mprotect_order();
	readv_writev_order();
	counts_cut();
	huge_files();
	seek_and_map_order();
	time_and_cwd_order();
	fcntl_owner();
	process_calls_order();
	mremap_order();
	mount_as_root();
	alarm_answers();
	printf("errno_order.user_status: %d\n", status_of(as_user));
	return 0;
}
