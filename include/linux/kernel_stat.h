/*
 * include/linux/kernel_stat.h - counters the kernel keeps for /proc/stat:
 * context switches, interrupts. The per-CPU time split of 2.4 arrives
 * with /proc.
 */
#ifndef _LINUX_KERNEL_STAT_H
#define _LINUX_KERNEL_STAT_H

struct kernel_stat {
	unsigned int context_swtch;	/* schedule() switched tasks */
	unsigned int irqs[16];		/* interrupts per IRQ line */
};

extern struct kernel_stat kstat;

#endif
