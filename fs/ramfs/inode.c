/*
 * fs/ramfs/inode.c - the root file system: files whose contents stay in
 * memory, here where the initrd put them. One flat list of inodes keyed
 * by path; directories exist so that they can be opened. Creating and
 * writing files, and 2.4's VFS of dentries and superblocks around them,
 * are not here yet.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <asm/errno.h>
#include <asm/uaccess.h>

static struct inode root_inode;
static struct inode *inodes = &root_inode;
static unsigned long next_ino = 2;

/*
 * ramfs_read - up to @count bytes of the file from *@ppos into user @buf.
 * Returns the bytes read (0 at the end), -EISDIR for a directory, or
 * -EFAULT if not one byte could be stored.
 */
static ssize_t ramfs_read(struct file *file, char *buf, size_t count,
			  loff_t *ppos)
{
	struct inode *inode = file->f_inode;
	loff_t left = inode->i_size - *ppos;

	if (S_ISDIR(inode->i_mode))
		return -EISDIR;
	if (left <= 0)
		return 0;
	if (count > left)
		count = left;
	/* a buffer that runs into a bad page: Linux returns what fitted */
	count -= copy_to_user(buf, inode->i_data + *ppos, count);
	if (!count)
		return -EFAULT;
	*ppos += count;
	return count;
}

static struct file_operations ramfs_file_operations = {
	.llseek	= default_llseek,
	.read	= ramfs_read,
};

static struct inode root_inode = {
	.i_ino = 1, .i_mode = S_IFDIR | 0755, .i_nlink = 2, .i_name = "",
	.i_fop = &ramfs_file_operations,
};

/* normalize - @path without leading "/" and "./", doubled and trailing
 * slashes, into @out (PATH_MAX bytes). */
static void normalize(const char *path, char *out)
{
	char *o = out;

	while (*path) {
		while (*path == '/')
			path++;
		if (path[0] == '.' && (path[1] == '/' || !path[1])) {
			path++;
			continue;
		}
		if (o != out && *path)
			*o++ = '/';
		while (*path && *path != '/' && o < out + PATH_MAX - 1)
			*o++ = *path++;
	}
	*o = '\0';
}

/* ramfs_lookup - the inode for @path (relative paths start at /), or
 * NULL. ".." is not resolved yet. */
struct inode *ramfs_lookup(const char *path)
{
	static char name[PATH_MAX];
	struct inode *inode;

	normalize(path, name);
	for (inode = inodes; inode; inode = inode->i_next)
		if (!strcmp(inode->i_name, name))
			return inode;
	return NULL;
}

/*
 * ramfs_path_error - why @path was not found: -ENOTDIR if one of its
 * leading components is a file, -ENOENT otherwise (as Linux answers).
 */
int ramfs_path_error(const char *path)
{
	static char name[PATH_MAX];
	struct inode *inode;
	char *slash;

	normalize(path, name);
	while ((slash = strrchr(name, '/')) != NULL) {
		*slash = '\0';
		inode = ramfs_lookup(name);
		if (inode)
			return S_ISDIR(inode->i_mode) ? -ENOENT : -ENOTDIR;
	}
	return -ENOENT;
}

/*
 * ramfs_add - a new file, directory or character device (number @rdev)
 * at @path whose contents are @size bytes at @data (not copied). Returns
 * the inode, or NULL if out of memory.
 */
struct inode *ramfs_add(const char *path, umode_t mode, int rdev,
			const char *data, loff_t size)
{
	struct inode *inode = kmalloc(sizeof(*inode), GFP_KERNEL);
	char *name = kmalloc(strlen(path) + 1, GFP_KERNEL);

	if (!inode || !name) {
		kfree(inode);
		kfree(name);
		return NULL;
	}
	normalize(path, name);
	memset(inode, 0, sizeof(*inode));
	inode->i_ino = next_ino++;
	inode->i_mode = mode;
	inode->i_nlink = 1;
	inode->i_name = name;
	inode->i_data = data;
	inode->i_size = size;
	inode->i_fop = &ramfs_file_operations;
	if (S_ISCHR(mode))
		init_special_inode(inode, mode, rdev);
	inode->i_next = inodes;
	inodes = inode;
	return inode;
}
