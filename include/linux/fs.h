/*
 * include/linux/fs.h - files as the system calls see them: an inode for
 * each file (a pipe's has its buffers in i_pipe), a struct file for each
 * open, a table of open files per task with its close-on-exec bits.
 * Linux 2.4's dentries, superblocks and mounts are left out: one root
 * file system (ramfs, filled from the initrd).
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/linkage.h>
#include <linux/stat.h>
#include <asm/atomic.h>
#include <asm/fcntl.h>

#define NR_OPEN_DEFAULT	32	/* descriptors in files_struct itself */
#define NR_OPEN		(1024 * 1024)	/* RLIMIT_NOFILE's ceiling */
#define INR_OPEN_CUR	1024	/* RLIMIT_NOFILE's start, as on Linux */
#define INR_OPEN_MAX	4096
#define FDTABLE_MAX	4096	/* lk24's table stops here, whatever the limit */
#define PATH_MAX	4096

struct file;
struct inode;
struct task_struct;
struct pipe_inode_info;

/* filldir_t - readdir's callback: one entry @name (@namlen bytes) at
 * position @offset; a negative return stops the listing */
typedef int (*filldir_t)(void *buf, const char *name, int namlen,
			 loff_t offset, ino_t ino, unsigned int d_type);

/* the d_type of a directory entry */
#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_REG		8
#define DT_LNK		10

struct file_operations {
	int (*open)(struct inode *, struct file *);	/* after filp_open */
	loff_t (*llseek)(struct file *, loff_t, int);
	ssize_t (*read)(struct file *, char *, size_t, loff_t *);
	ssize_t (*write)(struct file *, const char *, size_t, loff_t *);
	int (*ioctl)(struct inode *, struct file *, unsigned int,
		     unsigned long);
	int (*readdir)(struct file *, void *, filldir_t);	/* directories */
	int (*release)(struct inode *, struct file *);	/* last fput */
};

struct inode {
	unsigned long i_ino;
	umode_t i_mode;
	unsigned int i_nlink;
	uid_t i_uid;
	gid_t i_gid;
	unsigned short i_rdev;		/* major << 8 | minor, devices */
	loff_t i_size;
	time_t i_mtime;
	const char *i_name;		/* ramfs: the path from / */
	const char *i_data;		/* ramfs: the contents */
	struct file_operations *i_fop;
	struct inode *i_next;		/* ramfs: all inodes */
	struct pipe_inode_info *i_pipe;	/* a pipe's buffers and waiters */
};

struct file {
	struct file_operations *f_op;
	struct inode *f_inode;
	loff_t f_pos;
	unsigned int f_flags;
	atomic_t f_count;
};

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

/* fs/file_table.c, fs/open.c */
struct file *fget(unsigned int fd);
struct file *get_empty_filp(void);
void fput(struct file *file);
struct file *filp_open(const char *name, int flags);
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
asmlinkage long sys_close(unsigned int fd);

/* fs/devices.c */
int register_chrdev(unsigned int major, const char *name,
		    struct file_operations *fops);
void init_special_inode(struct inode *inode, umode_t mode, int rdev);

/* fs/pipe.c */
int do_pipe(int *fd);

/* init/initramfs.c: the initrd's files into the root */
void populate_rootfs(void);

/* fs/ramfs/inode.c */
struct inode *ramfs_lookup(const char *path);
int ramfs_path_error(const char *path);
struct inode *ramfs_add(const char *path, umode_t mode, int rdev,
			const char *data, loff_t size);

/* drivers/char/tty_io.c */
extern struct file_operations tty_fops;

#endif
