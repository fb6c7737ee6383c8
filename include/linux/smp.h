/*
 * include/linux/smp.h - what generic code may ask of the other CPUs:
 * smp_call_function (arch/i386/kernel/smp.c) and, from the slides'
 * example in kernel/synchronize.c, synchronize_all/unsynchronize_all.
 */
#ifndef __LINUX_SMP_H
#define __LINUX_SMP_H

#include <asm/smp.h>

int smp_call_function(void (*func)(void *info), void *info, int nonatomic,
		      int wait);

/* kernel/synchronize.c: the slides' example, not in Linux */
void synchronize_all(void);
void unsynchronize_all(void);
void smp_selftest(void);

#endif
