/*
 * include/linux/completion.h - one task waits until another says it is
 * done (2.4.x): vfork's parent waits on one until its child execs or
 * exits.
 */
#ifndef __LINUX_COMPLETION_H
#define __LINUX_COMPLETION_H

#include <linux/wait.h>

struct completion {
	unsigned int done;
	wait_queue_head_t wait;
};

#define DECLARE_COMPLETION(work) \
	struct completion work = { 0, __WAIT_QUEUE_HEAD_INITIALIZER(work.wait) }

static inline void init_completion(struct completion *x)
{
	x->done = 0;
	init_waitqueue_head(&x->wait);
}

void wait_for_completion(struct completion *x);
void complete(struct completion *x);

#endif
