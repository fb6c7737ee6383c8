/*
 * test/kernel/softirq.c - self-tests of deferred work (book 4.7, and
 * 2.4's bottom halves and task queues) and of the kernel timers (book
 * 6.5): tasklets run once however often they are scheduled, not while
 * disabled, high-priority ones first, in interrupt context; a bottom
 * half runs when marked; a task queue runs each task once; keventd runs
 * scheduled tasks in process context; timers fire
 * in order of expiry, across 2.4's tv1/tv2 cascade, and not after
 * del_timer. Runs in process 1, which may sleep.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/interrupt.h>
#include <linux/tqueue.h>
#include <linux/timer.h>
#include <asm/current.h>
#include "lktest.h"

static int order[8], norder, saw_interrupt;

static void record(unsigned long v)
{
	if (norder < (int)ARRAY_SIZE(order))
		order[norder++] = v;
	saw_interrupt = in_interrupt();
}

static DECLARE_TASKLET(t_normal, record, 1);
static DECLARE_TASKLET(t_hi, record, 2);

/* Scheduled twice before softirqs run, a tasklet runs once, and in
 * interrupt context (bottom halves off); outside, in_interrupt is 0. */
LKTEST(softirq, tasklet_runs_once_in_interrupt_context)
{
	norder = 0;
	tasklet_schedule(&t_normal);
	tasklet_schedule(&t_normal);
	do_softirq();
	LKT_EQ(norder, 1);
	LKT_EQ(order[0], 1);
	LKT_EQ(saw_interrupt, 1);
	LKT_EQ(in_interrupt(), 0);
}

/* tasklet_hi_schedule's list (HI_SOFTIRQ, bit 0) runs first. */
LKTEST(softirq, hi_tasklets_run_first)
{
	norder = 0;
	tasklet_schedule(&t_normal);
	tasklet_hi_schedule(&t_hi);
	do_softirq();
	LKT_EQ(norder, 2);
	LKT_EQ(order[0], 2);
	LKT_EQ(order[1], 1);
}

/* A disabled tasklet stays queued until it is enabled again. */
LKTEST(softirq, disabled_tasklet_waits)
{
	norder = 0;
	tasklet_disable(&t_normal);
	tasklet_schedule(&t_normal);
	do_softirq();
	LKT_EQ(norder, 0);
	tasklet_enable(&t_normal);
	do_softirq();
	LKT_EQ(norder, 1);
	tasklet_kill(&t_normal);
}

static void bh_fn(void)
{
	record(3);
}

/* init_bh and mark_bh: the bottom half runs from HI_SOFTIRQ. */
LKTEST(softirq, bottom_half_runs_when_marked)
{
	norder = 0;
	init_bh(ISICOM_BH, bh_fn);
	mark_bh(ISICOM_BH);
	do_softirq();
	remove_bh(ISICOM_BH);
	LKT_EQ(norder, 1);
	LKT_EQ(order[0], 3);
}

static void tq_fn(void *data)
{
	record((unsigned long)data);
}

/* queue_task refuses a task already queued; run_task_queue runs each
 * queued task once and leaves the queue empty. */
LKTEST(softirq, task_queue_runs_each_task_once)
{
	static DECLARE_TASK_QUEUE(q);
	struct tq_struct tq;

	INIT_TQUEUE(&tq, tq_fn, (void *)4);
	norder = 0;
	LKT_EQ(queue_task(&tq, &q), 1);
	LKT_EQ(queue_task(&tq, &q), 0);
	run_task_queue(&q);
	LKT_EQ(norder, 1);
	LKT_EQ(order[0], 4);
	LKT_ASSERT(!TQ_ACTIVE(q));
}

static int keventd_pid, keventd_saw_interrupt;

static void in_keventd(void *data)
{
	keventd_pid = current_is_keventd() ? current->pid : -1;
	keventd_saw_interrupt = in_interrupt();
	record((unsigned long)data);
}

/* schedule_task runs a task in keventd, a process other than the
 * caller, outside interrupt context; flush_scheduled_tasks waits for
 * it. Scheduling it twice before it runs queues it once. */
LKTEST(softirq, keventd_runs_scheduled_tasks_in_process_context)
{
	struct tq_struct tq;

	INIT_TQUEUE(&tq, in_keventd, (void *)5);
	norder = 0;
	keventd_pid = 0;
	LKT_EQ(schedule_task(&tq), 1);
	schedule_task(&tq);
	flush_scheduled_tasks();
	LKT_EQ(norder, 1);
	LKT_EQ(order[0], 5);
	LKT_ASSERT(keventd_pid > 1);
	LKT_ASSERT(keventd_pid != current->pid);
	LKT_EQ(keventd_saw_interrupt, 0);
	LKT_ASSERT(!current_is_keventd());
}

static unsigned long fired_at[4];

static void timer_fn(unsigned long i)
{
	fired_at[i] = jiffies;
	record(i);
}

/*
 * Timers fire in order of expiry and never early, one 260 ticks away
 * too (it waits in tv2 and is cascaded into tv1); a deleted one never
 * fires, and mod_timer and del_timer say whether it was pending.
 */
LKTEST(timer, timers_fire_in_order_across_the_cascade)
{
	struct timer_list t[4];
	unsigned long start = jiffies, delay[4] = { 3, 1, 260, 5 };
	int i;

	norder = 0;
	for (i = 0; i < 4; i++) {
		init_timer(&t[i]);
		t[i].function = timer_fn;
		t[i].data = i;
		t[i].expires = start + delay[i];
		fired_at[i] = 0;
		add_timer(&t[i]);
	}
	LKT_EQ(mod_timer(&t[0], start + 2), 1);
	LKT_EQ(del_timer(&t[3]), 1);
	LKT_EQ(del_timer(&t[3]), 0);
	while ((long)(jiffies - start) <= 262) {
		current->state = TASK_INTERRUPTIBLE;
		schedule_timeout(265 - (jiffies - start));
	}
	LKT_EQ(norder, 3);
	LKT_EQ(order[0], 1);
	LKT_EQ(order[1], 0);
	LKT_EQ(order[2], 2);
	LKT_ASSERT(fired_at[1] - start >= 1);
	LKT_ASSERT(fired_at[0] - start >= 2);
	LKT_ASSERT(fired_at[2] - start >= 260);
	LKT_EQ(fired_at[3], 0);
	LKT_ASSERT(!timer_pending(&t[2]));
}
