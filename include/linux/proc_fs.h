/*
 * include/linux/proc_fs.h - /proc: a tree of proc_dir_entry for the
 * kernel-wide files (meminfo, interrupts, ...), each read through its
 * read_proc, and a directory per process made up as it is looked up
 * (fs/proc/base.c); /proc/sys is kernel/sysctl.c's. 2.4's write_proc and
 * /proc/net are left out.
 */
#ifndef _LINUX_PROC_FS_H
#define _LINUX_PROC_FS_H

#include <linux/types.h>
#include <linux/fs.h>

#define PROC_SUPER_MAGIC	0x9fa0
#define PROC_ROOT_INO		1

/*
 * read_proc_t - fill @page with the file's text; return its length.
 * Like most of 2.4's, lk24's ignore @off and @count and make the whole
 * text each time: proc_calc_metrics then cuts out what was asked for.
 */
typedef int (read_proc_t)(char *page, char **start, off_t off, int count,
			  int *eof, void *data);

struct proc_dir_entry {
	unsigned short low_ino;
	unsigned short namelen;
	const char *name;
	mode_t mode;
	unsigned int nlink;
	struct inode_operations *proc_iops;
	struct file_operations *proc_fops;
	struct proc_dir_entry *next, *parent, *subdir;
	read_proc_t *read_proc;
	void *data;
};

extern struct proc_dir_entry proc_root;

/* fs/proc/root.c, generic.c, inode.c */
void proc_root_init(void);
struct proc_dir_entry *create_proc_entry(const char *name, mode_t mode,
					 struct proc_dir_entry *parent);
struct proc_dir_entry *proc_mkdir(const char *name,
				  struct proc_dir_entry *parent);
struct dentry *proc_lookup(struct inode *dir, struct dentry *dentry);
int proc_readdir(struct file *filp, void *dirent, filldir_t filldir);
struct inode *proc_get_inode(struct super_block *sb, int ino,
			     struct proc_dir_entry *de);
struct super_block *proc_read_super(struct super_block *s, void *data,
				    int silent);
int proc_calc_metrics(char *page, char **start, off_t off, int count,
		      int *eof, int len);

/* fs/proc/base.c: the directories of processes */
struct dentry *proc_pid_lookup(struct inode *dir, struct dentry *dentry);
int proc_pid_readdir(struct file *filp, void *dirent, filldir_t filldir);

/* fs/proc/array.c: what they show */
int proc_pid_stat(struct task_struct *task, char *buffer);
int proc_pid_status(struct task_struct *task, char *buffer);
int proc_pid_statm(struct task_struct *task, char *buffer);
int proc_pid_maps(struct task_struct *task, char *buffer);

/* fs/proc/proc_misc.c */
void proc_misc_init(void);

/* create_proc_read_entry - a file @name in @base shown by @read_proc */
static inline struct proc_dir_entry *
create_proc_read_entry(const char *name, mode_t mode,
		       struct proc_dir_entry *base, read_proc_t *read_proc,
		       void *data)
{
	struct proc_dir_entry *res = create_proc_entry(name, mode, base);

	if (res) {
		res->read_proc = read_proc;
		res->data = data;
	}
	return res;
}

#endif
