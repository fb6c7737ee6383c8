/*
 * include/asm-i386/param.h - HZ: timer interrupts per second.
 */
#ifndef _ASMi386_PARAM_H
#define _ASMi386_PARAM_H

#define HZ		100
#define CLOCK_TICK_RATE	1193182		/* the 8254 PIT's input, in Hz */
#define LATCH		((CLOCK_TICK_RATE + HZ / 2) / HZ)

#endif
