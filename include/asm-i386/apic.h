/*
 * include/asm-i386/apic.h - reaching this CPU's local APIC: its
 * registers are memory at the fixmap slot FIX_APIC_BASE, mapped
 * uncached by init_apic_mappings. The functions are in
 * arch/i386/kernel/apic.c.
 */
#ifndef __ASM_APIC_H
#define __ASM_APIC_H

#include <asm/apicdef.h>
#include <asm/fixmap.h>
#include <asm/ptrace.h>
#include <linux/linkage.h>

#define APIC_BASE	(__fix_to_virt(FIX_APIC_BASE))

static inline void apic_write(unsigned long reg, unsigned long v)
{
	*((volatile unsigned long *)(APIC_BASE + reg)) = v;
}

static inline unsigned long apic_read(unsigned long reg)
{
	return *((volatile unsigned long *)(APIC_BASE + reg));
}

/* ack_APIC_irq - end of interrupt: the APIC may deliver the next one */
static inline void ack_APIC_irq(void)
{
	apic_write(APIC_EOI, 0);
}

/* Set once the local APIC timers give every CPU its tick (apic.c) */
extern int using_apic_timer;

void init_apic_mappings(void);
void setup_local_APIC(void);
void setup_boot_APIC_clock(void);
void setup_secondary_APIC_clock(void);
void wait_ticks(unsigned long n);
asmlinkage void smp_apic_timer_interrupt(struct pt_regs regs);
asmlinkage void smp_spurious_interrupt(struct pt_regs regs);
asmlinkage void smp_error_interrupt(struct pt_regs regs);

#endif
