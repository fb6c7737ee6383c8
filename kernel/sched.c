/*
 * kernel/sched.c - the Linux 2.4 scheduler (book 3.3, and the 2.4 one of
 * the book's 2nd edition, chapter 11): one runqueue of runnable tasks,
 * schedule() picks the best by goodness(), an epoch ends when every
 * runnable task has used its counter and all counters are recomputed
 * from nice. SCHED_FIFO and SCHED_RR always beat SCHED_OTHER. Wait
 * queues and completions live here too. Tasks run on CPU 0 only: the
 * other CPUs idle in cpu_idle, each on its own idle task, and a wake-up
 * on them sends CPU 0 a reschedule IPI. 2.4's SMP choice of a CPU
 * (cpus_runnable, PROC_CHANGE_PENALTY) is not here yet.
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

/* runqueue_lock guards runqueue_head, nr_running and every task's
 * run_list and counter; it is taken with interrupts off, because
 * wake_up_process runs from interrupt handlers */
spinlock_t runqueue_lock = SPIN_LOCK_UNLOCKED;
rwlock_t tasklist_lock = RW_LOCK_UNLOCKED;
struct task_struct *init_tasks[NR_CPUS] = { &init_task };

/* The CPU that runs tasks; the others only idle (see above) */
#define TASK_CPU	0

/* cpu_curr - the task running on @cpu, under runqueue_lock */
static struct task_struct *cpu_curr_task[NR_CPUS] = { &init_task };
#define cpu_curr(cpu)	(cpu_curr_task[cpu])
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
 * goodness - how much @p deserves the CPU: -1 for a task that yielded,
 * 0 for one whose counter is used up, 1 + counter + (20 - nice) for a
 * SCHED_OTHER task (one more if it would not change the address space),
 * 1000 + rt_priority for a real-time one.
 */
static inline int goodness(struct task_struct *p, struct mm_struct *this_mm)
{
	int weight;

	if (p->policy & SCHED_YIELD)
		return -1;
	if (p->policy != SCHED_OTHER)
		return 1000 + p->rt_priority;
	weight = p->counter;
	if (!weight)
		return 0;
	if (p->mm == this_mm || !p->mm)
		weight += 1;
	return weight + 20 - p->nice;
}

/* reschedule_idle - @p just became runnable: preempt the task on the
 * task CPU (at its next return to user mode) if @p deserves it more;
 * from another CPU, an IPI makes it look now. Under runqueue_lock. */
static void reschedule_idle(struct task_struct *p)
{
	struct task_struct *tsk = cpu_curr(TASK_CPU);

	if (tsk != init_tasks[TASK_CPU] &&
	    goodness(p, tsk->active_mm) <= goodness(tsk, tsk->active_mm))
		return;
	tsk->need_resched = 1;
	if (smp_processor_id() != TASK_CPU)
		smp_send_reschedule(TASK_CPU);
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

/* switch_mm - load @next's page tables unless they are loaded already;
 * a kernel thread borrows the previous task's (it only uses kernel
 * space: 2.4's lazy TLB). cpu_vm_mask tells the TLB shootdown which
 * CPUs have an address space loaded. */
static void switch_mm(struct task_struct *prev, struct task_struct *next)
{
	struct mm_struct *mm = next->mm ? next->mm : prev->active_mm;
	int cpu = smp_processor_id();

	next->active_mm = mm;
	if (mm == prev->active_mm)
		return;
	set_bit(cpu, &mm->cpu_vm_mask);
	load_cr3(mm->pgd);
	clear_bit(cpu, &prev->active_mm->cpu_vm_mask);
}

/*
 * __schedule_tail - after a switch, on the new task's stack: the task
 * switched out may yield no longer; if it was a zombie nobody will wait
 * for, its task_union can go now that we are off its stack.
 */
static inline void __schedule_tail(struct task_struct *prev)
{
	prev->policy &= ~SCHED_YIELD;
	if (prev->state == TASK_ZOMBIE && prev->exit_signal == -1)
		release_task(prev);
}

/* schedule_tail - where a new task starts (ret_from_fork): finish the
 * switch that schedule() began, let interrupts in, and store the task's
 * id where CLONE_CHILD_SETTID asked (in its own memory, so only now). */
void schedule_tail(struct task_struct *prev)
{
	__schedule_tail(prev);
	spin_unlock_irq(&runqueue_lock);
	if (current->set_child_tid)
		put_user(current->pid, current->set_child_tid);
}

/* recalculate - a new epoch: every task's counter is half what it had
 * left plus its nice share, so sleepers come back with a bonus. */
static void recalculate(void)
{
	struct task_struct *p;

	for_each_task(p)
		p->counter = (p->counter >> 1) + NICE_TO_TICKS(p->nice);
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

/* pick_next - the runnable task with the best goodness; process 0 (the
 * idle task) if none. Starts a new epoch when all counters are used. */
static struct task_struct *pick_next(struct task_struct *prev)
{
	struct task_struct *next, *p;
	struct list_head *tmp;
	int c, weight;

repeat:
	next = init_tasks[smp_processor_id()];
	c = -1000;
	list_for_each(tmp, &runqueue_head) {
		p = list_entry(tmp, struct task_struct, run_list);
		weight = goodness(p, prev->active_mm);
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
 * schedule - give the CPU to the best runnable task (or keep it). Called
 * on the way back to user mode when need_resched is set, and by a task
 * that set its state to sleep. Must not be called from an interrupt.
 */
asmlinkage void schedule(void)
{
	struct task_struct *prev = current, *next, *last;

	if (in_interrupt())
		BUG();
	BUG_ON(smp_processor_id() != TASK_CPU);
	spin_lock_irq(&runqueue_lock);
	prepare_prev(prev);
	prev->need_resched = 0;
	next = pick_next(prev);
	if (next == prev) {
		prev->policy &= ~SCHED_YIELD;
		spin_unlock_irq(&runqueue_lock);
		return;
	}
	kstat.context_swtch++;
	cpu_curr(smp_processor_id()) = next;
	switch_mm(prev, next);
	switch_to(prev, next, last);
	__schedule_tail(last);
	spin_unlock_irq(&runqueue_lock);
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

/* __wake_up_sync - the same, on one CPU: the waker is about to sleep */
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
		if (current->policy == SCHED_OTHER)
			current->policy |= SCHED_YIELD;
		else
			move_last_runqueue(current);
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
	p->policy = policy;
	p->rt_priority = lp.sched_priority;
	current->need_resched = 1;
	return 0;
}

asmlinkage long sys_sched_setscheduler(pid_t pid, int policy,
				       struct sched_param *param)
{
	return setscheduler(pid, policy, param);
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
 * sched_init - from start_kernel: process 0 is the idle task, on no
 * runqueue (it runs when nothing else can); the pid hash starts empty;
 * the timer and immediate bottom halves get their handlers.
 */
void __init sched_init(void)
{
	init_task.processor = smp_processor_id();
	hash_pid(&init_task);
	init_timervecs();
	init_bh(TIMER_BH, timer_bh);
	init_bh(TQUEUE_BH, tqueue_bh);
	init_bh(IMMEDIATE_BH, immediate_bh);
	printk(KERN_INFO "sched_init: the 2.4 scheduler: one runqueue, "
	       "goodness(), %d ticks an epoch at nice 0\n", NICE_TO_TICKS(0));
}
