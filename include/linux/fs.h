/*
 * include/linux/fs.h - the virtual file system (book chapter 12): an
 * inode for each file, a dentry (linux/dcache.h) for each name, a struct
 * file for each open, a super_block for each mounted file system, and
 * the operations each kind of object has. Quotas, locks, the page and
 * buffer caches and 2.4's block devices are left out.
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/linkage.h>
#include <linux/list.h>
#include <linux/stat.h>
#include <linux/dcache.h>
#include <linux/kdev_t.h>
#include <asm/atomic.h>
#include <asm/fcntl.h>

#define NR_OPEN_DEFAULT	32	/* descriptors in files_struct itself */
#define NR_OPEN		(1024 * 1024)	/* RLIMIT_NOFILE's ceiling */
#define INR_OPEN_CUR	1024	/* RLIMIT_NOFILE's start, as on Linux */
#define INR_OPEN_MAX	4096
#define FDTABLE_MAX	4096	/* lk24 stops here, whatever the limit */
#define PATH_MAX	4096	/* bytes in a path, with its '\0' */
#define NAME_MAX	255	/* bytes in one component */
#define MAXSYMLINKS	40	/* symlinks one lookup may follow */

struct file;
struct inode;
struct task_struct;
struct pipe_inode_info;
struct vfsmount;
struct nameidata;
struct statfs;
struct poll_table_struct;

/* filldir_t - readdir's callback: one entry @name (@namlen bytes) at
 * position @offset; a negative return stops the listing */
typedef int (*filldir_t)(void *buf, const char *name, int namlen,
			 loff_t offset, ino_t ino, unsigned int d_type);

/* the d_type of a directory entry: the S_IFMT bits, shifted */
#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12

/* f_mode: may the file be read, written */
#define FMODE_READ	1
#define FMODE_WRITE	2

/* permission()'s mask */
#define MAY_EXEC	1
#define MAY_WRITE	2
#define MAY_READ	4

struct file_operations {
	int (*open)(struct inode *, struct file *);	/* after filp_open */
	loff_t (*llseek)(struct file *, loff_t, int);
	ssize_t (*read)(struct file *, char *, size_t, loff_t *);
	ssize_t (*write)(struct file *, const char *, size_t, loff_t *);
	int (*readdir)(struct file *, void *, filldir_t);	/* of a dir */
	unsigned int (*poll)(struct file *, struct poll_table_struct *);
	int (*ioctl)(struct inode *, struct file *, unsigned int,
		     unsigned long);
	int (*release)(struct inode *, struct file *);	/* last fput */
	int (*fsync)(struct file *, struct dentry *, int datasync);
};

/* What notify_change is asked to set (ia_valid says which) */
#define ATTR_MODE	1
#define ATTR_UID	2
#define ATTR_GID	4
#define ATTR_SIZE	8
#define ATTR_ATIME	16
#define ATTR_MTIME	32
#define ATTR_CTIME	64

struct iattr {
	unsigned int ia_valid;
	umode_t ia_mode;
	uid_t ia_uid;
	gid_t ia_gid;
	loff_t ia_size;
	time_t ia_atime, ia_mtime, ia_ctime;
};

/*
 * The directory operations a file system gives; a missing one is
 * -EPERM from the vfs_* function that wanted it (a directory without
 * lookup is no directory). On success, create/mkdir/mknod/symlink
 * instantiate the negative @dentry they are given.
 */
struct inode_operations {
	int (*create)(struct inode *, struct dentry *, int);
	struct dentry *(*lookup)(struct inode *, struct dentry *);
	int (*link)(struct dentry *, struct inode *, struct dentry *);
	int (*unlink)(struct inode *, struct dentry *);
	int (*symlink)(struct inode *, struct dentry *, const char *);
	int (*mkdir)(struct inode *, struct dentry *, int);
	int (*rmdir)(struct inode *, struct dentry *);
	int (*mknod)(struct inode *, struct dentry *, int, int);
	int (*rename)(struct inode *, struct dentry *, struct inode *,
		      struct dentry *);
	int (*readlink)(struct dentry *, char *, int);
	int (*follow_link)(struct dentry *, struct nameidata *);
	void (*truncate)(struct inode *);	/* to i_size */
	int (*permission)(struct inode *, int);	/* NULL: vfs_permission */
};

/* ramfs's pages of file data: page[i] holds bytes from i * PAGE_SIZE */
struct ramfs_inode_info {
	unsigned long max;		/* room in page[] */
	char **page;			/* NULL entries read as zeroes */
};

/* /proc's: the task (by pid) and what the file shows of it */
struct proc_inode_info {
	pid_t pid;
	int type;
	int fd;
};

struct inode {
	unsigned long i_ino;
	atomic_t i_count;
	umode_t i_mode;
	unsigned int i_nlink;
	uid_t i_uid;
	gid_t i_gid;
	kdev_t i_rdev;			/* major << 8 | minor, devices */
	loff_t i_size;
	unsigned long i_blocks;		/* 512-byte blocks of data held */
	time_t i_atime, i_mtime, i_ctime;
	struct inode_operations *i_op;
	struct file_operations *i_fop;	/* what open gives files */
	struct super_block *i_sb;
	struct pipe_inode_info *i_pipe;	/* a pipe's buffers and waiters */
	union {
		struct ramfs_inode_info ramfs_i;
		struct proc_inode_info proc_i;
		void *generic_ip;
	} u;
};

/* Who a file's SIGIO would go to (fcntl F_SETOWN, F_SETSIG). lk24 keeps
 * them for F_GETOWN and F_GETSIG but sends no SIGIO. */
struct fown_struct {
	int pid;			/* a process, or -(a process group) */
	int signum;			/* 0: SIGIO */
};

struct file {
	struct dentry *f_dentry;
	struct vfsmount *f_vfsmnt;
	struct file_operations *f_op;
	loff_t f_pos;
	unsigned int f_flags;		/* open's, less O_CREAT and such */
	mode_t f_mode;			/* FMODE_READ, FMODE_WRITE */
	atomic_t f_count;
	void *private_data;		/* the driver's */
	struct fown_struct f_owner;
};

struct super_operations {
	void (*put_super)(struct super_block *);	/* at umount */
	void (*delete_inode)(struct inode *);	/* last iput, no links */
	int (*statfs)(struct super_block *, struct statfs *);
};

struct super_block {
	struct list_head s_list;	/* super_blocks */
	kdev_t s_dev;
	unsigned long s_blocksize;
	unsigned long s_magic;
	loff_t s_maxbytes;		/* the largest file it holds */
	struct file_system_type *s_type;
	struct super_operations *s_op;
	struct dentry *s_root;
	unsigned long s_flags;
	void *s_fs_info;		/* the file system's */
};

struct file_system_type {
	const char *name;
	int fs_flags;			/* FS_REQUIRES_DEV: none here */
	struct super_block *(*read_super)(struct super_block *, void *, int);
	struct file_system_type *next;
};

#define FS_NOMOUNT	1	/* only the kernel mounts it (pipefs) */

/* What a path lookup carries and leaves: where it is, and for
 * LOOKUP_PARENT the last component it did not look up. The followed
 * links' dentries stay held until path_release. */
struct nameidata {
	struct dentry *dentry;
	struct vfsmount *mnt;
	struct qstr last;
	unsigned int flags;
	int last_type;
	int depth;			/* link bodies being walked */
	int total_links;		/* links followed in all */
	const char *link;		/* a body vfs_follow_link asks for */
	const char *saved_names[MAXSYMLINKS];	/* what followed a link */
	struct dentry *saved_links[MAXSYMLINKS];
};

/* nameidata flags */
/* The most one read, write, readv, writev or sendfile moves: a larger
 * count is cut to this (INT_MAX, page aligned), as later Linux does */
#define MAX_RW_COUNT	(INT_MAX & PAGE_MASK)

/* The largest file size, a 32-bit page index's worth (later Linux's) */
#define MAX_LFS_FILESIZE	(((loff_t)~0UL) << PAGE_SHIFT)

/* lseek's origins; SEEK_DATA and SEEK_HOLE are later Linux's, and no
 * lk24 file system has them (-EINVAL) */
#define SEEK_SET	0	/* from the start */
#define SEEK_CUR	1	/* from the position */
#define SEEK_END	2	/* from the end */
#define SEEK_DATA	3	/* the next data at or after it */
#define SEEK_HOLE	4	/* the next hole at or after it */
#define SEEK_MAX	SEEK_HOLE

/* umount2's flags: lk24 knows them all and honours none */
#define MNT_FORCE		1	/* even if busy */
#define MNT_DETACH		2	/* lazily: off now, freed when idle */
#define MNT_EXPIRE		4	/* mark, and take off when marked twice */
#define UMOUNT_NOFOLLOW		8	/* no symlink followed at the end */

#define LOOKUP_FOLLOW		1	/* follow a final symlink */
#define LOOKUP_DIRECTORY	2	/* the result must be a directory */
#define LOOKUP_PARENT		16	/* stop before the last component */

/* last_type: what the last component was */
#define LAST_NORM	0
#define LAST_ROOT	1
#define LAST_DOT	2
#define LAST_DOTDOT	3

/*
 * A task's descriptors: fd[n] is the file of descriptor n. fd starts as
 * fd_array and is replaced by a bigger array (expand_files) when a
 * descriptor past max_fds is asked for. A descriptor is taken once its
 * open_fds bit is set, before the file is installed.
 */
struct files_struct {
	atomic_t count;
	int max_fds;			/* room in fd[] */
	int next_fd;			/* no free descriptor below this */
	struct file **fd;
	unsigned long open_fds[FDTABLE_MAX / 32];
	unsigned long close_on_exec[FDTABLE_MAX / 32];	/* FD_CLOEXEC */
	struct file *fd_array[NR_OPEN_DEFAULT];
};

#define INIT_FILES							\
{									\
	.count = ATOMIC_INIT(1),					\
	.max_fds = NR_OPEN_DEFAULT,					\
	.fd = &init_files.fd_array[0],					\
}

/* A pointer or, in the last page of the address space, -errno */
#define IS_ERR(p)	((unsigned long)(p) >= (unsigned long)-4095)
#define PTR_ERR(p)	((long)(p))
#define ERR_PTR(err)	((void *)(long)(err))

/* fs/file_table.c, fs/open.c */
struct file *fget(unsigned int fd);
#define MAX_NON_LFS	((1UL << 31) - 1)	/* without O_LARGEFILE */

struct file *get_empty_filp(void);
void files_init(unsigned long mempages);
int precheck_file_write(struct file *file, struct inode *inode,
			size_t *count, loff_t *pos);	/* mm/filemap.c */

/* The open-file table's counts (/proc/sys/fs/file-nr, file-max) */
struct files_stat_struct {
	int nr_files;		/* files allocated now */
	int nr_free_files;	/* always 0: no free list is kept */
	int max_files;		/* beyond it, only root gets a file */
};
extern struct files_stat_struct files_stat;
void fput(struct file *file);
void put_filp(struct file *file);
struct file *filp_open(const char *name, int flags, int mode);
int get_unused_fd(void);
int alloc_fd(unsigned int start);
int take_fd(struct files_struct *files, unsigned int fd);
void put_unused_fd(unsigned int fd);
void fd_install(unsigned int fd, struct file *file);
int expand_files(struct files_struct *files, int nr);	/* fs/file.c */
void free_fd_array(struct file **array, int num);
char *getname(const char *filename);
void putname(char *name);
loff_t default_llseek(struct file *file, loff_t offset, int origin);
loff_t no_llseek(struct file *file, loff_t offset, int origin);
asmlinkage long sys_open(const char *filename, int flags, int mode);
asmlinkage long sys_close(unsigned int fd);
asmlinkage ssize_t sys_write(unsigned int fd, const char *buf, size_t count);
asmlinkage long sys_mkdir(const char *pathname, int mode);
asmlinkage long sys_mknod(const char *filename, int mode, unsigned dev);
asmlinkage long sys_symlink(const char *oldname, const char *newname);

/* fs/devices.c */
int register_chrdev(unsigned int major, const char *name,
		    struct file_operations *fops);
void init_special_inode(struct inode *inode, umode_t mode, int rdev);
extern struct file_operations def_fifo_fops;	/* fs/fifo.c */

/* fs/pipe.c */
int do_pipe(int *fd);

/* init/initramfs.c: the initrd's files into the root */
void populate_rootfs(void);

/* fs/inode.c */
struct inode *new_inode(struct super_block *sb);
struct inode *igrab(struct inode *inode);
void iput(struct inode *inode);

/* fs/attr.c */
int notify_change(struct dentry *dentry, struct iattr *attr);

/* fs/namei.c: finding names (path_walk) and making and removing them */
int permission(struct inode *inode, int mask);
int vfs_permission(struct inode *inode, int mask);
int path_init(const char *name, unsigned int flags, struct nameidata *nd);
int path_walk(const char *name, struct nameidata *nd);
int link_path_walk(const char *name, struct nameidata *nd);
void path_release(struct nameidata *nd);
int __user_walk(const char *name, unsigned int flags, struct nameidata *nd);
struct dentry *lookup_hash(struct qstr *name, struct dentry *base);
int follow_down(struct vfsmount **mnt, struct dentry **dentry);
int vfs_follow_link(struct nameidata *nd, const char *link);
int vfs_readlink(struct dentry *dentry, char *buffer, int buflen,
		 const char *link);
int open_namei(const char *pathname, int flag, int mode,
	       struct nameidata *nd);
int vfs_create(struct inode *dir, struct dentry *dentry, int mode);
int vfs_mknod(struct inode *dir, struct dentry *dentry, int mode, int dev);
int vfs_mkdir(struct inode *dir, struct dentry *dentry, int mode);
struct dentry *lookup_create(struct nameidata *nd, int is_dir);
#define user_path_walk(name, nd) \
	__user_walk(name, LOOKUP_FOLLOW, nd)
#define user_path_walk_link(name, nd) \
	__user_walk(name, 0, nd)

/* fs/open.c */
int do_truncate(struct dentry *dentry, loff_t length);
struct file *dentry_open(struct dentry *dentry, struct vfsmount *mnt,
			 int flags);

/* fs/exec.c */
struct file *open_exec(const char *name);

/* fs/super.c: file system types and mounting them */
int register_filesystem(struct file_system_type *fs);
struct file_system_type *get_fs_type(const char *name);
struct vfsmount *kern_mount(struct file_system_type *type);
void kill_super(struct super_block *sb);
struct vfsmount *do_kern_mount(const char *type, int flags, char *name,
			       void *data);
int get_filesystem_list(char *buf);
int get_filesystem_info(char *buf);	/* fs/namespace.c */

/* fs/read_write.c, fs/readdir.c */
ssize_t generic_read_dir(struct file *filp, char *buf, size_t siz,
			 loff_t *ppos);
int dcache_readdir(struct file *filp, void *dirent, filldir_t filldir);

/* fs/ramfs/inode.c */
int init_rootfs(void);

/* drivers/char/tty_io.c, kernel/printk.c (/dev/kmsg) */
extern struct file_operations tty_fops;
extern struct file_operations kmsg_fops;

#endif
