/*
 * include/linux/mount.h - a mounted file system (book 12.4): where it
 * hangs (mnt_parent, mnt_mountpoint) and what it shows (mnt_root of
 * mnt_sb). 2.4's namespaces and per-mount flags are left out.
 */
#ifndef _LINUX_MOUNT_H
#define _LINUX_MOUNT_H

#include <linux/list.h>
#include <asm/atomic.h>

struct dentry;
struct super_block;

struct vfsmount {
	struct list_head mnt_list;	/* vfsmntlist, in mount order */
	struct vfsmount *mnt_parent;	/* itself for the root */
	struct dentry *mnt_mountpoint;	/* in the parent */
	struct dentry *mnt_root;
	struct super_block *mnt_sb;
	atomic_t mnt_count;
	char *mnt_devname;		/* as mount(2) was given it */
};

/* mntget - one more reference to @mnt */
static inline struct vfsmount *mntget(struct vfsmount *mnt)
{
	if (mnt)
		atomic_inc(&mnt->mnt_count);
	return mnt;
}

/* mntput - drop a reference; mounts are freed by umount, not here */
static inline void mntput(struct vfsmount *mnt)
{
	if (mnt)
		atomic_dec(&mnt->mnt_count);
}

/* fs/namespace.c */
extern struct list_head vfsmntlist;
struct vfsmount *lookup_mnt(struct vfsmount *mnt, struct dentry *dentry);
void mnt_init(void);

#endif
