/*
 * include/asm-i386/softirq.h - turning bottom halves off and on for this
 * CPU (book 4.7.1): while local_bh_count is not zero, softirqs wait;
 * local_bh_enable runs the ones raised meanwhile.
 */
#ifndef __ASM_SOFTIRQ_H
#define __ASM_SOFTIRQ_H

#include <asm/hardirq.h>
#include <asm/system.h>

#define local_bh_disable() \
	do { local_bh_count(smp_processor_id())++; barrier(); } while (0)
#define __local_bh_enable() \
	do { barrier(); local_bh_count(smp_processor_id())--; } while (0)

#define local_bh_enable()						\
do {									\
	int __cpu = smp_processor_id();					\
									\
	__local_bh_enable();						\
	if (!local_bh_count(__cpu) && softirq_pending(__cpu))		\
		do_softirq();						\
} while (0)

#endif
