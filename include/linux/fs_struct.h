/*
 * include/linux/fs_struct.h - a task's root, working directory and
 * umask (book 12.2.3), shared by CLONE_FS.
 */
#ifndef _LINUX_FS_STRUCT_H
#define _LINUX_FS_STRUCT_H

#include <linux/dcache.h>
#include <linux/mount.h>

struct fs_struct {
	atomic_t count;
	int umask;
	struct dentry *root, *pwd;
	struct vfsmount *rootmnt, *pwdmnt;
};

#define INIT_FS { .count = ATOMIC_INIT(1), .umask = 0022 }

/* set_fs_root - @fs's root becomes @dentry on @mnt (references taken) */
static inline void set_fs_root(struct fs_struct *fs, struct vfsmount *mnt,
			       struct dentry *dentry)
{
	struct dentry *old_root = fs->root;
	struct vfsmount *old_rootmnt = fs->rootmnt;

	fs->root = dget(dentry);
	fs->rootmnt = mntget(mnt);
	if (old_root) {
		dput(old_root);
		mntput(old_rootmnt);
	}
}

/* set_fs_pwd - @fs's working directory becomes @dentry on @mnt */
static inline void set_fs_pwd(struct fs_struct *fs, struct vfsmount *mnt,
			      struct dentry *dentry)
{
	struct dentry *old_pwd = fs->pwd;
	struct vfsmount *old_pwdmnt = fs->pwdmnt;

	fs->pwd = dget(dentry);
	fs->pwdmnt = mntget(mnt);
	if (old_pwd) {
		dput(old_pwd);
		mntput(old_pwdmnt);
	}
}

/* kernel/fork.c */
struct fs_struct *copy_fs_struct(struct fs_struct *old);

#endif
