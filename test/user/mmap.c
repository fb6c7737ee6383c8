/*
 * test/user/mmap.c - the address-space calls: anonymous private and
 * shared mappings (shared ones seen across fork, touched or not),
 * MAP_FIXED over a mapping, mprotect (a write to a read-only page and a
 * read of a PROT_NONE one end in SIGSEGV), mremap growing, moving and
 * shrinking, madvise, msync and the mlock calls as checked no-ops (lk24
 * never swaps), and each call's bad input. Run as process 1 on Linux
 * and on lk24.
 */
#define _GNU_SOURCE
#include "utest.h"
#include <unistd.h>
#include <stdlib.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include <sys/resource.h>

#define PG		4096
#define ANON		(MAP_PRIVATE | MAP_ANONYMOUS)
/* Where the tests put their mappings: far from anything the program
 * or the kernel's choices use, so the pages around them are known */
#define AREA_P		((char *)0x20000000)
#define AREA_Q		((char *)0x30000000)

/* status_of_access - the wait status of a child that does @fn(@p) */
static int status_of_access(void (*fn)(char *), char *p)
{
	int status = -1;
	pid_t pid = fork();

	if (pid == 0) {
		fn(p);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	return status;
}

static void do_write(char *p)
{
	*(volatile char *)p = 1;
}

static void do_read(char *p)
{
	(void)*(volatile char *)p;
}

/* map - mmap through the raw call, so errors are the kernel's own */
static long map(void *addr, long len, int prot, int flags)
{
	return syscall(__NR_mmap2, addr, len, prot, flags, -1, 0);
}

/* old_map - the old mmap call, its arguments in memory */
static long old_map(long len, long offset)
{
	long args[6] = { 0, len, PROT_READ, ANON, -1, offset };

	return syscall(__NR_mmap, args);
}

static long remap(void *old, long old_len, long new_len, int flags)
{
	return syscall(__NR_mremap, old, old_len, new_len, flags, 0);
}

/* lock_and_sync - msync and the mlock calls over a 3-page area @p whose
 * middle page is unmapped: the checks and their order, as root */
static void lock_and_sync(char *p)
{
	RES("mlock.mapped", mlock(p, PG));
	RES("mlock.unaligned_start", mlock(p + 10, 20));
	RES("mlock.across_hole", mlock(p, 3 * PG));
	RES("mlock.unmapped", mlock((void *)0x10000000, PG));
	RES("mlock.len_zero", mlock((void *)0x10000000, 0));
	RES("mlock.wraps", mlock((void *)0xfffff000, 2 * PG));
	RES("munlock.mapped", munlock(p, PG));
	RES("munlock.across_hole", munlock(p, 3 * PG));
	RES("mlockall.none", mlockall(0));
	RES("mlockall.unknown_flag", mlockall(MCL_CURRENT | 8));
	RES("mlockall.current", mlockall(MCL_CURRENT));
	RES("munlockall", munlockall());
	RES("msync.mapped", msync(p, PG, MS_SYNC));
	RES("msync.async", msync(p, PG, MS_ASYNC));
	RES("msync.misaligned", msync(p + 1, PG, MS_SYNC));
	RES("msync.async_and_sync", msync(p, PG, MS_ASYNC | MS_SYNC));
	RES("msync.unknown_flag", msync(p, PG, 8));
	RES("msync.across_hole", msync(p, 3 * PG, MS_SYNC));
	RES("msync.hole_async", msync(p, 3 * PG, MS_ASYNC));
	RES("msync.unmapped", msync((void *)0x10000000, PG, MS_SYNC));
	RES("msync.len_zero", msync((void *)0x10000000, 0, MS_SYNC));
	RES("msync.wraps", msync((void *)0xfffff000, 2 * PG, MS_SYNC));
	RES("msync.kernel", msync((void *)0xc0000000, PG, MS_SYNC));
}

/* lock_as_user - without RLIMIT_MEMLOCK a user may not lock */
static void lock_as_user(void)
{
	struct rlimit none = { 0, 0 };
	char *p = (char *)map(NULL, PG, PROT_READ, ANON);

	setuid(1000);
	RES("mlock.user", mlock(p, PG));
	RES("mlock.user_no_limit_set", setrlimit(RLIMIT_MEMLOCK, &none));
	RES("mlock.user_no_limit", mlock(p, PG));
	RES("mlockall.user_no_limit", mlockall(MCL_CURRENT));
	RES("munlock.user_no_limit", munlock(p, PG));
}

int main(void)
{
	char *p, *q, *s;
	int status;
	pid_t pid;

	p = (char *)map(NULL, 3 * PG, PROT_READ | PROT_WRITE, ANON);
	OK("mmap.anon", p != MAP_FAILED && !((long)p & (PG - 1)));
	OK("mmap.hint_taken", (char *)map(AREA_Q, PG, PROT_READ, ANON) ==
	   AREA_Q);
	munmap(AREA_Q, PG);
	p = (char *)map(AREA_P, 3 * PG, PROT_READ | PROT_WRITE,
			ANON | MAP_FIXED);
	p[0] = 'x';
	p[3 * PG - 1] = 'y';
	OK("mmap.anon_rw", p[0] == 'x' && p[3 * PG - 1] == 'y' && !p[PG]);
	RES("mmap.len_zero", map(NULL, 0, PROT_READ, ANON));
	RES("mmap.no_type", map(NULL, PG, PROT_READ, MAP_ANONYMOUS));
	RES("mmap.fixed_misaligned", map(p + 1, PG, PROT_READ,
					 ANON | MAP_FIXED));
	RES("mmap.fixed_kernel", map((void *)0xc0000000, PG, PROT_READ,
				     ANON | MAP_FIXED));
	RES("mmap.fixed_vsyscall", map((void *)0xffffe000, PG, PROT_READ,
				       ANON | MAP_FIXED));
	RES("mmap.huge", map(NULL, 0xc0000000, PROT_READ, ANON));
	RES("mmap.old_misaligned_offset", old_map(PG, 100));
	OK("mmap.old", old_map(PG, PG) != -1);
	q = (char *)map(p + PG, PG, PROT_READ | PROT_WRITE, ANON | MAP_FIXED);
	OK("mmap.fixed_over_mapping", q == p + PG);
	OK("mmap.fixed_zeroed_neighbours_kept",
	   !q[0] && p[0] == 'x' && p[3 * PG - 1] == 'y');

	RES("munmap.nothing", munmap((void *)0x10000000, PG));
	RES("munmap.misaligned", munmap(p + 1, PG));
	RES("munmap.len_zero", munmap(p, 0));
	RES("munmap.kernel", munmap((void *)0xc0000000, PG));

	RES("mprotect.read_only", mprotect(p, PG, PROT_READ));
	printf("mprotect.write_status: %d\n", status_of_access(do_write, p));
	OK("mprotect.still_readable", p[0] == 'x');
	RES("mprotect.none", mprotect(p + PG, PG, PROT_NONE));
	printf("mprotect.read_none_status: %d\n",
	       status_of_access(do_read, p + PG));
	RES("mprotect.back", mprotect(p, 3 * PG, PROT_READ | PROT_WRITE));
	p[0] = 'z';
	OK("mprotect.writable_again", p[0] == 'z');
	RES("mprotect.misaligned", mprotect(p + 1, PG, PROT_READ));
	RES("mprotect.past_mapping", mprotect(p, 4 * PG, PROT_READ));
	RES("mprotect.bad_prot", mprotect(p, PG, 0x80));
	RES("mprotect.len_zero", mprotect(p, 0, PROT_READ));
	RES("mprotect.unmapped", mprotect((void *)0x10000000, PG, PROT_READ));

	q = (char *)map(AREA_Q, PG, PROT_READ | PROT_WRITE, ANON | MAP_FIXED);
	s = (char *)map(q + PG, PG, PROT_READ, ANON | MAP_FIXED);
	q[0] = 'q';
	RES("mremap.grow_blocked", remap(q, PG, 2 * PG, 0));
	q = (char *)remap(q, PG, 4 * PG, MREMAP_MAYMOVE);
	OK("mremap.moved", q != MAP_FAILED && q != s - PG);
	OK("mremap.contents_kept", q[0] == 'q' && !q[4 * PG - 1]);
	RES("mremap.shrink", remap(q, 4 * PG, PG, 0) == (long)q ? 0 : -1);
	printf("mremap.shrunk_tail_status: %d\n", status_of_access(do_read,
							    q + PG));
	RES("mremap.misaligned", remap(q + 1, PG, 2 * PG, 0));
	RES("mremap.unmapped", remap((void *)0x10000000, PG, 2 * PG, 0));
	RES("mremap.new_len_zero", remap(q, PG, 0, 0));
	RES("mremap.bad_flags", remap(q, PG, 2 * PG, 8));

	RES("madvise.normal", madvise(p, PG, MADV_NORMAL));
	RES("madvise.bad_advice", madvise(p, PG, 999));
	RES("madvise.misaligned", madvise(p + 1, PG, MADV_NORMAL));
	RES("madvise.unmapped", madvise((void *)0x10000000, PG, MADV_NORMAL));

	s = (char *)map(NULL, 2 * PG, PROT_READ | PROT_WRITE,
			MAP_SHARED | MAP_ANONYMOUS);
	s[0] = 1;		/* touched before fork; s[PG] is not */
	pid = fork();
	if (pid == 0) {
		s[0] = 2;
		s[PG] = 3;
		_exit(0);
	}
	waitpid(pid, &status, 0);
	printf("mmap.shared_seen_by_parent: %d %d\n", s[0], s[PG]);
	s = (char *)map(AREA_Q, 3 * PG, PROT_READ | PROT_WRITE,
			ANON | MAP_FIXED);
	munmap(s + PG, PG);
	lock_and_sync(s);
	status_of(lock_as_user);
	return 0;
}
