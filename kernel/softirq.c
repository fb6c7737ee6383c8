/*
 * kernel/softirq.c - deferred work (book 4.7): softirqs run at the end
 * of do_IRQ, or in ksoftirqd when they keep coming back; tasklets on
 * two of them (HI_SOFTIRQ, TASKLET_SOFTIRQ); 2.4's bottom halves as
 * high-priority tasklets that never run at the same time as each other;
 * task queues and the immediate bottom half. Each CPU runs the
 * softirqs raised on it, and has its own ksoftirqd. Every tasklet is
 * raised on CPU 0, where softirqs do not nest: that is how "never at
 * the same time" holds (2.4 runs them on the CPU that scheduled them,
 * and its bottom halves under a global lock).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/interrupt.h>
#include <linux/tqueue.h>
#include <asm/system.h>
#include <asm/current.h>
#include <asm/smp.h>
#include <asm/cache.h>

irq_cpustat_t irq_stat[NR_CPUS];
static struct softirq_action softirq_vec[32];
static struct task_struct *ksoftirqd_task[NR_CPUS];
/* tasklet_lock guards the two tasklet lists; interrupts off */
static spinlock_t tasklet_lock = SPIN_LOCK_UNLOCKED;

/* Run at most this many rounds of raised softirqs before handing the
 * rest to ksoftirqd, so interrupts cannot starve user programs */
#define MAX_SOFTIRQ_RESTART	10

/*
 * do_softirq - run every pending softirq's action, highest priority
 * first, with interrupts on and bottom halves off (so they do not nest).
 * Does nothing inside an interrupt or with bottom halves disabled.
 */
asmlinkage void do_softirq(void)
{
	int restart = MAX_SOFTIRQ_RESTART;
	struct softirq_action *h;
	unsigned long flags;
	unsigned int pending;
	int cpu = smp_processor_id();

	if (in_interrupt())
		return;
	local_irq_save(flags);
	pending = softirq_pending(cpu);
	while (pending && restart--) {
		local_bh_disable();
		/* another CPU may raise one meanwhile: take them atomically */
		pending = xchg(&softirq_pending(cpu), 0);
		__sti();
		for (h = softirq_vec; pending; h++, pending >>= 1)
			if (pending & 1)
				h->action(h);
		__cli();
		__local_bh_enable();
		pending = softirq_pending(cpu);
	}
	if (pending && ksoftirqd_task[cpu])
		wake_up_process(ksoftirqd_task[cpu]);
	local_irq_restore(flags);
}

/* cpu_raise_softirq - mark softirq @nr pending on @cpu; from a task
 * (not an interrupt, whose exit runs them) its ksoftirqd will run it. */
void cpu_raise_softirq(unsigned int cpu, unsigned int nr)
{
	__cpu_raise_softirq(cpu, nr);
	if (!in_interrupt() && ksoftirqd_task[cpu])
		wake_up_process(ksoftirqd_task[cpu]);
}

void raise_softirq(unsigned int nr)
{
	unsigned long flags;

	local_irq_save(flags);
	cpu_raise_softirq(smp_processor_id(), nr);
	local_irq_restore(flags);
}

void open_softirq(int nr, void (*action)(struct softirq_action *),
		  void *data)
{
	softirq_vec[nr].data = data;
	softirq_vec[nr].action = action;
}

struct tasklet_head tasklet_vec[1], tasklet_hi_vec[1];

/* queue_tasklet - put @t (already marked SCHED) on @head and raise
 * softirq @nr, which runs that list. */
static void queue_tasklet(struct tasklet_struct *t, struct tasklet_head *head,
			  int nr)
{
	unsigned long flags;

	spin_lock_irqsave(&tasklet_lock, flags);
	t->next = head->list;
	head->list = t;
	spin_unlock_irqrestore(&tasklet_lock, flags);
	cpu_raise_softirq(0, nr);
}

void __tasklet_schedule(struct tasklet_struct *t)
{
	queue_tasklet(t, tasklet_vec, TASKLET_SOFTIRQ);
}

void __tasklet_hi_schedule(struct tasklet_struct *t)
{
	queue_tasklet(t, tasklet_hi_vec, HI_SOFTIRQ);
}

/*
 * run_tasklets - the softirq action for one tasklet list: take the list,
 * run each enabled tasklet once; a disabled one is queued again for
 * later. @head is tasklet_vec or tasklet_hi_vec, @nr its softirq.
 */
static void run_tasklets(struct tasklet_head *head, int nr)
{
	struct tasklet_struct *list, *t;

	spin_lock_irq(&tasklet_lock);
	list = head->list;
	head->list = NULL;
	spin_unlock_irq(&tasklet_lock);
	while (list) {
		t = list;
		list = list->next;
		if (!atomic_read(&t->count)) {
			if (!test_and_clear_bit(TASKLET_STATE_SCHED, &t->state))
				BUG();
			t->func(t->data);
			continue;
		}
		spin_lock_irq(&tasklet_lock);
		t->next = head->list;
		head->list = t;
		__cpu_raise_softirq(0, nr);
		spin_unlock_irq(&tasklet_lock);
	}
}

static void tasklet_action(struct softirq_action *a)
{
	run_tasklets(tasklet_vec, TASKLET_SOFTIRQ);
}

static void tasklet_hi_action(struct softirq_action *a)
{
	run_tasklets(tasklet_hi_vec, HI_SOFTIRQ);
}

void tasklet_init(struct tasklet_struct *t, void (*func)(unsigned long),
		  unsigned long data)
{
	t->next = NULL;
	t->state = 0;
	atomic_set(&t->count, 0);
	t->func = func;
	t->data = data;
}

/* tasklet_kill - wait until @t is neither queued nor running; from a
 * task only. */
void tasklet_kill(struct tasklet_struct *t)
{
	if (in_interrupt())
		printk(KERN_ERR "tasklet_kill: called from an interrupt\n");
	while (test_and_set_bit(TASKLET_STATE_SCHED, &t->state)) {
		current->state = TASK_RUNNING;
		do_softirq();
		schedule();
	}
	clear_bit(TASKLET_STATE_SCHED, &t->state);
}

/* The bottom halves: bh_base[nr] is what bh_task_vec[nr] runs */
static void (*bh_base[32])(void);
struct tasklet_struct bh_task_vec[32];

/* bh_action - a bottom half's tasklet: run its function, if any. */
static void bh_action(unsigned long nr)
{
	if (bh_base[nr])
		bh_base[nr]();
}

void init_bh(int nr, void (*routine)(void))
{
	bh_base[nr] = routine;
	mb();
}

void remove_bh(int nr)
{
	tasklet_kill(bh_task_vec + nr);
	bh_base[nr] = NULL;
}

/*
 * softirq_init - from start_kernel: the bottom halves' tasklets and the
 * two tasklet softirqs.
 */
void __init softirq_init(void)
{
	int i;

	for (i = 0; i < 32; i++)
		tasklet_init(bh_task_vec + i, bh_action, i);
	open_softirq(TASKLET_SOFTIRQ, tasklet_action, NULL);
	open_softirq(HI_SOFTIRQ, tasklet_hi_action, NULL);
	printk(KERN_INFO "softirq_init: softirqs, tasklets and bottom "
	       "halves ready\n");
}

/* __run_task_queue - take @list whole and run each task on it once. */
void __run_task_queue(task_queue *list)
{
	struct list_head head, *next;
	unsigned long flags;

	local_irq_save(flags);
	list_add(&head, list);
	list_del(list);
	INIT_LIST_HEAD(list);
	local_irq_restore(flags);
	next = head.next;
	while (next != &head) {
		struct tq_struct *p = list_entry(next, struct tq_struct, list);
		void (*f)(void *) = p->routine;
		void *data = p->data;

		next = next->next;
		mb();
		p->sync = 0;
		if (f)
			f(data);
	}
}

DECLARE_TASK_QUEUE(tq_immediate);

/* immediate_bh - IMMEDIATE_BH: the tasks queued on tq_immediate */
void immediate_bh(void)
{
	run_task_queue(&tq_immediate);
}

/*
 * ksoftirqd - a kernel thread per CPU that runs the softirqs raised
 * there faster than the interrupts' exits can run them, or raised from
 * tasks; it sleeps when none are pending. It moves to its CPU first:
 * cpus_allowed keeps it there.
 */
static int __attribute__((noreturn)) ksoftirqd(void *arg)
{
	int cpu = (int)arg;

	daemonize();
	current->cpus_allowed = 1UL << cpu;
	while (smp_processor_id() != cpu)
		schedule();
	sprintf(current->comm, "ksoftirqd_CPU%d", cpu);
	set_user_nice(current, 19);
	ksoftirqd_task[cpu] = current;
	for (;;) {
		__set_current_state(TASK_INTERRUPTIBLE);
		if (!softirq_pending(cpu))
			schedule();
		__set_current_state(TASK_RUNNING);
		while (softirq_pending(cpu)) {
			do_softirq();
			if (current->need_resched)
				schedule();
		}
	}
}

/* spawn_ksoftirqd - an initcall: a ksoftirqd for each CPU. */
static int __init spawn_ksoftirqd(void)
{
	int cpu;

	for (cpu = 0; cpu < smp_num_cpus; cpu++)
		if (kernel_thread(ksoftirqd, (void *)cpu, CLONE_FS |
				  CLONE_FILES | CLONE_SIGHAND) < 0)
			printk(KERN_ERR "spawn_ksoftirqd: cannot start "
			       "ksoftirqd for CPU %d\n", cpu);
	return 0;
}
__initcall(spawn_ksoftirqd);
