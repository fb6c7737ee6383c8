/*
 * include/linux/wait.h - wait queues (book 3.2.4): a task sleeps on a
 * queue until someone wakes the queue up. Exclusive waiters are woken
 * one at a time, the others all together. wait_event and
 * wait_event_interruptible are the race-free way to sleep: the task is
 * on the queue and marked asleep before it tests its condition, so a
 * wake-up between the test and schedule() is not lost.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>
#include <linux/spinlock.h>
#include <asm/errno.h>

struct task_struct;

#define WQ_FLAG_EXCLUSIVE	0x01

typedef struct __wait_queue {
	unsigned int flags;
	struct task_struct *task;
	struct list_head task_list;
} wait_queue_t;

/* lock guards task_list against interrupt handlers that wake it */
typedef struct __wait_queue_head {
	spinlock_t lock;
	struct list_head task_list;
} wait_queue_head_t;

#define __WAITQUEUE_INITIALIZER(name, tsk) \
	{ 0, tsk, { NULL, NULL } }
#define DECLARE_WAITQUEUE(name, tsk) \
	wait_queue_t name = __WAITQUEUE_INITIALIZER(name, tsk)
#define __WAIT_QUEUE_HEAD_INITIALIZER(name) \
	{ SPIN_LOCK_UNLOCKED, LIST_HEAD_INIT((name).task_list) }
#define DECLARE_WAIT_QUEUE_HEAD(name) \
	wait_queue_head_t name = __WAIT_QUEUE_HEAD_INITIALIZER(name)

static inline void init_waitqueue_head(wait_queue_head_t *q)
{
	spin_lock_init(&q->lock);
	INIT_LIST_HEAD(&q->task_list);
}

static inline void init_waitqueue_entry(wait_queue_t *q,
					struct task_struct *p)
{
	q->flags = 0;
	q->task = p;
}

/* waitqueue_active - is anybody sleeping on @q? */
static inline int waitqueue_active(wait_queue_head_t *q)
{
	return !list_empty(&q->task_list);
}

static inline void __add_wait_queue(wait_queue_head_t *head,
				    wait_queue_t *new)
{
	list_add(&new->task_list, &head->task_list);
}

/* exclusive waiters go last, so __wake_up reaches the others first */
static inline void __add_wait_queue_tail(wait_queue_head_t *head,
					 wait_queue_t *new)
{
	list_add_tail(&new->task_list, &head->task_list);
}

static inline void __remove_wait_queue(wait_queue_head_t *head,
				       wait_queue_t *old)
{
	list_del(&old->task_list);
}

/* __wait_event - sleep on @wq until @condition, signals or not */
#define __wait_event(wq, condition)					\
do {									\
	DECLARE_WAITQUEUE(__wait, current);				\
									\
	add_wait_queue(&wq, &__wait);					\
	for (;;) {							\
		set_current_state(TASK_UNINTERRUPTIBLE);		\
		if (condition)						\
			break;						\
		schedule();						\
	}								\
	current->state = TASK_RUNNING;					\
	remove_wait_queue(&wq, &__wait);				\
} while (0)

#define wait_event(wq, condition)					\
do {									\
	if (condition)							\
		break;							\
	__wait_event(wq, condition);					\
} while (0)

/* __wait_event_interruptible - as __wait_event, but a signal ends the
 * wait with -ERESTARTSYS in @ret */
#define __wait_event_interruptible(wq, condition, ret)			\
do {									\
	DECLARE_WAITQUEUE(__wait, current);				\
									\
	add_wait_queue(&wq, &__wait);					\
	for (;;) {							\
		set_current_state(TASK_INTERRUPTIBLE);			\
		if (condition)						\
			break;						\
		if (!signal_pending(current)) {				\
			schedule();					\
			continue;					\
		}							\
		ret = -ERESTARTSYS;					\
		break;							\
	}								\
	current->state = TASK_RUNNING;					\
	remove_wait_queue(&wq, &__wait);				\
} while (0)

#define wait_event_interruptible(wq, condition)				\
({									\
	int __ret = 0;							\
	if (!(condition))						\
		__wait_event_interruptible(wq, condition, __ret);	\
	__ret;								\
})

#define signal_pending(p)	((p)->sigpending != 0)

#endif
