/*
 * include/linux/kernel_stat.h - counters the kernel keeps for /proc/stat:
 * ticks spent in user and system mode, context switches, interrupts.
 * One CPU until SMP; 2.4's nice time is counted as user time.
 */
#ifndef _LINUX_KERNEL_STAT_H
#define _LINUX_KERNEL_STAT_H

struct kernel_stat {
	unsigned int per_cpu_user[1], per_cpu_system[1];	/* ticks */
	unsigned int context_swtch;	/* schedule() switched tasks */
	unsigned int irqs[16];		/* interrupts per IRQ line */
};

extern struct kernel_stat kstat;

#endif
