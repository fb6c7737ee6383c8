/*
 * fs/open.c - open(2), close(2) and the descriptor table.
 * Names come from user space through getname; lookup is ramfs's. Files
 * cannot be created or written: asking to gives -EROFS.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <asm/errno.h>
#include <asm/uaccess.h>
#include <asm/bitops.h>
#include <asm/current.h>

/* getname - copy a path from user space into a kernel buffer; an
 * ERR value (-EFAULT, -ENAMETOOLONG, -ENOENT) cast to a pointer if not. */
char *getname(const char *filename)
{
	char *name = kmalloc(PATH_MAX, GFP_KERNEL);
	long len;

	if (!name)
		return (char *)-ENOMEM;
	len = strncpy_from_user(name, filename, PATH_MAX);
	if (len < 0 || len >= PATH_MAX || len == 0) {
		kfree(name);
		return (char *)(len < 0 ? -EFAULT :
				len ? -ENAMETOOLONG : -ENOENT);
	}
	return name;
}

void putname(char *name)
{
	kfree(name);
}


/*
 * filp_open - open the file at kernel path @name. Returns the file or an
 * error pointer: -ENOENT, -EISDIR (writing a directory), -ENOTDIR,
 * -EROFS (writing or creating a regular file), -ENOMEM, or what the
 * driver's open says (a device's, say).
 */
struct file *filp_open(const char *name, int flags)
{
	struct inode *inode = ramfs_lookup(name);
	struct file *f;
	int error;

	if (!inode)
		return (struct file *)ramfs_path_error(name);
	if ((flags & O_DIRECTORY) && !S_ISDIR(inode->i_mode))
		return (struct file *)-ENOTDIR;
	if ((flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC)) {
		if (S_ISDIR(inode->i_mode))
			return (struct file *)-EISDIR;
		if (S_ISREG(inode->i_mode))
			return (struct file *)-EROFS;
	}
	f = get_empty_filp();
	if (!f)
		return (struct file *)-ENOMEM;
	f->f_inode = inode;
	f->f_op = inode->i_fop;
	f->f_flags = flags;
	if (f->f_op && f->f_op->open) {
		error = f->f_op->open(inode, f);
		if (error) {
			kfree(f);	/* never opened: no release */
			return (struct file *)error;
		}
	}
	return f;
}

/* take_fd - take descriptor @fd of @files (free, below the limit and
 * FDTABLE_MAX), without FD_CLOEXEC. 0, -EMFILE or -ENOMEM. */
int take_fd(struct files_struct *files, unsigned int fd)
{
	int error = expand_files(files, fd);

	if (error)
		return error;
	__set_bit(fd, files->open_fds);
	clear_bit(fd, files->close_on_exec);
	if (fd == files->next_fd)
		files->next_fd = fd + 1;
	return 0;
}

/*
 * alloc_fd - take the lowest free descriptor >= @start, without
 * FD_CLOEXEC, for fd_install to fill (or put_unused_fd to give back).
 * Returns it, -EMFILE at RLIMIT_NOFILE, or -ENOMEM.
 */
int alloc_fd(unsigned int start)
{
	struct files_struct *files = current->files;
	int fd, error;

	if (start < files->next_fd)
		start = files->next_fd;	/* all below it are taken */
	fd = find_next_zero_bit(files->open_fds, FDTABLE_MAX, start);
	if (fd >= current->rlim[RLIMIT_NOFILE].rlim_cur)
		return -EMFILE;
	error = take_fd(files, fd);
	return error ? error : fd;
}

/* get_unused_fd - the lowest free descriptor, as alloc_fd says */
int get_unused_fd(void)
{
	return alloc_fd(0);
}

/* put_unused_fd - give back descriptor @fd, taken and never filled */
void put_unused_fd(unsigned int fd)
{
	struct files_struct *files = current->files;

	clear_bit(fd, files->open_fds);
	if (fd < files->next_fd)
		files->next_fd = fd;
}

/* fd_install - descriptor @fd, taken, now names @file (whose reference
 * it takes over) */
void fd_install(unsigned int fd, struct file *file)
{
	current->files->fd[fd] = file;
}

asmlinkage long sys_open(const char *filename, int flags, int mode)
{
	char *name = getname(filename);
	struct file *f;
	int fd;

	if (IS_ERR(name))
		return (long)name;
	fd = get_unused_fd();
	if (fd >= 0) {
		f = filp_open(name, flags);
		if (IS_ERR(f)) {
			put_unused_fd(fd);
			fd = (long)f;
		} else {
			fd_install(fd, f);
		}
	}
	putname(name);
	return fd;
}

asmlinkage long sys_close(unsigned int fd)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	current->files->fd[fd] = NULL;
	clear_bit(fd, current->files->close_on_exec);
	put_unused_fd(fd);
	fput(f);	/* ours */
	fput(f);	/* the descriptor's */
	return 0;
}
