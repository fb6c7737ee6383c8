/*
 * fs/ioctl.c - ioctl(2): passed to the file's own operation; a file
 * without one is not a terminal (-ENOTTY).
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <asm/errno.h>

asmlinkage long sys_ioctl(unsigned int fd, unsigned int cmd,
			  unsigned long arg)
{
	struct file *file = fget(fd);
	long ret = -ENOTTY;

	if (!file)
		return -EBADF;
	if (file->f_op && file->f_op->ioctl)
		ret = file->f_op->ioctl(file->f_dentry->d_inode, file, cmd,
					arg);
	fput(file);
	return ret;
}
