/*
 * fs/pipe.c - pipes: pipe(2) gives two descriptors on one inode whose
 * pipe_inode_info holds the data (include/linux/pipe_fs_i.h). A reader
 * sleeps while the pipe is empty and a writer while it is full, on the
 * pipe's wait queue; the last writer's close is EOF, the last reader's
 * turns writes into SIGPIPE and -EPIPE. Writes of up to PIPE_BUF bytes
 * are never split. The inodes live in pipefs, a file system mounted
 * only inside the kernel; a named pipe's (fs/fifo.c) in its own.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/init.h>
#include <linux/pipe_fs_i.h>
#include <linux/poll.h>
#include <asm/errno.h>
#include <asm/uaccess.h>
#include <asm/ioctls.h>
#include <asm/current.h>

#define PIPEFS_MAGIC	0x50495045

/* last_buf - the buffer a write adds to: the last one in the ring */
static struct pipe_buffer *last_buf(struct pipe_inode_info *pipe)
{
	return &pipe->bufs[(pipe->curbuf + pipe->nrbufs - 1) % PIPE_BUFFERS];
}

/* copy_out - up to @count bytes from the ring to user @buf, freeing the
 * buffers emptied. Returns the bytes copied, or -EFAULT if none were. */
static ssize_t copy_out(struct pipe_inode_info *pipe, char *buf,
			size_t count)
{
	ssize_t done = 0;

	while (count && pipe->nrbufs) {
		struct pipe_buffer *b = &pipe->bufs[pipe->curbuf];
		size_t n = count < b->len ? count : b->len;

		if (copy_to_user(buf + done, b->page + b->offset, n))
			return done ? done : -EFAULT;
		b->offset += n;
		b->len -= n;
		done += n;
		count -= n;
		if (b->len)
			break;
		free_page((unsigned long)b->page);
		b->page = NULL;
		pipe->curbuf = (pipe->curbuf + 1) % PIPE_BUFFERS;
		pipe->nrbufs--;
	}
	return done;
}

/*
 * pipe_read - what is in the pipe, up to @count bytes, once there is
 * something: sleeps while it is empty and has writers. 0 at EOF (no
 * writers), -EAGAIN for O_NONBLOCK, -ERESTARTSYS on a signal, -ESPIPE
 * for a read at an offset.
 */
static ssize_t pipe_read(struct file *filp, char *buf, size_t count,
			 loff_t *ppos)
{
	struct pipe_inode_info *pipe = filp->f_dentry->d_inode->i_pipe;
	ssize_t ret;

	if (ppos != &filp->f_pos)
		return -ESPIPE;
	if (!count)
		return 0;
	while (!pipe->nrbufs) {
		if (!pipe->writers)
			return 0;
		if (filp->f_flags & O_NONBLOCK)
			return -EAGAIN;
		if (wait_event_interruptible(pipe->wait, pipe->nrbufs ||
					     !pipe->writers))
			return -ERESTARTSYS;
	}
	ret = copy_out(pipe, buf, count);
	wake_up_interruptible(&pipe->wait);
	return ret;
}

/* merge - as Linux does, the part of a write beyond whole pages goes
 * into the last buffer if it fits there whole. Returns bytes taken. */
static ssize_t merge(struct pipe_inode_info *pipe, const char *buf,
		     size_t count)
{
	size_t chars = count & (PAGE_SIZE - 1);
	struct pipe_buffer *b;

	if (!chars || !pipe->nrbufs)
		return 0;
	b = last_buf(pipe);
	if (b->offset + b->len + chars > PAGE_SIZE)
		return 0;
	if (copy_from_user(b->page + b->offset + b->len, buf, chars))
		return -EFAULT;
	b->len += chars;
	return chars;
}

/* new_buffer - up to a page of user @buf into a fresh buffer at the end
 * of the ring, which has room. Returns bytes taken or -errno. */
static ssize_t new_buffer(struct pipe_inode_info *pipe, const char *buf,
			  size_t count)
{
	size_t n = count < PAGE_SIZE ? count : PAGE_SIZE;
	char *page = (char *)__get_free_page(GFP_KERNEL);
	struct pipe_buffer *b;

	if (!page)
		return -ENOMEM;
	if (copy_from_user(page, buf, n)) {
		free_page((unsigned long)page);
		return -EFAULT;
	}
	pipe->nrbufs++;
	b = last_buf(pipe);
	b->page = page;
	b->offset = 0;
	b->len = n;
	return n;
}

/* pipe_wait_room - sleep until a buffer is free or no reader is left;
 * 0, -EAGAIN for O_NONBLOCK or -ERESTARTSYS */
static int pipe_wait_room(struct file *filp, struct pipe_inode_info *pipe)
{
	if (filp->f_flags & O_NONBLOCK)
		return -EAGAIN;
	if (wait_event_interruptible(pipe->wait,
				     pipe->nrbufs < PIPE_BUFFERS ||
				     !pipe->readers))
		return -ERESTARTSYS;
	return 0;
}

/*
 * pipe_write - all @count bytes, sleeping while the pipe is full; what
 * was written if a signal, O_NONBLOCK or a fault stops it part way.
 * With no reader: SIGPIPE and -EPIPE.
 */
static ssize_t pipe_write(struct file *filp, const char *buf, size_t count,
			  loff_t *ppos)
{
	struct pipe_inode_info *pipe = filp->f_dentry->d_inode->i_pipe;
	ssize_t done = 0, n = 0;

	if (ppos != &filp->f_pos)
		return -ESPIPE;
	if (!count)
		return 0;
	if (pipe->readers) {
		done = merge(pipe, buf, count);
		if (done < 0)
			return done;
	}
	while (done < count) {
		/* readers sleeping on an empty pipe must see what is in */
		wake_up_interruptible(&pipe->wait);
		if (!pipe->readers) {
			send_sig(SIGPIPE, current, 0);
			n = -EPIPE;
			break;
		}
		if (pipe->nrbufs < PIPE_BUFFERS)
			n = new_buffer(pipe, buf + done, count - done);
		else
			n = pipe_wait_room(filp, pipe);
		if (n < 0)
			break;
		done += n;
	}
	wake_up_interruptible(&pipe->wait);
	return done ? done : n;
}

/* pipe_ioctl - FIONREAD: the bytes waiting in the pipe */
static int pipe_ioctl(struct inode *inode, struct file *filp,
		      unsigned int cmd, unsigned long arg)
{
	struct pipe_inode_info *pipe = inode->i_pipe;
	int i, count = 0;

	if (cmd != FIONREAD)
		return -ENOTTY;
	for (i = 0; i < pipe->nrbufs; i++)
		count += pipe->bufs[(pipe->curbuf + i) % PIPE_BUFFERS].len;
	return put_user(count, (int *)arg);
}

/* pipe_poll - readable with data (hung up without writers), writable
 * with a free buffer (an error without readers) */
static unsigned int pipe_poll(struct file *filp, poll_table *wait)
{
	struct pipe_inode_info *pipe = filp->f_dentry->d_inode->i_pipe;
	unsigned int mask = 0;

	poll_wait(filp, &pipe->wait, wait);
	if (filp->f_mode & FMODE_READ) {
		if (pipe->nrbufs)
			mask |= POLLIN | POLLRDNORM;
		if (!pipe->writers)
			mask |= POLLHUP;
	}
	if (filp->f_mode & FMODE_WRITE) {
		if (pipe->nrbufs < PIPE_BUFFERS)
			mask |= POLLOUT | POLLWRNORM;
		if (!pipe->readers)
			mask |= POLLERR;
	}
	return mask;
}

/* pipe_release - one end closed: wake the other side, which may now see
 * EOF or EPIPE; with both ends gone the pipe's buffers go. */
static int pipe_release(struct inode *inode, int readers, int writers)
{
	struct pipe_inode_info *pipe = inode->i_pipe;

	pipe->readers -= readers;
	pipe->writers -= writers;
	if (!pipe->readers && !pipe->writers)
		free_pipe_info(inode);
	else
		wake_up_interruptible(&pipe->wait);
	return 0;
}

static int pipe_read_release(struct inode *inode, struct file *filp)
{
	return pipe_release(inode, 1, 0);
}

static int pipe_write_release(struct inode *inode, struct file *filp)
{
	return pipe_release(inode, 0, 1);
}

static int pipe_rdwr_release(struct inode *inode, struct file *filp)
{
	return pipe_release(inode, 1, 1);
}

struct file_operations read_pipe_fops = {
	.llseek = no_llseek,
	.read = pipe_read,
	.poll = pipe_poll,
	.ioctl = pipe_ioctl,
	.release = pipe_read_release,
};

struct file_operations write_pipe_fops = {
	.llseek = no_llseek,
	.write = pipe_write,
	.poll = pipe_poll,
	.ioctl = pipe_ioctl,
	.release = pipe_write_release,
};

/* a FIFO opened for both reading and writing (fs/fifo.c) */
struct file_operations rdwr_pipe_fops = {
	.llseek = no_llseek,
	.read = pipe_read,
	.write = pipe_write,
	.poll = pipe_poll,
	.ioctl = pipe_ioctl,
	.release = pipe_rdwr_release,
};

static struct vfsmount *pipe_mnt;	/* pipefs: where pipes' inodes live */

/* pipe_new - an empty pipe for @inode, no ends open yet; NULL without
 * memory */
struct pipe_inode_info *pipe_new(struct inode *inode)
{
	struct pipe_inode_info *pipe = kmalloc(sizeof(*pipe), GFP_KERNEL);

	if (pipe) {
		memset(pipe, 0, sizeof(*pipe));
		init_waitqueue_head(&pipe->wait);
		inode->i_pipe = pipe;
	}
	return pipe;
}

/* free_pipe_info - the pipe's buffers go, both ends closed */
void free_pipe_info(struct inode *inode)
{
	struct pipe_inode_info *pipe = inode->i_pipe;
	int i;

	for (i = 0; i < PIPE_BUFFERS; i++)
		if (pipe->bufs[i].page)
			free_page((unsigned long)pipe->bufs[i].page);
	kfree(pipe);
	inode->i_pipe = NULL;
}

/* get_pipe_inode - a new FIFO inode with an empty pipe, one reader and
 * one writer, owned by the caller. NULL without memory. */
static struct inode *get_pipe_inode(void)
{
	struct inode *inode = new_inode(pipe_mnt->mnt_sb);
	struct pipe_inode_info *pipe = inode ? pipe_new(inode) : NULL;

	if (!pipe) {
		kfree(inode);
		return NULL;
	}
	pipe->readers = pipe->writers = 1;
	inode->i_mode = S_IFIFO | S_IRUSR | S_IWUSR;
	inode->i_uid = current->fsuid;
	inode->i_gid = current->fsgid;
	inode->i_atime = inode->i_mtime = inode->i_ctime = CURRENT_TIME;
	return inode;
}

/* pipe_dentry - a dentry "[ino]" in pipefs for @inode (whose reference
 * it takes), or NULL; d_path makes it "pipe:[ino]" */
static struct dentry *pipe_dentry(struct inode *inode)
{
	char name[16];
	struct qstr this;
	struct dentry *dentry;

	this.len = sprintf(name, "[%lu]", inode->i_ino);
	this.name = (unsigned char *)name;
	this.hash = inode->i_ino;
	dentry = d_alloc(pipe_mnt->mnt_sb->s_root, &this);
	if (dentry)
		d_add(dentry, inode);
	else
		iput(inode);
	return dentry;
}

/* pipe_file - an open file on pipe @dentry with @fops and @flags */
static struct file *pipe_file(struct dentry *dentry,
			      struct file_operations *fops, int flags)
{
	struct file *f = get_empty_filp();

	if (f) {
		f->f_dentry = dget(dentry);
		f->f_vfsmnt = mntget(pipe_mnt);
		f->f_op = fops;
		f->f_flags = flags;
		f->f_mode = (flags + 1) & O_ACCMODE;
	}
	return f;
}

/* install_pipe - descriptors for @r and @w (references moved in) into
 * @fd; 0 or -EMFILE, the files dropped */
static int install_pipe(int *fd, struct file *r, struct file *w)
{
	fd[0] = get_unused_fd();
	if (fd[0] < 0)
		goto close_files;
	fd_install(fd[0], r);
	fd[1] = get_unused_fd();
	if (fd[1] < 0)
		goto uninstall_reader;
	fd_install(fd[1], w);
	return 0;

uninstall_reader:
	current->files->fd[fd[0]] = NULL;
	put_unused_fd(fd[0]);
close_files:
	fput(r);
	fput(w);
	return -EMFILE;
}

/*
 * do_pipe - a new pipe: @fd[0] its read end, @fd[1] its write end.
 * Returns 0, -EMFILE without two free descriptors, or -ENFILE.
 */
int do_pipe(int *fd)
{
	struct inode *inode = get_pipe_inode();
	struct dentry *dentry = inode ? pipe_dentry(inode) : NULL;
	struct file *r, *w;

	if (!dentry)
		return -ENFILE;
	r = pipe_file(dentry, &read_pipe_fops, O_RDONLY);
	w = pipe_file(dentry, &write_pipe_fops, O_WRONLY);
	if (r && w) {
		dput(dentry);
		return install_pipe(fd, r, w);
	}
	/* an end missing: the one made is the pipe's only one */
	inode->i_pipe->readers = !!r;
	inode->i_pipe->writers = !!w;
	if (!r && !w)
		free_pipe_info(inode);
	if (r)
		fput(r);
	if (w)
		fput(w);
	dput(dentry);
	return -ENFILE;
}

/* pipefs_read_super - the file system behind pipes, never mounted in
 * the tree: a root "pipe:" for their dentries */
static struct super_block *pipefs_read_super(struct super_block *sb,
					     void *data, int silent)
{
	static const struct qstr name = { (unsigned char *)"pipe:", 5, 0 };
	struct inode *root = new_inode(sb);

	if (!root)
		return NULL;
	root->i_mode = S_IFDIR | S_IRUSR | S_IWUSR;
	sb->s_magic = PIPEFS_MAGIC;
	sb->s_root = d_alloc(NULL, &name);
	if (sb->s_root) {
		sb->s_root->d_sb = sb;
		d_instantiate(sb->s_root, root);
		return sb;
	}
	iput(root);
	return NULL;
}

static struct file_system_type pipe_fs_type = {
	.name = "pipefs", .read_super = pipefs_read_super,
	.fs_flags = FS_NOMOUNT,
};

/* init_pipe_fs - register and mount pipefs at boot */
static int __init init_pipe_fs(void)
{
	int err = register_filesystem(&pipe_fs_type);

	if (!err) {
		pipe_mnt = kern_mount(&pipe_fs_type);
		err = IS_ERR(pipe_mnt) ? PTR_ERR(pipe_mnt) : 0;
	}
	if (err)
		panic("Cannot create pipefs");
	return err;
}

__initcall(init_pipe_fs);
