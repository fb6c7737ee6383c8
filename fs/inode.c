/*
 * fs/inode.c - in-memory inodes (book 12.2.2): new_inode for a file
 * system's new file, iput to let one go. Without disks there is no inode
 * hash, no write-back and no iget: an inode lives while something (its
 * dentries, an open file) holds it.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>

static unsigned long last_ino;	/* numbers handed out, on any file system */

/* new_inode - an inode of @sb with one reference, a fresh number, no
 * operations and a link count of 1; NULL without memory */
struct inode *new_inode(struct super_block *sb)
{
	struct inode *inode = kmalloc(sizeof(*inode), GFP_KERNEL);

	if (!inode)
		return NULL;
	memset(inode, 0, sizeof(*inode));
	atomic_set(&inode->i_count, 1);
	inode->i_ino = ++last_ino;
	inode->i_nlink = 1;
	inode->i_sb = sb;
	return inode;
}

/* igrab - one more reference to @inode */
struct inode *igrab(struct inode *inode)
{
	atomic_inc(&inode->i_count);
	return inode;
}

/* iput - drop a reference to @inode; with the last one, a file without
 * links gives its data back (delete_inode) and the inode is freed. */
void iput(struct inode *inode)
{
	struct super_operations *op = inode->i_sb ? inode->i_sb->s_op : NULL;

	if (!atomic_dec_and_test(&inode->i_count))
		return;
	if (op && op->delete_inode)
		op->delete_inode(inode);
	kfree(inode);
}
