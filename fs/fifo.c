/*
 * fs/fifo.c - named pipes (mkfifo, mknod S_IFIFO): the node stays in
 * its file system, the pipe behind it (fs/pipe.c) exists while an end
 * is open. Opening one end waits for the other, as on Linux: a reader
 * for a writer unless O_NONBLOCK, a writer for a reader (ENXIO with
 * O_NONBLOCK); opening both ends at once (O_RDWR) waits for nobody.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/pipe_fs_i.h>
#include <asm/errno.h>
#include <asm/current.h>

/* wait_for_partner - sleep until an end of the other kind opens (its
 * @counter moves); 0, or -ERESTARTSYS on a signal */
static int wait_for_partner(struct pipe_inode_info *pipe,
			    unsigned int *counter)
{
	unsigned int cur = *counter;

	return wait_event_interruptible(pipe->wait, cur != *counter) ?
		-ERESTARTSYS : 0;
}

/* fifo_open_end - count the new end of @filp, a reader (@read) or a
 * writer, and wait for the other kind if @wait; 0 or -ERESTARTSYS,
 * the end not counted */
static int fifo_open_end(struct pipe_inode_info *pipe, int read, int wait)
{
	unsigned int *mine = read ? &pipe->readers : &pipe->writers;

	(*mine)++;
	(*(read ? &pipe->r_counter : &pipe->w_counter))++;
	wake_up_interruptible(&pipe->wait);	/* partners waiting */
	if (wait && wait_for_partner(pipe, read ? &pipe->w_counter :
				     &pipe->r_counter)) {
		(*mine)--;
		return -ERESTARTSYS;
	}
	return 0;
}

/*
 * fifo_open - an end of the FIFO @inode for @filp, its pipe made on the
 * first open. 0, -ENXIO (a non-blocking writer without readers),
 * -ERESTARTSYS, -ENOMEM or -EINVAL.
 */
static int fifo_open(struct inode *inode, struct file *filp)
{
	struct pipe_inode_info *pipe = inode->i_pipe;
	int nonblock = filp->f_flags & O_NONBLOCK, ret = -EINVAL;

	if (!pipe && !(pipe = pipe_new(inode)))
		return -ENOMEM;
	switch (filp->f_mode & (FMODE_READ | FMODE_WRITE)) {
	case FMODE_READ:
		filp->f_op = &read_pipe_fops;
		ret = fifo_open_end(pipe, 1, !pipe->writers && !nonblock);
		break;
	case FMODE_WRITE:
		ret = -ENXIO;
		if (nonblock && !pipe->readers)
			break;
		filp->f_op = &write_pipe_fops;
		ret = fifo_open_end(pipe, 0, !pipe->readers);
		break;
	case FMODE_READ | FMODE_WRITE:
		filp->f_op = &rdwr_pipe_fops;
		fifo_open_end(pipe, 1, 0);
		ret = fifo_open_end(pipe, 0, 0);
		break;
	}
	if (ret && !pipe->readers && !pipe->writers)
		free_pipe_info(inode);
	return ret;
}

/* What init_special_inode gives a FIFO node */
struct file_operations def_fifo_fops = {
	.open = fifo_open,
};
