/*
 * fs/readdir.c - getdents and getdents64: a directory's entries from
 * its file system's readdir, packed into the caller's buffer as struct
 * linux_dirent or linux_dirent64 records by the filldir callbacks. 2.4's
 * old one-entry readdir (call 89) is left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <asm/errno.h>
#include <asm/uaccess.h>

struct linux_dirent {
	unsigned long d_ino;
	unsigned long d_off;		/* where the next entry is */
	unsigned short d_reclen;
	char d_name[1];			/* then NUL, padding, d_type last */
};

struct linux_dirent64 {
	unsigned long long d_ino;
	long long d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[0];
};

#define ROUND_UP(x, a)	(((x) + (a) - 1) & ~((a) - 1))
#define NAME_OFFSET(de)	((int)((de)->d_name - (char *)(de)))

/*
 * dcache_readdir - readdir for a file system whose directories are the
 * dentry cache (ramfs): from f_pos on, "." (0), ".." (1), then the
 * names in d_subdirs, newest first as Linux's tmpfs lists them. Stops
 * when @filldir says the buffer is full. Returns 0.
 */
int dcache_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	struct dentry *dentry = filp->f_dentry, *d;
	struct list_head *p;
	loff_t n = 2;

	if (filp->f_pos == 0 && filldir(dirent, ".", 1, 0,
					dentry->d_inode->i_ino, DT_DIR) >= 0)
		filp->f_pos = 1;
	if (filp->f_pos == 1 && filldir(dirent, "..", 2, 1,
			dentry->d_parent->d_inode->i_ino, DT_DIR) >= 0)
		filp->f_pos = 2;
	list_for_each(p, &dentry->d_subdirs) {
		d = list_entry(p, struct dentry, d_child);
		if (filp->f_pos < 2 || !d->d_inode || d_unhashed(d) ||
		    n++ < filp->f_pos)
			continue;
		if (filldir(dirent, (const char *)d->d_name.name,
			    d->d_name.len, filp->f_pos, d->d_inode->i_ino,
			    (d->d_inode->i_mode >> 12) & 15) < 0)
			break;
		filp->f_pos++;
	}
	return 0;
}

/* where filldir writes: the next record, the last one written, the room
 * left, and the first error */
struct getdents_callback {
	char *current_dir;
	void *previous;
	int count;
	int error;
};

/* vfs_readdir - the entries of @file from its position on, through
 * @filler; -ENOTDIR for a file that is not a directory */
static int vfs_readdir(struct file *file, filldir_t filler, void *buf)
{
	if (!file->f_op || !file->f_op->readdir)
		return -ENOTDIR;
	return file->f_op->readdir(file, buf, filler);
}

/* record_done - a record of @reclen bytes at @dirent is written (or,
 * with @fault, could not be): move on, or stop the listing with -EFAULT */
static int record_done(struct getdents_callback *buf, void *dirent,
		       int reclen, int fault)
{
	if (fault) {
		buf->error = -EFAULT;
		return -EFAULT;
	}
	buf->previous = dirent;
	buf->current_dir += reclen;
	buf->count -= reclen;
	return 0;
}

/* filldir - one struct linux_dirent: d_type in the record's last byte */
static int filldir(void *__buf, const char *name, int namlen, loff_t offset,
		   ino_t ino, unsigned int d_type)
{
	struct getdents_callback *buf = __buf;
	struct linux_dirent *dirent = (void *)buf->current_dir;
	int reclen = ROUND_UP(NAME_OFFSET(dirent) + namlen + 2, sizeof(long));

	buf->error = -EINVAL;	/* only reported if nothing fitted */
	if (reclen > buf->count)
		return -EINVAL;
	return record_done(buf, dirent, reclen,
		(buf->previous && put_user(offset, &((struct linux_dirent *)
						     buf->previous)->d_off)) ||
		put_user(ino, &dirent->d_ino) ||
		put_user(reclen, &dirent->d_reclen) ||
		copy_to_user(dirent->d_name, name, namlen) ||
		put_user(0, dirent->d_name + namlen) ||
		put_user(d_type, (char *)dirent + reclen - 1));
}

/* set_d_off64 - the 64-bit d_off of user record @de; 0 or -EFAULT */
static int set_d_off64(struct linux_dirent64 *de, loff_t offset)
{
	return copy_to_user(&de->d_off, &offset, sizeof(offset)) ? -EFAULT : 0;
}

/* filldir64 - one struct linux_dirent64 */
static int filldir64(void *__buf, const char *name, int namlen,
		     loff_t offset, ino_t ino, unsigned int d_type)
{
	struct getdents_callback *buf = __buf;
	struct linux_dirent64 *dirent = (void *)buf->current_dir;
	int reclen = ROUND_UP(NAME_OFFSET(dirent) + namlen + 1, 8);
	struct linux_dirent64 head = { ino, 0, reclen, d_type };

	buf->error = -EINVAL;
	if (reclen > buf->count)
		return -EINVAL;
	return record_done(buf, dirent, reclen,
		(buf->previous && set_d_off64(buf->previous, offset)) ||
		copy_to_user(dirent, &head, NAME_OFFSET(dirent)) ||
		copy_to_user(dirent->d_name, name, namlen) ||
		put_user(0, dirent->d_name + namlen));
}

/*
 * do_getdents - what getdents and getdents64 share: as many records as
 * fit in @count bytes at user @dirent. Returns the bytes used, 0 at the
 * end, -EBADF, -ENOTDIR, -EFAULT, or -EINVAL if not one record fits.
 * Each record's put_user checks its own bytes: as in Linux, the
 * descriptor is judged before the buffer, and a count past INT_MAX is
 * a buffer too small (-EINVAL), not a bad range.
 */
static long do_getdents(unsigned int fd, void *dirent, unsigned int count,
			filldir_t filler, int wide)
{
	struct getdents_callback buf = { dirent, NULL, count, 0 };
	struct file *file;
	long error;

	file = fget(fd);
	if (!file)
		return -EBADF;
	error = vfs_readdir(file, filler, &buf);
	if (error >= 0)
		error = buf.error;
	if (buf.previous) {
		error = count - buf.count;
		if (wide ? set_d_off64(buf.previous, file->f_pos)
			 : put_user(file->f_pos, &((struct linux_dirent *)
						   buf.previous)->d_off))
			error = -EFAULT;
	}
	fput(file);
	return error;
}

asmlinkage long sys_getdents(unsigned int fd, void *dirent,
			     unsigned int count)
{
	return do_getdents(fd, dirent, count, filldir, 0);
}

asmlinkage long sys_getdents64(unsigned int fd, void *dirent,
			       unsigned int count)
{
	return do_getdents(fd, dirent, count, filldir64, 1);
}
