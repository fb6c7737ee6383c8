/*
 * fs/dcache.c - the dentry cache (book 12.2.4, 12.2.5): allocating a
 * dentry under its parent, finding it again by (parent, name) in
 * dentry_hashtable, and letting it go. 2.4 keeps unused dentries on an
 * LRU list and prunes it under memory pressure; lk24 frees a dentry when
 * its last reference goes, so file systems hold the names they keep.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/fs_struct.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/init.h>
#include <asm/errno.h>
#include <asm/uaccess.h>
#include <asm/current.h>

#define D_HASHBITS	8
#define D_HASHSIZE	(1 << D_HASHBITS)

/* Every hashed dentry, by d_hash(parent, name hash). Guarded by the big
 * kernel lock (asm-i386/smplock.h): no interrupt handler looks names up. */
static struct list_head dentry_hashtable[D_HASHSIZE];

static struct list_head *d_hash(struct dentry *parent, unsigned int hash)
{
	hash += (unsigned long)parent / sizeof(struct dentry);
	return dentry_hashtable + ((hash ^ (hash >> D_HASHBITS)) &
				   (D_HASHSIZE - 1));
}

/*
 * d_alloc - a new negative, unhashed dentry for @name under @parent
 * (NULL for a root, which is its own parent), with one reference; it
 * holds one on @parent. NULL without memory.
 */
struct dentry *d_alloc(struct dentry *parent, const struct qstr *name)
{
	struct dentry *dentry = kmalloc(sizeof(*dentry), GFP_KERNEL);
	unsigned char *str = dentry ? dentry->d_iname : NULL;

	if (dentry && name->len >= DNAME_INLINE_LEN)
		str = kmalloc(name->len + 1, GFP_KERNEL);
	if (!str) {
		kfree(dentry);
		return NULL;
	}
	memset(dentry, 0, sizeof(*dentry) - DNAME_INLINE_LEN);
	memcpy(str, name->name, name->len);
	str[name->len] = '\0';
	atomic_set(&dentry->d_count, 1);
	dentry->d_name.name = str;
	dentry->d_name.len = name->len;
	dentry->d_name.hash = name->hash;
	INIT_LIST_HEAD(&dentry->d_hash);
	INIT_LIST_HEAD(&dentry->d_subdirs);
	INIT_LIST_HEAD(&dentry->d_child);
	dentry->d_parent = dentry;
	if (parent) {
		dentry->d_parent = dget(parent);
		dentry->d_sb = parent->d_sb;
		list_add(&dentry->d_child, &parent->d_subdirs);
	}
	return dentry;
}

/* d_alloc_root - the dentry "/" of a new file system whose root
 * directory is @root_inode (whose reference it takes over), or NULL */
struct dentry *d_alloc_root(struct inode *root_inode)
{
	static const struct qstr name = { (const unsigned char *)"/", 1, 0 };
	struct dentry *res = d_alloc(NULL, &name);

	if (res) {
		res->d_sb = root_inode->i_sb;
		d_instantiate(res, root_inode);
	}
	return res;
}

/* d_instantiate - @dentry now names @inode, whose reference it takes */
void d_instantiate(struct dentry *dentry, struct inode *inode)
{
	dentry->d_inode = inode;
}

/* d_rehash - let d_lookup find @dentry */
void d_rehash(struct dentry *dentry)
{
	list_add(&dentry->d_hash, d_hash(dentry->d_parent,
					 dentry->d_name.hash));
}

/* d_drop - d_lookup no longer finds @dentry; its holders keep it */
void d_drop(struct dentry *dentry)
{
	list_del(&dentry->d_hash);
	INIT_LIST_HEAD(&dentry->d_hash);
}

/*
 * d_delete - the name @dentry was removed. Its inode goes with the
 * dentry's last reference, so that open files still read it; the
 * dentry leaves the hash, so the name is free again.
 */
void d_delete(struct dentry *dentry)
{
	d_drop(dentry);
}

/* d_free - the last reference to @dentry went: give its inode and
 * name back, and return its parent, whose reference it held */
static struct dentry *d_free(struct dentry *dentry)
{
	struct dentry *parent = dentry->d_parent;

	if (!d_unhashed(dentry))
		d_drop(dentry);
	list_del(&dentry->d_child);
	if (dentry->d_inode)
		iput(dentry->d_inode);
	if (dentry->d_name.name != dentry->d_iname)
		kfree((void *)dentry->d_name.name);
	kfree(dentry);
	return parent == dentry ? NULL : parent;
}

/* dput - drop a reference to @dentry (NULL is ignored); the last one
 * frees it, which may drop the last reference to its parent. */
void dput(struct dentry *dentry)
{
	while (dentry && atomic_dec_and_test(&dentry->d_count))
		dentry = d_free(dentry);
}

/* d_lookup - the hashed dentry for @name under @parent, with a
 * reference taken, or NULL if the cache does not know the name */
struct dentry *d_lookup(struct dentry *parent, struct qstr *name)
{
	struct list_head *head = d_hash(parent, name->hash), *tmp;

	list_for_each(tmp, head) {
		struct dentry *dentry = list_entry(tmp, struct dentry, d_hash);

		if (dentry->d_parent != parent ||
		    dentry->d_name.hash != name->hash ||
		    dentry->d_name.len != name->len ||
		    memcmp(dentry->d_name.name, name->name, name->len))
			continue;
		return dget(dentry);
	}
	return NULL;
}

/* switch_names - @a and @b trade names, inline or kmalloc'd, as
 * d_move needs: nothing is allocated, so a rename cannot fail here */
static void switch_names(struct dentry *a, struct dentry *b)
{
	struct qstr tmp = a->d_name;
	unsigned char buf[DNAME_INLINE_LEN];
	int a_in = a->d_name.name == a->d_iname;
	int b_in = b->d_name.name == b->d_iname;

	a->d_name = b->d_name;
	b->d_name = tmp;
	memcpy(buf, a->d_iname, DNAME_INLINE_LEN);
	if (b_in) {
		memcpy(a->d_iname, b->d_iname, DNAME_INLINE_LEN);
		a->d_name.name = a->d_iname;
	}
	if (a_in) {
		memcpy(b->d_iname, buf, DNAME_INLINE_LEN);
		b->d_name.name = b->d_iname;
	}
}

/*
 * d_move - rename: @dentry takes the name and place of @target, which
 * leaves the hash with @dentry's old name (its inode, if any, goes
 * with its last reference).
 */
void d_move(struct dentry *dentry, struct dentry *target)
{
	struct dentry *old_parent = dentry->d_parent;

	d_drop(target);
	d_drop(dentry);
	switch_names(dentry, target);
	list_del(&dentry->d_child);
	dentry->d_parent = dget(target->d_parent);
	list_add(&dentry->d_child, &dentry->d_parent->d_subdirs);
	d_rehash(dentry);
	dput(old_parent);
}

/* is_subdir - is @new_dentry @old_dentry or below it (same mount)? */
int is_subdir(struct dentry *new_dentry, struct dentry *old_dentry)
{
	for (;;) {
		if (new_dentry == old_dentry)
			return 1;
		if (IS_ROOT(new_dentry))
			return 0;
		new_dentry = new_dentry->d_parent;
	}
}

/*
 * d_genocide - drop the pin of every name below @root, leaves first, so
 * that each dentry is freed: a file system that pins its names (ramfs)
 * calls it at umount, when nothing else may hold them.
 */
void d_genocide(struct dentry *root)
{
	struct dentry *dentry;

	while (!list_empty(&root->d_subdirs)) {
		dentry = list_entry(root->d_subdirs.next, struct dentry,
				    d_child);
		while (!list_empty(&dentry->d_subdirs))
			dentry = list_entry(dentry->d_subdirs.next,
					    struct dentry, d_child);
		BUG_ON(atomic_read(&dentry->d_count) != 1);
		dput(dentry);
	}
}

/* prepend - put @len bytes of @name before *@end, inside @buf; false if
 * they do not fit */
static int prepend(char **end, char *buf, const char *name, int len)
{
	if (*end - buf < len)
		return 0;
	*end -= len;
	memcpy(*end, name, len);
	return 1;
}

/*
 * d_path - the path of @dentry on @vfsmnt as the current task sees it
 * from its root, built backwards at the end of @buf (@buflen bytes).
 * Returns where it starts, or -ENAMETOOLONG as a pointer. A deleted
 * name ends in " (deleted)", as Linux shows it.
 */
char *d_path(struct dentry *dentry, struct vfsmount *vfsmnt, char *buf,
	     int buflen)
{
	struct fs_struct *fs = current->fs;
	char *end = buf + buflen;
	int ok = prepend(&end, buf, "", 1);

	if (d_unhashed(dentry) && !IS_ROOT(dentry))
		ok = ok && prepend(&end, buf, " (deleted)", 10);
	while (ok && (dentry != fs->root || vfsmnt != fs->rootmnt)) {
		if (dentry == vfsmnt->mnt_root || IS_ROOT(dentry)) {
			if (vfsmnt->mnt_parent == vfsmnt)
				goto global_root;
			dentry = vfsmnt->mnt_mountpoint;
			vfsmnt = vfsmnt->mnt_parent;
			continue;
		}
		ok = prepend(&end, buf, (const char *)dentry->d_name.name,
			     dentry->d_name.len) &&
		     prepend(&end, buf, "/", 1);
		dentry = dentry->d_parent;
	}
	if (ok && *end != '/')
		ok = prepend(&end, buf, "/", 1);
	return ok ? end : (char *)-ENAMETOOLONG;
global_root:
	/* outside the task's root, or a file system mounted nowhere: its
	 * root's name starts the path ("pipe:" for pipes, as in 2.4) */
	if (*end == '/')
		end++;	/* the root's name takes the slash's place */
	ok = prepend(&end, buf, (const char *)dentry->d_name.name,
		     dentry->d_name.len);
	return ok ? end : (char *)-ENAMETOOLONG;
}

/*
 * sys_getcwd - the working directory's path into @buf (@size bytes).
 * Returns its length with the '\0', -ERANGE if it does not fit,
 * -ENOENT if the directory was removed, -EFAULT.
 */
asmlinkage long sys_getcwd(char *buf, unsigned long size)
{
	char *page = (char *)__get_free_page(GFP_KERNEL), *cwd;
	long len = -ENOENT;

	if (!page)
		return -ENOMEM;
	if (!d_unhashed(current->fs->pwd) || IS_ROOT(current->fs->pwd)) {
		cwd = d_path(current->fs->pwd, current->fs->pwdmnt, page,
			     PAGE_SIZE);
		len = IS_ERR(cwd) ? (long)cwd : page + PAGE_SIZE - cwd;
		if (len > 0 && len > size)
			len = -ERANGE;
		else if (len > 0 && copy_to_user(buf, cwd, len))
			len = -EFAULT;
	}
	free_page((unsigned long)page);
	return len;
}

/* dcache_init - empty hash chains */
static void __init dcache_init(void)
{
	int i;

	for (i = 0; i < D_HASHSIZE; i++)
		INIT_LIST_HEAD(&dentry_hashtable[i]);
}

/* vfs_caches_init - the dentry cache, the file table's limit and the
 * mount tree, from start_kernel before the first fork */
void __init vfs_caches_init(unsigned long mempages)
{
	dcache_init();
	files_init(mempages);
	mnt_init();
}
