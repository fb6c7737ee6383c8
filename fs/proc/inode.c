/*
 * fs/proc/inode.c - inodes of /proc: proc_get_inode makes one for an
 * entry of the kernel-wide tree, proc_read_super the root of a new proc
 * mount. Every inode is made afresh on lookup and freed with its dentry.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/proc_fs.h>
#include <asm/statfs.h>

/* proc_get_inode - an inode numbered @ino showing entry @de, owned by
 * root, with the entry's operations; NULL without memory */
struct inode *proc_get_inode(struct super_block *sb, int ino,
			     struct proc_dir_entry *de)
{
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_ino = ino;
	inode->i_mode = de->mode;
	inode->i_nlink = de->nlink;
	inode->i_op = de->proc_iops;
	inode->i_fop = de->proc_fops;
	inode->i_atime = inode->i_mtime = inode->i_ctime = CURRENT_TIME;
	inode->u.generic_ip = de;
	return inode;
}

/* proc_statfs - what statfs(2) shows of /proc, as Linux does */
static int proc_statfs(struct super_block *sb, struct statfs *buf)
{
	memset(buf, 0, sizeof(*buf));
	buf->f_type = PROC_SUPER_MAGIC;
	buf->f_bsize = PAGE_SIZE;
	buf->f_namelen = NAME_MAX;
	return 0;
}

static struct super_operations proc_sops = {
	.statfs	= proc_statfs,
};

/* proc_read_super - a proc mount: its root shows proc_root */
struct super_block *proc_read_super(struct super_block *s, void *data,
				    int silent)
{
	struct inode *root_inode = proc_get_inode(s, PROC_ROOT_INO,
						  &proc_root);

	if (!root_inode)
		return NULL;
	s->s_blocksize = PAGE_SIZE;
	s->s_magic = PROC_SUPER_MAGIC;
	s->s_op = &proc_sops;
	s->s_root = d_alloc_root(root_inode);
	if (s->s_root)
		return s;
	iput(root_inode);
	return NULL;
}
