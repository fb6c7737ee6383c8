/*
 * kernel/fork.c - making a new task (book 3.4): a task_union (the task
 * struct and its 8 KB kernel stack), a pid, a place on the task list.
 * lk24 makes kernel threads and process 1 this way; fork, vfork and
 * clone of user processes (copy_mm, copy-on-write) arrive with process
 * management.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <asm/current.h>
#include <asm/system.h>

static int last_pid;

/* get_pid - the next free pid after the last one handed out. */
static int get_pid(void)
{
	do {
		if (++last_pid >= 32768)
			last_pid = 1;
	} while (find_task_by_pid(last_pid));
	return last_pid;
}

/*
 * dup_task_struct - a copy of the current task in a new task_union, not
 * yet runnable and not on the task list. Returns NULL if out of memory.
 */
struct task_struct *dup_task_struct(void)
{
	struct task_struct *p;

	p = (struct task_struct *)__get_free_pages(GFP_KERNEL, 1);
	if (!p)
		return NULL;
	*p = *current;
	p->state = TASK_UNINTERRUPTIBLE;
	p->pid = get_pid();
	p->p_pptr = current;
	p->need_resched = 0;
	p->sigpending = 0;
	p->timeout = 0;
	memset(&p->pending, 0, sizeof(p->pending));
	p->thread.esp0 = (unsigned long)p + THREAD_SIZE;
	return p;
}

/* link_task - put @p on the task list, after process 0. */
void link_task(struct task_struct *p)
{
	unsigned long flags;

	local_irq_save(flags);
	p->prev_task = &init_task;
	p->next_task = init_task.next_task;
	init_task.next_task->prev_task = p;
	init_task.next_task = p;
	local_irq_restore(flags);
}

/* release_task - off the task list, and its task_union freed. */
void release_task(struct task_struct *p)
{
	unsigned long flags;

	if (p == current)
		BUG();
	local_irq_save(flags);
	p->prev_task->next_task = p->next_task;
	p->next_task->prev_task = p->prev_task;
	local_irq_restore(flags);
	free_pages((unsigned long)p, 1);
}
