/*
 * include/asm-i386/hardirq.h - per-CPU interrupt state (book 4.7.1):
 * pending softirqs and how deep the CPU is in interrupt handlers and in
 * bottom-half-disabled code. in_interrupt() is true in either, where a
 * task must not sleep.
 */
#ifndef __ASM_HARDIRQ_H
#define __ASM_HARDIRQ_H


typedef struct {
	unsigned int __softirq_pending;	/* raised, not yet run */
	unsigned int __local_irq_count;	/* nested hardware interrupts */
	unsigned int __local_bh_count;	/* bottom halves disabled */
	unsigned int __syscall_count;
} irq_cpustat_t;

extern irq_cpustat_t irq_stat[1];	/* one CPU until SMP */

#define softirq_pending(cpu)	(irq_stat[cpu].__softirq_pending)
#define local_irq_count(cpu)	(irq_stat[cpu].__local_irq_count)
#define local_bh_count(cpu)	(irq_stat[cpu].__local_bh_count)

#define in_interrupt() \
	(local_irq_count(0) + local_bh_count(0) != 0)
#define in_irq()		(local_irq_count(0) != 0)

#define irq_enter(cpu, irq)	(local_irq_count(cpu)++)
#define irq_exit(cpu, irq)	(local_irq_count(cpu)--)

#endif
