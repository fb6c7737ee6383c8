/*
 * test/user/syscall_regs.c - the i386 system call convention (slides
 * "i386 Calling Conventions (syscalls)", "Syscall Dispatcher (i386)"):
 * the number in %eax, the arguments in %ebx, %ecx, %edx, %esi, %edi and
 * %ebp, and every register but %eax back unchanged, for each call lk24
 * implements, through int $0x80 and through __kernel_vsyscall (where
 * AT_SYSINFO offers it). Compared with the host's Linux. Calls that
 * replace the registers by design (execve, sigreturn) or end the program
 * or the machine (exit, exit_group, reboot) are left out.
 */
#include "utest.h"
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/utsname.h>

/* Globals: the assembly below names them while it holds every register */
unsigned long vsys;		/* AT_SYSINFO */
unsigned long regs_in[7];	/* %eax %ebx %ecx %edx %esi %edi %ebp */
unsigned long regs_out[7];

static const char *const reg_name[7] = {
	"eax", "ebx", "ecx", "edx", "esi", "edi", "ebp"
};

/* GATE_CALL - load regs_in, pass the gate with @insn, store regs_out. */
#define GATE_CALL(insn)							\
	asm volatile("pushl %%ebp\n\t"					\
		     "movl regs_in+4, %%ebx\n\t"			\
		     "movl regs_in+8, %%ecx\n\t"			\
		     "movl regs_in+12, %%edx\n\t"			\
		     "movl regs_in+16, %%esi\n\t"			\
		     "movl regs_in+20, %%edi\n\t"			\
		     "movl regs_in+24, %%ebp\n\t"			\
		     "movl regs_in, %%eax\n\t"				\
		     insn "\n\t"					\
		     "movl %%eax, regs_out\n\t"				\
		     "movl %%ebx, regs_out+4\n\t"			\
		     "movl %%ecx, regs_out+8\n\t"			\
		     "movl %%edx, regs_out+12\n\t"			\
		     "movl %%esi, regs_out+16\n\t"			\
		     "movl %%edi, regs_out+20\n\t"			\
		     "movl %%ebp, regs_out+24\n\t"			\
		     "popl %%ebp"					\
		     : : : "eax", "ebx", "ecx", "edx", "esi", "edi", "memory")

static long result[2];		/* %eax from each gate, for cleaning up */

/*
 * kept - call @nr with the six arguments through each gate and print
 * "yes" if all six registers came back, else the first that changed.
 */
static void kept(const char *name, long nr, long a, long b, long c, long d,
		 long e, long f)
{
	const char *changed = NULL;
	int gate, i;

	result[1] = -1;			/* nothing to clean up if no vsyscall */
	for (gate = 0; gate < (vsys ? 2 : 1); gate++) {
		regs_in[0] = nr;
		regs_in[1] = a;
		regs_in[2] = b;
		regs_in[3] = c;
		regs_in[4] = d;
		regs_in[5] = e;
		regs_in[6] = f;
		if (gate)
			GATE_CALL("call *vsys");
		else
			GATE_CALL("int $0x80");
		result[gate] = regs_out[0];
		for (i = 1; i < 7 && !changed; i++)
			if (regs_out[i] != regs_in[i])
				changed = reg_name[i];
	}
	printf("kept.%s: %s\n", name, changed ? changed : "yes");
}

int main(void)
{
	struct { long addr, len, prot, flags, fd, off; } old_mmap_args = {
		0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0
	};
	struct timespec short_nap = { 0, 1000 };
	unsigned long tls[4] = { -1, 0, 0xfffff, 0x51 };  /* any free entry */
	struct timeval tv;
	struct utsname u;
	long long pos;
	char buf[64];
	int fd = open("bin/hello", O_RDONLY);

	vsys = getauxval(AT_SYSINFO);
	if (fd < 0)
		return 1;
	kept("read", 3, fd, (long)buf, 4, 0x44, 0x55, 0x66);
	kept("write", 4, 1, (long)"", 0, 0x44, 0x55, 0x66);
	kept("write_bad_buf", 4, 1, 0, 5, 0x44, 0x55, 0x66);
	kept("open", 5, (long)"bin/hello", O_RDONLY, 0, 0x44, 0x55, 0x66);
	close(result[0]);
	close(result[1]);
	kept("close_bad_fd", 6, 99, 0x22, 0x33, 0x44, 0x55, 0x66);
	kept("time", 13, 0, 0x22, 0x33, 0x44, 0x55, 0x66);
	kept("lseek", 19, fd, 0, SEEK_SET, 0x44, 0x55, 0x66);
	kept("getpid", 20, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66);
	kept("getuid", 24, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66);
	kept("getgid", 47, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66);
	kept("geteuid", 49, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66);
	kept("getegid", 50, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66);
	kept("kill_0", 37, getpid(), 0, 0x33, 0x44, 0x55, 0x66);
	kept("dup", 41, 1, 0x22, 0x33, 0x44, 0x55, 0x66);
	close(result[0]);
	close(result[1]);
	kept("brk", 45, 0, 0x22, 0x33, 0x44, 0x55, 0x66);
	kept("ioctl", 54, 1, 0x5401, (long)buf, 0x44, 0x55, 0x66);
	kept("gettimeofday", 78, (long)&tv, 0, 0x33, 0x44, 0x55, 0x66);
	kept("old_mmap", 90, (long)&old_mmap_args, 0x22, 0x33, 0x44, 0x55,
	     0x66);
	kept("munmap", 91, result[0], 4096, 0x33, 0x44, 0x55, 0x66);
	munmap((void *)result[1], 4096);
	kept("uname", 122, (long)&u, 0x22, 0x33, 0x44, 0x55, 0x66);
	kept("_llseek", 140, fd, 0, 0, (long)&pos, SEEK_SET, 0x66);
	kept("nanosleep", 162, (long)&short_nap, 0, 0x33, 0x44, 0x55, 0x66);
	kept("rt_sigaction", 174, SIGUSR1, 0, (long)buf, 8, 0x55, 0x66);
	kept("rt_sigprocmask", 175, SIG_BLOCK, 0, (long)buf, 8, 0x55, 0x66);
	kept("mmap2", 192, 0, 8192, PROT_READ | PROT_WRITE,
	     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap((void *)result[0], 8192);
	munmap((void *)result[1], 8192);
	kept("set_thread_area", 243, (long)tls, 0x22, 0x33, 0x44, 0x55, 0x66);
	kept("nr_9999", 9999, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66);
	return 0;
}
