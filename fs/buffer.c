/*
 * fs/buffer.c - sync(2), fsync(2) and fdatasync(2). lk24 has no buffer
 * cache and no disks: every file system keeps its data in memory, so
 * there is nothing to write back and these calls only check their
 * argument. 2.4's buffer heads and bdflush are left out.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <asm/errno.h>

/* sys_sync - write every file system's dirty data back: none here */
asmlinkage long sys_sync(void)
{
	return 0;
}

/* do_fsync - descriptor @fd's file to its storage: -EBADF if it is not
 * open, -EINVAL if its file has no fsync (a pipe, a device), else what
 * fsync says */
static long do_fsync(unsigned int fd, int datasync)
{
	struct file *file = fget(fd);
	long ret = -EINVAL;

	if (!file)
		return -EBADF;
	if (file->f_op && file->f_op->fsync)
		ret = file->f_op->fsync(file, file->f_dentry, datasync);
	fput(file);
	return ret;
}

asmlinkage long sys_fsync(unsigned int fd)
{
	return do_fsync(fd, 0);
}

asmlinkage long sys_fdatasync(unsigned int fd)
{
	return do_fsync(fd, 1);
}
