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
#include <linux/linkage.h>

struct pt_regs;

/* The entry stubs of the 16 IRQs, built in arch/i386/kernel/i8259.c */
extern void (*interrupt[NR_IRQS])(void);

/* arch/i386/kernel/entry.S: the exceptions' and system calls' entries */
asmlinkage void divide_error(void);
asmlinkage void debug(void);
asmlinkage void nmi(void);
asmlinkage void int3(void);
asmlinkage void overflow(void);
asmlinkage void bounds(void);
asmlinkage void invalid_op(void);
asmlinkage void device_not_available(void);
asmlinkage void coprocessor_segment_overrun(void);
asmlinkage void invalid_TSS(void);
asmlinkage void segment_not_present(void);
asmlinkage void stack_segment(void);
asmlinkage void general_protection(void);
asmlinkage void page_fault(void);
asmlinkage void spurious_interrupt_bug(void);
asmlinkage void coprocessor_error(void);
asmlinkage void alignment_check(void);
asmlinkage void machine_check(void);
asmlinkage void simd_coprocessor_error(void);
asmlinkage void system_call(void);
asmlinkage void sysenter_entry(void);

/* arch/i386/kernel/entry.S: the local APIC's vectors */
asmlinkage void apic_timer_interrupt(void);
asmlinkage void call_function_interrupt(void);
asmlinkage void reschedule_interrupt(void);
asmlinkage void invalidate_interrupt(void);
asmlinkage void error_interrupt(void);
asmlinkage void spurious_interrupt(void);

/* arch/i386/kernel/smp.c: their handlers */
asmlinkage void smp_call_function_interrupt(struct pt_regs regs);
asmlinkage void smp_reschedule_interrupt(struct pt_regs regs);
asmlinkage void smp_invalidate_interrupt(struct pt_regs regs);

/* arch/i386/kernel/traps.c */
void trap_init(void);
void die(const char *str, struct pt_regs *regs, long err);
void cpu_init(void);
#endif

#endif
