/*
 * include/linux/tqueue.h - task queues (2.4's deferred work that may
 * take its time; 2.6 turned them into work queues): a list of
 * tq_structs, each a function and its argument, run all at once by
 * run_task_queue. tq_timer runs from the timer bottom half, tq_immediate
 * from IMMEDIATE_BH, and the queue of kernel/context.c from keventd
 * (schedule_task).
 */
#ifndef _LINUX_TQUEUE_H
#define _LINUX_TQUEUE_H

#include <linux/list.h>
#include <asm/bitops.h>
#include <asm/system.h>

struct tq_struct {
	struct list_head list;		/* on a task queue */
	unsigned long sync;		/* bit 0: queued */
	void (*routine)(void *);
	void *data;
};

typedef struct list_head task_queue;

#define DECLARE_TASK_QUEUE(q)	LIST_HEAD(q)
#define TQ_ACTIVE(q)		(!list_empty(&q))

extern task_queue tq_timer, tq_immediate;

#define PREPARE_TQUEUE(_tq, _routine, _data)				\
	do {								\
		(_tq)->routine = _routine;				\
		(_tq)->data = _data;					\
	} while (0)
#define INIT_TQUEUE(_tq, _routine, _data)				\
	do {								\
		INIT_LIST_HEAD(&(_tq)->list);				\
		(_tq)->sync = 0;					\
		PREPARE_TQUEUE((_tq), (_routine), (_data));		\
	} while (0)

void __run_task_queue(task_queue *list);

/* queue_task - add @bh_pointer to @bh_list unless it is queued already.
 * Returns 1 if it was added. */
static inline int queue_task(struct tq_struct *bh_pointer,
			     task_queue *bh_list)
{
	unsigned long flags;

	if (test_and_set_bit(0, &bh_pointer->sync))
		return 0;
	local_irq_save(flags);
	list_add_tail(&bh_pointer->list, bh_list);
	local_irq_restore(flags);
	return 1;
}

/* run_task_queue - run and empty @list */
static inline void run_task_queue(task_queue *list)
{
	if (TQ_ACTIVE(*list))
		__run_task_queue(list);
}

#endif
