/*
 * fs/ramfs/inode.c - the root file system, files that live only in
 * memory (book 12.3): its directories are the dentry cache itself, each
 * name held there by an extra reference, and a file's data is a table
 * of pages. 2.4's ramfs kept the data in the page cache; lk24 has no
 * page cache, so files cannot be mapped with mmap.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/time.h>
#include <asm/errno.h>
#include <asm/statfs.h>
#include <asm/uaccess.h>
#include <asm/current.h>

#define RAMFS_MAGIC	0x858458f6
#define BOGO_DIRENT_SIZE 20	/* a directory's size grows so per name */
#define SHORT_SYMLINK_LEN 128	/* bodies below this take no blocks */

static struct super_operations ramfs_ops;
static struct inode_operations ramfs_dir_inode_operations;
static struct inode_operations ramfs_symlink_inode_operations;
static struct inode_operations ramfs_file_inode_operations;
static struct file_operations ramfs_file_operations;
static struct file_operations ramfs_dir_operations;

/* ramfs_page - the page holding byte @pos of @inode, or NULL if none is
 * there yet */
static char *ramfs_page(struct inode *inode, loff_t pos)
{
	struct ramfs_inode_info *ri = &inode->u.ramfs_i;
	loff_t index = pos >> PAGE_SHIFT;	/* may not fit a long */

	return index < ri->max ? ri->page[index] : NULL;
}

/* The most pages a file has: its table is one kmalloc of 128 KB */
#define RAMFS_MAX_PAGES	((PAGE_SIZE << 5) / sizeof(char *))

/* grow_table - room in @inode's page table for page @index; 0 or
 * -ENOMEM (-EFBIG at RAMFS_MAX_PAGES) */
static int grow_table(struct ramfs_inode_info *ri, unsigned long index)
{
	unsigned long max = ri->max ? ri->max : 8;
	char **page;

	if (index >= RAMFS_MAX_PAGES)
		return -EFBIG;	/* also keeps the doubling below finite */
	while (max <= index)
		max *= 2;
	page = kmalloc(max * sizeof(char *), GFP_KERNEL);
	if (!page)
		return -ENOMEM;
	memset(page, 0, max * sizeof(char *));
	if (ri->max)
		memcpy(page, ri->page, ri->max * sizeof(char *));
	kfree(ri->page);
	ri->page = page;
	ri->max = max;
	return 0;
}

/* ramfs_get_page - the page holding byte @pos, allocated zeroed if it
 * is not there; an ERR pointer without memory */
static char *ramfs_get_page(struct inode *inode, loff_t pos)
{
	struct ramfs_inode_info *ri = &inode->u.ramfs_i;
	loff_t index = pos >> PAGE_SHIFT;	/* may not fit a long */
	int err;

	if (index >= RAMFS_MAX_PAGES)
		return ERR_PTR(-EFBIG);
	if (index >= ri->max) {
		err = grow_table(ri, index);
		if (err)
			return ERR_PTR(err);
	}
	if (!ri->page[index]) {
		ri->page[index] = (char *)get_zeroed_page(GFP_KERNEL);
		if (!ri->page[index])
			return ERR_PTR(-ENOMEM);
		inode->i_blocks += PAGE_SIZE / 512;
	}
	return ri->page[index];
}

/*
 * ramfs_read - up to @count bytes of the file from *@ppos into user
 * @buf, a page at a time; holes read as zeroes. Returns the bytes read
 * (0 at the end), or -EFAULT if not one byte could be stored.
 */
static ssize_t ramfs_read(struct file *file, char *buf, size_t count,
			  loff_t *ppos)
{
	struct inode *inode = file->f_dentry->d_inode;
	ssize_t done = 0;

	if (*ppos >= inode->i_size)
		return 0;
	if (count > inode->i_size - *ppos)
		count = inode->i_size - *ppos;
	while (count) {
		unsigned long off = *ppos & ~PAGE_MASK, left;
		size_t n = PAGE_SIZE - off < count ? PAGE_SIZE - off : count;
		char *page = ramfs_page(inode, *ppos);

		left = page ? copy_to_user(buf + done, page + off, n) :
			clear_user(buf + done, n);
		done += n - left;
		*ppos += n - left;
		count -= n;
		if (left)	/* a bad page: Linux returns what fitted */
			return done ? done : -EFAULT;
	}
	return done;
}

/*
 * ramfs_write - @count bytes of user @buf into the file at *@ppos (at
 * the end for O_APPEND), the file growing as needed, within the limits
 * precheck_file_write sets. Returns the bytes written, or -EFAULT,
 * -ENOMEM, -EFBIG if none were.
 */
static ssize_t ramfs_write(struct file *file, const char *buf, size_t count,
			   loff_t *ppos)
{
	struct inode *inode = file->f_dentry->d_inode;
	ssize_t done = 0, err = precheck_file_write(file, inode, &count, ppos);

	if (err)
		return err;
	while (count) {
		unsigned long off = *ppos & ~PAGE_MASK, left;
		size_t n = PAGE_SIZE - off < count ? PAGE_SIZE - off : count;
		char *page = ramfs_get_page(inode, *ppos);

		err = PTR_ERR(page);
		if (IS_ERR(page))
			break;
		left = copy_from_user(page + off, buf + done, n);
		done += n - left;
		*ppos += n - left;
		count -= n;
		err = -EFAULT;
		if (left)
			break;
	}
	if (!done)
		return err;	/* an empty write moves no end */
	if (*ppos > inode->i_size)
		inode->i_size = *ppos;
	inode->i_mtime = inode->i_ctime = CURRENT_TIME;
	return done;
}

/* ramfs_truncate - drop the pages past i_size and zero the tail of the
 * last one, so that the file reads as zeroes if it grows again */
static void ramfs_truncate(struct inode *inode)
{
	struct ramfs_inode_info *ri = &inode->u.ramfs_i;
	loff_t keep = (inode->i_size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	unsigned long i, off = inode->i_size & ~PAGE_MASK;

	/* past the table nothing is stored: and such a @keep may not fit
	 * a long (a 2^44-byte file once made it 0, and page[-1] hung) */
	if (keep > ri->max)
		return;
	for (i = keep; i < ri->max; i++) {
		if (!ri->page[i])
			continue;
		free_page((unsigned long)ri->page[i]);
		ri->page[i] = NULL;
		inode->i_blocks -= PAGE_SIZE / 512;
	}
	if (off && ri->page[keep - 1])
		memset(ri->page[keep - 1] + off, 0, PAGE_SIZE - off);
}

/* ramfs_delete_inode - the file's last reference went: its pages go */
static void ramfs_delete_inode(struct inode *inode)
{
	if (S_ISREG(inode->i_mode) || S_ISLNK(inode->i_mode)) {
		inode->i_size = 0;
		ramfs_truncate(inode);
		kfree(inode->u.ramfs_i.page);
	}
}

/*
 * ramfs_fill - @size bytes at @data (a symlink's body) become the
 * contents of @inode. 0, or -ENOMEM with part written.
 */
static int ramfs_fill(struct inode *inode, const char *data, loff_t size)
{
	loff_t pos;

	for (pos = 0; pos < size; pos += PAGE_SIZE) {
		char *page = ramfs_get_page(inode, pos);
		loff_t n = size - pos < PAGE_SIZE ? size - pos : PAGE_SIZE;

		if (IS_ERR(page))
			return PTR_ERR(page);
		memcpy(page, data + pos, n);
		inode->i_size = pos + n;
	}
	return 0;
}

/*
 * ramfs_get_inode - a new inode of @sb of type and permissions @mode
 * (@dev for a device), owned by the caller's fsuid and fsgid, with the
 * operations its type has. NULL without memory.
 */
static struct inode *ramfs_get_inode(struct super_block *sb, int mode,
				     int dev)
{
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_mode = mode;
	inode->i_uid = current->fsuid;
	inode->i_gid = current->fsgid;
	inode->i_atime = inode->i_mtime = inode->i_ctime = CURRENT_TIME;
	switch (mode & S_IFMT) {
	case S_IFREG:
		inode->i_op = &ramfs_file_inode_operations;
		inode->i_fop = &ramfs_file_operations;
		break;
	case S_IFDIR:
		inode->i_op = &ramfs_dir_inode_operations;
		inode->i_fop = &ramfs_dir_operations;
		inode->i_nlink = 2;	/* "." too */
		inode->i_size = 2 * BOGO_DIRENT_SIZE;	/* as tmpfs shows */
		break;
	case S_IFLNK:
		inode->i_op = &ramfs_symlink_inode_operations;
		break;
	default:
		init_special_inode(inode, mode, dev);
	}
	return inode;
}

/* ramfs_lookup - a name not in the dcache does not exist: the dentry
 * becomes negative */
static struct dentry *ramfs_lookup(struct inode *dir, struct dentry *dentry)
{
	d_add(dentry, NULL);
	return NULL;
}

/* ramfs_mknod - a new inode for @dentry in @dir, held in the dcache by
 * an extra reference. 0 or -ENOSPC (no memory). */
static int ramfs_mknod(struct inode *dir, struct dentry *dentry, int mode,
		       int dev)
{
	struct inode *inode = ramfs_get_inode(dir->i_sb, mode, dev);

	if (!inode)
		return -ENOSPC;
	if (dir->i_mode & S_ISGID) {
		inode->i_gid = dir->i_gid;	/* BSD groups, as Linux */
		if (S_ISDIR(mode))
			inode->i_mode |= S_ISGID;
	}
	d_instantiate(dentry, inode);
	dget(dentry);	/* the pin: ramfs's names live in the dcache */
	dir->i_size += BOGO_DIRENT_SIZE;
	dir->i_mtime = dir->i_ctime = CURRENT_TIME;
	return 0;
}

static int ramfs_mkdir(struct inode *dir, struct dentry *dentry, int mode)
{
	int err = ramfs_mknod(dir, dentry, mode | S_IFDIR, 0);

	if (!err)
		dir->i_nlink++;	/* the new ".." */
	return err;
}

static int ramfs_create(struct inode *dir, struct dentry *dentry, int mode)
{
	return ramfs_mknod(dir, dentry, mode | S_IFREG, 0);
}

/* ramfs_symlink - a symlink whose body, with its '\0', fills page 0 */
static int ramfs_symlink(struct inode *dir, struct dentry *dentry,
			 const char *symname)
{
	int len = strlen(symname) + 1, err;

	if (len > PAGE_SIZE)
		return -ENAMETOOLONG;
	err = ramfs_mknod(dir, dentry, S_IFLNK | S_IRWXUGO, 0);
	if (err)
		return err;
	err = ramfs_fill(dentry->d_inode, symname, len);
	dentry->d_inode->i_size = len - 1;
	if (len <= SHORT_SYMLINK_LEN)
		dentry->d_inode->i_blocks = 0;	/* Linux keeps it inline */
	return err;
}

/* ramfs_link - @dentry in @dir names @old_dentry's inode too */
static int ramfs_link(struct dentry *old_dentry, struct inode *dir,
		      struct dentry *dentry)
{
	struct inode *inode = old_dentry->d_inode;

	inode->i_nlink++;
	inode->i_ctime = dir->i_mtime = dir->i_ctime = CURRENT_TIME;
	dir->i_size += BOGO_DIRENT_SIZE;
	d_instantiate(dentry, igrab(inode));
	dget(dentry);
	return 0;
}

/* ramfs_empty - does directory @dentry have no names in it? */
static int ramfs_empty(struct dentry *dentry)
{
	struct list_head *p;

	list_for_each(p, &dentry->d_subdirs) {
		struct dentry *d = list_entry(p, struct dentry, d_child);

		if (d->d_inode && !d_unhashed(d))
			return 0;
	}
	return 1;
}

/* ramfs_unlink - one name less for the file; the pin goes, and the
 * inode with the dentry's last reference. -ENOTEMPTY for a directory
 * that holds names (ramfs_rmdir). */
static int ramfs_unlink(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (!ramfs_empty(dentry))
		return -ENOTEMPTY;
	inode->i_nlink--;
	inode->i_ctime = dir->i_mtime = dir->i_ctime = CURRENT_TIME;
	dir->i_size -= BOGO_DIRENT_SIZE;
	dput(dentry);	/* the pin */
	return 0;
}

static int ramfs_rmdir(struct inode *dir, struct dentry *dentry)
{
	int err = ramfs_unlink(dir, dentry);

	if (!err) {
		dentry->d_inode->i_nlink = 0;
		dir->i_nlink--;
	}
	return err;
}

/* ramfs_rename - the VFS moves the dentry; here a replaced target is
 * unlinked and the directories' link counts follow a moved directory */
static int ramfs_rename(struct inode *old_dir, struct dentry *old_dentry,
			struct inode *new_dir, struct dentry *new_dentry)
{
	int is_dir = S_ISDIR(old_dentry->d_inode->i_mode);
	int err = 0;

	if (new_dentry->d_inode) {
		err = is_dir ? ramfs_rmdir(new_dir, new_dentry) :
			ramfs_unlink(new_dir, new_dentry);
		if (err)
			return err;
		if (is_dir)
			new_dir->i_nlink++;	/* replaced, not removed */
	}
	if (is_dir) {
		old_dir->i_nlink--;
		new_dir->i_nlink++;
	}
	old_dir->i_size -= BOGO_DIRENT_SIZE;
	new_dir->i_size += BOGO_DIRENT_SIZE;
	old_dir->i_mtime = old_dir->i_ctime = CURRENT_TIME;
	new_dir->i_mtime = new_dir->i_ctime = CURRENT_TIME;
	old_dentry->d_inode->i_ctime = CURRENT_TIME;
	return 0;
}

static int ramfs_readlink(struct dentry *dentry, char *buffer, int buflen)
{
	return vfs_readlink(dentry, buffer, buflen,
			    ramfs_page(dentry->d_inode, 0));
}

static int ramfs_follow_link(struct dentry *dentry, struct nameidata *nd)
{
	return vfs_follow_link(nd, ramfs_page(dentry->d_inode, 0));
}

/* ramfs_statfs - what statfs(2) shows of a ramfs, as Linux's does */
static int ramfs_statfs(struct super_block *sb, struct statfs *buf)
{
	memset(buf, 0, sizeof(*buf));
	buf->f_type = RAMFS_MAGIC;
	buf->f_bsize = PAGE_SIZE;
	buf->f_namelen = NAME_MAX;
	return 0;
}

/* ramfs_sync_file - the data is in memory already: nothing to do */
static int ramfs_sync_file(struct file *file, struct dentry *dentry,
			   int datasync)
{
	return 0;
}

static struct file_operations ramfs_file_operations = {
	.llseek	= default_llseek,
	.read	= ramfs_read,
	.write	= ramfs_write,
	.fsync	= ramfs_sync_file,
};

static struct file_operations ramfs_dir_operations = {
	.llseek	= default_llseek,
	.read	= generic_read_dir,
	.readdir = dcache_readdir,
	.fsync	= ramfs_sync_file,
};

static struct inode_operations ramfs_file_inode_operations = {
	.truncate = ramfs_truncate,
};

static struct inode_operations ramfs_dir_inode_operations = {
	.create	= ramfs_create,
	.lookup	= ramfs_lookup,
	.link	= ramfs_link,
	.unlink	= ramfs_unlink,
	.symlink = ramfs_symlink,
	.mkdir	= ramfs_mkdir,
	.rmdir	= ramfs_rmdir,
	.mknod	= ramfs_mknod,
	.rename	= ramfs_rename,
};

static struct inode_operations ramfs_symlink_inode_operations = {
	.readlink = ramfs_readlink,
	.follow_link = ramfs_follow_link,
};

/* ramfs_put_super - at umount every file goes with its name */
static void ramfs_put_super(struct super_block *sb)
{
	d_genocide(sb->s_root);
}

static struct super_operations ramfs_ops = {
	.put_super = ramfs_put_super,
	.delete_inode = ramfs_delete_inode,
	.statfs	= ramfs_statfs,
};

/* ramfs_read_super - a new, empty ramfs: its root directory, mode 0755
 * (the rootfs's is 0755 too, as Linux makes it) */
static struct super_block *ramfs_read_super(struct super_block *sb,
					    void *data, int silent)
{
	struct inode *inode;

	sb->s_blocksize = PAGE_SIZE;
	sb->s_magic = RAMFS_MAGIC;
	sb->s_maxbytes = (loff_t)RAMFS_MAX_PAGES << PAGE_SHIFT;
	sb->s_op = &ramfs_ops;
	inode = ramfs_get_inode(sb, S_IFDIR | 0755, 0);
	if (!inode)
		return NULL;
	sb->s_root = d_alloc_root(inode);
	if (!sb->s_root) {
		iput(inode);
		return NULL;
	}
	return sb;
}

static struct file_system_type ramfs_fs_type = {
	.name = "ramfs", .read_super = ramfs_read_super,
};

/* "rootfs": the ramfs the kernel mounts at / before anything else */
static struct file_system_type rootfs_fs_type = {
	.name = "rootfs", .read_super = ramfs_read_super,
	.fs_flags = FS_NOMOUNT,
};

/* init_rootfs - make "ramfs" and "rootfs" known; run by mnt_init,
 * before the root is mounted. Returns 0. */
int __init init_rootfs(void)
{
	register_filesystem(&rootfs_fs_type);
	return register_filesystem(&ramfs_fs_type);
}
