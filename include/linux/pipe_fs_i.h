/*
 * include/linux/pipe_fs_i.h - what a pipe's inode holds (fs/pipe.c):
 * its data in up to PIPE_BUFFERS page-sized buffers used as a ring,
 * the count of open read and write ends, and one wait queue for both
 * sides. 2.4 kept a single page; lk24 keeps 16 as Linux 2.6.11 and
 * later do, so that a pipe holds as much (64 KB) as on Linux.
 */
#ifndef _LINUX_PIPE_FS_I_H
#define _LINUX_PIPE_FS_I_H

#include <linux/wait.h>

#define PIPE_BUFFERS	16

/* pipe_buffer - one page of a pipe's data: @len bytes from @offset */
struct pipe_buffer {
	char *page;
	unsigned int offset, len;
};

/*
 * The ring runs from bufs[curbuf] for nrbufs buffers. Guarded by the
 * big kernel lock: only tasks touch it, never interrupts, and they do
 * not sleep while it is inconsistent.
 */
struct pipe_inode_info {
	wait_queue_head_t wait;		/* readers and writers sleep here */
	unsigned int curbuf, nrbufs;
	struct pipe_buffer bufs[PIPE_BUFFERS];
	unsigned int readers, writers;	/* open ends */
	unsigned int r_counter, w_counter;	/* FIFO opens, ever */
};

/* fs/pipe.c: the file operations of each end, FIFOs' too */
extern struct file_operations read_pipe_fops, write_pipe_fops;
extern struct file_operations rdwr_pipe_fops;
struct inode;
struct pipe_inode_info *pipe_new(struct inode *inode);
void free_pipe_info(struct inode *inode);

#define PIPE_BUF	4096	/* writes up to this size are atomic */

#endif
