/*
 * fs/file.c - growing a task's table of descriptors: it starts with the
 * NR_OPEN_DEFAULT slots inside files_struct and doubles, up to
 * FDTABLE_MAX, when a descriptor beyond them is taken. The open_fds and
 * close_on_exec bitmaps are that large from the start, where 2.4 grew
 * them too; and 2.4's table could grow to NR_OPEN.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <asm/errno.h>

/* free_fd_array - an array of @num file pointers from expand_files */
void free_fd_array(struct file **array, int num)
{
	if (num > NR_OPEN_DEFAULT)
		kfree(array);
}

/*
 * expand_files - make room in @files for descriptor @nr. Returns 0,
 * -EMFILE past FDTABLE_MAX, -ENOMEM. The table must not change meanwhile:
 * its task does not sleep here, and nobody else writes it.
 */
int expand_files(struct files_struct *files, int nr)
{
	int size = files->max_fds;
	struct file **new;

	if (nr < size)
		return 0;
	if (nr >= FDTABLE_MAX)
		return -EMFILE;
	while (size <= nr)
		size *= 2;
	new = kmalloc(size * sizeof(*new), GFP_KERNEL);
	if (!new)
		return -ENOMEM;
	memcpy(new, files->fd, files->max_fds * sizeof(*new));
	memset(new + files->max_fds, 0,
	       (size - files->max_fds) * sizeof(*new));
	free_fd_array(files->fd, files->max_fds);
	files->fd = new;
	files->max_fds = size;
	return 0;
}
