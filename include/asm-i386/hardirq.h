/*
 * include/asm-i386/hardirq.h - per-CPU interrupt state (book 4.7.1):
 * pending softirqs and how deep the CPU is in interrupt handlers and in
 * bottom-half-disabled code. in_interrupt() is true in either, where a
 * task must not sleep. The local APIC's interrupts are counted here
 * too, per CPU, for /proc/interrupts.
 */
#ifndef __ASM_HARDIRQ_H
#define __ASM_HARDIRQ_H

#include <linux/threads.h>
#include <asm/smp.h>

/* a cache line each, so that CPUs do not share one */
typedef struct __attribute__((aligned(32))) {
	unsigned int __softirq_pending;	/* raised, not yet run */
	unsigned int __local_irq_count;	/* nested hardware interrupts */
	unsigned int __local_bh_count;	/* bottom halves disabled */
	unsigned int __syscall_count;
	unsigned int apic_timer_irqs;	/* LOCAL_TIMER_VECTOR */
	unsigned int ipi_call_irqs;	/* CALL_FUNCTION_VECTOR */
	unsigned int ipi_resched_irqs;	/* RESCHEDULE_VECTOR */
	unsigned int ipi_tlb_irqs;	/* INVALIDATE_TLB_VECTOR */
	unsigned int apic_error_irqs;	/* ERROR_APIC_VECTOR */
	unsigned int apic_spurious_irqs;	/* SPURIOUS_APIC_VECTOR */
} irq_cpustat_t;

extern irq_cpustat_t irq_stat[NR_CPUS];

#define softirq_pending(cpu)	(irq_stat[cpu].__softirq_pending)
#define local_irq_count(cpu)	(irq_stat[cpu].__local_irq_count)
#define local_bh_count(cpu)	(irq_stat[cpu].__local_bh_count)

#define in_interrupt() ({ int __cpu = smp_processor_id(); \
	local_irq_count(__cpu) + local_bh_count(__cpu) != 0; })
#define in_irq()		(local_irq_count(smp_processor_id()) != 0)

#define irq_enter(cpu, irq)	(local_irq_count(cpu)++)
#define irq_exit(cpu, irq)	(local_irq_count(cpu)--)

#endif
