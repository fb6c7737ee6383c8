/*
 * include/linux/wait.h - wait queues (book 3.2.4): a task sleeps on a
 * queue until someone wakes the queue up.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>
#include <linux/spinlock.h>

struct task_struct;

typedef struct __wait_queue {
	struct task_struct *task;
	struct list_head task_list;
} wait_queue_t;

typedef struct __wait_queue_head {
	spinlock_t lock;
	struct list_head task_list;
} wait_queue_head_t;

#define DECLARE_WAIT_QUEUE_HEAD(name) \
	wait_queue_head_t name = { SPIN_LOCK_UNLOCKED, LIST_HEAD_INIT((name).task_list) }

static inline void init_waitqueue_head(wait_queue_head_t *q)
{
	INIT_LIST_HEAD(&q->task_list);
}

void interruptible_sleep_on(wait_queue_head_t *q);
void wake_up_interruptible(wait_queue_head_t *q);

#endif
