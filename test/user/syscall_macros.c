/*
 * test/user/syscall_macros.c - the _syscall0 ... _syscall6 macros of
 * lk24's include/asm-i386/unistd.h (slides "Macro for a 0-Parameters
 * Syscall" to "Macro for a 6-Parameters Syscall") each make a real call
 * and turn -errno into -1 and errno. Named as in the slide's example:
 * __NR_my_... aliases of real numbers. Compared with the host's Linux.
 */
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include "../../include/asm-i386/unistd.h"
#include "utest.h"

#define __NR_my_getpid		__NR_getpid
#define __NR_my_time		__NR_time
#define __NR_my_gettimeofday	__NR_gettimeofday
#define __NR_my_write		__NR_write
#define __NR_my_rt_sigprocmask	__NR_rt_sigprocmask
#define __NR_my_llseek		__NR__llseek
#define __NR_my_mmap2		__NR_mmap2
#define __NR_my_munmap		__NR_munmap

_syscall0(int, my_getpid)
_syscall1(long, my_time, long *, t)
_syscall2(int, my_gettimeofday, void *, tv, void *, tz)
_syscall3(long, my_write, int, fd, const void *, buf, long, count)
_syscall4(int, my_rt_sigprocmask, int, how, void *, set, void *, oset,
	  long, size)
_syscall5(int, my_llseek, int, fd, unsigned long, high, unsigned long, low,
	  long long *, result, int, whence)
_syscall6(long, my_mmap2, void *, addr, long, len, long, prot, long, flags,
	  long, fd, long, pgoff)
_syscall2(int, my_munmap, void *, addr, long, len)

int main(void)
{
	long long pos = -1;
	unsigned long set[2] = { 0, 0 };
	long t, p;
	char tv[8];
	int fd;

	OK("macro0.getpid", my_getpid() > 0);
	OK("macro1.time", (t = my_time(NULL)) > 1000000000);
	RES("macro1.time_bad_ptr", my_time((long *)16));
	RES("macro2.gettimeofday", my_gettimeofday(tv, NULL));
	RES("macro3.write", my_write(1, "macro3.write_text: yes\n", 23));
	RES("macro3.write_bad_fd", my_write(-1, "x", 1));
	RES("macro4.rt_sigprocmask", my_rt_sigprocmask(0, set, NULL, 8));
	RES("macro4.rt_sigprocmask_bad_size",
	    my_rt_sigprocmask(0, set, NULL, 4));
	fd = open("bin/hello", 0);
	RES("macro5.llseek_file", my_llseek(fd, 0, 5, &pos, 0));
	RES("macro5.llseek_result", (long)pos);
	RES("macro5.llseek_bad_fd", my_llseek(99, 0, 5, &pos, 0));
	p = my_mmap2(NULL, 8192, 3, 0x22, -1, 0);
	OK("macro6.mmap2", p != -1 && (p & 4095) == 0);
	RES("macro6.munmap", my_munmap((void *)p, 8192));
	RES("macro6.mmap2_bad_flags", my_mmap2(NULL, 8192, 3, 0, -1, 0));
	return 0;
}
