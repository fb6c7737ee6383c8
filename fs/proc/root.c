/*
 * fs/proc/root.c - the root of /proc: the kernel-wide entries of
 * proc_root, then one directory per process. proc_root_init registers
 * the "proc" file system and makes the entries; init mounts it.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/sysctl.h>
#include <asm/errno.h>

static struct file_system_type proc_fs_type = {
	.name = "proc", .read_super = proc_read_super,
};

/* proc_root_lookup - a kernel-wide entry, else a process or "self" */
static struct dentry *proc_root_lookup(struct inode *dir,
				       struct dentry *dentry)
{
	struct dentry *res = proc_lookup(dir, dentry);

	if (!IS_ERR(res) || PTR_ERR(res) != -ENOENT)
		return res;
	return proc_pid_lookup(dir, dentry);
}

/* proc_root_readdir - the entries, then the processes */
static int proc_root_readdir(struct file *filp, void *dirent,
			     filldir_t filldir)
{
	proc_readdir(filp, dirent, filldir);
	return proc_pid_readdir(filp, dirent, filldir);
}

static struct file_operations proc_root_operations = {
	.read	= generic_read_dir,
	.readdir = proc_root_readdir,
};

static struct inode_operations proc_root_inode_operations = {
	.lookup	= proc_root_lookup,
};

struct proc_dir_entry proc_root = {
	.low_ino = PROC_ROOT_INO, .namelen = 5, .name = "/proc",
	.mode = S_IFDIR | S_IRUGO | S_IXUGO, .nlink = 2,
	.proc_iops = &proc_root_inode_operations,
	.proc_fops = &proc_root_operations,
	.parent = &proc_root,
};

/* proc_root_init - register "proc" and make its kernel-wide entries;
 * from start_kernel, after the VFS */
void __init proc_root_init(void)
{
	if (register_filesystem(&proc_fs_type))
		return;
	proc_misc_init();
	sysctl_init();
}
