/*
 * arch/i386/kernel/irq.c - IRQ descriptors and the handler chains (book
 * 4.6.1: irq_desc, do_IRQ, handle_IRQ_event, setup_irq, request_irq).
 * do_IRQ acknowledges the line at its controller, runs the handlers of
 * every irqaction on it (again if the line fired meanwhile), then ends
 * the line; first it checks the depth of the kernel stack (2.4's
 * CONFIG_DEBUG_STACKOVERFLOW, always on). Softirqs and IRQ probing are
 * left out.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/interrupt.h>
#include <linux/slab.h>
#include <asm/errno.h>
#include <asm/system.h>
#include <asm/smp.h>
#include <asm/current.h>

/* do_IRQ warns when less of the kernel stack than this is left */
#define STACK_WARN	(THREAD_SIZE / 8)

irq_desc_t irq_desc[NR_IRQS];
unsigned int kstat_irqs[NR_IRQS];

/*
 * handle_IRQ_event - run @action's chain for @irq. Handlers registered
 * without SA_INTERRUPT run with interrupts enabled.
 */
static void handle_IRQ_event(unsigned int irq, struct pt_regs *regs,
			     struct irqaction *action)
{
	if (!(action->flags & SA_INTERRUPT))
		__sti();
	do {
		action->handler(irq, action->dev_id, regs);
		action = action->next;
	} while (action);
	__cli();
}

/*
 * check_stack_overflow - a self-check on each interrupt: warn, with the
 * callers, when less than STACK_WARN bytes of the 8 KB kernel stack are
 * left above the task_struct (at most once a second). 2.4 has no
 * separate interrupt stacks, so an interrupt adds to the task's depth.
 */
static void check_stack_overflow(void)
{
	static unsigned long last_warning;
	long left = ((unsigned long)__builtin_frame_address(0) &
		     (THREAD_SIZE - 1)) - sizeof(struct task_struct);

	if (left >= STACK_WARN || !printk_timed_ratelimit(&last_warning, 1000))
		return;
	printk(KERN_ERR "do_IRQ: stack overflow: %ld bytes left\n", left);
	dump_stack();
}

/*
 * do_IRQ - called by common_interrupt (entry.S) with the saved frame;
 * orig_eax holds the IRQ number minus 256. A line that fires while its
 * handlers run is marked pending and handled again before we leave.
 */
asmlinkage unsigned int do_IRQ(struct pt_regs regs)
{
	unsigned int irq = regs.orig_eax & 0xff;
	irq_desc_t *desc = irq_desc + irq;
	struct irqaction *action = NULL;

	kstat_irqs[irq]++;
	check_stack_overflow();
	spin_lock(&desc->lock);
	desc->handler->ack(irq);
	desc->status |= IRQ_PENDING;
	if (!(desc->status & (IRQ_DISABLED | IRQ_INPROGRESS))) {
		action = desc->action;
		desc->status &= ~IRQ_PENDING;
		desc->status |= IRQ_INPROGRESS;
	}
	irq_enter(smp_processor_id(), irq);
	while (action) {
		spin_unlock(&desc->lock);
		handle_IRQ_event(irq, &regs, action);
		spin_lock(&desc->lock);
		if (!(desc->status & IRQ_PENDING))
			break;
		desc->status &= ~IRQ_PENDING;
	}
	desc->status &= ~IRQ_INPROGRESS;
	desc->handler->end(irq);
	spin_unlock(&desc->lock);
	irq_exit(smp_processor_id(), irq);
	/* the deferred work the handlers raised, now that the IRQ is done */
	if (softirq_pending(smp_processor_id()))
		do_softirq();
	return 1;
}

/*
 * setup_irq - add @new to @irq's chain; the first handler enables the
 * line. Sharing needs SA_SHIRQ from everyone on the line. Returns 0 or
 * -EBUSY.
 */
int setup_irq(unsigned int irq, struct irqaction *new)
{
	irq_desc_t *desc = irq_desc + irq;
	struct irqaction **p;
	unsigned long flags;

	spin_lock_irqsave(&desc->lock, flags);
	p = &desc->action;
	if (*p) {
		if (!((*p)->flags & new->flags & SA_SHIRQ)) {
			spin_unlock_irqrestore(&desc->lock, flags);
			return -EBUSY;
		}
		while (*p)
			p = &(*p)->next;
	}
	new->next = NULL;
	*p = new;
	if (p == &desc->action) {
		desc->depth = 0;
		desc->status &= ~(IRQ_DISABLED | IRQ_INPROGRESS);
		desc->handler->startup(irq);
	}
	spin_unlock_irqrestore(&desc->lock, flags);
	printk(KERN_INFO "setup_irq: IRQ %u -> %s\n", irq, new->name);
	return 0;
}

/*
 * request_irq - register @handler for @irq (book 4.6.1.3). @dev_id tells
 * the handlers of a shared line apart. Returns 0, -EINVAL or -EBUSY.
 */
int request_irq(unsigned int irq,
		void (*handler)(int, void *, struct pt_regs *),
		unsigned long irqflags, const char *devname, void *dev_id)
{
	struct irqaction *action;
	int retval;

	if (irq >= NR_IRQS || !handler || ((irqflags & SA_SHIRQ) && !dev_id))
		return -EINVAL;
	action = kmalloc(sizeof(*action), GFP_KERNEL);
	if (!action)
		return -ENOMEM;
	action->handler = handler;
	action->flags = irqflags;
	action->mask = 0;
	action->name = devname;
	action->dev_id = dev_id;
	retval = setup_irq(irq, action);
	if (retval)
		kfree(action);
	return retval;
}

/* free_irq - remove the handler registered with @dev_id; the last one
 * out disables the line. */
void free_irq(unsigned int irq, void *dev_id)
{
	irq_desc_t *desc = irq_desc + irq;
	struct irqaction **p, *action;
	unsigned long flags;

	if (irq >= NR_IRQS)
		return;
	spin_lock_irqsave(&desc->lock, flags);
	for (p = &desc->action; (action = *p) != NULL; p = &action->next) {
		if (action->dev_id != dev_id)
			continue;
		*p = action->next;
		if (!desc->action) {
			desc->status |= IRQ_DISABLED;
			desc->handler->shutdown(irq);
		}
		spin_unlock_irqrestore(&desc->lock, flags);
		kfree(action);
		return;
	}
	spin_unlock_irqrestore(&desc->lock, flags);
	printk(KERN_ERR "free_irq: IRQ %u has no handler for %p\n", irq,
	       dev_id);
}

/* disable_irq/enable_irq - nest: the line is on when depth is 0 */
void disable_irq(unsigned int irq)
{
	irq_desc_t *desc = irq_desc + irq;
	unsigned long flags;

	spin_lock_irqsave(&desc->lock, flags);
	if (!desc->depth++) {
		desc->status |= IRQ_DISABLED;
		desc->handler->disable(irq);
	}
	spin_unlock_irqrestore(&desc->lock, flags);
}

void enable_irq(unsigned int irq)
{
	irq_desc_t *desc = irq_desc + irq;
	unsigned long flags;

	spin_lock_irqsave(&desc->lock, flags);
	if (desc->depth && !--desc->depth) {
		desc->status &= ~IRQ_DISABLED;
		desc->handler->enable(irq);
	}
	spin_unlock_irqrestore(&desc->lock, flags);
}

/* show_interrupts - what /proc/interrupts will show: counts per line. */
void show_interrupts(void)
{
	struct irqaction *action;
	int i;

	for (i = 0; i < NR_IRQS; i++) {
		action = irq_desc[i].action;
		if (!action)
			continue;
		printk(KERN_INFO "interrupts: %3d: %10u   %s  %s", i,
		       kstat_irqs[i], irq_desc[i].handler->typename,
		       action->name);
		for (action = action->next; action; action = action->next)
			printk(", %s", action->name);
		printk("\n");
	}
}
