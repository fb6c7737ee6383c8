/*
 * fs/proc/generic.c - the kernel-wide part of /proc: a tree of
 * proc_dir_entry built at boot by create_proc_entry, looked up and
 * listed through its links, and read a page at a time through each
 * file's read_proc. 2.4's remove_proc_entry and write_proc are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <asm/errno.h>
#include <asm/uaccess.h>

static struct inode_operations proc_dir_inode_operations;
static struct file_operations proc_dir_operations;
static struct file_operations proc_file_operations;

/*
 * proc_calc_metrics - for a read_proc that made its whole text of
 * @len bytes at @page: point *@start at byte @off and say how much of
 * @count is left there, setting *@eof when the text ends.
 */
int proc_calc_metrics(char *page, char **start, off_t off, int count,
		      int *eof, int len)
{
	if (len <= off + count)
		*eof = 1;
	*start = page + off;
	len -= off;
	if (len > count)
		len = count;
	return len < 0 ? 0 : len;
}

/*
 * proc_file_read - up to @nbytes of the entry's text from *@ppos, made
 * in a page by its read_proc. Returns the bytes copied, 0 at the end,
 * -ENOMEM or -EFAULT.
 */
static ssize_t proc_file_read(struct file *file, char *buf, size_t nbytes,
			      loff_t *ppos)
{
	struct proc_dir_entry *dp = file->f_dentry->d_inode->u.generic_ip;
	char *page = (char *)__get_free_page(GFP_KERNEL), *start;
	int eof = 0, n;

	if (!page)
		return -ENOMEM;
	if (nbytes > PAGE_SIZE)
		nbytes = PAGE_SIZE;
	n = *ppos >= PAGE_SIZE ? 0 :
		dp->read_proc(page, &start, *ppos, nbytes, &eof, dp->data);
	if (n > 0 && copy_to_user(buf, start, n))
		n = -EFAULT;
	if (n > 0)
		*ppos += n;
	free_page((unsigned long)page);
	return n;
}

/* proc_lookup - @dentry's name among the entries of directory @dir */
struct dentry *proc_lookup(struct inode *dir, struct dentry *dentry)
{
	struct proc_dir_entry *de = dir->u.generic_ip;
	struct inode *inode;

	for (de = de->subdir; de; de = de->next) {
		if (de->namelen != dentry->d_name.len ||
		    memcmp(de->name, dentry->d_name.name, de->namelen))
			continue;
		inode = proc_get_inode(dir->i_sb, de->low_ino, de);
		if (!inode)
			return ERR_PTR(-EINVAL);
		d_add(dentry, inode);
		return NULL;
	}
	return ERR_PTR(-ENOENT);
}

/*
 * proc_readdir - from f_pos on: ".", "..", then the entries of the
 * directory, in the order they were made. Returns the number of
 * entries @filldir took past the dots (for the root, which goes on
 * with the processes), or 0.
 */
int proc_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	struct inode *inode = filp->f_dentry->d_inode;
	struct proc_dir_entry *de = inode->u.generic_ip;
	int i = 2;

	if (filp->f_pos == 0 && filldir(dirent, ".", 1, 0, inode->i_ino,
					DT_DIR) >= 0)
		filp->f_pos = 1;
	if (filp->f_pos == 1 && filldir(dirent, "..", 2, 1,
					de->parent->low_ino, DT_DIR) >= 0)
		filp->f_pos = 2;
	for (de = de->subdir; de && filp->f_pos >= 2; de = de->next) {
		if (i++ < filp->f_pos)
			continue;
		if (filldir(dirent, de->name, de->namelen, filp->f_pos,
			    de->low_ino, de->mode >> 12) < 0)
			return 0;
		filp->f_pos++;
	}
	return 0;
}

/* make_inode_number - a number for a new entry, past the processes' */
static unsigned short make_inode_number(void)
{
	static unsigned short next = 2;

	return next++;
}

/* proc_register - @dp becomes the newest entry of directory @dir, last
 * in its listing */
static void proc_register(struct proc_dir_entry *dir,
			  struct proc_dir_entry *dp)
{
	struct proc_dir_entry **p = &dir->subdir;

	dp->low_ino = make_inode_number();
	while (*p)
		p = &(*p)->next;
	*p = dp;
	dp->parent = dir;
	if (S_ISDIR(dp->mode)) {
		dp->proc_iops = &proc_dir_inode_operations;
		dp->proc_fops = &proc_dir_operations;
		dir->nlink++;
	} else if (S_ISREG(dp->mode) && !dp->proc_fops) {
		dp->proc_fops = &proc_file_operations;
	}
}

/* create_proc_entry - a new entry @name of @mode (S_IFREG if no type is
 * given) in @parent (NULL: /proc), or NULL without memory */
struct proc_dir_entry *create_proc_entry(const char *name, mode_t mode,
					 struct proc_dir_entry *parent)
{
	struct proc_dir_entry *ent = kmalloc(sizeof(*ent), GFP_KERNEL);

	if (!ent)
		return NULL;
	memset(ent, 0, sizeof(*ent));
	ent->name = name;
	ent->namelen = strlen(name);
	if (!(mode & S_IFMT))
		mode |= S_IFREG;
	if (!(mode & S_IALLUGO))
		mode |= S_ISDIR(mode) ? S_IRUGO | S_IXUGO : S_IRUGO;
	ent->mode = mode;
	ent->nlink = S_ISDIR(mode) ? 2 : 1;
	proc_register(parent ? parent : &proc_root, ent);
	return ent;
}

/* proc_mkdir - a directory @name in @parent */
struct proc_dir_entry *proc_mkdir(const char *name,
				  struct proc_dir_entry *parent)
{
	return create_proc_entry(name, S_IFDIR, parent);
}

static struct file_operations proc_file_operations = {
	.llseek	= default_llseek,
	.read	= proc_file_read,
};

static struct file_operations proc_dir_operations = {
	.read	= generic_read_dir,
	.readdir = proc_readdir,
};

static struct inode_operations proc_dir_inode_operations = {
	.lookup	= proc_lookup,
};
