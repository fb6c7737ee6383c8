/*
 * kernel/timer.c - the tick and kernel timers (book 6.1-6.5, 2.4's
 * shape). do_timer counts jiffies, charges the tick to the running task
 * and marks TIMER_BH; the bottom half advances xtime and runs the
 * timers that are due. Timers wait in 2.4's five timer vectors: tv1
 * holds the next 256 ticks one slot each, tv2-tv5 coarser and coarser
 * ranges whose slots are cascaded down as time reaches them. Also here:
 * update_process_times with the virtual and profiling interval timers,
 * getpid and friends, nanosleep, times.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/timer.h>
#include <linux/interrupt.h>
#include <linux/kernel_stat.h>
#include <linux/tqueue.h>
#include <asm/param.h>
#include <asm/current.h>
#include <asm/ptrace.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/apic.h>
#include <asm/smp.h>

volatile unsigned long jiffies;
volatile struct timeval xtime;
struct kernel_stat kstat;

#define TICK_USEC	(1000000 / HZ)

#define TVN_BITS	6
#define TVR_BITS	8
#define TVN_SIZE	(1 << TVN_BITS)
#define TVR_SIZE	(1 << TVR_BITS)
#define TVN_MASK	(TVN_SIZE - 1)
#define TVR_MASK	(TVR_SIZE - 1)

struct timer_vec {
	int index;
	struct list_head vec[TVN_SIZE];
};

struct timer_vec_root {
	int index;
	struct list_head vec[TVR_SIZE];
};

static struct timer_vec tv5, tv4, tv3, tv2;
static struct timer_vec_root tv1;
static struct timer_vec *const tvecs[] = {
	(struct timer_vec *)&tv1, &tv2, &tv3, &tv4, &tv5
};
#define NOOF_TVECS	ARRAY_SIZE(tvecs)

/* timer_jiffies: the tick the vectors have been run up to; it and the
 * vectors are guarded by timerlist_lock, taken with interrupts off */
static unsigned long timer_jiffies;
static spinlock_t timerlist_lock = SPIN_LOCK_UNLOCKED;
/* the timer whose function runs now, outside timerlist_lock (timers
 * run in CPU 0's bottom half, one at a time) */
static struct timer_list *volatile running_timer;

void init_timervecs(void)
{
	int i;

	for (i = 0; i < TVN_SIZE; i++) {
		INIT_LIST_HEAD(tv5.vec + i);
		INIT_LIST_HEAD(tv4.vec + i);
		INIT_LIST_HEAD(tv3.vec + i);
		INIT_LIST_HEAD(tv2.vec + i);
	}
	for (i = 0; i < TVR_SIZE; i++)
		INIT_LIST_HEAD(tv1.vec + i);
}

/* internal_add_timer - put @timer in the slot its distance picks. */
static void internal_add_timer(struct timer_list *timer)
{
	unsigned long expires = timer->expires;
	unsigned long idx = expires - timer_jiffies;
	struct list_head *vec;
	int shift, level;

	if ((long)idx < 0) {		/* already due: the next slot to run */
		vec = tv1.vec + tv1.index;
	} else if (idx < TVR_SIZE) {
		vec = tv1.vec + (expires & TVR_MASK);
	} else {
		for (level = 1, shift = TVR_BITS + TVN_BITS;
		     level < (int)NOOF_TVECS - 1 && idx >= 1UL << shift;
		     level++, shift += TVN_BITS)
			;
		vec = tvecs[level]->vec +
		      ((expires >> (shift - TVN_BITS)) & TVN_MASK);
	}
	list_add(&timer->list, vec->prev);
}

/* add_timer - start @timer; it must not be pending already. */
void add_timer(struct timer_list *timer)
{
	unsigned long flags;

	spin_lock_irqsave(&timerlist_lock, flags);
	if (timer_pending(timer))
		BUG();
	internal_add_timer(timer);
	spin_unlock_irqrestore(&timerlist_lock, flags);
}

static inline int detach_timer(struct timer_list *timer)
{
	if (!timer_pending(timer))
		return 0;
	list_del(&timer->list);
	return 1;
}

/* mod_timer - (re)start @timer for @expires. Returns 1 if it was
 * pending. */
int mod_timer(struct timer_list *timer, unsigned long expires)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&timerlist_lock, flags);
	timer->expires = expires;
	ret = detach_timer(timer);
	internal_add_timer(timer);
	spin_unlock_irqrestore(&timerlist_lock, flags);
	return ret;
}

/* del_timer - stop @timer. Returns 1 if it was pending. */
int del_timer(struct timer_list *timer)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&timerlist_lock, flags);
	ret = detach_timer(timer);
	timer->list.next = timer->list.prev = NULL;
	spin_unlock_irqrestore(&timerlist_lock, flags);
	return ret;
}

/* del_timer_sync - stop @timer and, if its function is running on
 * another CPU, wait until it has returned (and stop it again if it
 * re-armed itself): then the caller may free it. Not from the timer's
 * own function. Returns 1 if it was pending. */
int del_timer_sync(struct timer_list *timer)
{
	int ret = 0;

	for (;;) {
		ret |= del_timer(timer);
		if (running_timer != timer)
			return ret;
		while (running_timer == timer)
			cpu_relax();
	}
}

/* cascade_timers - move the timers of @tv's current slot down to the
 * vectors where they now belong; advance the slot. */
static void cascade_timers(struct timer_vec *tv)
{
	struct list_head *head = tv->vec + tv->index, *curr, *next;
	struct timer_list *tmp;

	for (curr = head->next; curr != head; curr = next) {
		next = curr->next;
		tmp = list_entry(curr, struct timer_list, list);
		internal_add_timer(tmp);
	}
	INIT_LIST_HEAD(head);
	tv->index = (tv->index + 1) & TVN_MASK;
}

/* run_tv1_slot - run every timer in tv1's current slot. Called with
 * timerlist_lock held, which is dropped around each function. */
static void run_tv1_slot(void)
{
	struct list_head *head = tv1.vec + tv1.index, *curr;
	struct timer_list *timer;
	void (*fn)(unsigned long);
	unsigned long data;

	while ((curr = head->next) != head) {
		timer = list_entry(curr, struct timer_list, list);
		fn = timer->function;
		data = timer->data;
		detach_timer(timer);
		timer->list.next = timer->list.prev = NULL;
		running_timer = timer;
		spin_unlock_irq(&timerlist_lock);
		fn(data);
		spin_lock_irq(&timerlist_lock);
		running_timer = NULL;
	}
}

/* run_timer_list - from TIMER_BH: run every timer that is due. */
void run_timer_list(void)
{
	int n;

	spin_lock_irq(&timerlist_lock);
	while ((long)(jiffies - timer_jiffies) >= 0) {
		if (!tv1.index) {
			n = 1;
			do {
				cascade_timers(tvecs[n]);
			} while (tvecs[n]->index == 1 && ++n < (int)NOOF_TVECS);
		}
		run_tv1_slot();
		++timer_jiffies;
		tv1.index = (tv1.index + 1) & TVR_MASK;
	}
	spin_unlock_irq(&timerlist_lock);
}

/* wall_jiffies: the tick xtime has been advanced to */
static unsigned long wall_jiffies;

/* The load averages over 1, 5 and 15 minutes, FSHIFT-bit fixed point,
 * for /proc/loadavg; changed only by calc_load, from the timer bh */
unsigned long avenrun[3];

/* count_active_tasks - tasks running or in uninterruptible sleep, the
 * idle task not counted, in fixed point */
static unsigned long count_active_tasks(void)
{
	struct task_struct *p;
	unsigned long nr = 0;

	read_lock(&tasklist_lock);	/* a bottom half, beside fork */
	for_each_task(p)
		if (p->state == TASK_RUNNING ||
		    (p->state & TASK_UNINTERRUPTIBLE))
			nr += FIXED_1;
	read_unlock(&tasklist_lock);
	return nr;
}

/* calc_load - every LOAD_FREQ ticks, fold the number of active tasks
 * into the three decaying averages */
static void calc_load(void)
{
	static int count = LOAD_FREQ;
	unsigned long active;

	if (--count > 0)
		return;
	count = LOAD_FREQ;
	active = count_active_tasks();
	CALC_LOAD(avenrun[0], EXP_1, active);
	CALC_LOAD(avenrun[1], EXP_5, active);
	CALC_LOAD(avenrun[2], EXP_15, active);
}

/* update_times - advance xtime by the ticks since the last time, and
 * the load averages with it */
static void update_times(void)
{
	unsigned long flags;

	local_irq_save(flags);
	while (wall_jiffies != jiffies) {
		calc_load();
		wall_jiffies++;
		xtime.tv_usec += TICK_USEC;
		if (xtime.tv_usec >= 1000000) {
			xtime.tv_usec -= 1000000;
			xtime.tv_sec++;
		}
	}
	local_irq_restore(flags);
}

/* timer_bh - TIMER_BH: the wall clock, then the kernel timers */
void timer_bh(void)
{
	update_times();
	run_timer_list();
}

DECLARE_TASK_QUEUE(tq_timer);

/* tqueue_bh - TQUEUE_BH: the tasks queued on tq_timer */
void tqueue_bh(void)
{
	run_task_queue(&tq_timer);
}

/* do_it_virt - a tick of @p in user mode off ITIMER_VIRTUAL: SIGVTALRM
 * when it runs out, and again every it_virt_incr ticks if set */
static inline void do_it_virt(struct task_struct *p)
{
	if (p->it_virt_value && !--p->it_virt_value) {
		p->it_virt_value = p->it_virt_incr;
		send_sig(SIGVTALRM, p, 1);
	}
}

/* do_it_prof - a tick of @p, in either mode, off ITIMER_PROF: SIGPROF */
static inline void do_it_prof(struct task_struct *p)
{
	if (p->it_prof_value && !--p->it_prof_value) {
		p->it_prof_value = p->it_prof_incr;
		send_sig(SIGPROF, p, 1);
	}
}

/*
 * update_process_times - from this CPU's tick: charge the tick to the
 * current task (@user: it was in user mode) and its interval timers, and
 * end its slice when its counter runs out. An idle task (process 0 of
 * any CPU) is never charged.
 */
void update_process_times(int user)
{
	struct task_struct *p = current;
	int cpu = smp_processor_id();

	if (!p->pid)
		return;
	if (user) {
		p->times_utime++;
		kstat.per_cpu_user[cpu]++;
		do_it_virt(p);
	} else {
		p->times_stime++;
		kstat.per_cpu_system[cpu]++;
	}
	do_it_prof(p);
	if (p->policy == SCHED_FIFO)
		return;
	if (--p->counter <= 0) {
		p->counter = 0;
		p->need_resched = 1;
	}
}

/*
 * do_timer - one tick, from the timer interrupt (arch/i386/kernel/time.c,
 * interrupts off): count it, charge it to the running task unless each
 * CPU's local APIC timer does that (apic.c), and leave the long work to
 * the bottom halves, as 2.4 does.
 */
void do_timer(struct pt_regs *regs)
{
	jiffies++;
	if (!using_apic_timer) {
		update_process_times(user_mode(regs));
		softlockup_tick(regs);
	}
	mark_bh(TIMER_BH);
	if (TQ_ACTIVE(tq_timer))
		mark_bh(TQUEUE_BH);
}

/* sys_getpid - the caller's process id: its thread group's */
asmlinkage long sys_getpid(void)
{
	return current->tgid;
}

/* sys_gettid - the caller's own task id */
asmlinkage long sys_gettid(void)
{
	return current->pid;
}

/* sys_getppid - the parent's process id (its thread group's) */
asmlinkage long sys_getppid(void)
{
	return current->p_opptr->tgid;
}

/*
 * sys_nanosleep - sleep at least *@rqtp, rounded up to whole ticks plus
 * one (the current tick is already partly gone). Returns 0; with a
 * signal that has a handler, -EINTR and the time left in *@rmtp; one
 * without restarts the call. -EINVAL for a bad time, -EFAULT.
 */
asmlinkage long sys_nanosleep(struct timespec *rqtp, struct timespec *rmtp)
{
	struct timespec t;
	unsigned long expire;

	if (copy_from_user(&t, rqtp, sizeof(t)))
		return -EFAULT;
	if (!timespec_valid(&t))
		return -EINVAL;
	expire = timespec_to_jiffies(&t) + (t.tv_sec || t.tv_nsec);
	current->state = TASK_INTERRUPTIBLE;
	expire = schedule_timeout(expire);
	if (!expire)
		return 0;
	if (rmtp) {
		jiffies_to_timespec(expire, &t);
		if (copy_to_user(rmtp, &t, sizeof(t)))
			return -EFAULT;
	}
	return -ERESTARTNOHAND;
}

/* The struct tms of times(2), in ticks */
struct tms {
	long tms_utime, tms_stime, tms_cutime, tms_cstime;
};

/* sys_times - the caller's and its waited-for children's CPU time, in
 * clock ticks; returns the ticks since boot. */
asmlinkage long sys_times(struct tms *tbuf)
{
	struct tms t;

	if (tbuf) {
		t.tms_utime = current->times_utime;
		t.tms_stime = current->times_stime;
		t.tms_cutime = current->times_cutime;
		t.tms_cstime = current->times_cstime;
		if (copy_to_user(tbuf, &t, sizeof(t)))
			return -EFAULT;
	}
	return jiffies;
}
