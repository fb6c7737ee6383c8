/*
 * fs/file_table.c - struct file: allocating one, finding it from a file
 * descriptor (fget), dropping a reference (fput), and the limit on how
 * many are open at once (files_stat.max_files, ENFILE). 2.4's list of
 * free files is left out: a file is freed when its last user goes.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <asm/current.h>

#define NR_FILE		8192	/* the least max_files there is */

/* files_stat - nr_files and max_files are guarded by the big kernel
 * lock that every system call holds (no file is made in interrupts) */
struct files_stat_struct files_stat;

/* files_init - allow open files up to a tenth of memory at 1 KB each,
 * and at least NR_FILE, as Linux does */
void __init files_init(unsigned long mempages)
{
	files_stat.max_files = max(mempages * (PAGE_SIZE / 1024) / 10,
				   (unsigned long)NR_FILE);
}

/* get_empty_filp - a new struct file with one reference; NULL without
 * memory, or when max_files are open and the caller is not root */
struct file *get_empty_filp(void)
{
	static int warned;
	struct file *f;

	if (files_stat.nr_files >= files_stat.max_files && !suser()) {
		if (!warned++)
			printk(KERN_INFO "VFS: file-max limit %d reached\n",
			       files_stat.max_files);
		return NULL;
	}
	f = kmalloc(sizeof(*f), GFP_KERNEL);
	if (f) {
		memset(f, 0, sizeof(*f));
		atomic_set(&f->f_count, 1);
		files_stat.nr_files++;
	}
	return f;
}

/* file_free - a file's memory back, and its place in the table */
static void file_free(struct file *file)
{
	kfree(file);
	files_stat.nr_files--;
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
	file_free(file);
	dput(dentry);
	mntput(mnt);
}

/* put_filp - free a file that get_empty_filp gave and nothing opened */
void put_filp(struct file *file)
{
	file_free(file);
}

