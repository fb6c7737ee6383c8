/*
 * include/linux/irq.h - the IRQ descriptors (book 4.6.1): for each IRQ
 * line the controller that drives it (hw_interrupt_type), its state and
 * the chain of handlers (irqaction) that share it.
 */
#ifndef __irq_h
#define __irq_h

#include <linux/spinlock.h>
#include <asm/hw_irq.h>
#include <asm/ptrace.h>

/* irq_desc_t status bits */
#define IRQ_INPROGRESS	1	/* handlers are running */
#define IRQ_DISABLED	2	/* disable_irq, or no handler */
#define IRQ_PENDING	4	/* arrived while disabled or in progress */

/* What a programmable interrupt controller must do for a line */
struct hw_interrupt_type {
	const char *typename;
	unsigned int (*startup)(unsigned int irq);
	void (*shutdown)(unsigned int irq);
	void (*enable)(unsigned int irq);
	void (*disable)(unsigned int irq);
	void (*ack)(unsigned int irq);
	void (*end)(unsigned int irq);
};
typedef struct hw_interrupt_type hw_irq_controller;

typedef struct {
	unsigned int status;		/* IRQ_* */
	hw_irq_controller *handler;
	struct irqaction *action;	/* the handler chain */
	unsigned int depth;		/* nested disable_irq calls */
	spinlock_t lock;
} irq_desc_t;

extern irq_desc_t irq_desc[NR_IRQS];

/* How many times each IRQ line fired (2.4's kstat.irqs) */
extern unsigned int kstat_irqs[NR_IRQS];

struct irqaction;
int setup_irq(unsigned int irq, struct irqaction *new);
asmlinkage unsigned int do_IRQ(struct pt_regs regs);
void init_IRQ(void);
void show_interrupts(void);

#endif
