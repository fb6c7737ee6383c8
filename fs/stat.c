/*
 * fs/stat.c - stat, lstat, fstat and their 64-bit forms: an inode's
 * type, permissions, owner, size and device number in the caller's
 * struct stat or stat64; lstat does not follow a final symlink.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <asm/stat.h>
#include <asm/errno.h>
#include <asm/uaccess.h>

/* FILL_STAT - the fields struct stat and struct stat64 share, named
 * alike in both, from @inode into @st, which starts zeroed */
#define FILL_STAT(st, inode)						\
do {									\
	memset(&(st), 0, sizeof(st));					\
	(st).st_ino = (inode)->i_ino;					\
	(st).st_mode = (inode)->i_mode;					\
	(st).st_nlink = (inode)->i_nlink;				\
	(st).st_uid = (inode)->i_uid;					\
	(st).st_gid = (inode)->i_gid;					\
	(st).st_rdev = (inode)->i_rdev;					\
	(st).st_size = (inode)->i_size;					\
	(st).st_blksize = PAGE_SIZE;					\
	(st).st_blocks = (inode)->i_blocks;			\
	(st).st_atime = (inode)->i_atime;				\
	(st).st_mtime = (inode)->i_mtime;				\
	(st).st_ctime = (inode)->i_ctime;				\
	(st).st_dev = (inode)->i_sb ? (inode)->i_sb->s_dev : 0;		\
} while (0)

static int cp_new_stat(struct inode *inode, void *statbuf)
{
	struct stat tmp;

	FILL_STAT(tmp, inode);
	return copy_to_user(statbuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

static int cp_new_stat64(struct inode *inode, void *statbuf)
{
	struct stat64 tmp;

	FILL_STAT(tmp, inode);
	tmp.__st_ino = inode->i_ino;	/* the old 32-bit inode field */
	return copy_to_user(statbuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

/* do_stat - stat user path @filename (following a final symlink if
 * @flags has LOOKUP_FOLLOW) through @cp into user @statbuf */
static long do_stat(const char *filename, unsigned int flags, void *statbuf,
		    int (*cp)(struct inode *, void *))
{
	struct nameidata nd;
	int error = __user_walk(filename, flags, &nd);

	if (error)
		return error;
	error = cp(nd.dentry->d_inode, statbuf);
	path_release(&nd);
	return error;
}

/* do_fstat - stat descriptor @fd through @cp; -EBADF if not open */
static long do_fstat(unsigned int fd, void *statbuf,
		     int (*cp)(struct inode *, void *))
{
	struct file *file = fget(fd);
	int error;

	if (!file)
		return -EBADF;
	error = cp(file->f_dentry->d_inode, statbuf);
	fput(file);
	return error;
}

asmlinkage long sys_newstat(const char *filename, struct stat *statbuf)
{
	return do_stat(filename, LOOKUP_FOLLOW, statbuf, cp_new_stat);
}

asmlinkage long sys_newlstat(const char *filename, struct stat *statbuf)
{
	return do_stat(filename, 0, statbuf, cp_new_stat);
}

asmlinkage long sys_newfstat(unsigned int fd, struct stat *statbuf)
{
	return do_fstat(fd, statbuf, cp_new_stat);
}

asmlinkage long sys_stat64(const char *filename, struct stat64 *statbuf)
{
	return do_stat(filename, LOOKUP_FOLLOW, statbuf, cp_new_stat64);
}

asmlinkage long sys_lstat64(const char *filename, struct stat64 *statbuf)
{
	return do_stat(filename, 0, statbuf, cp_new_stat64);
}

asmlinkage long sys_fstat64(unsigned int fd, struct stat64 *statbuf)
{
	return do_fstat(fd, statbuf, cp_new_stat64);
}
