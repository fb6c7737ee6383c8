/*
 * include/asm-i386/hw_irq.h - how the 256 IDT vectors are used (slide
 * "IDT Entries"):
 *   0x00-0x13  exceptions and NMI          (trap_init)
 *   0x14-0x1f  reserved by Intel
 *   0x20-0x7f  external interrupts (IRQs)  (init_IRQ: the 8259A at 0x20)
 *   0x80       system calls                (set_system_gate)
 *   0x81-0xee  external interrupts
 *   0xef       local APIC timer
 *   0xf0-0xfa  reserved by Linux
 *   0xfb-0xff  interprocessor interrupts and APIC errors
 */
#ifndef _ASM_HW_IRQ_H
#define _ASM_HW_IRQ_H

#define FIRST_EXTERNAL_VECTOR	0x20
#define SYSCALL_VECTOR		0x80
#define LOCAL_TIMER_VECTOR	0xef
#define CALL_FUNCTION_VECTOR	0xfb
#define RESCHEDULE_VECTOR	0xfc
#define INVALIDATE_TLB_VECTOR	0xfd
#define ERROR_APIC_VECTOR	0xfe
#define SPURIOUS_APIC_VECTOR	0xff

#define NR_VECTORS		256
#define NR_IRQS			16	/* the two 8259As */

#ifndef __ASSEMBLY__
/* The entry stubs of the 16 IRQs, built in arch/i386/kernel/i8259.c */
extern void (*interrupt[NR_IRQS])(void);
#endif

#endif
