/*
 * fs/open.c - open(2), close(2) and the descriptor table (book 12.6.1),
 * and the calls that change a file by name or descriptor: truncate,
 * chmod, chown, utime, access, chdir, chroot, statfs. Quotas, leases
 * and 2.4's immutable and append-only attributes are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/mount.h>
#include <linux/utime.h>
#include <asm/statfs.h>
#include <asm/errno.h>
#include <asm/uaccess.h>
#include <asm/bitops.h>
#include <asm/current.h>

/*
 * __dentry_open - fill file @f (from get_empty_filp) for @dentry on
 * @mnt, whose references it takes over, opened with open(2)'s @flags.
 * The file's open operation may refuse (a device's, say): then @f is
 * freed. The file or an ERR pointer.
 */
static struct file *__dentry_open(struct dentry *dentry,
				  struct vfsmount *mnt, int flags,
				  struct file *f)
{
	struct inode *inode = dentry->d_inode;
	int error;

	f->f_flags = flags & ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC);
	f->f_mode = (flags + 1) & O_ACCMODE;
	f->f_dentry = dentry;
	f->f_vfsmnt = mnt;
	f->f_op = inode->i_fop;
	error = f->f_op && f->f_op->open ? f->f_op->open(inode, f) : 0;
	if (!error)
		return f;
	put_filp(f);	/* never opened: no release */
	dput(dentry);
	mntput(mnt);
	return ERR_PTR(error);
}

/* dentry_open - a new struct file for @dentry on @mnt, as
 * __dentry_open; -ENFILE with the table full */
struct file *dentry_open(struct dentry *dentry, struct vfsmount *mnt,
			 int flags)
{
	struct file *f = get_empty_filp();

	if (f)
		return __dentry_open(dentry, mnt, flags, f);
	dput(dentry);
	mntput(mnt);
	return ERR_PTR(-ENFILE);
}

/*
 * filp_open - open kernel path @filename as open(2) would, making it
 * with permissions @mode for O_CREAT. The file is taken before the walk,
 * as Linux does, so a full table is -ENFILE whatever the path. The file
 * or an ERR pointer.
 */
struct file *filp_open(const char *filename, int flags, int mode)
{
	struct nameidata nd;
	int namei_flags = flags, error;
	struct file *f = get_empty_filp();

	if (!f)
		return ERR_PTR(-ENFILE);
	if ((namei_flags + 1) & O_ACCMODE)
		namei_flags++;	/* 0, 1, 2 become FMODE_READ, _WRITE, both */
	error = open_namei(filename, namei_flags, mode, &nd);
	if (error) {
		put_filp(f);
		return ERR_PTR(error);
	}
	dget(nd.dentry);
	mntget(nd.mnt);
	path_release(&nd);	/* and the symlinks the walk followed */
	return __dentry_open(nd.dentry, nd.mnt, flags, f);
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

/*
 * sys_open - open (or with O_CREAT make, permissions @mode less the
 * umask) @filename; the lowest free descriptor. -EMFILE, or what
 * filp_open says.
 */
asmlinkage long sys_open(const char *filename, int flags, int mode)
{
	char *name = getname(filename);
	struct file *f;
	int fd;

	if (IS_ERR(name))
		return PTR_ERR(name);
	fd = get_unused_fd();
	if (fd >= 0) {
		f = filp_open(name, flags, mode);
		if (IS_ERR(f)) {
			put_unused_fd(fd);
			fd = PTR_ERR(f);
		} else {
			fd_install(fd, f);
		}
	}
	putname(name);
	return fd;
}

/* sys_creat - open(@pathname, O_CREAT | O_WRONLY | O_TRUNC, @mode) */
asmlinkage long sys_creat(const char *pathname, int mode)
{
	return sys_open(pathname, O_CREAT | O_WRONLY | O_TRUNC, mode);
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

/* do_truncate - @dentry's file becomes @length bytes long: -EINVAL if
 * negative, -EFBIG past MAX_LFS_FILESIZE, as on Linux */
int do_truncate(struct dentry *dentry, loff_t length)
{
	struct iattr newattrs;

	if (length < 0)
		return -EINVAL;
	if (length > MAX_LFS_FILESIZE)
		return -EFBIG;
	newattrs.ia_size = length;
	newattrs.ia_valid = ATTR_SIZE | ATTR_CTIME;
	return notify_change(dentry, &newattrs);
}

/* truncate_check - may @inode be truncated by name? -EISDIR, -EINVAL
 * for what is not a regular file, or permission's answer */
static int truncate_check(struct inode *inode)
{
	if (S_ISDIR(inode->i_mode))
		return -EISDIR;
	if (!S_ISREG(inode->i_mode))
		return -EINVAL;
	return permission(inode, MAY_WRITE);
}

static long do_sys_truncate(const char *path, loff_t length)
{
	struct nameidata nd;
	int error;

	if (length < 0)
		return -EINVAL;
	error = user_path_walk(path, &nd);
	if (error)
		return error;
	error = truncate_check(nd.dentry->d_inode);
	if (!error)
		error = do_truncate(nd.dentry, length);
	path_release(&nd);
	return error;
}

/* do_sys_ftruncate - a file open for writing: -EBADF, or -EINVAL if it
 * is not a regular file open for writing, or if @length is past 2 GB
 * and the file was not opened O_LARGEFILE (as Linux) */
static long do_sys_ftruncate(unsigned int fd, loff_t length)
{
	struct file *file;
	int error = -EINVAL;

	if (length < 0)
		return error;
	file = fget(fd);
	if (!file)
		return -EBADF;
	if (S_ISREG(file->f_dentry->d_inode->i_mode) &&
	    (file->f_mode & FMODE_WRITE) &&
	    (length <= MAX_NON_LFS || (file->f_flags & O_LARGEFILE)))
		error = do_truncate(file->f_dentry, length);
	fput(file);
	return error;
}

asmlinkage long sys_truncate(const char *path, long length)
{
	return do_sys_truncate(path, length);
}

asmlinkage long sys_ftruncate(unsigned int fd, unsigned long length)
{
	return do_sys_ftruncate(fd, (long)length);
}

asmlinkage long sys_truncate64(const char *path, loff_t length)
{
	return do_sys_truncate(path, length);
}

asmlinkage long sys_ftruncate64(unsigned int fd, loff_t length)
{
	return do_sys_ftruncate(fd, length);
}

/* is_owner - may the current task change @inode's attributes: it owns
 * the file, or is root */
static int is_owner(struct inode *inode)
{
	return current->fsuid == inode->i_uid || fsuser();
}

/*
 * do_utimes - @dentry's access and modification times become @times
 * (seconds), or now for NULL: then writing the file is permission
 * enough. -EPERM if the task may not.
 */
static long do_utimes(struct dentry *dentry, time_t *times)
{
	struct inode *inode = dentry->d_inode;
	struct iattr newattrs;

	newattrs.ia_valid = ATTR_ATIME | ATTR_MTIME | ATTR_CTIME;
	if (times) {
		if (!is_owner(inode))
			return -EPERM;
		newattrs.ia_atime = times[0];
		newattrs.ia_mtime = times[1];
	} else {
		if (!is_owner(inode) && permission(inode, MAY_WRITE))
			return -EACCES;
		newattrs.ia_atime = newattrs.ia_mtime = CURRENT_TIME;
	}
	return notify_change(dentry, &newattrs);
}

asmlinkage long sys_utime(const char *filename, struct utimbuf *times)
{
	struct nameidata nd;
	struct utimbuf t;
	int error;

	if (times && copy_from_user(&t, times, sizeof(t)))
		return -EFAULT;
	error = user_path_walk(filename, &nd);
	if (error)
		return error;
	error = do_utimes(nd.dentry, times ? &t.actime : NULL);
	path_release(&nd);
	return error;
}

/*
 * sys_access - may the task, by its real uid and gid rather than its
 * fsuid and fsgid, use @filename as @mode says (R_OK 4, W_OK 2, X_OK 1;
 * 0 asks only whether it exists)? 0, -EINVAL, -EACCES, or the walk's
 * error.
 */
asmlinkage long sys_access(const char *filename, int mode)
{
	uid_t old_fsuid = current->fsuid;
	gid_t old_fsgid = current->fsgid;
	struct nameidata nd;
	int error;

	if (mode & ~(MAY_READ | MAY_WRITE | MAY_EXEC))
		return -EINVAL;
	current->fsuid = current->uid;
	current->fsgid = current->gid;
	error = user_path_walk(filename, &nd);
	if (!error) {
		error = mode ? permission(nd.dentry->d_inode, mode) : 0;
		path_release(&nd);
	}
	current->fsuid = old_fsuid;
	current->fsgid = old_fsgid;
	return error;
}

/* walk_dir - walk user path @filename to a directory the task may
 * search, into @nd; 0 or an -errno */
static int walk_dir(const char *filename, struct nameidata *nd)
{
	int error = __user_walk(filename, LOOKUP_FOLLOW | LOOKUP_DIRECTORY,
				nd);

	if (error)
		return error;
	error = permission(nd->dentry->d_inode, MAY_EXEC);
	if (error)
		path_release(nd);
	return error;
}

asmlinkage long sys_chdir(const char *filename)
{
	struct nameidata nd;
	int error = walk_dir(filename, &nd);

	if (error)
		return error;
	set_fs_pwd(current->fs, nd.mnt, nd.dentry);
	path_release(&nd);
	return 0;
}

/* sys_fchdir - into the directory open as @fd; -EBADF, -ENOTDIR,
 * -EACCES */
asmlinkage long sys_fchdir(unsigned int fd)
{
	struct file *file = fget(fd);
	struct inode *inode;
	int error;

	if (!file)
		return -EBADF;
	inode = file->f_dentry->d_inode;
	error = -ENOTDIR;
	if (S_ISDIR(inode->i_mode))
		error = permission(inode, MAY_EXEC);
	if (!error)
		set_fs_pwd(current->fs, file->f_vfsmnt, file->f_dentry);
	fput(file);
	return error;
}

/* sys_chroot - @filename becomes the task's "/"; root only (-EPERM).
 * The working directory stays where it was, as on Linux. */
asmlinkage long sys_chroot(const char *filename)
{
	struct nameidata nd;
	int error = walk_dir(filename, &nd);

	if (error)
		return error;
	error = -EPERM;
	if (suser()) {
		set_fs_root(current->fs, nd.mnt, nd.dentry);
		error = 0;
	}
	path_release(&nd);
	return error;
}

/*
 * chmod_common - @dentry's permission bits become @mode; the owner or
 * root only (-EPERM). A non-root owner outside the file's group loses
 * the set-group-id bit, as Linux does.
 */
static long chmod_common(struct dentry *dentry, mode_t mode)
{
	struct inode *inode = dentry->d_inode;
	struct iattr newattrs;

	if (!is_owner(inode))
		return -EPERM;
	if (!in_group_p(inode->i_gid) && !fsuser())
		mode &= ~S_ISGID;
	newattrs.ia_mode = mode;
	newattrs.ia_valid = ATTR_MODE | ATTR_CTIME;
	return notify_change(dentry, &newattrs);
}

asmlinkage long sys_chmod(const char *filename, mode_t mode)
{
	struct nameidata nd;
	int error = user_path_walk(filename, &nd);

	if (error)
		return error;
	error = chmod_common(nd.dentry, mode);
	path_release(&nd);
	return error;
}

asmlinkage long sys_fchmod(unsigned int fd, mode_t mode)
{
	struct file *file = fget(fd);
	int error;

	if (!file)
		return -EBADF;
	error = chmod_common(file->f_dentry, mode);
	fput(file);
	return error;
}

/* chown_ok - may the task give @inode owner @user and group @group
 * (-1: unchanged)? Root may; the owner may keep the owner and pick
 * one of its own groups. */
static int chown_ok(struct inode *inode, uid_t user, gid_t group)
{
	if (fsuser())
		return 1;
	if (current->fsuid != inode->i_uid)
		return 0;
	if (user != (uid_t)-1 && user != inode->i_uid)
		return 0;
	return group == (gid_t)-1 || group == inode->i_gid ||
	       in_group_p(group);
}

/*
 * chown_common - @dentry's owner and group become @user and @group
 * (-1: unchanged). A file that is not a directory loses its set-user-id
 * bit, and its set-group-id bit if group-executable. 0 or -EPERM.
 */
static long chown_common(struct dentry *dentry, uid_t user, gid_t group)
{
	struct inode *inode = dentry->d_inode;
	struct iattr newattrs;

	if (!chown_ok(inode, user, group))
		return -EPERM;
	newattrs.ia_valid = ATTR_CTIME;
	newattrs.ia_uid = user;
	newattrs.ia_gid = group;
	if (user != (uid_t)-1)
		newattrs.ia_valid |= ATTR_UID;
	if (group != (gid_t)-1)
		newattrs.ia_valid |= ATTR_GID;
	newattrs.ia_mode = inode->i_mode;
	if (!S_ISDIR(inode->i_mode)) {
		newattrs.ia_mode &= ~S_ISUID;
		if (inode->i_mode & S_IXGRP)
			newattrs.ia_mode &= ~S_ISGID;
		newattrs.ia_valid |= ATTR_MODE;
	}
	return notify_change(dentry, &newattrs);
}

/* do_chown - chown by path, following a final symlink if @flags says */
static long do_chown(const char *filename, uid_t user, gid_t group,
		     unsigned int flags)
{
	struct nameidata nd;
	int error = __user_walk(filename, flags, &nd);

	if (error)
		return error;
	error = chown_common(nd.dentry, user, group);
	path_release(&nd);
	return error;
}

asmlinkage long sys_chown(const char *filename, uid_t user, gid_t group)
{
	return do_chown(filename, user, group, LOOKUP_FOLLOW);
}

asmlinkage long sys_lchown(const char *filename, uid_t user, gid_t group)
{
	return do_chown(filename, user, group, 0);
}

asmlinkage long sys_fchown(unsigned int fd, uid_t user, gid_t group)
{
	struct file *file = fget(fd);
	int error;

	if (!file)
		return -EBADF;
	error = chown_common(file->f_dentry, user, group);
	fput(file);
	return error;
}

/* vfs_statfs - what statfs(2) shows of @sb; -ENOSYS if its file system
 * cannot say */
static int vfs_statfs(struct super_block *sb, struct statfs *buf)
{
	if (!sb->s_op || !sb->s_op->statfs)
		return -ENOSYS;
	return sb->s_op->statfs(sb, buf);
}

/* do_statfs - statfs of the file system holding @dentry into user @buf */
static long do_statfs(struct dentry *dentry, struct statfs *buf)
{
	struct statfs st;
	int error = vfs_statfs(dentry->d_sb, &st);

	if (error)
		return error;
	st.f_frsize = st.f_bsize;
	return copy_to_user(buf, &st, sizeof(st)) ? -EFAULT : 0;
}

asmlinkage long sys_statfs(const char *path, struct statfs *buf)
{
	struct nameidata nd;
	int error = user_path_walk(path, &nd);

	if (error)
		return error;
	error = do_statfs(nd.dentry, buf);
	path_release(&nd);
	return error;
}

asmlinkage long sys_fstatfs(unsigned int fd, struct statfs *buf)
{
	struct file *file = fget(fd);
	int error;

	if (!file)
		return -EBADF;
	error = do_statfs(file->f_dentry, buf);
	fput(file);
	return error;
}
