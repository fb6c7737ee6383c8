/*
 * fs/file_table.c - struct file: allocating one, finding it from a file
 * descriptor (fget), dropping a reference (fput). 2.4's list of free
 * files and its limit on how many are open (ENFILE) are left out.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <asm/current.h>

/* get_empty_filp - a new struct file with one reference, or NULL. */
struct file *get_empty_filp(void)
{
	struct file *f = kmalloc(sizeof(*f), GFP_KERNEL);

	if (f) {
		memset(f, 0, sizeof(*f));
		atomic_set(&f->f_count, 1);
	}
	return f;
}

/* fget - the file behind descriptor @fd of the current task, with a
 * reference taken; NULL if @fd is not open. */
struct file *fget(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *file;

	if (!files || fd >= files->max_fds || !(file = files->fd[fd]))
		return NULL;
	atomic_inc(&file->f_count);
	return file;
}

/* fput - drop a reference; the last one tells the file's driver
 * (release), frees the file and lets go of its dentry and mount. */
void fput(struct file *file)
{
	struct dentry *dentry = file->f_dentry;
	struct vfsmount *mnt = file->f_vfsmnt;

	if (!atomic_dec_and_test(&file->f_count))
		return;
	if (file->f_op && file->f_op->release)
		file->f_op->release(dentry->d_inode, file);
	kfree(file);
	dput(dentry);
	mntput(mnt);
}

/* put_filp - free a file that get_empty_filp gave and nothing opened */
void put_filp(struct file *file)
{
	kfree(file);
}

