/*
 * test/user/signals.c - signals between processes: the wait status of
 * each default action (terminate, ignore, stop and continue), a handler
 * reset to SIG_DFL by exec while an ignored signal stays ignored,
 * EINTR and SA_RESTART around a blocking waitpid, the segment
 * registers a frame saves and sigreturn loads,
 * alarm, kill's errors, a pointer into nowhere given to each call of
 * the process issue, and two processes doing floating point at once
 * (lazy FPU switching). Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <unistd.h>
#include <stdlib.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include <setjmp.h>
#include <sched.h>

#define USER_DS		0x7b	/* Linux's __USER_DS: GDT entry 15, RPL 3 */
#define USER_DS_RPL0	0x78	/* the same entry asked for at RPL 0 */

#ifndef CLONE_PARENT_SETTID
#define CLONE_PARENT_SETTID	0x00100000
#endif

static volatile int got;

static void handler(int sig)
{
	got = sig;
}

/* status_after - a child that sleeps; @sig to it; its wait status */
static int status_after(int sig)
{
	int status = -1;
	pid_t pid = fork();

	if (pid == 0) {
		for (;;)
			pause();
	}
	kill(pid, sig);
	if (sig == SIGCHLD || sig == SIGCONT) {	/* ignored: still alive */
		usleep(20000);
		kill(pid, SIGKILL);
	}
	waitpid(pid, &status, 0);
	return status;
}

/* fpu_sum - a floating point loop whose result depends on every step */
static double fpu_sum(double x)
{
	double s = 0;
	int i;

	for (i = 1; i < 300000; i++)
		s += x / i;
	return s;
}

static void set(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa;

	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

static sigjmp_buf segv_env;
static volatile int segv_code;
static void *volatile segv_addr;

static void segv_info(int sig, siginfo_t *si, void *uc)
{
	segv_code = si->si_code;
	segv_addr = si->si_addr;
	siglongjmp(segv_env, 1);
}

/* segv_at - touch @p (a write if @write); the SIGSEGV's si_code and
 * whether si_addr was @p */
static void segv_at(const char *name, char *p, int write)
{
	struct sigaction sa = { .sa_sigaction = segv_info,
				.sa_flags = SA_SIGINFO };

	sigaction(SIGSEGV, &sa, NULL);
	segv_code = -1;
	if (!sigsetjmp(segv_env, 1)) {
		if (write)
			*(volatile char *)p = 1;
		else
			(void)*(volatile char *)p;
	}
	printf("%s: si_code %d, si_addr %s\n", name, segv_code,
	       segv_addr == p ? "right" : "wrong");
	signal(SIGSEGV, SIG_DFL);
}

static volatile int trap_code, trap_addr_set;

static void trap_info(int sig, siginfo_t *si, void *uc)
{
	trap_code = si->si_code;
	trap_addr_set = si->si_addr != NULL;
	siglongjmp(segv_env, 1);
}

/* TRAP - run @insn with a SA_SIGINFO handler for @sig; print the
 * siginfo's si_code and whether si_addr was set */
#define TRAP(name, sig, insn)						\
	do {								\
		struct sigaction sa = { .sa_sigaction = trap_info,	\
					.sa_flags = SA_SIGINFO };	\
									\
		sigaction(sig, &sa, NULL);				\
		trap_code = -1;						\
		if (!sigsetjmp(segv_env, 1))				\
			asm volatile(insn : : : "eax", "edx", "ecx");	\
		printf("%s: si_code %d, si_addr %s\n", name, trap_code,	\
		       trap_addr_set ? "set" : "0");			\
		signal(sig, SIG_DFL);					\
	} while (0)

/* bad_pointers - each new call with a pointer into nowhere: the raw
 * calls, so that the C library cannot check first */
static void bad_pointers(void)
{
	void *bad = (void *)16;
	pid_t pid;

	RES("signals.bad_rt_sigaction_act", syscall(__NR_rt_sigaction,
						      SIGUSR1, bad, NULL, 8));
	RES("signals.bad_rt_sigaction_oact", syscall(__NR_rt_sigaction,
						       SIGUSR1, NULL, bad, 8));
	RES("signals.bad_sigprocmask_set", syscall(__NR_rt_sigprocmask,
						     SIG_BLOCK, bad, NULL, 8));
	RES("signals.bad_sigprocmask_oset", syscall(__NR_rt_sigprocmask,
						      SIG_BLOCK, NULL, bad, 8));
	RES("signals.bad_sigpending", syscall(__NR_rt_sigpending, bad, 8));
	RES("signals.bad_sigsuspend", syscall(__NR_rt_sigsuspend, bad, 8));
	RES("signals.bad_sigaltstack_new", syscall(__NR_sigaltstack, bad,
						     NULL));
	RES("signals.bad_sigaltstack_old", syscall(__NR_sigaltstack, NULL,
						     bad));
	RES("signals.bad_setitimer", syscall(__NR_setitimer, 0, bad, NULL));
	RES("signals.bad_getitimer", syscall(__NR_getitimer, 0, bad));
	RES("signals.bad_times", syscall(__NR_times, bad) == -1 ? -1 : 0);
	RES("signals.bad_nanosleep", syscall(__NR_nanosleep, bad, NULL));
	pid = fork();
	if (pid == 0)
		_exit(0);
	RES("signals.bad_wait4_rusage", syscall(__NR_wait4, pid, NULL, 0,
						bad));
	/* Linux makes the child and ignores a parent tid it cannot store */
	pid = syscall(__NR_clone, CLONE_PARENT_SETTID | SIGCHLD, 0, bad, 0, 0);
	if (pid == 0)
		_exit(5);
	OK("signals.bad_clone_parent_tid_child_made", pid > 0);
	RES("signals.clone_child_reaped", wait(NULL) == pid ? 0 : -1);
	RES("signals.no_child_left", wait(NULL));
}

/* The data segment registers in a signal frame (i386's struct
 * sigcontext begins with them) */
struct frame_segs {
	unsigned short gs, __gsh, fs, __fsh, es, __esh, ds, __dsh;
};

static void segs_handler(int sig, siginfo_t *si, void *uc)
{
	/* uc_mcontext follows uc_flags, uc_link and the 12-byte uc_stack */
	struct frame_segs *f = (struct frame_segs *)((char *)uc + 20);

	printf("signals.frame_fs_es_ds: %x %x %x\n", f->fs, f->es, f->ds);
	f->fs = USER_DS_RPL0;
	f->es = USER_DS_RPL0;
}

/* frame_segments - the frame holds the interrupted %fs, %es and %ds,
 * and sigreturn loads the segments a handler wrote there */
static void frame_segments(void)
{
	struct sigaction sa = { .sa_sigaction = segs_handler,
				.sa_flags = SA_SIGINFO };
	unsigned int fs, es;

	sigaction(SIGUSR2, &sa, NULL);
	asm volatile("movl %0, %%fs" : : "r" (USER_DS));
	raise(SIGUSR2);
	asm volatile("movl %%fs, %0; movl %%es, %1" : "=r" (fs), "=r" (es));
	asm volatile("movl %0, %%es; movl %1, %%fs" : : "r" (USER_DS), "r" (0));
	printf("signals.after_sigreturn_fs_es: %x %x\n", fs, es);
}

int main(int argc, char **argv)
{
	static char *exec_argv[] = { "signals", "after-exec", NULL };
	int status, fd[1];
	pid_t pid;

	if (argc > 1) {		/* after exec: SIGUSR1 default, USR2 ignored */
		kill(getpid(), SIGUSR2);
		printf("signals.exec_kept_ignored: yes\n");
		raise(SIGUSR1);
		printf("signals.exec_reset_handler: no\n");
		_exit(0);
	}
	printf("signals.term_status: %d\n", status_after(SIGTERM));
	printf("signals.kill_status: %d\n", status_after(SIGKILL));
	printf("signals.usr1_status: %d\n", status_after(SIGUSR1));
	printf("signals.chld_ignored_status: %d\n", status_after(SIGCHLD));

	pid = fork();
	if (pid == 0) {
		for (;;)
			pause();
	}
	kill(pid, SIGSTOP);
	RES("signals.stopped_pid", waitpid(pid, &status, WUNTRACED) == pid);
	printf("signals.stopped_status: %x\n", status);
	kill(pid, SIGCONT);
	kill(pid, SIGTERM);
	waitpid(pid, &status, 0);
	printf("signals.continued_then_term: %d\n", status);

	pid = fork();
	if (pid == 0) {
		set(SIGUSR1, handler, 0);
		signal(SIGUSR2, SIG_IGN);
		execve("/bin/signals", exec_argv, NULL);
		_exit(99);
	}
	waitpid(pid, &status, 0);
	printf("signals.exec_status: %d\n", status);

	set(SIGALRM, handler, 0);
	alarm(1);
	RES("signals.pause_eintr", pause());
	printf("signals.alarm_delivered: %d\n", got);

	fd[0] = fork();
	if (fd[0] == 0) {
		usleep(1500000);
		_exit(4);
	}
	set(SIGALRM, handler, 0);
	alarm(1);
	RES("signals.wait_eintr", waitpid(fd[0], &status, 0));
	set(SIGALRM, handler, SA_RESTART);
	alarm(1);
	RES("signals.wait_restarted", waitpid(fd[0], &status, 0) == fd[0]);
	printf("signals.restarted_status: %d\n", status);
	alarm(0);

	RES("signals.kill_no_such_pid", kill(30000, SIGTERM));
	RES("signals.kill_bad_signal", kill(getpid(), 99));
	RES("signals.kill_zero_signal", kill(getpid(), 0));
	RES("signals.kill_init_ignored", kill(1, SIGTERM));
	RES("signals.sigaction_kill", signal(SIGKILL, handler) == SIG_ERR ?
	    -1 : 0);
	bad_pointers();
	frame_segments();
	segv_at("signals.segv_unmapped", (char *)0x10, 0);
	segv_at("signals.segv_read_only", (char *)main, 1);
	TRAP("signals.fpe_divide", SIGFPE,
	     "xorl %%ecx, %%ecx; movl $1, %%eax; cltd; idivl %%ecx");
	TRAP("signals.fpe_x87_divide", SIGFPE,
	     "fninit; pushl $0x037b; fldcw (%%esp); popl %%eax; "
	     "fld1; fldz; fdivrp; fwait");
	TRAP("signals.fpe_x87_invalid", SIGFPE,
	     "fninit; pushl $0x037e; fldcw (%%esp); popl %%eax; "
	     "fldz; fldz; fdivrp; fwait");
	TRAP("signals.fpe_x87_overflow", SIGFPE,
	     "fninit; pushl $0x0377; fldcw (%%esp); popl %%eax; "
	     "pushl $0x7fefffff; pushl $-1; fldl (%%esp); "
	     "fadd %%st(0), %%st; fstpl (%%esp); fwait; popl %%eax; "
	     "popl %%eax");
	TRAP("signals.fpe_x87_inexact", SIGFPE,
	     "fninit; pushl $0x035f; fldcw (%%esp); popl %%eax; "
	     "fld1; pushl $3; fidivl (%%esp); popl %%eax; fwait");
	asm volatile("fninit");
	TRAP("signals.ill_ud2", SIGILL, "ud2");
	TRAP("signals.trap_int3", SIGTRAP, "int3");
	TRAP("signals.trap_step", SIGTRAP,
	     "pushfl; orl $0x100, (%%esp); popfl; nop; nop");

	pid = fork();
	if (pid == 0)
		_exit(fpu_sum(1.0) > 13.1 && fpu_sum(1.0) < 13.2 ? 0 : 1);
	{
		double mine = fpu_sum(2.0);

		waitpid(pid, &status, 0);
		OK("signals.fpu_parent_right", mine > 26.2 && mine < 26.4);
		printf("signals.fpu_child_status: %d\n", status);
	}
	return 0;
}
