/*
 * fs/attr.c - changing an inode's attributes: chmod, chown, truncate and
 * utime all end in notify_change, which sets what @attr says. The checks
 * of who may change what are the callers' (fs/open.c).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/time.h>
#include <asm/errno.h>

/*
 * notify_change - set the attributes of @dentry's inode named in
 * attr->ia_valid; a new size is given to the file system's truncate.
 * The change time is always now. Returns 0.
 */
int notify_change(struct dentry *dentry, struct iattr *attr)
{
	struct inode *inode = dentry->d_inode;
	unsigned int valid = attr->ia_valid;

	if (valid & ATTR_MODE)
		inode->i_mode = (inode->i_mode & S_IFMT) |
				(attr->ia_mode & S_IALLUGO);
	if (valid & ATTR_UID)
		inode->i_uid = attr->ia_uid;
	if (valid & ATTR_GID)
		inode->i_gid = attr->ia_gid;
	if (valid & ATTR_ATIME)
		inode->i_atime = attr->ia_atime;
	if (valid & ATTR_MTIME)
		inode->i_mtime = attr->ia_mtime;
	if (valid & ATTR_SIZE) {
		inode->i_size = attr->ia_size;
		inode->i_mtime = CURRENT_TIME;
		if (inode->i_op && inode->i_op->truncate)
			inode->i_op->truncate(inode);
	}
	inode->i_ctime = CURRENT_TIME;
	return 0;
}
