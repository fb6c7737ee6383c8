/*
 * include/linux/threads.h - how many CPUs lk24 is built for. NR_CPUS
 * sizes the per-CPU arrays (cpu_data, irq_stat, init_tss, init_tasks,
 * the GDTs). 2.4 allows 32; lk24 stops at 8, the number of CPUs the
 * local APICs' flat logical mode can address, so an IPI mask fits in
 * the ICR's 8-bit destination field.
 */
#ifndef _LINUX_THREADS_H
#define _LINUX_THREADS_H

#define NR_CPUS		8

#endif
