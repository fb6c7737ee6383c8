/*
 * include/linux/interrupt.h - registering interrupt handlers (book
 * 4.6.1.3): an irqaction per handler, chained on the IRQ's descriptor.
 * Deferred work (book 4.7): softirqs, tasklets on top of two of them,
 * and 2.4's bottom halves on top of tasklets (kernel/softirq.c).
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <linux/linkage.h>
#include <asm/ptrace.h>
#include <asm/atomic.h>
#include <asm/bitops.h>
#include <asm/hardirq.h>
#include <asm/softirq.h>

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

/* Softirqs, highest priority first (2.4's four) */
enum {
	HI_SOFTIRQ = 0,		/* high-priority tasklets: the bottom halves */
	NET_TX_SOFTIRQ,
	NET_RX_SOFTIRQ,
	TASKLET_SOFTIRQ
};

struct softirq_action {
	void (*action)(struct softirq_action *);
	void *data;
};

asmlinkage void do_softirq(void);
void open_softirq(int nr, void (*action)(struct softirq_action *),
		  void *data);
void softirq_init(void);
void cpu_raise_softirq(unsigned int cpu, unsigned int nr);
void raise_softirq(unsigned int nr);
/* atomic: tasklets raise theirs on CPU 0 from any CPU */
#define __cpu_raise_softirq(cpu, nr) \
	set_bit(nr, &softirq_pending(cpu))

/*
 * Tasklets: a function run once, soon, in softirq context, never on two
 * CPUs at once. state bit TASKLET_STATE_SCHED: queued; count: disabled
 * while not zero.
 */
struct tasklet_struct {
	struct tasklet_struct *next;
	unsigned long state;
	atomic_t count;
	void (*func)(unsigned long);
	unsigned long data;
};

#define DECLARE_TASKLET(name, func, data) \
	struct tasklet_struct name = { NULL, 0, ATOMIC_INIT(0), func, data }
#define DECLARE_TASKLET_DISABLED(name, func, data) \
	struct tasklet_struct name = { NULL, 0, ATOMIC_INIT(1), func, data }

enum {
	TASKLET_STATE_SCHED,	/* scheduled for execution */
	TASKLET_STATE_RUN	/* running (SMP) */
};

struct tasklet_head {
	struct tasklet_struct *list;
};
extern struct tasklet_head tasklet_vec[1], tasklet_hi_vec[1];

void __tasklet_schedule(struct tasklet_struct *t);
void __tasklet_hi_schedule(struct tasklet_struct *t);
void tasklet_init(struct tasklet_struct *t, void (*func)(unsigned long),
		  unsigned long data);
void tasklet_kill(struct tasklet_struct *t);

static inline void tasklet_schedule(struct tasklet_struct *t)
{
	if (!test_and_set_bit(TASKLET_STATE_SCHED, &t->state))
		__tasklet_schedule(t);
}

static inline void tasklet_hi_schedule(struct tasklet_struct *t)
{
	if (!test_and_set_bit(TASKLET_STATE_SCHED, &t->state))
		__tasklet_hi_schedule(t);
}

static inline void tasklet_disable_nosync(struct tasklet_struct *t)
{
	atomic_inc(&t->count);
}

static inline void tasklet_disable(struct tasklet_struct *t)
{
	tasklet_disable_nosync(t);
}

static inline void tasklet_enable(struct tasklet_struct *t)
{
	atomic_dec(&t->count);
}

/* 2.4's bottom halves: 32 numbered functions, run as tasklets */
enum {
	TIMER_BH = 0,
	TQUEUE_BH,
	DIGI_BH,
	SERIAL_BH,
	RISCOM8_BH,
	SPECIALIX_BH,
	AURORA_BH,
	ESP_BH,
	SCSI_BH,
	IMMEDIATE_BH,
	CYCLADES_BH,
	CM206_BH,
	JS_BH,
	MACSERIAL_BH,
	ISICOM_BH
};

extern struct tasklet_struct bh_task_vec[32];

void init_bh(int nr, void (*routine)(void));
void remove_bh(int nr);

/* mark_bh - run bottom half @nr soon */
static inline void mark_bh(int nr)
{
	tasklet_hi_schedule(bh_task_vec + nr);
}

/* kernel/timer.c, kernel/softirq.c: the standard bottom halves */
void timer_bh(void);
void tqueue_bh(void);
void immediate_bh(void);

#endif
