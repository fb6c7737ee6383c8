/*
 * arch/i386/kernel/i8259.c - the two 8259A interrupt controllers
 * (slide "More on IDT Initialization": init_IRQ; book 4.2.2). The master
 * takes IRQs 0-7 on vectors 0x20-0x27, the slave on its IR2 takes 8-15
 * on 0x28-0x2f. A line is acknowledged by masking it and sending a
 * specific EOI; it is unmasked when its handlers are done. The I/O APIC
 * is left out: with several CPUs the 8259A stays in virtual wire mode
 * (apic.c), and init_IRQ also points the local APIC's vectors at their
 * stubs.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/interrupt.h>
#include <asm/io.h>
#include <asm/hw_irq.h>
#include <asm/desc.h>


static spinlock_t i8259A_lock = SPIN_LOCK_UNLOCKED;
/* 1 = masked; everything but the cascade line (IRQ 2) at first */
static unsigned int cached_irq_mask = 0xfffb;

#define cached_21	(cached_irq_mask & 0xff)
#define cached_A1	(cached_irq_mask >> 8)

static void write_mask(void)
{
	outb(cached_21, 0x21);
	outb(cached_A1, 0xa1);
}

void disable_8259A_irq(unsigned int irq)
{
	unsigned long flags;

	spin_lock_irqsave(&i8259A_lock, flags);
	cached_irq_mask |= 1 << irq;
	write_mask();
	spin_unlock_irqrestore(&i8259A_lock, flags);
}

void enable_8259A_irq(unsigned int irq)
{
	unsigned long flags;

	spin_lock_irqsave(&i8259A_lock, flags);
	cached_irq_mask &= ~(1 << irq);
	write_mask();
	spin_unlock_irqrestore(&i8259A_lock, flags);
}

static unsigned int startup_8259A_irq(unsigned int irq)
{
	enable_8259A_irq(irq);
	return 0;
}

/*
 * mask_and_ack_8259A - the line stays masked while its handlers run;
 * a specific EOI (0x60 + line) tells the chip it may deliver others. A
 * slave line needs an EOI on both chips.
 */
static void mask_and_ack_8259A(unsigned int irq)
{
	unsigned long flags;

	spin_lock_irqsave(&i8259A_lock, flags);
	cached_irq_mask |= 1 << irq;
	write_mask();
	if (irq & 8) {
		outb(0x60 + (irq & 7), 0xa0);
		outb(0x60 + 2, 0x20);	/* the cascade line on the master */
	} else {
		outb(0x60 + irq, 0x20);
	}
	spin_unlock_irqrestore(&i8259A_lock, flags);
}

static void end_8259A_irq(unsigned int irq)
{
	if (!(irq_desc[irq].status & (IRQ_DISABLED | IRQ_INPROGRESS)))
		enable_8259A_irq(irq);
}

static struct hw_interrupt_type i8259A_irq_type = {
	.typename	= "XT-PIC",
	.startup	= startup_8259A_irq,
	.shutdown	= disable_8259A_irq,
	.enable		= enable_8259A_irq,
	.disable	= disable_8259A_irq,
	.ack		= mask_and_ack_8259A,
	.end		= end_8259A_irq,
};

/*
 * init_8259A - program both chips: edge triggered, cascaded, vectors
 * 0x20 and 0x28, 8086 mode; then mask every line but the cascade.
 */
static void __init init_8259A(void)
{
	outb(0xff, 0x21);		/* mask all while we reprogram */
	outb(0xff, 0xa1);
	outb_p(0x11, 0x20);		/* ICW1: edge, cascade, ICW4 follows */
	outb_p(FIRST_EXTERNAL_VECTOR, 0x21);	/* ICW2: IRQ0 -> 0x20 */
	outb_p(0x04, 0x21);		/* ICW3: a slave on IR2 */
	outb_p(0x01, 0x21);		/* ICW4: 8086 mode, normal EOI */
	outb_p(0x11, 0xa0);
	outb_p(FIRST_EXTERNAL_VECTOR + 8, 0xa1);	/* IRQ8 -> 0x28 */
	outb_p(0x02, 0xa1);		/* ICW3: our cascade identity */
	outb_p(0x01, 0xa1);
	write_mask();
}

/* The cascade: IRQ 2 carries the slave and has no work of its own */
static void no_action(int irq, void *dev_id, struct pt_regs *regs)
{
}

static struct irqaction irq2 = {
	.handler = no_action, .name = "cascade",
};

/*
 * init_IRQ - the interrupt half of the IDT: each IRQ line's descriptor
 * goes to the 8259A, each vector 0x20-0x2f to its stub in entry.S.
 */
void __init init_IRQ(void)
{
	int i;

	init_8259A();
	for (i = 0; i < NR_IRQS; i++) {
		irq_desc[i].status = IRQ_DISABLED;
		irq_desc[i].action = NULL;
		irq_desc[i].depth = 1;
		irq_desc[i].handler = &i8259A_irq_type;
		set_intr_gate(FIRST_EXTERNAL_VECTOR + i, interrupt[i]);
	}
	set_intr_gate(LOCAL_TIMER_VECTOR, apic_timer_interrupt);
	set_intr_gate(CALL_FUNCTION_VECTOR, call_function_interrupt);
	set_intr_gate(RESCHEDULE_VECTOR, reschedule_interrupt);
	set_intr_gate(INVALIDATE_TLB_VECTOR, invalidate_interrupt);
	set_intr_gate(ERROR_APIC_VECTOR, error_interrupt);
	set_intr_gate(SPURIOUS_APIC_VECTOR, spurious_interrupt);
	setup_irq(2, &irq2);
	printk(KERN_INFO "init_IRQ: 8259A pair at vectors 0x%02x-0x%02x\n",
	       FIRST_EXTERNAL_VECTOR, FIRST_EXTERNAL_VECTOR + NR_IRQS - 1);
}
