/*
 * include/linux/dcache.h - the dentry cache (book 12.2.4, 12.2.5): one
 * struct dentry per name a lookup has met, linked to its parent and
 * found again through a hash of (parent, name). A dentry without an
 * inode is negative: the name is known not to exist. Unlike 2.4 there
 * is no LRU of unused dentries: a dentry nobody holds is freed at once,
 * so a file system that wants its names kept (ramfs) holds them itself.
 */
#ifndef _LINUX_DCACHE_H
#define _LINUX_DCACHE_H

#include <linux/list.h>
#include <asm/atomic.h>

struct inode;
struct super_block;
struct vfsmount;

/* A name: @len bytes at @name, which need not end in '\0' */
struct qstr {
	const unsigned char *name;
	unsigned int len;
	unsigned int hash;
};

#define DNAME_INLINE_LEN	16	/* longer names are kmalloc'd */

struct dentry {
	atomic_t d_count;
	unsigned int d_flags;
	struct inode *d_inode;		/* NULL: negative */
	struct dentry *d_parent;	/* itself at a file system's root */
	struct list_head d_hash;	/* in dentry_hashtable, if hashed */
	struct list_head d_child;	/* in the parent's d_subdirs */
	struct list_head d_subdirs;	/* children, newest first */
	int d_mounted;			/* file systems mounted here */
	struct qstr d_name;
	struct super_block *d_sb;
	unsigned char d_iname[DNAME_INLINE_LEN];
};

/* full_name_hash - the hash of @len bytes at @name */
static inline unsigned int full_name_hash(const unsigned char *name,
					  unsigned int len)
{
	unsigned int hash = 0;

	while (len--)
		hash = (hash << 4) + (hash >> 28) + *name++ * 11;
	return hash;
}

/* d_unhashed - has @dentry been taken out of the hash (deleted)? */
static inline int d_unhashed(struct dentry *dentry)
{
	return list_empty(&dentry->d_hash);
}

/* IS_ROOT - is @d the root of its file system? */
#define IS_ROOT(d)	((d) == (d)->d_parent)

/* dget - one more reference to @dentry (NULL passes through) */
static inline struct dentry *dget(struct dentry *dentry)
{
	if (dentry)
		atomic_inc(&dentry->d_count);
	return dentry;
}

/* fs/dcache.c */
struct dentry *d_alloc(struct dentry *parent, const struct qstr *name);
struct dentry *d_alloc_root(struct inode *root_inode);
void d_instantiate(struct dentry *dentry, struct inode *inode);
void d_rehash(struct dentry *dentry);
void d_drop(struct dentry *dentry);
void d_delete(struct dentry *dentry);
void d_move(struct dentry *dentry, struct dentry *target);
struct dentry *d_lookup(struct dentry *parent, struct qstr *name);
void dput(struct dentry *dentry);
void d_genocide(struct dentry *root);
int is_subdir(struct dentry *new_dentry, struct dentry *old_dentry);
char *d_path(struct dentry *dentry, struct vfsmount *vfsmnt, char *buf,
	     int buflen);
void vfs_caches_init(unsigned long mempages);

/* d_add - @dentry names @inode (NULL: the name does not exist) and can
 * be found by d_lookup */
static inline void d_add(struct dentry *dentry, struct inode *inode)
{
	d_instantiate(dentry, inode);
	d_rehash(dentry);
}

#endif
