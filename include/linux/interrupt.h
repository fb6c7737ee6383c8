/*
 * include/linux/interrupt.h - registering interrupt handlers (book
 * 4.6.1.3): an irqaction per handler, chained on the IRQ's descriptor.
 * Bottom halves and softirqs are left out until drivers need them.
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <asm/ptrace.h>

/* irqaction flags */
#define SA_INTERRUPT	0x20000000	/* run with interrupts off */
#define SA_SHIRQ	0x04000000	/* the line may be shared */

struct irqaction {
	void (*handler)(int irq, void *dev_id, struct pt_regs *regs);
	unsigned long flags;
	unsigned long mask;
	const char *name;
	void *dev_id;
	struct irqaction *next;
};

int request_irq(unsigned int irq,
		void (*handler)(int, void *, struct pt_regs *),
		unsigned long flags, const char *name, void *dev_id);
void free_irq(unsigned int irq, void *dev_id);
void disable_irq(unsigned int irq);
void enable_irq(unsigned int irq);

#endif
