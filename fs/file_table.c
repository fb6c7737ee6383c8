/*
 * fs/file_table.c - struct file: allocating one, finding it from a file
 * descriptor (fget), dropping a reference (fput), and a task's table of
 * descriptors going away at exit.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <asm/current.h>

/* get_empty_filp - a new struct file with one reference, or NULL. */
struct file *get_empty_filp(void)
{
	struct file *f = kmalloc(sizeof(*f), GFP_KERNEL);

	if (f) {
		f->f_op = NULL;
		f->f_inode = NULL;
		f->f_pos = 0;
		f->f_flags = 0;
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
 * (release) and frees the file. */
void fput(struct file *file)
{
	if (!atomic_dec_and_test(&file->f_count))
		return;
	if (file->f_op && file->f_op->release)
		file->f_op->release(file->f_inode, file);
	kfree(file);
}

