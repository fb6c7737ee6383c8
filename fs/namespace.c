/*
 * fs/namespace.c - the mount tree (book 12.4): mount(2) hangs a new file
 * system on a directory, umount(2) takes it off when nothing uses it,
 * and path lookups cross between them through lookup_mnt. One tree for
 * all tasks; 2.4's bind and move mounts, remounting and per-mount flags
 * are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/mount.h>
#include <asm/errno.h>
#include <asm/uaccess.h>
#include <asm/current.h>

/* Every mount, the root first. Guarded by the big kernel lock: no
 * interrupt handler walks paths. */
LIST_HEAD(vfsmntlist);

/* lookup_mnt - the file system mounted on @dentry of @mnt, or NULL */
struct vfsmount *lookup_mnt(struct vfsmount *mnt, struct dentry *dentry)
{
	struct list_head *p;

	list_for_each(p, &vfsmntlist) {
		struct vfsmount *m = list_entry(p, struct vfsmount, mnt_list);

		if (m->mnt_parent == mnt && m->mnt_mountpoint == dentry &&
		    m != mnt)
			return m;
	}
	return NULL;
}

/* attach_mnt - hang @mnt on nd's place, which keeps the references */
static void attach_mnt(struct vfsmount *mnt, struct nameidata *nd)
{
	dput(mnt->mnt_mountpoint);
	mnt->mnt_parent = mntget(nd->mnt);
	mnt->mnt_mountpoint = dget(nd->dentry);
	nd->dentry->d_mounted++;
	list_add_tail(&mnt->mnt_list, &vfsmntlist);
}

/* copy_mount_string - a mount(2) string argument into a kernel page;
 * NULL for a NULL argument, or an ERR pointer */
static char *copy_mount_string(const char *from)
{
	char *page;
	long len;

	if (!from)
		return NULL;
	page = (char *)__get_free_page(GFP_KERNEL);
	if (!page)
		return ERR_PTR(-ENOMEM);
	len = strncpy_from_user(page, from, PAGE_SIZE);
	if (len >= 0 && len < PAGE_SIZE)
		return page;
	free_page((unsigned long)page);
	return ERR_PTR(len < 0 ? -EFAULT : -ENAMETOOLONG);
}

/* free_mount_string - give back what copy_mount_string took */
static void free_mount_string(char *page)
{
	if (page && !IS_ERR(page))
		free_page((unsigned long)page);
}

/* mount_type_error - why root may not mount @type (NULL: none given):
 * -EINVAL, -ENODEV (unknown), -EINVAL for one only the kernel mounts;
 * 0 if it may */
static int mount_type_error(const char *type)
{
	struct file_system_type *fs = type ? get_fs_type(type) : NULL;

	if (!type)
		return -EINVAL;
	if (!fs)
		return -ENODEV;
	return fs->fs_flags & FS_NOMOUNT ? -EINVAL : 0;
}

/*
 * do_add_mount - mount a new file system of @type from device @name on
 * directory @dir_name (a kernel path). In Linux's order: the walk's
 * error (-ENOENT, -ENOTDIR, ...), -EPERM for all but root, then
 * mount_type_error's; 0 when mounted.
 */
static int do_add_mount(const char *dir_name, char *type, char *name,
			void *data)
{
	struct nameidata nd;
	struct vfsmount *mnt;
	int err;

	path_init(dir_name, LOOKUP_FOLLOW | LOOKUP_DIRECTORY, &nd);
	err = path_walk(dir_name, &nd);
	if (err)
		return err;
	err = suser() ? mount_type_error(type) : -EPERM;
	if (err)
		goto out_release;
	mnt = do_kern_mount(type, 0, name ? name : "none", data);
	err = PTR_ERR(mnt);
	if (!IS_ERR(mnt)) {
		attach_mnt(mnt, &nd);
		err = 0;
	}
out_release:
	path_release(&nd);
	return err;
}

/*
 * sys_mount - mount file system @type (from @dev_name, a name only:
 * there are no block devices) on @dir_name. Root only (-EPERM), but as
 * on Linux the strings are read and @dir_name found first, so a bad
 * pointer is -EFAULT and a missing directory -ENOENT for anyone.
 * @flags are ignored but for the magic number's place; @data goes to
 * the file system.
 */
asmlinkage long sys_mount(char *dev_name, char *dir_name, char *type,
			  unsigned long flags, void *data)
{
	char *dir, *fstype = copy_mount_string(type);
	char *dev = copy_mount_string(dev_name);
	int err = IS_ERR(fstype) ? PTR_ERR(fstype) : PTR_ERR(dev);
	char c;	/* the first byte of @data: Linux copies what it can */

	if (IS_ERR(fstype) || IS_ERR(dev))
		goto out_strings;
	err = -EFAULT;
	if (data && copy_from_user(&c, data, 1))
		goto out_strings;
	dir = getname(dir_name);
	err = PTR_ERR(dir);
	if (!IS_ERR(dir)) {
		err = do_add_mount(dir, fstype, dev, data);
		putname(dir);
	}
out_strings:
	free_mount_string(dev);
	free_mount_string(fstype);
	return err;
}

/* mnt_busy - is anything in @mnt in use: a file system mounted below
 * it, or references beyond its own and the caller's (@refs)? */
static int mnt_busy(struct vfsmount *mnt, int refs)
{
	struct list_head *p;

	list_for_each(p, &vfsmntlist) {
		struct vfsmount *m = list_entry(p, struct vfsmount, mnt_list);

		if (m->mnt_parent == mnt && m != mnt)
			return 1;
	}
	return atomic_read(&mnt->mnt_count) > refs;
}

/* umount_tree - @mnt, unused, comes off its mountpoint; its file
 * system goes with it */
static void umount_tree(struct vfsmount *mnt)
{
	struct super_block *sb = mnt->mnt_sb;

	list_del(&mnt->mnt_list);
	mnt->mnt_mountpoint->d_mounted--;
	dput(mnt->mnt_mountpoint);
	mntput(mnt->mnt_parent);
	dput(mnt->mnt_root);
	kfree(mnt);
	kill_super(sb);
}

/*
 * sys_umount - take the file system mounted at @name off. In Linux's
 * order: -EINVAL for unknown @flags (lk24 honours none of MNT_FORCE,
 * MNT_DETACH, MNT_EXPIRE), the walk's error (UMOUNT_NOFOLLOW: no
 * symlink followed), -EPERM for all but root, -EINVAL if @name is not
 * a mount's root or is the root file system, -EBUSY for one in use
 * (open files, working directories, mounts below it).
 */
asmlinkage long sys_umount(char *name, int flags)
{
	struct nameidata nd;
	struct vfsmount *mnt;
	int err;

	if (flags & ~(MNT_FORCE | MNT_DETACH | MNT_EXPIRE | UMOUNT_NOFOLLOW))
		return -EINVAL;
	err = __user_walk(name, flags & UMOUNT_NOFOLLOW ? 0 : LOOKUP_FOLLOW,
			  &nd);
	if (err)
		return err;
	mnt = nd.mnt;
	err = -EPERM;
	if (!suser())
		goto out;
	err = -EINVAL;	/* not a mount, or the root of them all */
	if (nd.dentry != mnt->mnt_root || mnt->mnt_parent == mnt)
		goto out;
	err = -EBUSY;
	if (mnt_busy(mnt, 2))
		goto out;
	path_release(&nd);
	umount_tree(mnt);
	return 0;
out:
	path_release(&nd);
	return err;
}

/* sys_oldumount - umount(2) before the flags: call 22 */
asmlinkage long sys_oldumount(char *name)
{
	return sys_umount(name, 0);
}

/* get_filesystem_info - /proc/mounts into @buf, a line per mount:
 * device, mountpoint as the caller sees it, type, "rw 0 0" */
int get_filesystem_info(char *buf)
{
	struct list_head *p;
	char *page = (char *)__get_free_page(GFP_KERNEL), *path;
	int len = 0;

	if (!page)
		return 0;
	list_for_each(p, &vfsmntlist) {
		struct vfsmount *m = list_entry(p, struct vfsmount, mnt_list);

		path = d_path(m->mnt_root, m, page, PAGE_SIZE);
		if (IS_ERR(path) || len > PAGE_SIZE - 2 * NAME_MAX)
			continue;
		len += sprintf(buf + len, "%s %s %s rw 0 0\n",
			       m->mnt_devname, path, m->mnt_sb->s_type->name);
	}
	free_page((unsigned long)page);
	return len;
}

/* init_mount_tree - mount the rootfs at / and make it the root and
 * working directory of process 0, whose fs_struct init inherits */
static void __init init_mount_tree(void)
{
	struct vfsmount *mnt = do_kern_mount("rootfs", 0, "rootfs", NULL);

	if (IS_ERR(mnt))
		panic("Can't create rootfs");
	list_add(&mnt->mnt_list, &vfsmntlist);
	set_fs_pwd(current->fs, mnt, mnt->mnt_root);
	set_fs_root(current->fs, mnt, mnt->mnt_root);
}

/* mnt_init - the file system types and the root mount */
void __init mnt_init(void)
{
	init_rootfs();
	init_mount_tree();
}
