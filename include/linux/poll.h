/*
 * include/linux/poll.h - how select(2) and poll(2) wait on many files
 * at once (fs/select.c): each file's poll operation says what is ready
 * now and, through poll_wait, puts the caller on the wait queues that a
 * change would wake. The entries live in pages chained from the table.
 */
#ifndef _LINUX_POLL_H
#define _LINUX_POLL_H

#include <linux/wait.h>
#include <linux/fs.h>
#include <asm/poll.h>

struct poll_table_page;

typedef struct poll_table_struct {
	int error;			/* -ENOMEM if an entry did not fit */
	struct poll_table_page *table;
} poll_table;

/* fs/select.c */
void __pollwait(struct file *filp, wait_queue_head_t *wait_address,
		poll_table *p);
void poll_initwait(poll_table *pt);
void poll_freewait(poll_table *pt);

/* poll_wait - a file's poll puts the caller on @wait_address, unless
 * the caller only asks (@p NULL) */
static inline void poll_wait(struct file *filp,
			     wait_queue_head_t *wait_address, poll_table *p)
{
	if (p && wait_address)
		__pollwait(filp, wait_address, p);
}

/* What a file without a poll operation is: always ready */
#define DEFAULT_POLLMASK (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM)

#endif
