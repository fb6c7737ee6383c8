/*
 * include/linux/kernel_stat.h - counters the kernel keeps for /proc/stat:
 * ticks spent in user and system mode, context switches, interrupts.
 * The ticks are counted per CPU, each by its own tick; 2.4's nice time
 * is counted as user time.
 */
#ifndef _LINUX_KERNEL_STAT_H
#define _LINUX_KERNEL_STAT_H

#include <linux/threads.h>

struct kernel_stat {
	unsigned int per_cpu_user[NR_CPUS], per_cpu_system[NR_CPUS];
	unsigned int context_swtch;	/* schedule() switched tasks */
	unsigned int irqs[16];		/* interrupts per IRQ line */
};

extern struct kernel_stat kstat;

#endif
