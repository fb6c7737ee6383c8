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

asmlinkage ssize_t sys_read(unsigned int fd, char *buf, size_t count)
{
	struct file *file = fget(fd);
	ssize_t ret = -EBADF;

	if (!file)
		return ret;
	if ((file->f_flags & O_ACCMODE) == O_WRONLY)
		ret = -EBADF;
	else if (!access_ok(VERIFY_WRITE, buf, count))
		ret = -EFAULT;
	else if (!file->f_op || !file->f_op->read)
		ret = -EINVAL;
	else
		ret = file->f_op->read(file, buf, count, &file->f_pos);
	fput(file);
	return ret;
}

asmlinkage ssize_t sys_write(unsigned int fd, const char *buf, size_t count)
{
	struct file *file = fget(fd);
	ssize_t ret = -EBADF;

	if (!file)
		return ret;
	if ((file->f_flags & O_ACCMODE) == O_RDONLY)
		ret = -EBADF;
	else if (!access_ok(VERIFY_READ, buf, count))
		ret = -EFAULT;
	else if (!file->f_op || !file->f_op->write)
		ret = -EINVAL;
	else
		ret = file->f_op->write(file, buf, count, &file->f_pos);
	fput(file);
	return ret;
}

/*
 * sys_pread - read at offset @pos, the file position untouched; only a
 * file with a position (llseek other than no_llseek) has offsets. Like
 * Linux, a negative offset is -EINVAL before the descriptor is looked at.
 */
asmlinkage ssize_t sys_pread(unsigned int fd, char *buf, size_t count,
			     loff_t pos)
{
	struct file *file;
	ssize_t ret = -EBADF;

	if (pos < 0)
		return -EINVAL;
	file = fget(fd);
	if (!file)
		return ret;
	if (!file->f_op || file->f_op->llseek == no_llseek)
		ret = -ESPIPE;
	else if ((file->f_flags & O_ACCMODE) == O_WRONLY)
		ret = -EBADF;
	else if (!access_ok(VERIFY_WRITE, buf, count))
		ret = -EFAULT;
	else if (!file->f_op->read)
		ret = -EINVAL;
	else
		ret = file->f_op->read(file, buf, count, &pos);
	fput(file);
	return ret;
}

/* sys_pwrite - write at offset @pos, as sys_pread reads */
asmlinkage ssize_t sys_pwrite(unsigned int fd, const char *buf,
			      size_t count, loff_t pos)
{
	struct file *file;
	ssize_t ret = -EBADF;

	if (pos < 0)
		return -EINVAL;
	file = fget(fd);
	if (!file)
		return ret;
	if (!file->f_op || file->f_op->llseek == no_llseek)
		ret = -ESPIPE;
	else if ((file->f_flags & O_ACCMODE) == O_RDONLY)
		ret = -EBADF;
	else if (!access_ok(VERIFY_READ, buf, count))
		ret = -EFAULT;
	else if (!file->f_op->write)
		ret = -EINVAL;
	else
		ret = file->f_op->write(file, buf, count, &pos);
	fput(file);
	return ret;
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
