/*
 * test/user/faults.c - every exception a user program can raise ends in
 * the signal Linux sends for it, delivered to a handler, and the program
 * goes on (slides "Traps vs. Interrupts", "error_code on i386"). The
 * handler leaves with siglongjmp. Compared with the host's Linux.
 */
#include "utest.h"
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>

static sigjmp_buf env;
static volatile int caught;

static void handler(int sig)
{
	caught = sig;
	siglongjmp(env, 1);
}

static const char *signame(int sig)
{
	switch (sig) {
	case 0: return "none";
	case SIGILL: return "SIGILL";
	case SIGTRAP: return "SIGTRAP";
	case SIGBUS: return "SIGBUS";
	case SIGFPE: return "SIGFPE";
	case SIGSEGV: return "SIGSEGV";
	default: return "other";
	}
}

#define FAULT(name, code)						\
	do {								\
		caught = 0;						\
		if (!sigsetjmp(env, 1)) {				\
			code;						\
		}							\
		printf("fault.%s: %s\n", name, signame(caught));	\
	} while (0)

static volatile int returned;

static void back(int sig)
{
	returned++;
}

static void back_rt(int sig, siginfo_t *si, void *uc)
{
	returned++;
}

/*
 * handler_returns - a handler that returns normally goes back through
 * the restorer to sigreturn (or rt_sigreturn with SA_SIGINFO), which
 * resumes after the int3 with the registers as they were.
 */
static void handler_returns(const char *name, struct sigaction *sa)
{
	unsigned long ebx;

	sigaction(SIGTRAP, sa, NULL);
	returned = 0;
	asm volatile("movl $0x12345678, %%ebx; int3; movl %%ebx, %0"
		     : "=r" (ebx) : : "ebx");
	printf("sigreturn.%s: %s\n", name,
	       returned == 1 && ebx == 0x12345678 ? "resumed" : "lost");
}

int main(void)
{
	static const int range[2] = { 0, 10 };
	struct sigaction sa = { .sa_handler = handler };
	unsigned short cw = 0x037b;	/* x87: unmask divide by zero */
	unsigned int mxcsr = 0x1d80;	/* SSE: unmask divide by zero */
	static float one = 1.0f, zero = 0.0f;
	int sig;

	for (sig = 1; sig < 32; sig++)
		sigaction(sig, &sa, NULL);
	FAULT("vector_0_divide_error",
	      asm volatile("divl %%ecx" : : "a" (1), "d" (0), "c" (0)));
	FAULT("vector_1_single_step",
	      asm volatile("pushfl; orl $0x100, (%esp); popfl; nop"));
	FAULT("vector_3_int3", asm volatile("int3"));
	FAULT("vector_4_into",
	      asm volatile("addl $1, %%eax; into" : : "a" (0x7fffffff)));
	FAULT("vector_5_bound",
	      asm volatile("boundl %%eax, %0" : : "m" (range), "a" (20)));
	FAULT("vector_6_ud2", asm volatile("ud2"));
	FAULT("vector_13_privileged_insn", asm volatile("cli"));
	FAULT("vector_13_bad_selector",
	      asm volatile("movw %w0, %%fs" : : "r" (0xfff8)));
	FAULT("vector_13_int_0x81", asm volatile("int $0x81"));
	FAULT("vector_14_null_read", (void)*(volatile int *)0);
	FAULT("vector_14_kernel_write",
	      *(volatile int *)0xc0100000 = 1);
	FAULT("vector_16_x87_divide",
	      asm volatile("fninit; fldcw %0; fld1; fldz; fdivrp; fwait"
			   : : "m" (cw)));
	asm volatile("fnclex; fninit");
	FAULT("vector_17_alignment",
	      asm volatile("pushfl; orl $0x40000, (%%esp); popfl; "
			   "movl 1(%0), %%eax; pushfl; "
			   "andl $~0x40000, (%%esp); popfl"
			   : : "r" (range) : "eax"));
	asm volatile("pushfl; andl $~0x40000, (%esp); popfl");
	FAULT("vector_19_sse_divide",
	      asm volatile("ldmxcsr %0; movss %1, %%xmm0; divss %2, %%xmm0"
			   : : "m" (mxcsr), "m" (one), "m" (zero)));
	sa.sa_handler = back;
	handler_returns("classic_frame", &sa);
	sa.sa_sigaction = back_rt;
	sa.sa_flags = SA_SIGINFO;
	handler_returns("rt_frame", &sa);
	printf("fault.still_running: yes\n");
	return 0;
}
