/*
 * fs/super.c - file system types and their super blocks (book 12.3,
 * 12.4.1): register_filesystem keeps the list /proc/filesystems shows,
 * do_kern_mount reads a new super block through a type's read_super.
 * Without block devices every file system is "nodev": a new super block
 * per mount, numbered by get_unnamed_dev. Remounting is left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/kdev_t.h>
#include <asm/errno.h>
#include <asm/bitops.h>

/* The registered types, newest last. Guarded by being changed only at
 * boot, before any task runs. */
static struct file_system_type *file_systems;

/* Every super block; and the minor numbers of major 0 they use */
static LIST_HEAD(super_blocks);
static unsigned long unnamed_dev_in_use[256 / 32];

/* register_filesystem - make @fs mountable by name. 0, or -EBUSY if
 * the name is taken. */
int register_filesystem(struct file_system_type *fs)
{
	struct file_system_type **p;

	for (p = &file_systems; *p; p = &(*p)->next)
		if (!strcmp((*p)->name, fs->name))
			return -EBUSY;
	fs->next = NULL;
	*p = fs;
	return 0;
}

/* get_fs_type - the registered type called @name, or NULL */
struct file_system_type *get_fs_type(const char *name)
{
	struct file_system_type *fs;

	for (fs = file_systems; fs; fs = fs->next)
		if (!strcmp(fs->name, name))
			return fs;
	return NULL;
}

/* get_filesystem_list - /proc/filesystems into @buf: "nodev\tNAME" a
 * line; returns the length */
int get_filesystem_list(char *buf)
{
	struct file_system_type *fs;
	int len = 0;

	for (fs = file_systems; fs; fs = fs->next)
		len += sprintf(buf + len, "nodev\t%s\n", fs->name);
	return len;
}

/* get_unnamed_dev - a free device number of major 0, or 0 if none */
static kdev_t get_unnamed_dev(void)
{
	int i;

	for (i = 1; i < 256; i++) {
		if (!test_and_set_bit(i, unnamed_dev_in_use))
			return MKDEV(0, i);
	}
	return 0;
}

/* read_super - a new super block of @type from its read_super, or an
 * ERR pointer (-ENOMEM, -EMFILE without a device number, -EINVAL if
 * the file system refuses) */
static struct super_block *read_super(struct file_system_type *type,
				      void *data)
{
	struct super_block *sb = kmalloc(sizeof(*sb), GFP_KERNEL);

	if (!sb)
		return ERR_PTR(-ENOMEM);
	memset(sb, 0, sizeof(*sb));
	sb->s_type = type;
	sb->s_maxbytes = MAX_NON_LFS;	/* unless the file system says */
	sb->s_dev = get_unnamed_dev();
	if (!sb->s_dev) {
		kfree(sb);
		return ERR_PTR(-EMFILE);
	}
	if (!type->read_super(sb, data, 0)) {
		clear_bit(MINOR(sb->s_dev), unnamed_dev_in_use);
		kfree(sb);
		return ERR_PTR(-EINVAL);
	}
	list_add_tail(&sb->s_list, &super_blocks);
	return sb;
}

/* kill_super - the super block of an unmounted file system goes: the
 * file system lets go of what it held (put_super), then its root */
void kill_super(struct super_block *sb)
{
	list_del(&sb->s_list);
	clear_bit(MINOR(sb->s_dev), unnamed_dev_in_use);
	if (sb->s_op && sb->s_op->put_super)
		sb->s_op->put_super(sb);
	dput(sb->s_root);
	kfree(sb);
}

/*
 * do_kern_mount - a new vfsmount of file system @type read with @data,
 * its device called @name, not attached anywhere yet (its parent is
 * itself). An ERR pointer: -ENODEV for an unknown type, or
 * read_super's.
 */
struct vfsmount *do_kern_mount(const char *type, int flags, char *name,
			       void *data)
{
	struct file_system_type *fs = get_fs_type(type);
	struct vfsmount *mnt;
	struct super_block *sb;

	if (!fs)
		return ERR_PTR(-ENODEV);
	mnt = kmalloc(sizeof(*mnt) + strlen(name) + 1, GFP_KERNEL);
	if (!mnt)
		return ERR_PTR(-ENOMEM);
	sb = read_super(fs, data);
	if (IS_ERR(sb)) {
		kfree(mnt);
		return (struct vfsmount *)sb;
	}
	memset(mnt, 0, sizeof(*mnt));
	atomic_set(&mnt->mnt_count, 1);
	mnt->mnt_sb = sb;
	mnt->mnt_root = dget(sb->s_root);
	mnt->mnt_mountpoint = dget(sb->s_root);
	mnt->mnt_parent = mnt;
	mnt->mnt_devname = strcpy((char *)(mnt + 1), name);
	INIT_LIST_HEAD(&mnt->mnt_list);
	return mnt;
}

/* kern_mount - an internal mount of @type (pipefs, rootfs) */
struct vfsmount *kern_mount(struct file_system_type *type)
{
	return do_kern_mount(type->name, 0, (char *)type->name, NULL);
}
