/*
 * include/asm-i386/apicdef.h - the local APIC's registers, as offsets
 * into its 4 KB page (Intel SDM vol. 3, "Local APIC Register Address
 * Map"), and the bits lk24 writes into them. Only the registers that
 * arch/i386/kernel/apic.c and smp.c use are named.
 */
#ifndef __ASM_APICDEF_H
#define __ASM_APICDEF_H

#define APIC_DEFAULT_PHYS_BASE	0xfee00000

#define APIC_ID			0x20	/* bits 31-24: this APIC's id */
#define GET_APIC_ID(x)		(((x) >> 24) & 0xff)
#define APIC_LVR		0x30	/* version, number of LVT entries */
#define GET_APIC_VERSION(x)	((x) & 0xff)
#define GET_APIC_MAXLVT(x)	(((x) >> 16) & 0xff)
#define APIC_TASKPRI		0x80	/* interrupts below are held back */
#define APIC_TPRI_MASK		0xff
#define APIC_EOI		0xb0	/* write 0: end of interrupt */
#define APIC_LDR		0xd0	/* logical destination */
#define SET_APIC_LOGICAL_ID(x)	(((x) & 0xff) << 24)
#define APIC_DFR		0xe0	/* destination format */
#define APIC_DFR_FLAT		0xffffffff
#define APIC_SPIV		0xf0	/* spurious vector, software enable */
#define APIC_SPIV_APIC_ENABLED	(1 << 8)
#define APIC_VECTOR_MASK	0xff
#define APIC_ESR		0x280	/* error status */
#define APIC_ICR		0x300	/* interrupt command, low word */
#define APIC_ICR2		0x310	/* interrupt command, destination */
#define SET_APIC_DEST_FIELD(x)	((x) << 24)
#define APIC_LVTT		0x320	/* timer */
#define APIC_LVT0		0x350	/* LINT0 pin */
#define APIC_LVT1		0x360	/* LINT1 pin */
#define APIC_LVTERR		0x370	/* error */
#define APIC_TMICT		0x380	/* timer initial count */
#define APIC_TMCCT		0x390	/* timer current count */
#define APIC_TDCR		0x3e0	/* timer divide configuration */
#define APIC_TDR_DIV_16		0x3

/* Fields of the ICR and of the LVT entries */
#define APIC_DM_FIXED		0x00000
#define APIC_DM_NMI		0x00400
#define APIC_DM_INIT		0x00500
#define APIC_DM_STARTUP		0x00600
#define APIC_DM_EXTINT		0x00700
#define APIC_DEST_LOGICAL	0x00800
#define APIC_ICR_BUSY		0x01000	/* delivery status: send pending */
#define APIC_INT_ASSERT		0x04000
#define APIC_INT_LEVELTRIG	0x08000
#define APIC_LVT_MASKED		0x10000
#define APIC_LVT_TIMER_PERIODIC	0x20000
#define APIC_DEST_SELF		0x40000
#define APIC_DEST_ALLINC	0x80000
#define APIC_DEST_ALLBUT	0xc0000

#endif
