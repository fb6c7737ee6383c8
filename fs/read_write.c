/*
 * fs/read_write.c - read(2), write(2), lseek(2), pread(2), pwrite(2):
 * check the descriptor and the user buffer, then the file's own
 * operation. 2.4's readv and writev are left out.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <asm/errno.h>
#include <asm/uaccess.h>

/* default_llseek - the new position from SEEK_SET/CUR/END; a negative
 * result is -EINVAL. */
loff_t default_llseek(struct file *file, loff_t offset, int origin)
{
	loff_t pos;

	switch (origin) {
	case 0:
		pos = offset;
		break;
	case 1:
		pos = file->f_pos + offset;
		break;
	case 2:
		pos = file->f_inode->i_size + offset;
		break;
	default:
		return -EINVAL;
	}
	if (pos < 0)
		return -EINVAL;
	file->f_pos = pos;
	return pos;
}

/* no_llseek - for files without a position: pipes, say */
loff_t no_llseek(struct file *file, loff_t offset, int origin)
{
	return -ESPIPE;
}

asmlinkage long sys_lseek(unsigned int fd, long offset, unsigned int origin)
{
	struct file *file = fget(fd);
	loff_t ret;

	if (!file)
		return -EBADF;
	ret = file->f_op && file->f_op->llseek ?
		file->f_op->llseek(file, offset, origin) : -ESPIPE;
	fput(file);
	if (ret > 0x7fffffff)
		return -EOVERFLOW;
	return ret;
}

/* rw_check - may @file be read (@write 0) or written, @count bytes at
 * user @buf, at an offset if @ppos? 0, -ESPIPE for an offset on a file
 * without positions, -EBADF for the wrong mode, -EFAULT, or -EINVAL
 * without the operation */
static ssize_t rw_check(struct file *file, const char *buf, size_t count,
			loff_t *ppos, int write)
{
	struct file_operations *op = file->f_op;

	if (ppos && (!op || op->llseek == no_llseek))
		return -ESPIPE;
	if ((file->f_flags & O_ACCMODE) == (write ? O_RDONLY : O_WRONLY))
		return -EBADF;
	if (!access_ok(write ? VERIFY_READ : VERIFY_WRITE, buf, count))
		return -EFAULT;
	if (!op || !(write ? (void *)op->write : (void *)op->read))
		return -EINVAL;
	return 0;
}

/* do_rw - read or write (@write) descriptor @fd at *@ppos, or at its
 * file's position if @ppos is NULL; -EBADF if it is not open, or what
 * rw_check or the operation says */
static ssize_t do_rw(unsigned int fd, char *buf, size_t count, loff_t *ppos,
		     int write)
{
	struct file *file = fget(fd);
	ssize_t ret;

	if (!file)
		return -EBADF;
	ret = rw_check(file, buf, count, ppos, write);
	if (!ppos)
		ppos = &file->f_pos;
	if (!ret && write)
		ret = file->f_op->write(file, buf, count, ppos);
	else if (!ret)
		ret = file->f_op->read(file, buf, count, ppos);
	fput(file);
	return ret;
}

asmlinkage ssize_t sys_read(unsigned int fd, char *buf, size_t count)
{
	return do_rw(fd, buf, count, NULL, 0);
}

asmlinkage ssize_t sys_write(unsigned int fd, const char *buf, size_t count)
{
	return do_rw(fd, (char *)buf, count, NULL, 1);
}

/*
 * sys_pread - read at offset @pos, the file position untouched; only a
 * file with a position (llseek other than no_llseek) has offsets. Like
 * Linux, a negative offset is -EINVAL before the descriptor is looked at.
 */
asmlinkage ssize_t sys_pread(unsigned int fd, char *buf, size_t count,
			     loff_t pos)
{
	return pos < 0 ? -EINVAL : do_rw(fd, buf, count, &pos, 0);
}

/* sys_pwrite - write at offset @pos, as sys_pread reads */
asmlinkage ssize_t sys_pwrite(unsigned int fd, const char *buf,
			      size_t count, loff_t pos)
{
	return pos < 0 ? -EINVAL : do_rw(fd, (char *)buf, count, &pos, 1);
}

/* sys_llseek - lseek with a 64-bit offset in two halves and the result
 * stored at @result (_llseek(2)). */
asmlinkage long sys_llseek(unsigned int fd, unsigned long offset_high,
			   unsigned long offset_low, loff_t *result,
			   unsigned int origin)
{
	struct file *file = fget(fd);
	loff_t offset = ((loff_t)offset_high << 32) | offset_low, ret;

	if (!file)
		return -EBADF;
	ret = file->f_op && file->f_op->llseek ?
		file->f_op->llseek(file, offset, origin) : -ESPIPE;
	fput(file);
	if (ret < 0)
		return ret;
	return copy_to_user(result, &ret, sizeof(ret)) ? -EFAULT : 0;
}
