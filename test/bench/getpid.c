/*
 * test/bench/getpid.c - instructions per getpid through int $0x80 and
 * through __kernel_vsyscall (sysenter, or int $0x80 on a CPU without
 * SEP), run as init by test/bench/syscall. rdtsc counts instructions
 * under QEMU -icount shift=0 and Bochs clock: sync=none, ips=1e9. Each
 * figure is the best of several windows, less the empty loop, so a
 * timer tick inside one window does not count. Prints; as init, powers
 * the machine off. Elsewhere (the host) rdtsc counts time-stamp ticks.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/reboot.h>
#include "bench.h"

#define ROUNDS	1000
#define WINDOWS	7

unsigned long vsys;

/* The three loops, alike but for the instruction under test */
#define LOOP(name, insn)						\
static unsigned long long name(void)					\
{									\
	unsigned long long t0 = rdtsc();				\
	long r;								\
	int i;								\
									\
	for (i = 0; i < ROUNDS; i++)					\
		asm volatile(insn : "=a" (r) : "0" (20) : "memory");	\
	return rdtsc() - t0;						\
}

LOOP(empty, "")
LOOP(int80, "int $0x80")
LOOP(vsyscall, "call *vsys")

/* best - the fewest ticks @fn took over WINDOWS windows. */
static unsigned long long best(unsigned long long (*fn)(void))
{
	unsigned long long t, min = ~0ULL;
	int i;

	for (i = 0; i < WINDOWS; i++) {
		t = fn();
		if (t < min)
			min = t;
	}
	return min;
}

/* report_getpid - one figure, written straight to the console (no
 * stdio buffer that power-off would lose), in the line format
 * test/bench/syscall reads. */
static void report_getpid(const char *path, unsigned long long ticks)
{
	char line[100];
	int n = snprintf(line, sizeof(line), "bench: getpid through %s: "
			 "%llu ticks\n", path, ticks / ROUNDS);

	write(1, line, n);
}

int main(void)
{
	unsigned long long base;

	vsys = getauxval(AT_SYSINFO);
	base = best(empty);
	report_getpid("int $0x80", best(int80) - base);
	if (vsys)
		report_getpid("__kernel_vsyscall", best(vsyscall) - base);
	if (getpid() == 1)
		reboot(RB_POWER_OFF);
	return 0;
}
