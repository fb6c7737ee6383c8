/*
 * test/user/sysenter_flags.c - flags a program sets before it enters
 * the kernel through the vsyscall page's sysenter (AT_SYSINFO): with NT
 * (nested task) set, a call returns and a signal it raises is handled,
 * where a kernel that kept NT running would make its next iret a task
 * switch; DF (std) must not turn the kernel's string copies around.
 * What the flags are afterwards is compared with Linux too.
 */
#include "utest.h"
#include <signal.h>
#include <sys/syscall.h>

#define AT_SYSINFO	32
#define EFLAGS_DF	0x00000400
#define EFLAGS_NT	0x00004000

extern char **environ;
static volatile int handled;

/* sysinfo - AT_SYSINFO from the auxiliary vector after the environment */
static unsigned long sysinfo(void)
{
	char **e = environ;
	unsigned long *a;

	while (*e)
		e++;
	for (a = (unsigned long *)(e + 1); a[0]; a += 2)
		if (a[0] == AT_SYSINFO)
			return a[1];
	return 0;
}

/* call_with - system call @nr(@b, @c) through @entry with @set ORed into
 * the flags; *@after gets the flags it returns with. Returns its result. */
static long call_with(unsigned long entry, unsigned long set, long nr,
		      long b, long c, unsigned long *after)
{
	long r;

	/* %edi carries the flags to set in, and the flags out; the last
	 * popfl clears NT and DF again (0x4400) before C code runs */
	asm volatile("pushfl; orl %%edi, (%%esp); popfl\n\t"
		     "call *%%esi\n\t"
		     "pushfl; popl %%edi\n\t"
		     "pushfl; andl $0xffffbbff, (%%esp); popfl"
		     : "=a" (r), "=D" (*after)
		     : "S" (entry), "0" (nr), "b" (b), "c" (c), "1" (set)
		     : "memory", "cc", "edx");
	return r;
}

static void handler(int sig)
{
	handled = sig;
}

int main(void)
{
	unsigned long entry = sysinfo(), after;
	char buf[32] = "";
	long r;

	OK("sysenter_flags.has_sysinfo", entry != 0);
	if (!entry)
		return 1;
	r = call_with(entry, EFLAGS_NT, __NR_getpid, 0, 0, &after);
	OK("sysenter_flags.getpid_with_nt", r == getpid());
	OK("sysenter_flags.nt_after_getpid", after & EFLAGS_NT);
	signal(SIGUSR1, handler);
	r = call_with(entry, EFLAGS_NT, __NR_kill, getpid(), SIGUSR1, &after);
	OK("sysenter_flags.kill_with_nt_returns_0", r == 0);
	OK("sysenter_flags.handler_ran", handled == SIGUSR1);
	OK("sysenter_flags.nt_after_signal", after & EFLAGS_NT);
	r = call_with(entry, EFLAGS_DF, __NR_getcwd, (long)buf, sizeof(buf),
		      &after);
	OK("sysenter_flags.getcwd_with_df", r > 0 && !strcmp(buf, "/"));
	OK("sysenter_flags.df_after_getcwd", after & EFLAGS_DF);
	return 0;
}
