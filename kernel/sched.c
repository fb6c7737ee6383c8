/*
 * kernel/sched.c - the scheduler and wait queues (book 3.2, 3.3; the
 * 2.4 scheduler's shape without its goodness() weights): tasks on a
 * circular list, the next runnable one after the current in turn, and
 * process 0 (the idle task) only when nothing else can run. A task that
 * waits sleeps on a wait queue or until a timeout. Priorities, SMP and
 * the runqueue of 2.4 are left out.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/time.h>
#include <asm/current.h>
#include <asm/pgalloc.h>
#include <asm/system.h>

/* pick_next - the next runnable task after @prev; idle if none. */
static struct task_struct *pick_next(struct task_struct *prev)
{
	struct task_struct *p;

	for (p = prev->next_task; p != prev; p = p->next_task)
		if (p != &init_task && p->state == TASK_RUNNING)
			return p;
	if (prev != &init_task && prev->state == TASK_RUNNING)
		return prev;
	return &init_task;
}

/* switch_mm - load @next's page tables unless they are loaded already;
 * a kernel thread keeps the previous task's (it only uses kernel space). */
static void switch_mm(struct task_struct *prev, struct task_struct *next)
{
	struct mm_struct *mm = next->mm ? next->mm : prev->active_mm;

	next->active_mm = mm;
	if (mm != prev->active_mm)
		load_cr3(mm->pgd);
}

/*
 * schedule - give the CPU to the next runnable task (or keep it). Called
 * on the way back to user mode when need_resched is set, and by a task
 * that is going to sleep. A dead kernel thread is freed once we are off
 * its stack.
 */
asmlinkage void schedule(void)
{
	struct task_struct *prev = current, *next, *last;

	__cli();
	prev->need_resched = 0;
	next = pick_next(prev);
	if (next != prev) {
		switch_mm(prev, next);
		switch_to(prev, next, last);
		if (last->state == TASK_ZOMBIE && (last->flags & PF_KTHREAD))
			release_task(last);
	}
	__sti();
}

/* wake_up_process - make @p runnable; the idle task yields to it. */
void wake_up_process(struct task_struct *p)
{
	p->state = TASK_RUNNING;
	p->timeout = 0;
	if (current == &init_task)
		current->need_resched = 1;
}

/* interruptible_sleep_on - sleep until wake_up_interruptible(@q). */
void interruptible_sleep_on(wait_queue_head_t *q)
{
	wait_queue_t wait = { .task = current };
	unsigned long flags;

	local_irq_save(flags);
	list_add_tail(&wait.task_list, &q->task_list);
	current->state = TASK_INTERRUPTIBLE;
	schedule();
	__cli();
	list_del(&wait.task_list);
	local_irq_restore(flags);
}

/* wake_up_interruptible - wake every task sleeping on @q. */
void wake_up_interruptible(wait_queue_head_t *q)
{
	struct list_head *p;

	list_for_each(p, &q->task_list)
		wake_up_process(list_entry(p, wait_queue_t, task_list)->task);
}

/*
 * schedule_timeout - sleep for @timeout ticks, or until woken. Returns
 * the ticks left (0 if the whole time passed).
 */
long schedule_timeout(long timeout)
{
	unsigned long expire = jiffies + timeout;

	current->timeout = expire;
	current->state = TASK_INTERRUPTIBLE;
	schedule();
	current->timeout = 0;
	return (long)(expire - jiffies) > 0 ? (long)(expire - jiffies) : 0;
}

/* wake_timeouts - from the timer tick: wake tasks whose time has come. */
void wake_timeouts(void)
{
	struct task_struct *p;

	for_each_task(p)
		if (p->timeout && (long)(jiffies - p->timeout) >= 0 &&
		    p->state == TASK_INTERRUPTIBLE)
			wake_up_process(p);
}

struct task_struct *find_task_by_pid(int pid)
{
	struct task_struct *p;

	for_each_task(p)
		if (p->pid == pid)
			return p;
	return NULL;
}
