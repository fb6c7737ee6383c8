/*
 * kernel/sched.c - the Linux 2.4 scheduler (book 3.3, and the 2.4 one of
 * the book's 2nd edition, chapter 11): one runqueue of runnable tasks,
 * schedule() picks the best by goodness(), an epoch ends when every
 * runnable task has used its counter and all counters are recomputed
 * from nice. SCHED_FIFO and SCHED_RR always beat SCHED_OTHER. Wait
 * queues and completions live here too. On several CPUs each runs
 * schedule() for itself on the one runqueue (2.4's way): a task stays on
 * no more than one CPU (cpus_runnable), may only go where cpus_allowed
 * says, and is worth PROC_CHANGE_PENALTY more to the CPU it ran on last;
 * a wake-up looks for an idle CPU or one running a worse task and sends
 * it a reschedule IPI (reschedule_idle). 2.4's per-CPU last_schedule
 * times, which pick among idle CPUs the one idle longest, are left out.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/time.h>
#include <linux/completion.h>
#include <linux/interrupt.h>
#include <linux/kernel_stat.h>
#include <asm/current.h>
#include <asm/pgalloc.h>
#include <asm/system.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/param.h>
#include <asm/smp.h>
#include <asm/smplock.h>
#include <asm/mmu_context.h>

/* entry.S reads these fields by offset: a build error if they moved */
#define ENTRY_OFFSET(field, off) \
	extern char entry_S_##field[__builtin_offsetof(struct task_struct, \
						       field) == (off) ? 1 : -1]
ENTRY_OFFSET(state, 0);
ENTRY_OFFSET(flags, 4);
ENTRY_OFFSET(sigpending, 8);
ENTRY_OFFSET(addr_limit, 12);
ENTRY_OFFSET(exec_domain, 16);
ENTRY_OFFSET(need_resched, 20);
ENTRY_OFFSET(ptrace, 24);

/* runqueue_lock guards runqueue_head, nr_running, cpu_curr and every
 * task's run_list and cpus_runnable; it is taken with interrupts off,
 * because wake_up_process runs from interrupt handlers. A CPU holds it
 * across switch_to; the task switched to lets it go. */
spinlock_t runqueue_lock = SPIN_LOCK_UNLOCKED;
rwlock_t tasklist_lock = RW_LOCK_UNLOCKED;
struct task_struct *init_tasks[NR_CPUS] = { &init_task };
#define idle_task(cpu)	(init_tasks[cpu])

/* cpu_curr - the task running on @cpu, under runqueue_lock */
static struct task_struct *cpu_curr_task[NR_CPUS] = { &init_task };
#define cpu_curr(cpu)	(cpu_curr_task[cpu])

/* A task's bonus on the CPU it ran on last, whose cache still holds
 * its data (2.4's value for i386) */
#define PROC_CHANGE_PENALTY	15

/* can_schedule - may @cpu pick @p: on no other CPU, and allowed here */
#define can_schedule(p, cpu) \
	((p)->cpus_runnable & (p)->cpus_allowed & (1UL << (cpu)))
static LIST_HEAD(runqueue_head);
int nr_running;

/* A nice value's share of an epoch, in ticks: 6 (60 ms) for nice 0,
 * 1 for nice 19, 11 for nice -20 (2.4's TICK_SCALE at HZ=100) */
#define NICE_TO_TICKS(nice)	(((20 - (nice)) >> 2) + 1)

static inline void add_to_runqueue(struct task_struct *p)
{
	list_add_tail(&p->run_list, &runqueue_head);
	nr_running++;
}

static inline void del_from_runqueue(struct task_struct *p)
{
	nr_running--;
	list_del(&p->run_list);
	p->run_list.next = NULL;
}

static inline void move_last_runqueue(struct task_struct *p)
{
	list_del(&p->run_list);
	list_add_tail(&p->run_list, &runqueue_head);
}

/*
 * goodness - how much @p deserves @this_cpu: -1 for a task that
 * yielded, 0 for one whose counter is used up, counter + (20 - nice)
 * for a SCHED_OTHER task, plus PROC_CHANGE_PENALTY if it ran on this
 * CPU last and 1 if it would not change the address space; 1000 +
 * rt_priority for a real-time one.
 */
static inline int goodness(struct task_struct *p, int this_cpu,
			   struct mm_struct *this_mm)
{
	int weight;

	if (p->policy & SCHED_YIELD)
		return -1;
	if (p->policy != SCHED_OTHER)
		return 1000 + p->rt_priority;
	weight = p->counter;
	if (!weight)
		return 0;
	if (p->processor == this_cpu)
		weight += PROC_CHANGE_PENALTY;
	if (p->mm == this_mm || !p->mm)
		weight += 1;
	return weight + 20 - p->nice;
}

/* resched_cpu - make @cpu choose again at its next chance: its task's
 * need_resched, and an IPI if @cpu is another and was not told yet */
static void resched_cpu(int cpu)
{
	struct task_struct *tsk = cpu_curr(cpu);
	int told = tsk->need_resched;

	tsk->need_resched = 1;
	if (cpu != smp_processor_id() && !told)
		smp_send_reschedule(cpu);
}

/*
 * reschedule_idle - @p just became runnable: find it a CPU. The one it
 * ran on if that is idle, else any idle CPU it may use, else the CPU
 * whose task it beats by the most (preempted at its next return to
 * user mode). Under runqueue_lock.
 */
static void reschedule_idle(struct task_struct *p)
{
	int cpu = p->processor, best_cpu = -1, gain, max_gain = 0;
	struct task_struct *tsk;

	if (can_schedule(p, cpu) && cpu_curr(cpu) == idle_task(cpu)) {
		resched_cpu(cpu);
		return;
	}
	for (cpu = 0; cpu < smp_num_cpus; cpu++) {
		if (!can_schedule(p, cpu))
			continue;
		tsk = cpu_curr(cpu);
		if (tsk == idle_task(cpu)) {
			resched_cpu(cpu);
			return;
		}
		gain = goodness(p, cpu, tsk->active_mm) -
		       goodness(tsk, cpu, tsk->active_mm);
		if (gain > max_gain) {
			max_gain = gain;
			best_cpu = cpu;
		}
	}
	if (best_cpu >= 0)
		resched_cpu(best_cpu);
}

/*
 * wake_up_process - make @p runnable and put it on the runqueue. Safe
 * from interrupt handlers. Returns 1 if it was asleep, 0 if it was
 * already runnable.
 */
int wake_up_process(struct task_struct *p)
{
	unsigned long flags;
	int success = 0;

	spin_lock_irqsave(&runqueue_lock, flags);
	p->state = TASK_RUNNING;
	if (!task_on_runqueue(p)) {
		add_to_runqueue(p);
		reschedule_idle(p);
		success = 1;
	}
	spin_unlock_irqrestore(&runqueue_lock, flags);
	return success;
}

/* process_timeout - schedule_timeout's timer: wake the sleeper. */
static void process_timeout(unsigned long data)
{
	wake_up_process((struct task_struct *)data);
}

/*
 * schedule_timeout - sleep in the state the caller set for @timeout
 * ticks (MAX_SCHEDULE_TIMEOUT: until woken), or until woken. Returns
 * the ticks left, 0 if the whole time passed.
 */
long schedule_timeout(long timeout)
{
	struct timer_list timer;
	unsigned long expire;

	if (timeout == MAX_SCHEDULE_TIMEOUT) {
		schedule();
		return timeout;
	}
	if (timeout < 0) {
		printk(KERN_ERR "schedule_timeout: wrong timeout %ld\n",
		       timeout);
		current->state = TASK_RUNNING;
		return 0;
	}
	expire = timeout + jiffies;
	init_timer(&timer);
	timer.expires = expire;
	timer.data = (unsigned long)current;
	timer.function = process_timeout;
	add_timer(&timer);
	schedule();
	del_timer_sync(&timer);
	timeout = expire - jiffies;
	return timeout < 0 ? 0 : timeout;
}

/*
 * switch_address_space - 2.4's part of schedule() that picks the page
 * tables: a kernel thread borrows the ones loaded (lazy TLB) and holds
 * a reference to them while it runs; a task with an mm loads its own.
 */
static void switch_address_space(struct task_struct *prev,
				 struct task_struct *next, int cpu)
{
	struct mm_struct *mm = next->mm, *oldmm = prev->active_mm;

	if (!mm) {
		BUG_ON(next->active_mm);
		next->active_mm = oldmm;
		atomic_inc(&oldmm->mm_count);
		enter_lazy_tlb(oldmm, next, cpu);
	} else {
		BUG_ON(next->active_mm != mm);
		switch_mm(oldmm, mm, next, cpu);
	}
	if (!prev->mm) {
		prev->active_mm = NULL;
		mmdrop(oldmm);
	}
}

/*
 * __schedule_tail - after a switch, on the new task's stack, under
 * runqueue_lock: the task switched out is off its CPU now, and may yield
 * no longer; if it can still run, another CPU may take it.
 */
static inline void __schedule_tail(struct task_struct *prev)
{
	prev->policy &= ~SCHED_YIELD;
	if (prev == idle_task(prev->processor))
		return;
	task_release_cpu(prev);
	if (prev->state == TASK_RUNNING)
		reschedule_idle(prev);
}

/* finish_schedule - with runqueue_lock let go: a zombie nobody will
 * wait for can be freed now that we are off its stack; the task that
 * runs now takes back the big kernel lock if it held it. */
static void finish_schedule(struct task_struct *prev)
{
	reacquire_kernel_lock(current);
	if (prev->state != TASK_ZOMBIE || prev->exit_signal != -1)
		return;
	lock_kernel();
	release_task(prev);
	unlock_kernel();
}

/* schedule_tail - where a new task starts (ret_from_fork): finish the
 * switch that schedule() began, let interrupts in, and store the task's
 * id where CLONE_CHILD_SETTID asked (in its own memory, so only now). */
void schedule_tail(struct task_struct *prev)
{
	__schedule_tail(prev);
	spin_unlock_irq(&runqueue_lock);
	finish_schedule(prev);
	if (current->set_child_tid)
		put_user(current->pid, current->set_child_tid);
}

/* recalculate - a new epoch: every task's counter is half what it had
 * left plus its nice share, so sleepers come back with a bonus. Called
 * and returns with runqueue_lock held; lets it go to walk the tasks. */
static void recalculate(void)
{
	struct task_struct *p;

	spin_unlock_irq(&runqueue_lock);
	read_lock(&tasklist_lock);
	for_each_task(p)
		p->counter = (p->counter >> 1) + NICE_TO_TICKS(p->nice);
	read_unlock(&tasklist_lock);
	spin_lock_irq(&runqueue_lock);
}

/* prepare_prev - the task giving up the CPU: a used-up SCHED_RR task
 * goes to the back with a fresh slice; one that is asleep leaves the
 * runqueue, unless a signal wakes it first. */
static void prepare_prev(struct task_struct *prev)
{
	if (prev->policy == SCHED_RR && !prev->counter) {
		prev->counter = NICE_TO_TICKS(prev->nice);
		move_last_runqueue(prev);
	}
	if (prev->state == TASK_INTERRUPTIBLE && signal_pending(prev))
		prev->state = TASK_RUNNING;
	if (prev->state != TASK_RUNNING && task_on_runqueue(prev))
		del_from_runqueue(prev);
}

/* pick_next - the runnable task @this_cpu may take with the best
 * goodness; its idle task if none. Starts a new epoch when all the
 * counters it could choose from are used up. */
static struct task_struct *pick_next(struct task_struct *prev, int this_cpu)
{
	struct task_struct *next, *p;
	struct list_head *tmp;
	int c, weight;

repeat:
	next = idle_task(this_cpu);
	c = -1000;
	list_for_each(tmp, &runqueue_head) {
		p = list_entry(tmp, struct task_struct, run_list);
		if (!can_schedule(p, this_cpu))
			continue;
		weight = goodness(p, this_cpu, prev->active_mm);
		if (weight > c) {
			c = weight;
			next = p;
		}
	}
	if (!c) {
		recalculate();
		goto repeat;
	}
	return next;
}

/*
 * __might_sleep - might_sleep()'s check at @file:@line: a task that may
 * sleep needs interrupts on and no interrupt handler or bottom half
 * running, else it may never wake or sleeps holding up the CPU. Says
 * so with the callers, at most once a second; does not stop anything.
 */
void __might_sleep(const char *file, int line)
{
	static unsigned long last_warning;
	unsigned long flags;

	__save_flags(flags);
	if (((flags & X86_EFLAGS_IF) && !in_interrupt()) ||
	    early_boot_irqs_disabled ||
	    !printk_timed_ratelimit(&last_warning, 1000))
		return;
	printk(KERN_ERR "Debug: sleeping function called from invalid "
	       "context at %s:%d\n", file, line);
	printk(KERN_ERR "in_interrupt(): %d, irqs_disabled(): %d, pid %d "
	       "(%s)\n", in_interrupt() ? 1 : 0, !(flags & X86_EFLAGS_IF),
	       current->pid, current->comm);
	dump_stack();
}

/*
 * schedule - give this CPU to the best runnable task (or keep it).
 * Called on the way back to user mode when need_resched is set, by a
 * task that set its state to sleep, and by the idle tasks. Must not be
 * called from an interrupt. The big kernel lock is let go while
 * another task runs.
 */
asmlinkage void schedule(void)
{
	struct task_struct *prev = current, *next;
	int this_cpu = prev->processor;

	BUG_ON(in_interrupt());
	if (*end_of_stack(prev) != STACK_END_MAGIC)
		panic("schedule: kernel stack overflow in pid %d (%s): the "
		      "word above its task_struct is overwritten", prev->pid,
		      prev->comm);
	if (prev->state != TASK_RUNNING)
		might_sleep();
	touch_softlockup_watchdog();
	release_kernel_lock(prev);
	spin_lock_irq(&runqueue_lock);
	prepare_prev(prev);
	prev->need_resched = 0;
	next = pick_next(prev, this_cpu);
	if (next == prev) {
		prev->policy &= ~SCHED_YIELD;
		spin_unlock_irq(&runqueue_lock);
		reacquire_kernel_lock(prev);
		return;
	}
	task_set_cpu(next, this_cpu);
	kstat.context_swtch++;
	cpu_curr(this_cpu) = next;
	switch_address_space(prev, next, this_cpu);
	switch_to(prev, next, prev);
	/* now on @prev's stack again, maybe on another CPU; the
	 * variable holds the task this CPU switched from */
	__schedule_tail(prev);
	spin_unlock_irq(&runqueue_lock);
	finish_schedule(prev);
}

/*
 * cond_resched - called in a long loop in the kernel: schedule() if the
 * timer or a wake-up asked for it, or if another CPU waits for the big
 * kernel lock this task holds (schedule() lets it go and takes it back).
 * 2.6's name; 2.4 wrote "if (current->need_resched) schedule();" where
 * it needed this, and held the lock in far fewer places.
 */
void cond_resched(void)
{
	if (current->need_resched ||
	    (current->lock_depth >= 0 && spin_needbreak(&kernel_flag)))
		schedule();
}

/*
 * __wake_up - wake the tasks on @q whose state is in @mode: every
 * non-exclusive one, and @nr exclusive ones (0: all of them).
 */
void __wake_up(wait_queue_head_t *q, unsigned int mode, int nr)
{
	struct list_head *tmp, *next;
	unsigned long flags;
	wait_queue_t *curr;

	spin_lock_irqsave(&q->lock, flags);
	for (tmp = q->task_list.next; tmp != &q->task_list; tmp = next) {
		next = tmp->next;
		curr = list_entry(tmp, wait_queue_t, task_list);
		if (!(curr->task->state & mode))
			continue;
		if (wake_up_process(curr->task) &&
		    (curr->flags & WQ_FLAG_EXCLUSIVE) && !--nr)
			break;
	}
	spin_unlock_irqrestore(&q->lock, flags);
}

/* __wake_up_sync - the same; 2.4 keeps the woken task on the waker's
 * CPU, since the waker is about to sleep. lk24 lets reschedule_idle
 * choose, as for any wake-up. */
void __wake_up_sync(wait_queue_head_t *q, unsigned int mode, int nr)
{
	__wake_up(q, mode, nr);
}

void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	wait->flags &= ~WQ_FLAG_EXCLUSIVE;
	spin_lock_irqsave(&q->lock, flags);
	__add_wait_queue(q, wait);
	spin_unlock_irqrestore(&q->lock, flags);
}

void add_wait_queue_exclusive(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	wait->flags |= WQ_FLAG_EXCLUSIVE;
	spin_lock_irqsave(&q->lock, flags);
	__add_wait_queue_tail(q, wait);
	spin_unlock_irqrestore(&q->lock, flags);
}

void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	spin_lock_irqsave(&q->lock, flags);
	__remove_wait_queue(q, wait);
	spin_unlock_irqrestore(&q->lock, flags);
}

/*
 * sleep_on_common - the old, racy way to sleep (2.4 keeps it for old
 * drivers): on @q in @state for @timeout ticks. A wake-up that comes
 * before the caller gets here is lost; new code uses wait_event.
 */
static long sleep_on_common(wait_queue_head_t *q, int state, long timeout)
{
	wait_queue_t wait;

	init_waitqueue_entry(&wait, current);
	current->state = state;
	add_wait_queue(q, &wait);
	timeout = schedule_timeout(timeout);
	remove_wait_queue(q, &wait);
	return timeout;
}

void interruptible_sleep_on(wait_queue_head_t *q)
{
	sleep_on_common(q, TASK_INTERRUPTIBLE, MAX_SCHEDULE_TIMEOUT);
}

long interruptible_sleep_on_timeout(wait_queue_head_t *q, long timeout)
{
	return sleep_on_common(q, TASK_INTERRUPTIBLE, timeout);
}

void sleep_on(wait_queue_head_t *q)
{
	sleep_on_common(q, TASK_UNINTERRUPTIBLE, MAX_SCHEDULE_TIMEOUT);
}

long sleep_on_timeout(wait_queue_head_t *q, long timeout)
{
	return sleep_on_common(q, TASK_UNINTERRUPTIBLE, timeout);
}

/* complete - one waiter of @x may go on (or the next one to come). */
void complete(struct completion *x)
{
	unsigned long flags;

	spin_lock_irqsave(&x->wait.lock, flags);
	x->done++;
	spin_unlock_irqrestore(&x->wait.lock, flags);
	wake_up(&x->wait);
}

/* wait_for_completion - sleep, uninterruptibly, until complete(@x). */
void wait_for_completion(struct completion *x)
{
	wait_event(x->wait, x->done);
	x->done--;
}

/* set_user_nice - @p's nice value; its next epoch's share follows. */
void set_user_nice(struct task_struct *p, long nice)
{
	p->nice = nice < -20 ? -20 : nice > 19 ? 19 : nice;
}

/* sys_sched_yield - let the other runnable tasks go first: a
 * SCHED_OTHER task is passed over for one choice, a real-time one goes
 * to the back of the runqueue. Switches now, as 2.4 does. */
asmlinkage long sys_sched_yield(void)
{
	if (nr_running > 1) {
		spin_lock_irq(&runqueue_lock);
		if (current->policy == SCHED_OTHER)
			current->policy |= SCHED_YIELD;
		else
			move_last_runqueue(current);
		spin_unlock_irq(&runqueue_lock);
		schedule();
	}
	return 0;
}

/* sys_nice - add @increment to the caller's nice value, clamped to
 * -20...19; only root may lower it. 0 or -EPERM. */
asmlinkage long sys_nice(int increment)
{
	long newprio;

	if (increment < 0 && !suser())
		return -EPERM;
	if (increment < -40)
		increment = -40;
	if (increment > 40)
		increment = 40;
	newprio = current->nice + increment;
	set_user_nice(current, newprio);
	return 0;
}

/* find_process_by_pid - @pid's task, the caller for 0; NULL if none. */
static struct task_struct *find_process_by_pid(pid_t pid)
{
	return pid ? find_task_by_pid(pid) : current;
}

/*
 * setscheduler - the policy and priority of @pid (-1 keeps the policy).
 * Real-time priorities are 1-99, SCHED_OTHER's is 0; only root may
 * choose a real-time policy. 0 or -EINVAL, -ESRCH, -EFAULT, -EPERM.
 */
static int setscheduler(pid_t pid, int policy, struct sched_param *param)
{
	struct sched_param lp;
	struct task_struct *p;

	if (!param || pid < 0)
		return -EINVAL;
	if (copy_from_user(&lp, param, sizeof(lp)))
		return -EFAULT;
	p = find_process_by_pid(pid);
	if (!p)
		return -ESRCH;
	if (policy < 0)
		policy = p->policy & ~SCHED_YIELD;
	if (policy != SCHED_FIFO && policy != SCHED_RR &&
	    policy != SCHED_OTHER)
		return -EINVAL;
	if (lp.sched_priority < 0 || lp.sched_priority > MAX_RT_PRIO ||
	    (policy == SCHED_OTHER) != (lp.sched_priority == 0))
		return -EINVAL;
	if (policy != SCHED_OTHER && !suser())
		return -EPERM;
	spin_lock_irq(&runqueue_lock);
	p->policy = policy;
	p->rt_priority = lp.sched_priority;
	spin_unlock_irq(&runqueue_lock);
	current->need_resched = 1;
	return 0;
}

/* sys_sched_setscheduler - a negative @policy is -EINVAL before anything
 * else is looked at, as on Linux (setscheduler reads -1 as "keep") */
asmlinkage long sys_sched_setscheduler(pid_t pid, int policy,
				       struct sched_param *param)
{
	return policy < 0 ? -EINVAL : setscheduler(pid, policy, param);
}

asmlinkage long sys_sched_setparam(pid_t pid, struct sched_param *param)
{
	return setscheduler(pid, -1, param);
}

asmlinkage long sys_sched_getscheduler(pid_t pid)
{
	struct task_struct *p;

	if (pid < 0)
		return -EINVAL;
	p = find_process_by_pid(pid);
	return p ? (long)(p->policy & ~SCHED_YIELD) : -ESRCH;
}

asmlinkage long sys_sched_getparam(pid_t pid, struct sched_param *param)
{
	struct sched_param lp;
	struct task_struct *p;

	if (!param || pid < 0)
		return -EINVAL;
	p = find_process_by_pid(pid);
	if (!p)
		return -ESRCH;
	lp.sched_priority = p->rt_priority;
	return copy_to_user(param, &lp, sizeof(lp)) ? -EFAULT : 0;
}

asmlinkage long sys_sched_get_priority_max(int policy)
{
	if (policy == SCHED_FIFO || policy == SCHED_RR)
		return MAX_RT_PRIO;
	return policy == SCHED_OTHER ? 0 : -EINVAL;
}

asmlinkage long sys_sched_get_priority_min(int policy)
{
	if (policy == SCHED_FIFO || policy == SCHED_RR)
		return 1;
	return policy == SCHED_OTHER ? 0 : -EINVAL;
}

/* sys_sched_rr_get_interval - the slice a SCHED_RR task gets; 0 for
 * SCHED_FIFO, whose tasks run until they yield or block. */
asmlinkage long sys_sched_rr_get_interval(pid_t pid, struct timespec *interval)
{
	struct task_struct *p;
	struct timespec t;

	if (pid < 0)
		return -EINVAL;
	p = find_process_by_pid(pid);
	if (!p)
		return -ESRCH;
	jiffies_to_timespec(p->policy == SCHED_FIFO ? 0 :
			    NICE_TO_TICKS(p->nice), &t);
	return copy_to_user(interval, &t, sizeof(t)) ? -EFAULT : 0;
}

/*
 * sys_sched_setaffinity - the CPUs @pid may run on: the mask at
 * @user_mask_ptr (@len bytes; past a word ignored, short of one
 * zero-filled, as Linux does), kept to the CPUs that exist; a task on a
 * CPU it may no longer use moves at its next schedule(). 0 or -EFAULT,
 * -ESRCH, -EPERM, -EINVAL (no CPU left).
 */
asmlinkage long sys_sched_setaffinity(pid_t pid, unsigned int len,
				      unsigned long *user_mask_ptr)
{
	struct task_struct *p;
	unsigned long mask;

	mask = 0;
	if (len > sizeof(mask))
		len = sizeof(mask);
	if (copy_from_user(&mask, user_mask_ptr, len))
		return -EFAULT;
	p = find_process_by_pid(pid);
	if (!p)
		return -ESRCH;
	if (current->euid != p->uid && current->euid != p->euid && !suser())
		return -EPERM;
	mask &= cpu_online_map;
	if (!mask)
		return -EINVAL;
	spin_lock_irq(&runqueue_lock);
	p->cpus_allowed = mask;
	if (!(mask & (1UL << p->processor)) && task_has_cpu(p))
		resched_cpu(p->processor);
	spin_unlock_irq(&runqueue_lock);
	return 0;
}

/* sys_sched_getaffinity - @pid's CPUs, as a word at @user_mask_ptr:
 * the size written (a word), or -EINVAL (@len not a whole number of
 * words), -ESRCH, -EFAULT. */
asmlinkage long sys_sched_getaffinity(pid_t pid, unsigned int len,
				      unsigned long *user_mask_ptr)
{
	struct task_struct *p;
	unsigned long mask;

	if (len < sizeof(mask) || len % sizeof(mask))
		return -EINVAL;
	p = find_process_by_pid(pid);
	if (!p)
		return -ESRCH;
	mask = p->cpus_allowed & cpu_online_map;
	if (copy_to_user(user_mask_ptr, &mask, sizeof(mask)))
		return -EFAULT;
	return sizeof(mask);
}

/* init_idle - this CPU's idle task is what it runs now, on it for good
 * (from sched_init on CPU 0, start_secondary on the others) */
void init_idle(void)
{
	int cpu = smp_processor_id();
	unsigned long flags;

	spin_lock_irqsave(&runqueue_lock, flags);
	cpu_curr(cpu) = current;
	task_set_cpu(current, cpu);
	spin_unlock_irqrestore(&runqueue_lock, flags);
}

/*
 * sched_init - from start_kernel: process 0 is the idle task, on no
 * runqueue (it runs when nothing else can); the pid hash starts empty;
 * the timer and immediate bottom halves get their handlers.
 */
void __init sched_init(void)
{
	init_task.processor = smp_processor_id();
	*end_of_stack(&init_task) = STACK_END_MAGIC;
	init_idle();
	hash_pid(&init_task);
	init_timervecs();
	init_bh(TIMER_BH, timer_bh);
	init_bh(TQUEUE_BH, tqueue_bh);
	init_bh(IMMEDIATE_BH, immediate_bh);
	printk(KERN_INFO "sched_init: the 2.4 scheduler: one runqueue, "
	       "goodness(), %d ticks an epoch at nice 0\n", NICE_TO_TICKS(0));
}
