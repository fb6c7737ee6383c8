/*
 * fs/ramfs/inode.c - the root file system: files whose contents stay in
 * memory, here where the initrd put them. One flat list of inodes keyed
 * by path, newest first; a directory lists the entries whose paths it
 * prefixes. Creating and writing files, and 2.4's VFS of dentries and
 * superblocks around them, are not here yet.
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

/* is_child - is @p an entry of directory @dir (by their paths)? */
static int is_child(struct inode *dir, struct inode *p)
{
	const char *slash = strrchr(p->i_name, '/');
	int len = slash ? slash - p->i_name : 0;

	if (p == dir || !*p->i_name)
		return 0;
	return (int)strlen(dir->i_name) == len &&
	       !strncmp(dir->i_name, p->i_name, len);
}

static unsigned int dt_type(umode_t mode)
{
	if (S_ISDIR(mode))
		return DT_DIR;
	if (S_ISREG(mode))
		return DT_REG;
	if (S_ISCHR(mode))
		return DT_CHR;
	if (S_ISFIFO(mode))
		return DT_FIFO;
	return (mode & S_IFMT) == S_IFLNK ? DT_LNK : DT_UNKNOWN;
}

/*
 * ramfs_readdir - from position f_pos: "." (0), ".." (1), then the
 * entries, newest first as Linux's tmpfs lists them. Stops when @filldir
 * says the buffer is full. Returns 0, or -ENOTDIR for a file.
 */
static int ramfs_readdir(struct file *file, void *dirent, filldir_t filldir)
{
	struct inode *dir = file->f_inode, *p;
	loff_t n = 2;

	if (!S_ISDIR(dir->i_mode))
		return -ENOTDIR;
	if (file->f_pos == 0 && filldir(dirent, ".", 1, 0, dir->i_ino,
					DT_DIR) >= 0)
		file->f_pos = 1;
	if (file->f_pos == 1 && filldir(dirent, "..", 2, 1, dir->i_ino,
					DT_DIR) >= 0)
		file->f_pos = 2;
	for (p = inodes; p && file->f_pos >= 2; p = p->i_next) {
		const char *base = strrchr(p->i_name, '/');

		if (!is_child(dir, p) || n++ < file->f_pos)
			continue;
		base = base ? base + 1 : p->i_name;
		if (filldir(dirent, base, strlen(base), file->f_pos, p->i_ino,
			    dt_type(p->i_mode)) < 0)
			break;
		file->f_pos++;
	}
	return 0;
}

static struct file_operations ramfs_file_operations = {
	.llseek	= default_llseek,
	.read	= ramfs_read,
	.readdir = ramfs_readdir,
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
