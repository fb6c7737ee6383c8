/*
 * include/linux/timer.h - kernel timers (book 6.5): a function to run
 * from the timer bottom half once jiffies reaches expires. kernel/timer.c
 * keeps them, as 2.4 does, in timer vectors by how far off they are.
 */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <linux/list.h>

struct timer_list {
	struct list_head list;		/* NULL next: not pending */
	unsigned long expires;		/* in jiffies */
	unsigned long data;		/* the function's argument */
	void (*function)(unsigned long);
};

void add_timer(struct timer_list *timer);
int del_timer(struct timer_list *timer);
int mod_timer(struct timer_list *timer, unsigned long expires);
int del_timer_sync(struct timer_list *timer);
void run_timer_list(void);
void init_timervecs(void);

static inline void init_timer(struct timer_list *timer)
{
	timer->list.next = timer->list.prev = NULL;
}

static inline int timer_pending(const struct timer_list *timer)
{
	return timer->list.next != NULL;
}

#endif
