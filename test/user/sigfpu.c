/*
 * test/user/sigfpu.c - a signal handler that changes the FPU does not
 * change it for the code it interrupted: sigreturn puts back the x87
 * control word, the SSE control register and the x87 register stack
 * the frame saved, and the handler starts with the FPU freshly
 * initialised. Page faults, whose fresh pages the kernel may clear with
 * MMX stores, leave the x87 stack and the MMX registers as they were.
 * Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <signal.h>
#include <unistd.h>
#include <sys/mman.h>

#define CW_ROUND_DOWN	0x077f	/* all exceptions masked, round down */
#define CW_ROUND_UP	0x0b7f
#define MXCSR_FTZ	0x9f80	/* masked, flush to zero */

static volatile unsigned short handler_cw;
static volatile unsigned int handler_mxcsr;

static unsigned short get_cw(void)
{
	unsigned short cw;

	asm volatile("fnstcw %0" : "=m" (cw));
	return cw;
}

static void set_cw(unsigned short cw)
{
	asm volatile("fldcw %0" : : "m" (cw));
}

static unsigned int get_mxcsr(void)
{
	unsigned int m;

	asm volatile("stmxcsr %0" : "=m" (m));
	return m;
}

static void set_mxcsr(unsigned int m)
{
	asm volatile("ldmxcsr %0" : : "m" (m));
}

static void handler(int sig)
{
	handler_cw = get_cw();
	handler_mxcsr = get_mxcsr();
	set_cw(CW_ROUND_UP);
	set_mxcsr(0x1f80);
	asm volatile("fldpi; fldpi; fldpi");	/* leave junk on the stack */
}

/* faults_keep_fpu - first touches of fresh anonymous pages between
 * FPU instructions: an x87 value and an MMX register survive them */
static void faults_keep_fpu(void)
{
	char *p = mmap(0, 8 * 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long long in = 0x0123456789abcdefULL, out = 0;
	double pi;
	int i;

	asm volatile("fldpi");
	for (i = 0; i < 4; i++)
		p[i * 4096] = 1;
	asm volatile("fstpl %0" : "=m" (pi));
	printf("sigfpu.pi_after_faults: %.17g\n", pi);
	asm volatile("movq %2, %%mm1\n\t"
		     "movb $1, (%1); movb $1, 4096(%1)\n\t"
		     "movq %%mm1, %0\n\t"
		     "emms"
		     : "=m" (out) : "r" (p + 4 * 4096), "m" (in) : "memory");
	printf("sigfpu.mmx_after_faults: %llx\n", out);
}

int main(void)
{
	struct sigaction sa = { .sa_handler = handler };
	double top;

	sigaction(SIGUSR1, &sa, NULL);
	set_cw(CW_ROUND_DOWN);
	set_mxcsr(MXCSR_FTZ);
	asm volatile("fld1");			/* 1.0 on the x87 stack */
	kill(getpid(), SIGUSR1);
	asm volatile("fstpl %0" : "=m" (top));
	printf("sigfpu.handler_saw_cw: %04x\n", handler_cw);
	printf("sigfpu.handler_saw_mxcsr: %04x\n", handler_mxcsr);
	printf("sigfpu.cw_after: %04x\n", get_cw());
	printf("sigfpu.mxcsr_after: %04x\n", get_mxcsr());
	printf("sigfpu.stack_top_after: %g\n", top);
	faults_keep_fpu();
	return 0;
}
