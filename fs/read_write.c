/*
 * fs/read_write.c - read(2), write(2), lseek(2), pread(2), pwrite(2):
 * check the descriptor and the user buffer, then the file's own
 * operation; readv and writev do it once for each buffer, sendfile
 * from one file to another through a kernel page.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/uio.h>
#include <asm/errno.h>
#include <asm/uaccess.h>

/* default_llseek - the new position from SEEK_SET/CUR/END; a negative
 * result is -EINVAL. */
loff_t default_llseek(struct file *file, loff_t offset, int origin)
{
	loff_t pos;

	switch (origin) {
	case SEEK_SET:
		pos = offset;
		break;
	case SEEK_CUR:
		pos = file->f_pos + offset;
		break;
	case SEEK_END:
		pos = file->f_dentry->d_inode->i_size + offset;
		break;
	default:
		return -EINVAL;
	}
	if (pos < 0)
		return -EINVAL;
	file->f_pos = pos;
	return pos;
}

/* generic_read_dir - read(2) of a directory */
ssize_t generic_read_dir(struct file *filp, char *buf, size_t siz,
			 loff_t *ppos)
{
	return -EISDIR;
}

/* no_llseek - for files without a position: pipes, say */
loff_t no_llseek(struct file *file, loff_t offset, int origin)
{
	return -ESPIPE;
}

/* vfs_llseek - @file's own llseek, -ESPIPE if it has none; an @origin
 * past SEEK_MAX is -EINVAL for any file, as Linux asks that first */
static loff_t vfs_llseek(struct file *file, loff_t offset,
			 unsigned int origin)
{
	if (origin > SEEK_MAX)
		return -EINVAL;
	return file->f_op && file->f_op->llseek ?
		file->f_op->llseek(file, offset, origin) : -ESPIPE;
}

asmlinkage long sys_lseek(unsigned int fd, long offset, unsigned int origin)
{
	struct file *file = fget(fd);
	loff_t ret;

	if (!file)
		return -EBADF;
	ret = vfs_llseek(file, offset, origin);
	fput(file);
	if (ret > 0x7fffffff)
		return -EOVERFLOW;
	return ret;
}

/* rw_check - may @file be read (@write 0) or written, @count bytes at
 * user @buf, at an offset if @ppos? 0, -ESPIPE for an offset on a file
 * without positions, -EBADF for the wrong mode, -EINVAL without the
 * operation, -EFAULT, or -EINVAL for a count or range too large */
static ssize_t rw_check(struct file *file, const char *buf, size_t count,
			loff_t *ppos, int write)
{
	struct file_operations *op = file->f_op;

	if (ppos && (!op || op->llseek == no_llseek))
		return -ESPIPE;
	if (!(file->f_mode & (write ? FMODE_WRITE : FMODE_READ)))
		return -EBADF;
	if (!op || !(write ? (void *)op->write : (void *)op->read))
		return -EINVAL;
	if (!access_ok(write ? VERIFY_READ : VERIFY_WRITE, buf, count))
		return -EFAULT;
	/* as Linux: no count that is negative as a ssize_t, no range
	 * whose end does not fit in a loff_t */
	if ((ssize_t)count < 0 || (ppos && *ppos + (loff_t)count < 0))
		return -EINVAL;
	return 0;
}

/* rw_file - read or write (@write) @file at *@ppos, or at its
 * position if @ppos is NULL, at most MAX_RW_COUNT bytes; what rw_check
 * or the operation says */
static ssize_t rw_file(struct file *file, char *buf, size_t count,
		       loff_t *ppos, int write)
{
	ssize_t ret = rw_check(file, buf, count, ppos, write);

	count = min_t(size_t, count, MAX_RW_COUNT);
	if (!ppos)
		ppos = &file->f_pos;
	if (!ret && write)
		ret = file->f_op->write(file, buf, count, ppos);
	else if (!ret)
		ret = file->f_op->read(file, buf, count, ppos);
	return ret;
}

/* do_rw - rw_file on descriptor @fd; -EBADF if it is not open */
static ssize_t do_rw(unsigned int fd, char *buf, size_t count, loff_t *ppos,
		     int write)
{
	struct file *file = fget(fd);
	ssize_t ret;

	if (!file)
		return -EBADF;
	ret = rw_file(file, buf, count, ppos, write);
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
	ret = vfs_llseek(file, offset, origin);
	fput(file);
	if (ret < 0)
		return ret;
	return copy_to_user(result, &ret, sizeof(ret)) ? -EFAULT : 0;
}

#define UIO_MAXIOV	1024	/* buffers one readv or writev may pass */

/* iov_check - the @count buffers at user @uvector into @iov, as Linux
 * takes them: -EINVAL for any length negative as a ssize_t, then
 * -EFAULT for a buffer outside user space (@write: read from it); the
 * lengths are cut so that they add up to at most MAX_RW_COUNT. 0 or
 * the error. */
static long iov_check(const struct iovec *uvector, unsigned long count,
		      struct iovec *iov, int write)
{
	size_t tot_len = 0;
	unsigned long i;

	if (copy_from_user(iov, uvector, count * sizeof(*iov)))
		return -EFAULT;
	for (i = 0; i < count; i++)
		if ((ssize_t)iov[i].iov_len < 0)
			return -EINVAL;
	for (i = 0; i < count; i++) {
		if (!access_ok(write ? VERIFY_READ : VERIFY_WRITE,
			       iov[i].iov_base, iov[i].iov_len))
			return -EFAULT;
		iov[i].iov_len = min_t(size_t, iov[i].iov_len,
				       MAX_RW_COUNT - tot_len);
		tot_len += iov[i].iov_len;
	}
	return 0;
}

/* rw_iov - read or write the @count buffers of @iov in turn on @file,
 * stopping after a short one, so that a pipe or a tty blocks at most
 * once. The bytes moved, or the first error if nothing moved. */
static ssize_t rw_iov(struct file *file, struct iovec *iov,
		      unsigned long count, int write)
{
	ssize_t done = 0, n;
	unsigned long i;

	for (i = 0; i < count; i++) {
		if (!iov[i].iov_len)
			continue;
		n = rw_file(file, iov[i].iov_base, iov[i].iov_len, NULL,
			    write);
		if (n < 0)
			return done ? done : n;
		done += n;
		if (n < iov[i].iov_len)
			break;
	}
	return done;
}

/* do_readv_writev - readv (@write 0) or writev of descriptor @fd: the
 * checks in Linux's order (-EBADF for a closed descriptor, -EINVAL for
 * more than UIO_MAXIOV buffers, -EFAULT, and only then -EBADF for one
 * not open for that direction), then rw_iov */
static ssize_t do_readv_writev(unsigned int fd, const struct iovec *vector,
			       unsigned long count, int write)
{
	struct file *file = fget(fd);
	struct iovec *iov = NULL;
	ssize_t ret = -EBADF;

	if (!file)
		return ret;
	ret = -EINVAL;
	if (count > UIO_MAXIOV)
		goto out;
	ret = -ENOMEM;
	iov = kmalloc(count * sizeof(*iov) + 1, GFP_KERNEL);
	if (iov)
		ret = iov_check(vector, count, iov, write);
	if (!ret && !(file->f_mode & (write ? FMODE_WRITE : FMODE_READ)))
		ret = -EBADF;
	if (!ret)
		ret = rw_iov(file, iov, count, write);
	kfree(iov);
out:
	fput(file);
	return ret;
}

asmlinkage ssize_t sys_readv(unsigned long fd, const struct iovec *vector,
			     unsigned long count)
{
	return do_readv_writev(fd, vector, count, 0);
}

asmlinkage ssize_t sys_writev(unsigned long fd, const struct iovec *vector,
			      unsigned long count)
{
	return do_readv_writev(fd, vector, count, 1);
}

/* sendfile_chunk - up to a page from @in at *@pos to @out, through a
 * kernel page; the bytes moved, 0 at @in's end, or an -errno */
static ssize_t sendfile_chunk(struct file *in, struct file *out,
			      loff_t *pos, size_t count, char *page)
{
	mm_segment_t old_fs = get_fs();
	ssize_t n, w;

	set_fs(KERNEL_DS);
	n = in->f_op->read(in, page, count < PAGE_SIZE ? count : PAGE_SIZE,
			   pos);
	w = n > 0 ? out->f_op->write(out, page, n, &out->f_pos) : n;
	set_fs(old_fs);
	return w;
}

/*
 * do_sendfile - copy @count bytes from @in_fd (at *@ppos if given,
 * leaving its position alone, else at its position) to @out_fd, in
 * the kernel, a page at a time. Returns the bytes copied (fewer if a
 * signal came), -EBADF for an end not open for its direction, -EINVAL
 * for an input without positions.
 */
static ssize_t do_sendfile(int out_fd, int in_fd, loff_t *ppos,
			   size_t count)
{
	struct file *in = fget(in_fd), *out = fget(out_fd);
	char *page = NULL;
	ssize_t ret = -EBADF, n = 0;

	if (!in || !out || !(in->f_mode & FMODE_READ) ||
	    !(out->f_mode & FMODE_WRITE))
		goto out;
	ret = -EINVAL;
	if (!in->f_op || !in->f_op->read || !out->f_op || !out->f_op->write ||
	    in->f_op->llseek == no_llseek)
		goto out;
	page = (char *)__get_free_page(GFP_KERNEL);
	ret = page ? 0 : -ENOMEM;
	count = min_t(size_t, count, MAX_RW_COUNT);
	if (!ppos)
		ppos = &in->f_pos;
	/* 2 GB take seconds: others run meanwhile, and once some bytes
	 * have moved a signal ends the call with their count */
	while (page && ret < count && !(ret && signal_pending(current)) &&
	       (n = sendfile_chunk(in, out, ppos, count - ret, page)) > 0) {
		ret += n;
		cond_resched();
	}
	if (!ret && n < 0)
		ret = n;
out:
	free_page((unsigned long)page);
	if (in)
		fput(in);
	if (out)
		fput(out);
	return ret;
}

asmlinkage ssize_t sys_sendfile(int out_fd, int in_fd, off_t *offset,
				size_t count)
{
	loff_t pos;
	off_t off;
	ssize_t ret;

	if (!offset)
		return do_sendfile(out_fd, in_fd, NULL, count);
	if (get_user(off, offset))
		return -EFAULT;
	pos = off;
	ret = do_sendfile(out_fd, in_fd, &pos, count);
	if (put_user((off_t)pos, offset))
		return -EFAULT;
	return ret;
}
