/*
 * test/bench/bench.h - what the benchmark programs share: rdtsc, which
 * counts executed instructions under QEMU -icount shift=0 and Bochs's
 * clock: sync=none, and report, which prints one "bench: NAME: N" line
 * for harness.bench_figures.
 */
#ifndef BENCH_H
#define BENCH_H

#include <stdio.h>
#include <unistd.h>

static inline unsigned long long rdtsc(void)
{
	unsigned long long t;

	asm volatile("rdtsc" : "=A" (t));
	return t;
}

/* report - one figure, straight to the console */
static inline void report(const char *what, unsigned long long n)
{
	char line[120];
	int len = snprintf(line, sizeof(line), "bench: %s: %llu\n", what, n);

	write(1, line, len);
}

#endif
