/*
 * fs/namei.c - from a path to a dentry (book 12.5): path_walk goes one
 * component at a time through the dentry cache, into mounted file
 * systems, up through "..", and along symlinks (at most MAXSYMLINKS, or
 * ELOOP); permission() checks the mode bits. Here too are the calls
 * that make and remove names. Unlike 2.4's recursion, a symlink's body
 * is walked in the same loop, what followed it saved in the nameidata.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/mount.h>
#include <asm/errno.h>
#include <asm/uaccess.h>
#include <asm/current.h>

/*
 * vfs_permission - may the current task read, write or search (@mask:
 * the MAY_* bits) @inode? The owner's, the group's or the others' bits
 * decide, by fsuid and groups; root may do anything but execute a file
 * with no x bit. 0 or -EACCES.
 */
int vfs_permission(struct inode *inode, int mask)
{
	umode_t mode = inode->i_mode;

	if (current->fsuid == inode->i_uid)
		mode >>= 6;
	else if (in_group_p(inode->i_gid))
		mode >>= 3;
	if ((mode & mask & S_IRWXO) == mask)
		return 0;
	if ((!(mask & MAY_EXEC) || (inode->i_mode & S_IXUGO) ||
	     S_ISDIR(inode->i_mode)) && fsuser())
		return 0;
	return -EACCES;
}

/* permission - the file system's own rule for @inode if it has one
 * (/proc/sys), else vfs_permission's */
int permission(struct inode *inode, int mask)
{
	if (inode->i_op && inode->i_op->permission)
		return inode->i_op->permission(inode, mask);
	return vfs_permission(inode, mask);
}

/* getname - copy a path from user space into a kernel buffer; an
 * ERR pointer (-EFAULT, -ENAMETOOLONG, -ENOENT for "") if not */
char *getname(const char *filename)
{
	char *name = kmalloc(PATH_MAX, GFP_KERNEL);
	long len;

	if (!name)
		return ERR_PTR(-ENOMEM);
	len = strncpy_from_user(name, filename, PATH_MAX);
	if (len < 0 || len >= PATH_MAX || len == 0) {
		kfree(name);
		return ERR_PTR(len < 0 ? -EFAULT :
			       len ? -ENAMETOOLONG : -ENOENT);
	}
	return name;
}

void putname(char *name)
{
	kfree(name);
}

/* path_release - let go of where @nd is and of the links it followed */
void path_release(struct nameidata *nd)
{
	dput(nd->dentry);
	mntput(nd->mnt);
	while (nd->total_links)
		dput(nd->saved_links[--nd->total_links]);
}

/* walk_init_root - @nd moves to the current task's root */
static void walk_init_root(struct nameidata *nd)
{
	dput(nd->dentry);
	mntput(nd->mnt);
	nd->dentry = dget(current->fs->root);
	nd->mnt = mntget(current->fs->rootmnt);
}

/* path_init - start a walk of @name at the root or working directory,
 * with the LOOKUP_* @flags. Returns 0. */
int path_init(const char *name, unsigned int flags, struct nameidata *nd)
{
	struct fs_struct *fs = current->fs;

	nd->flags = flags;
	nd->last_type = LAST_ROOT;
	nd->depth = nd->total_links = 0;
	nd->link = NULL;
	nd->dentry = dget(*name == '/' ? fs->root : fs->pwd);
	nd->mnt = mntget(*name == '/' ? fs->rootmnt : fs->pwdmnt);
	return 0;
}

/*
 * follow_down - if a file system is mounted on *@dentry of *@mnt, move
 * both to its root (references moved along). Returns 1 if it moved.
 */
int follow_down(struct vfsmount **mnt, struct dentry **dentry)
{
	struct vfsmount *mounted;

	if (!(*dentry)->d_mounted)
		return 0;
	mounted = lookup_mnt(*mnt, *dentry);
	if (!mounted)
		return 0;
	mntput(*mnt);
	*mnt = mntget(mounted);
	dput(*dentry);
	*dentry = dget(mounted->mnt_root);
	return 1;
}

/* follow_mount - down through every file system mounted on the place */
static void follow_mount(struct vfsmount **mnt, struct dentry **dentry)
{
	while (follow_down(mnt, dentry))
		;
}

/*
 * follow_dotdot - ".." from *@dentry of *@mnt: its parent, or from a
 * mounted root the parent of its mountpoint; never above the task's
 * root. The references move along.
 */
static void follow_dotdot(struct vfsmount **mnt, struct dentry **dentry)
{
	struct fs_struct *fs = current->fs;
	struct vfsmount *parent_mnt;
	struct dentry *parent;

	while (*dentry != fs->root || *mnt != fs->rootmnt) {
		if (*dentry != (*mnt)->mnt_root) {
			parent = dget((*dentry)->d_parent);
			dput(*dentry);
			*dentry = parent;
			break;
		}
		if ((*mnt)->mnt_parent == *mnt)
			break;
		parent = dget((*mnt)->mnt_mountpoint);
		parent_mnt = mntget((*mnt)->mnt_parent);
		dput(*dentry);
		mntput(*mnt);
		*dentry = parent;
		*mnt = parent_mnt;
	}
	follow_mount(mnt, dentry);
}

/* real_lookup - ask @parent's file system about @name: a new dentry,
 * positive or negative, or an ERR pointer */
static struct dentry *real_lookup(struct dentry *parent, struct qstr *name)
{
	struct inode *dir = parent->d_inode;
	struct dentry *dentry = d_alloc(parent, name), *result;

	if (!dentry)
		return (struct dentry *)-ENOMEM;
	if (d_unhashed(parent) && !IS_ROOT(parent)) {
		dput(dentry);
		return ERR_PTR(-ENOENT);	/* a removed directory */
	}
	result = dir->i_op->lookup(dir, dentry);
	if (!result)
		return dentry;
	dput(dentry);
	return result;
}

/* cached_lookup - @name under @base from the cache, else the file
 * system; the name's hash is computed here */
static struct dentry *cached_lookup(struct dentry *base, struct qstr *name)
{
	struct dentry *dentry;

	name->hash = full_name_hash(name->name, name->len);
	dentry = d_lookup(base, name);
	return dentry ? dentry : real_lookup(base, name);
}

/*
 * lookup_hash - the dentry for @name in directory @base, which the
 * caller may search; negative if it does not exist. An ERR pointer:
 * -EACCES, -ENOTDIR, -ENOMEM.
 */
struct dentry *lookup_hash(struct qstr *name, struct dentry *base)
{
	struct inode *inode = base->d_inode;
	int err;

	if (!inode->i_op || !inode->i_op->lookup)
		return (struct dentry *)-ENOTDIR;
	err = permission(inode, MAY_EXEC);
	if (err)
		return (struct dentry *)err;
	return cached_lookup(base, name);
}

/* last_type_of - LAST_DOT for ".", LAST_DOTDOT for "..", or LAST_NORM */
static int last_type_of(struct qstr *this)
{
	if (this->name[0] != '.' || this->len > 2)
		return LAST_NORM;
	if (this->len == 1)
		return LAST_DOT;
	return this->name[1] == '.' ? LAST_DOTDOT : LAST_NORM;
}

/* get_component - the component starting at @name into @this; returns
 * what follows it */
static const char *get_component(const char *name, struct qstr *this)
{
	const char *p = name;

	while (*p && *p != '/')
		p++;
	this->name = (const unsigned char *)name;
	this->len = p - name;
	this->hash = 0;
	return p;
}

/* may_walk - can the walk go on through nd's place: a directory the
 * task may search? 0, -ENOTDIR or -EACCES */
static int may_walk(struct nameidata *nd)
{
	struct inode *inode = nd->dentry->d_inode;

	if (!inode->i_op || !inode->i_op->lookup)
		return -ENOTDIR;
	return permission(inode, MAY_EXEC);
}

/*
 * walk_component - what @this names in nd's directory, into *@next on
 * *@mnt (with references; down through mounts): ".", "..", or a name
 * from the cache or the file system. 0 or an -errno.
 */
static int walk_component(struct qstr *this, struct nameidata *nd,
			  struct dentry **next, struct vfsmount **mnt)
{
	struct dentry *dentry;

	*next = dget(nd->dentry);
	*mnt = mntget(nd->mnt);
	switch (last_type_of(this)) {
	case LAST_DOT:
		return 0;
	case LAST_DOTDOT:
		follow_dotdot(mnt, next);
		return 0;
	}
	dentry = cached_lookup(nd->dentry, this);
	dput(*next);
	*next = dentry;
	if (!IS_ERR(dentry)) {
		follow_mount(mnt, next);
		return 0;
	}
	mntput(*mnt);
	return (long)dentry;
}

/*
 * do_follow_link - the walk met symlink @dentry (its reference moves to
 * @nd) in directory nd->dentry: its file system either moves @nd there
 * itself or leaves the body to walk in nd->link. 0, -ELOOP past
 * MAXSYMLINKS, or the file system's error.
 */
static int do_follow_link(struct dentry *dentry, struct nameidata *nd)
{
	int err;

	if (nd->total_links >= MAXSYMLINKS) {
		dput(dentry);
		return -ELOOP;
	}
	nd->saved_links[nd->total_links++] = dentry;	/* keeps the body */
	err = dentry->d_inode->i_op->follow_link(dentry, nd);
	if (!err && nd->link && *nd->link == '/')
		walk_init_root(nd);
	return err;
}

/* take_link - where the walk goes on after do_follow_link: the link's
 * body, with @rest saved for after it, or @rest if @nd was moved */
static const char *take_link(struct nameidata *nd, const char *rest)
{
	const char *link = nd->link;

	if (!link)
		return rest;
	nd->link = NULL;
	if (*rest)
		nd->saved_names[nd->depth++] = rest;
	return link;
}

/* vfs_follow_link - called by a file system's follow_link: the walk
 * goes on along @link, from the symlink's directory. Returns 0. */
int vfs_follow_link(struct nameidata *nd, const char *link)
{
	nd->link = link;
	return 0;
}

/* walk_end - the whole path was walked to nd's place: for
 * LOOKUP_PARENT the path was "/", else it must be a directory if asked */
static int walk_end(struct nameidata *nd)
{
	if (nd->flags & LOOKUP_PARENT)
		nd->last_type = LAST_ROOT;
	else if ((nd->flags & LOOKUP_DIRECTORY) &&
		 !S_ISDIR(nd->dentry->d_inode->i_mode))
		return -ENOTDIR;
	return 0;
}

/* walk_to - @nd moves to @next on @mnt (references moved in) */
static void walk_to(struct nameidata *nd, struct dentry *next,
		    struct vfsmount *mnt)
{
	dput(nd->dentry);
	mntput(nd->mnt);
	nd->dentry = next;
	nd->mnt = mnt;
}

/* must_follow - is @inode a symlink the walk follows here: before the
 * last component always, at it if asked to or before a slash */
static int must_follow(struct inode *inode, struct nameidata *nd, int last)
{
	if (!S_ISLNK(inode->i_mode) || !inode->i_op->follow_link)
		return 0;
	return !last || (nd->flags & (LOOKUP_FOLLOW | LOOKUP_DIRECTORY));
}

/*
 * walk_one - the component at *@name, which may be searched for: for
 * the last one under LOOKUP_PARENT, note it in nd->last and return 1;
 * else move @nd to it, or along it if it is a symlink, and *@name past
 * it. 0, or an -errno with @nd still held.
 */
static int walk_one(const char **name, struct nameidata *nd)
{
	struct dentry *next;
	struct vfsmount *mnt;
	struct qstr this;
	const char *rest = get_component(*name, &this);
	int err, last;

	if (this.len > NAME_MAX)
		return -ENAMETOOLONG;
	last = !rest[strspn(rest, "/")] && !nd->depth;
	if (last && *rest)
		nd->flags |= LOOKUP_DIRECTORY;	/* "name/" */
	rest += strspn(rest, "/");
	if (last && (nd->flags & LOOKUP_PARENT)) {
		nd->last = this;
		nd->last_type = last_type_of(&this);
		return 1;
	}
	err = walk_component(&this, nd, &next, &mnt);
	if (err)
		return err;
	if (!next->d_inode) {
		dput(next);
		mntput(mnt);
		return -ENOENT;
	}
	if (must_follow(next->d_inode, nd, last)) {
		mntput(mnt);
		err = do_follow_link(next, nd);
		if (!err)
			*name = take_link(nd, rest);
		return err;
	}
	walk_to(nd, next, mnt);
	*name = rest;
	return 0;
}

/*
 * link_path_walk - walk @name from where @nd is, component by component
 * (book 12.5.1), each link's body before what followed the link. With
 * LOOKUP_PARENT it stops before the last one and leaves it in nd->last.
 * Returns 0 with @nd at the result, or an -errno (ENOENT, ENOTDIR,
 * EACCES, ENAMETOOLONG, ELOOP) with @nd released.
 */
int link_path_walk(const char *name, struct nameidata *nd)
{
	int err;

	for (;;) {
		while (*name == '/')
			name++;
		if (!*name && nd->depth) {
			name = nd->saved_names[--nd->depth];
			continue;
		}
		if (!*name) {
			err = walk_end(nd);
			break;
		}
		err = may_walk(nd);
		if (!err)
			err = walk_one(&name, nd);
		if (err)
			break;
	}
	if (err < 0)
		path_release(nd);
	return err < 0 ? err : 0;
}

/* path_walk - link_path_walk from where path_init put @nd */
int path_walk(const char *name, struct nameidata *nd)
{
	return link_path_walk(name, nd);
}

/*
 * __user_walk - walk user path @name with LOOKUP_* @flags into @nd.
 * 0, or -EFAULT, -ENAMETOOLONG, -ENOENT (also for ""), or what
 * path_walk says; @nd is held only on success.
 */
int __user_walk(const char *name, unsigned int flags, struct nameidata *nd)
{
	char *tmp = getname(name);
	int err = PTR_ERR(tmp);

	if (!IS_ERR(tmp)) {
		path_init(tmp, flags, nd);
		err = path_walk(tmp, nd);
		putname(tmp);
	}
	return err;
}

/* is_dir_dead - was directory @dentry removed (rmdir), so that nothing
 * may be made in it? */
static int is_dir_dead(struct dentry *dentry)
{
	return d_unhashed(dentry) && !IS_ROOT(dentry);
}

/* may_create - may @child (negative) be made in @dir? 0, -EEXIST,
 * -ENOENT (the directory was removed) or -EACCES */
static int may_create(struct inode *dir, struct dentry *child)
{
	if (child->d_inode)
		return -EEXIST;
	if (is_dir_dead(child->d_parent))
		return -ENOENT;
	return permission(dir, MAY_WRITE | MAY_EXEC);
}

/*
 * may_delete - may @victim go from @dir, as a directory if @isdir?
 * 0, -ENOENT, -EACCES, -EPERM (the sticky bit: only the owner of the
 * file or directory, or root), -ENOTDIR, -EISDIR, -EBUSY (a root).
 */
static int may_delete(struct inode *dir, struct dentry *victim, int isdir)
{
	struct inode *inode = victim->d_inode;
	int err;

	if (!inode || d_unhashed(victim))
		return -ENOENT;
	err = permission(dir, MAY_WRITE | MAY_EXEC);
	if (err)
		return err;
	if ((dir->i_mode & S_ISVTX) && current->fsuid != inode->i_uid &&
	    current->fsuid != dir->i_uid && !fsuser())
		return -EPERM;
	if (isdir && !S_ISDIR(inode->i_mode))
		return -ENOTDIR;
	if (isdir && IS_ROOT(victim))
		return -EBUSY;
	if (!isdir && S_ISDIR(inode->i_mode))
		return -EISDIR;
	return 0;
}

/* vfs_create - a regular file @dentry in @dir with permissions @mode */
int vfs_create(struct inode *dir, struct dentry *dentry, int mode)
{
	int err = may_create(dir, dentry);

	if (err)
		return err;
	if (!dir->i_op->create)
		return -EACCES;
	return dir->i_op->create(dir, dentry, (mode & S_IALLUGO) | S_IFREG);
}

/* vfs_mknod - a device, fifo or file @dentry in @dir: @mode has the
 * type, @dev the device number. Only root makes devices (-EPERM),
 * asked once the directory has allowed the name (may_create). */
int vfs_mknod(struct inode *dir, struct dentry *dentry, int mode, int dev)
{
	int err = may_create(dir, dentry);

	if (err)
		return err;
	if ((S_ISCHR(mode) || S_ISBLK(mode)) && !suser())
		return -EPERM;
	if (!dir->i_op->mknod)
		return -EPERM;
	return dir->i_op->mknod(dir, dentry, mode, dev);
}

/* vfs_mkdir - a directory @dentry in @dir */
int vfs_mkdir(struct inode *dir, struct dentry *dentry, int mode)
{
	int err = may_create(dir, dentry);

	if (err)
		return err;
	if (!dir->i_op->mkdir)
		return -EPERM;
	return dir->i_op->mkdir(dir, dentry, mode & (S_IRWXUGO | S_ISVTX));
}

/* acc_mode - the permission an open with namei @flag needs */
static int acc_mode(int flag)
{
	int mask = 0;

	if (flag & FMODE_READ)
		mask |= MAY_READ;
	if (flag & FMODE_WRITE)
		mask |= MAY_WRITE;
	if (flag & O_TRUNC)
		mask |= MAY_WRITE;
	return mask;
}

/*
 * open_create_last - the last component of an O_CREAT open, from its
 * directory nd->dentry: made if missing, followed if a symlink (again
 * from its body's directory), refused if O_EXCL. Returns 0 with @nd at
 * the file (*@created set if it is new), or an -errno (-EISDIR for a
 * directory), @nd released.
 */
static int open_create_last(struct nameidata *nd, int flag, int mode,
			    int *created)
{
	struct dentry *dir, *dentry;
	int err;

	for (;;) {
		err = -EISDIR;
		if (nd->last_type != LAST_NORM || nd->last.name[nd->last.len])
			goto out;
		dir = nd->dentry;
		dentry = lookup_hash(&nd->last, dir);
		err = PTR_ERR(dentry);
		if (IS_ERR(dentry))
			goto out;
		if (!dentry->d_inode) {
			err = vfs_create(dir->d_inode, dentry,
					 mode & ~current->fs->umask);
			*created = !err;
			break;
		}
		err = -EEXIST;
		if (flag & O_EXCL)
			break;
		follow_mount(&nd->mnt, &dentry);
		err = S_ISDIR(dentry->d_inode->i_mode) ? -EISDIR : 0;
		if (!S_ISLNK(dentry->d_inode->i_mode))
			break;
		err = -ELOOP;
		if (flag & O_NOFOLLOW)
			break;
		err = do_follow_link(dentry, nd);
		if (!err && !nd->link)
			return 0;	/* the file system moved nd there */
		if (!err)
			err = link_path_walk(take_link(nd, ""), nd);
		if (err)
			return err;
	}
	if (!err) {
		walk_to(nd, dentry, mntget(nd->mnt));
		return 0;
	}
	dput(dentry);
out:
	path_release(nd);
	return err;
}

/*
 * open_namei - the walk behind open(2): @flag is open's flags with the
 * access mode as FMODE bits (filp_open), @mode the new file's
 * permissions. Finds or
 * (O_CREAT) makes the file, checks what the open asks of it and
 * truncates it for O_TRUNC. 0 with @nd at the file, or an -errno.
 */
int open_namei(const char *pathname, int flag, int mode,
	       struct nameidata *nd)
{
	struct inode *inode;
	int err, created = 0;

	if (!(flag & O_CREAT)) {
		path_init(pathname, (flag & O_NOFOLLOW ? 0 : LOOKUP_FOLLOW) |
			  (flag & O_DIRECTORY ? LOOKUP_DIRECTORY : 0), nd);
		err = path_walk(pathname, nd);
	} else {
		path_init(pathname, LOOKUP_PARENT, nd);
		err = path_walk(pathname, nd);
		if (!err)
			err = open_create_last(nd, flag, mode, &created);
	}
	if (err)
		return err;
	inode = nd->dentry->d_inode;
	err = -ELOOP;
	if (S_ISLNK(inode->i_mode))
		goto out;	/* O_NOFOLLOW */
	err = -EISDIR;
	if (S_ISDIR(inode->i_mode) && (flag & FMODE_WRITE))
		goto out;
	err = created ? 0 : permission(inode, acc_mode(flag));
	if (!err && !created && (flag & O_TRUNC) && S_ISREG(inode->i_mode))
		err = do_truncate(nd->dentry, 0);
	if (!err)
		return 0;
out:
	path_release(nd);
	return err;
}

/*
 * lookup_create - for the calls that make a name: the negative dentry
 * of nd's last component. An ERR pointer: -EEXIST (also for "." and
 * ".."), -ENOENT for "name/" unless a directory is made.
 */
struct dentry *lookup_create(struct nameidata *nd, int is_dir)
{
	struct dentry *dentry;

	if (nd->last_type != LAST_NORM)
		return ERR_PTR(-EEXIST);
	dentry = lookup_hash(&nd->last, nd->dentry);
	if (IS_ERR(dentry))
		return dentry;
	if (dentry->d_inode) {
		dput(dentry);
		return ERR_PTR(-EEXIST);
	}
	if (!is_dir && nd->last.name[nd->last.len]) {
		dput(dentry);
		return ERR_PTR(-ENOENT);
	}
	return dentry;
}

/* user_walk_parent - walk user path @pathname to its last component's
 * directory, into @nd; the kernel copy of the path, or an ERR pointer
 * (@nd held only on success) */
static char *user_walk_parent(const char *pathname, struct nameidata *nd)
{
	char *name = getname(pathname);
	int err;

	if (IS_ERR(name))
		return name;
	path_init(name, LOOKUP_PARENT, nd);
	err = path_walk(name, nd);
	if (!err)
		return name;
	putname(name);
	return ERR_PTR(err);
}

/* mknod_type_ok - may mknod make a node of type @mode? 0, -EPERM (a
 * directory) or -EINVAL. Whether the caller may make a device is asked
 * later, by vfs_mknod, as on Linux. */
static int mknod_type_ok(int mode)
{
	switch (mode & S_IFMT) {
	case S_IFREG: case S_IFIFO: case S_IFSOCK:
	case S_IFCHR: case S_IFBLK:
		return 0;
	case S_IFDIR:
		return -EPERM;
	}
	return -EINVAL;
}

/*
 * sys_mknod - a node at @filename: a regular file (type 0 too), a
 * fifo, a socket, or (root only) a device numbered @dev. 0, -EPERM,
 * -EINVAL, -EEXIST, or what the walk and the file system say.
 */
asmlinkage long sys_mknod(const char *filename, int mode, unsigned dev)
{
	struct nameidata nd;
	struct dentry *dentry;
	char *name;
	int err;

	if (!(mode & S_IFMT))
		mode |= S_IFREG;
	err = mknod_type_ok(mode);
	if (err)
		return err;
	name = user_walk_parent(filename, &nd);
	if (IS_ERR(name))
		return PTR_ERR(name);
	dentry = lookup_create(&nd, 0);
	err = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		mode &= S_IFMT | (S_IALLUGO & ~current->fs->umask);
		err = S_ISREG(mode) ? vfs_create(nd.dentry->d_inode, dentry,
						 mode) :
			vfs_mknod(nd.dentry->d_inode, dentry, mode, dev);
		dput(dentry);
	}
	path_release(&nd);
	putname(name);
	return err;
}

/* sys_mkdir - a directory at @pathname with permissions @mode, less
 * the umask. 0, -EEXIST, or what the walk and the file system say. */
asmlinkage long sys_mkdir(const char *pathname, int mode)
{
	struct nameidata nd;
	struct dentry *dentry;
	char *name = user_walk_parent(pathname, &nd);
	int err;

	if (IS_ERR(name))
		return PTR_ERR(name);
	dentry = lookup_create(&nd, 1);
	err = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		err = vfs_mkdir(nd.dentry->d_inode, dentry,
				mode & ~current->fs->umask);
		dput(dentry);
	}
	path_release(&nd);
	putname(name);
	return err;
}

/* vfs_remove - what vfs_rmdir (@isdir) and vfs_unlink share: the
 * checks, then @dir's own @remove, then the name leaves the dcache */
static int vfs_remove(struct inode *dir, struct dentry *dentry, int isdir,
		      int (*remove)(struct inode *, struct dentry *))
{
	int err = may_delete(dir, dentry, isdir);

	if (err)
		return err;
	if (!remove)
		return -EPERM;
	if (dentry->d_mounted)
		return -EBUSY;
	err = remove(dir, dentry);
	if (!err)
		d_delete(dentry);
	return err;
}

/* vfs_rmdir - remove the empty directory @dentry from @dir */
int vfs_rmdir(struct inode *dir, struct dentry *dentry)
{
	return vfs_remove(dir, dentry, 1, dir->i_op->rmdir);
}

/* vfs_unlink - remove the name @dentry (not a directory) from @dir */
int vfs_unlink(struct inode *dir, struct dentry *dentry)
{
	return vfs_remove(dir, dentry, 0, dir->i_op->unlink);
}

/* remove_last_error - why rmdir (@isdir) or unlink cannot take nd's
 * last component: "." is -EINVAL, ".." -ENOTEMPTY, "/" -EBUSY for
 * rmdir; all three -EISDIR for unlink. 0 for a name. */
static int remove_last_error(struct nameidata *nd, int isdir)
{
	switch (nd->last_type) {
	case LAST_NORM:
		return 0;
	case LAST_DOT:
		return isdir ? -EINVAL : -EISDIR;
	case LAST_DOTDOT:
		return isdir ? -ENOTEMPTY : -EISDIR;
	}
	return isdir ? -EBUSY : -EISDIR;
}

/*
 * do_remove - rmdir(2) (@isdir) or unlink(2) of user path @pathname.
 * unlink of "name/" is -ENOTDIR for a file, -EISDIR for a directory.
 */
static long do_remove(const char *pathname, int isdir)
{
	struct nameidata nd;
	struct dentry *dentry;
	char *name = user_walk_parent(pathname, &nd);
	int err;

	if (IS_ERR(name))
		return PTR_ERR(name);
	err = remove_last_error(&nd, isdir);
	dentry = err ? NULL : lookup_hash(&nd.last, nd.dentry);
	if (IS_ERR(dentry))
		err = PTR_ERR(dentry);
	else if (dentry && isdir)
		err = vfs_rmdir(nd.dentry->d_inode, dentry);
	else if (dentry && nd.last.name[nd.last.len] && dentry->d_inode)
		err = S_ISDIR(dentry->d_inode->i_mode) ? -EISDIR : -ENOTDIR;
	else if (dentry)
		err = vfs_unlink(nd.dentry->d_inode, dentry);
	if (!IS_ERR(dentry))
		dput(dentry);
	path_release(&nd);
	putname(name);
	return err;
}

asmlinkage long sys_rmdir(const char *pathname)
{
	return do_remove(pathname, 1);
}

asmlinkage long sys_unlink(const char *pathname)
{
	return do_remove(pathname, 0);
}

/* vfs_symlink - a symlink @dentry in @dir whose body is @oldname */
int vfs_symlink(struct inode *dir, struct dentry *dentry,
		const char *oldname)
{
	int err = may_create(dir, dentry);

	if (err)
		return err;
	if (!dir->i_op->symlink)
		return -EPERM;
	return dir->i_op->symlink(dir, dentry, oldname);
}

/* sys_symlink - a symlink at @newname saying @oldname (any text, even
 * a path that does not exist; not empty) */
asmlinkage long sys_symlink(const char *oldname, const char *newname)
{
	struct nameidata nd;
	struct dentry *dentry;
	char *from = getname(oldname), *to;
	int err = PTR_ERR(from);

	if (IS_ERR(from))
		return err;
	to = user_walk_parent(newname, &nd);
	err = PTR_ERR(to);
	if (!IS_ERR(to)) {
		dentry = lookup_create(&nd, 0);
		err = PTR_ERR(dentry);
		if (!IS_ERR(dentry)) {
			err = vfs_symlink(nd.dentry->d_inode, dentry, from);
			dput(dentry);
		}
		path_release(&nd);
		putname(to);
	}
	putname(from);
	return err;
}

/* vfs_link - @new_dentry in @dir names @old_dentry's file too; a
 * directory cannot be linked (-EPERM) */
int vfs_link(struct dentry *old_dentry, struct inode *dir,
	     struct dentry *new_dentry)
{
	struct inode *inode = old_dentry->d_inode;
	int err = may_create(dir, new_dentry);

	if (err)
		return err;
	if (S_ISDIR(inode->i_mode) || !dir->i_op->link)
		return -EPERM;
	return dir->i_op->link(old_dentry, dir, new_dentry);
}

/* sys_link - @newname becomes a second name of @oldname's file (a
 * symlink itself, not followed); both on one mount, or -EXDEV */
asmlinkage long sys_link(const char *oldname, const char *newname)
{
	struct nameidata old_nd, nd;
	struct dentry *new_dentry;
	char *to;
	int err = __user_walk(oldname, 0, &old_nd);

	if (err)
		return err;
	to = user_walk_parent(newname, &nd);
	err = PTR_ERR(to);
	if (IS_ERR(to))
		goto out_release;
	new_dentry = lookup_create(&nd, 0);
	err = PTR_ERR(new_dentry);
	if (!IS_ERR(new_dentry)) {
		err = old_nd.mnt != nd.mnt ? -EXDEV :
			vfs_link(old_nd.dentry, nd.dentry->d_inode, new_dentry);
		dput(new_dentry);
	}
	path_release(&nd);
	putname(to);
out_release:
	path_release(&old_nd);
	return err;
}

/* rename_may - may @old_dentry in @old_dir move to @new_dentry in
 * @new_dir (the checks of book 12.6's rename)? 0 or an -errno */
static int rename_may(struct inode *old_dir, struct dentry *old_dentry,
		      struct inode *new_dir, struct dentry *new_dentry)
{
	int is_dir = S_ISDIR(old_dentry->d_inode->i_mode);
	int err = may_delete(old_dir, old_dentry, is_dir);

	if (err)
		return err;
	err = new_dentry->d_inode ? may_delete(new_dir, new_dentry, is_dir) :
		may_create(new_dir, new_dentry);
	if (err)
		return err;
	if (!old_dir->i_op->rename)
		return -EPERM;
	if (is_dir && new_dir != old_dir)
		err = permission(old_dentry->d_inode, MAY_WRITE); /* ".." */
	if (!err && (old_dentry->d_mounted || new_dentry->d_mounted))
		err = -EBUSY;
	return err;
}

/*
 * vfs_rename - @old_dentry of @old_dir takes the place of @new_dentry
 * of @new_dir, which is replaced if it exists. Two names of one file:
 * nothing happens. A directory cannot go below itself (-EINVAL).
 */
int vfs_rename(struct inode *old_dir, struct dentry *old_dentry,
	       struct inode *new_dir, struct dentry *new_dentry)
{
	int err;

	if (!old_dentry->d_inode)
		return -ENOENT;
	if (old_dentry->d_inode == new_dentry->d_inode)
		return 0;
	err = rename_may(old_dir, old_dentry, new_dir, new_dentry);
	if (err)
		return err;
	if (is_subdir(new_dentry, old_dentry))
		return -EINVAL;
	err = old_dir->i_op->rename(old_dir, old_dentry, new_dir, new_dentry);
	if (!err)
		d_move(old_dentry, new_dentry);
	return err;
}

/* rename_names - the two dentries of a rename, from the walked
 * directories: *@old and *@new_d with references, or an -errno */
static int rename_names(struct nameidata *old_nd, struct nameidata *new_nd,
			struct dentry **old, struct dentry **new_d)
{
	if (old_nd->last_type != LAST_NORM || new_nd->last_type != LAST_NORM)
		return -EBUSY;
	if (old_nd->mnt != new_nd->mnt)
		return -EXDEV;
	*old = lookup_hash(&old_nd->last, old_nd->dentry);
	if (IS_ERR(*old))
		return PTR_ERR(*old);
	*new_d = lookup_hash(&new_nd->last, new_nd->dentry);
	if (!IS_ERR(*new_d))
		return 0;
	dput(*old);
	return PTR_ERR(*new_d);
}

/* slashes_ok - a trailing slash on either name is for directories */
static int slashes_ok(struct nameidata *old_nd, struct nameidata *new_nd,
		      struct dentry *old)
{
	if (!old->d_inode || S_ISDIR(old->d_inode->i_mode))
		return 1;
	return !old_nd->last.name[old_nd->last.len] &&
	       !new_nd->last.name[new_nd->last.len];
}

/* do_rename - rename(2) between the walked @old_nd and @new_nd */
static int do_rename(struct nameidata *old_nd, struct nameidata *new_nd)
{
	struct dentry *old, *new_dentry;
	int err = rename_names(old_nd, new_nd, &old, &new_dentry);

	if (err)
		return err;
	err = -ENOENT;
	if (old->d_inode)
		err = slashes_ok(old_nd, new_nd, old) ? 0 : -ENOTDIR;
	if (!err && new_dentry->d_inode &&
	    is_subdir(old_nd->dentry, new_dentry))
		err = -ENOTEMPTY;	/* the target holds the source */
	if (!err)
		err = vfs_rename(old_nd->dentry->d_inode, old,
				 new_nd->dentry->d_inode, new_dentry);
	dput(new_dentry);
	dput(old);
	return err;
}

asmlinkage long sys_rename(const char *oldname, const char *newname)
{
	struct nameidata old_nd, new_nd;
	char *from = user_walk_parent(oldname, &old_nd), *to;
	int err = PTR_ERR(from);

	if (IS_ERR(from))
		return err;
	to = user_walk_parent(newname, &new_nd);
	err = PTR_ERR(to);
	if (!IS_ERR(to)) {
		err = do_rename(&old_nd, &new_nd);
		path_release(&new_nd);
		putname(to);
	}
	path_release(&old_nd);
	putname(from);
	return err;
}

/* vfs_readlink - copy up to @buflen bytes of symlink body @link to user
 * @buffer, without a '\0'. Returns the bytes copied or -EFAULT. */
int vfs_readlink(struct dentry *dentry, char *buffer, int buflen,
		 const char *link)
{
	int len = strlen(link);

	if (len > buflen)
		len = buflen;
	return copy_to_user(buffer, link, len) ? -EFAULT : len;
}

/* sys_readlink - the body of symlink @path; -EINVAL if it is not one
 * or @bufsiz is not positive */
asmlinkage long sys_readlink(const char *path, char *buf, int bufsiz)
{
	struct nameidata nd;
	struct inode *inode;
	int err;

	if (bufsiz <= 0)
		return -EINVAL;
	err = user_path_walk_link(path, &nd);
	if (err)
		return err;
	inode = nd.dentry->d_inode;
	err = -EINVAL;
	if (inode->i_op && inode->i_op->readlink)
		err = inode->i_op->readlink(nd.dentry, buf, bufsiz);
	path_release(&nd);
	return err;
}
