/*
 * fs/stat.c - stat, lstat, fstat and their 64-bit forms: an inode's
 * type, permissions, owner, size and device number in the caller's
 * struct stat or stat64. Sizes are counted in whole pages, as ramfs
 * keeps them. lstat is stat: lk24's lookup does not follow symlinks.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <asm/stat.h>
#include <asm/errno.h>
#include <asm/uaccess.h>

/* blocks - the 512-byte blocks of the pages holding @size bytes */
static unsigned long blocks(loff_t size)
{
	return ((size + PAGE_SIZE - 1) >> PAGE_SHIFT) << (PAGE_SHIFT - 9);
}

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
	(st).st_blocks = blocks((inode)->i_size);			\
	(st).st_atime = (st).st_mtime = (st).st_ctime = (inode)->i_mtime; \
} while (0)

static int cp_new_stat(struct inode *inode, struct stat *statbuf)
{
	struct stat tmp;

	FILL_STAT(tmp, inode);
	return copy_to_user(statbuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

static int cp_new_stat64(struct inode *inode, struct stat64 *statbuf)
{
	struct stat64 tmp;

	FILL_STAT(tmp, inode);
	tmp.__st_ino = inode->i_ino;	/* the old 32-bit inode field */
	return copy_to_user(statbuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

/* path_inode - the inode at user path @filename, or an ERR pointer:
 * -EFAULT, -ENAMETOOLONG, -ENOENT, -ENOTDIR */
static struct inode *path_inode(const char *filename)
{
	char *name = getname(filename);
	struct inode *inode;

	if (IS_ERR(name))
		return (struct inode *)name;
	inode = ramfs_lookup(name);
	if (!inode)
		inode = (struct inode *)ramfs_path_error(name);
	putname(name);
	return inode;
}

/* fd_inode - the inode open as descriptor @fd, or NULL */
static struct inode *fd_inode(unsigned int fd)
{
	struct file *file = fget(fd);
	struct inode *inode;

	if (!file)
		return NULL;
	inode = file->f_inode;
	fput(file);	/* an open descriptor keeps the inode */
	return inode;
}

asmlinkage long sys_newstat(const char *filename, struct stat *statbuf)
{
	struct inode *inode = path_inode(filename);

	return IS_ERR(inode) ? (long)inode : cp_new_stat(inode, statbuf);
}

asmlinkage long sys_newlstat(const char *filename, struct stat *statbuf)
{
	return sys_newstat(filename, statbuf);
}

asmlinkage long sys_newfstat(unsigned int fd, struct stat *statbuf)
{
	struct inode *inode = fd_inode(fd);

	return inode ? cp_new_stat(inode, statbuf) : -EBADF;
}

asmlinkage long sys_stat64(const char *filename, struct stat64 *statbuf)
{
	struct inode *inode = path_inode(filename);

	return IS_ERR(inode) ? (long)inode : cp_new_stat64(inode, statbuf);
}

asmlinkage long sys_lstat64(const char *filename, struct stat64 *statbuf)
{
	return sys_stat64(filename, statbuf);
}

asmlinkage long sys_fstat64(unsigned int fd, struct stat64 *statbuf)
{
	struct inode *inode = fd_inode(fd);

	return inode ? cp_new_stat64(inode, statbuf) : -EBADF;
}
