/*
 * fs/proc/base.c - /proc/PID and /proc/self: a directory per process,
 * made up when it is looked up (book 3.2's pid hash finds the task).
 * Files show the task through fs/proc/array.c, cmdline and environ are
 * read from its memory, cwd, root, exe and fd/N are symlinks that jump
 * straight to what they name. 2.4's mem file and task/ are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/mount.h>
#include <linux/proc_fs.h>
#include <asm/errno.h>
#include <asm/uaccess.h>
#include <asm/current.h>

/* The files of a process directory; inode numbers are pid << 16 | type */
enum pid_directory_inos {
	PROC_PID_INO = 2,
	PROC_PID_STATUS,
	PROC_PID_CWD,
	PROC_PID_ROOT,
	PROC_PID_EXE,
	PROC_PID_FD,
	PROC_PID_ENVIRON,
	PROC_PID_CMDLINE,
	PROC_PID_STAT,
	PROC_PID_STATM,
	PROC_PID_MAPS,
	PROC_SELF,
	PROC_PID_FD_DIR = 0x8000,	/* + fd: the links in fd/ */
};

struct pid_entry {
	int type;
	int len;
	const char *name;
	mode_t mode;
};

#define E(type, name, mode) { type, sizeof(name) - 1, name, mode }
static struct pid_entry base_stuff[] = {
	E(PROC_PID_FD,		"fd",		S_IFDIR | S_IRUSR | S_IXUSR),
	E(PROC_PID_ENVIRON,	"environ",	S_IFREG | S_IRUSR),
	E(PROC_PID_STATUS,	"status",	S_IFREG | S_IRUGO),
	E(PROC_PID_CMDLINE,	"cmdline",	S_IFREG | S_IRUGO),
	E(PROC_PID_STAT,	"stat",		S_IFREG | S_IRUGO),
	E(PROC_PID_STATM,	"statm",	S_IFREG | S_IRUGO),
	E(PROC_PID_MAPS,	"maps",		S_IFREG | S_IRUGO),
	E(PROC_PID_CWD,		"cwd",		S_IFLNK | S_IRWXUGO),
	E(PROC_PID_ROOT,	"root",		S_IFLNK | S_IRWXUGO),
	E(PROC_PID_EXE,		"exe",		S_IFLNK | S_IRWXUGO),
	{ 0, 0, NULL, 0 }
};
#undef E

#define proc_task(inode)	find_task_by_pid((inode)->u.proc_i.pid)
#define fake_ino(pid, ino)	(((pid) << 16) | (ino))

static struct inode_operations proc_base_inode_operations;
static struct file_operations proc_base_operations;
static struct inode_operations proc_fd_inode_operations;
static struct file_operations proc_fd_operations;
static struct inode_operations proc_pid_link_inode_operations;
static struct file_operations proc_info_file_operations;

/* may_see - may the current task look into @task's files and memory:
 * its own user, or root (2.4 asks ptrace's question) */
static int may_see(struct task_struct *task)
{
	return current->euid == task->euid || suser();
}

/* proc_pid_make_inode - an inode of file @ino of @task, owned by the
 * task's effective ids; NULL without memory */
static struct inode *proc_pid_make_inode(struct super_block *sb,
					 struct task_struct *task, int ino,
					 mode_t mode)
{
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_ino = fake_ino(task->pid, ino);
	inode->i_mode = mode;
	inode->i_uid = task->euid;
	inode->i_gid = task->egid;
	inode->i_atime = inode->i_mtime = inode->i_ctime = CURRENT_TIME;
	inode->u.proc_i.pid = task->pid;
	inode->u.proc_i.type = ino;
	return inode;
}

/* access_mm_bytes - copy up to @len bytes at @addr of @task's memory to
 * kernel @buf through its page tables; the bytes copied */
static int access_mm_bytes(struct task_struct *task, unsigned long addr,
			   char *buf, int len)
{
	return task->mm ? access_process_vm(task, addr, buf, len, 0) : 0;
}

/* proc_pid_cmdline - the argument strings, NUL-separated, as the
 * program left them */
static int proc_pid_cmdline(struct task_struct *task, char *buffer)
{
	struct mm_struct *mm = task->mm;
	int len;

	if (!mm)
		return 0;
	len = mm->arg_end - mm->arg_start;
	if (len > PAGE_SIZE)
		len = PAGE_SIZE;
	return access_mm_bytes(task, mm->arg_start, buffer, len);
}

/* proc_pid_environ - the environment strings, NUL-separated */
static int proc_pid_environ(struct task_struct *task, char *buffer)
{
	struct mm_struct *mm = task->mm;
	int len;

	if (!mm)
		return 0;
	len = mm->env_end - mm->env_start;
	if (len > PAGE_SIZE)
		len = PAGE_SIZE;
	return access_mm_bytes(task, mm->env_start, buffer, len);
}

/* fill_info - the text of file @type of @task into @page; its length,
 * or -EACCES for environ of another user's process */
static int fill_info(struct task_struct *task, int type, char *page)
{
	switch (type) {
	case PROC_PID_STATUS:
		return proc_pid_status(task, page);
	case PROC_PID_STAT:
		return proc_pid_stat(task, page);
	case PROC_PID_STATM:
		return proc_pid_statm(task, page);
	case PROC_PID_MAPS:
		return proc_pid_maps(task, page);
	case PROC_PID_CMDLINE:
		return proc_pid_cmdline(task, page);
	case PROC_PID_ENVIRON:
		return may_see(task) ? proc_pid_environ(task, page) : -EACCES;
	}
	return -EINVAL;
}

/*
 * proc_info_read - up to @count bytes from *@ppos of what the task's
 * file shows now; -ESRCH once the task is gone.
 */
static ssize_t proc_info_read(struct file *file, char *buf, size_t count,
			      loff_t *ppos)
{
	struct inode *inode = file->f_dentry->d_inode;
	struct task_struct *task = proc_task(inode);
	char *page;
	ssize_t len;

	if (!task)
		return -ESRCH;
	page = (char *)__get_free_page(GFP_KERNEL);
	if (!page)
		return -ENOMEM;
	len = fill_info(task, inode->u.proc_i.type, page);
	if (len > *ppos) {
		len -= *ppos;
		if (len > count)
			len = count;
		if (copy_to_user(buf, page + *ppos, len))
			len = -EFAULT;
		else
			*ppos += len;
	} else if (len >= 0) {
		len = 0;
	}
	free_page((unsigned long)page);
	return len;
}

/*
 * pid_link_target - what link @inode names: the task's working
 * directory, root, executable or open file. 0 with *@dentry and *@mnt
 * held, -ENOENT (no such thing now) or -EACCES.
 */
static int pid_link_target(struct inode *inode, struct dentry **dentry,
			   struct vfsmount **mnt)
{
	struct task_struct *task = proc_task(inode);
	int type = inode->u.proc_i.type;
	struct file *file = NULL;

	if (!task)
		return -ENOENT;
	if (!may_see(task))
		return -EACCES;
	if ((type == PROC_PID_CWD || type == PROC_PID_ROOT) && task->fs) {
		*dentry = type == PROC_PID_CWD ? task->fs->pwd : task->fs->root;
		*mnt = type == PROC_PID_CWD ? task->fs->pwdmnt :
			task->fs->rootmnt;
	} else if (type == PROC_PID_EXE && task->mm) {
		file = task->mm->exe_file;
	} else if (type >= PROC_PID_FD_DIR && task->files &&
		   type - PROC_PID_FD_DIR < task->files->max_fds) {
		file = task->files->fd[type - PROC_PID_FD_DIR];
	} else {
		return -ENOENT;
	}
	if (file) {
		*dentry = file->f_dentry;
		*mnt = file->f_vfsmnt;
	} else if (type == PROC_PID_EXE || type >= PROC_PID_FD_DIR) {
		return -ENOENT;
	}
	dget(*dentry);
	mntget(*mnt);
	return 0;
}

/* proc_pid_follow_link - the walk jumps to what the link names */
static int proc_pid_follow_link(struct dentry *dentry, struct nameidata *nd)
{
	struct dentry *de;
	struct vfsmount *mnt;
	int error = pid_link_target(dentry->d_inode, &de, &mnt);

	if (error)
		return error;
	dput(nd->dentry);
	mntput(nd->mnt);
	nd->dentry = de;
	nd->mnt = mnt;
	return 0;
}

/* proc_pid_readlink - the path of what the link names, as d_path makes
 * it ("pipe:[N]" for a pipe) */
static int proc_pid_readlink(struct dentry *dentry, char *buffer, int buflen)
{
	char *page, *path;
	struct dentry *de;
	struct vfsmount *mnt;
	int error = pid_link_target(dentry->d_inode, &de, &mnt);

	if (error)
		return error;
	page = (char *)__get_free_page(GFP_KERNEL);
	error = -ENOMEM;
	if (page) {
		path = d_path(de, mnt, page, PAGE_SIZE);
		error = IS_ERR(path) ? PTR_ERR(path) :
			vfs_readlink(dentry, buffer, buflen, path);
		free_page((unsigned long)page);
	}
	dput(de);
	mntput(mnt);
	return error;
}

/* proc_base_lookup - a file of the process directory @dir by name */
static struct dentry *proc_base_lookup(struct inode *dir,
				       struct dentry *dentry)
{
	struct task_struct *task = proc_task(dir);
	struct pid_entry *p;
	struct inode *inode;

	if (!task)
		return ERR_PTR(-ENOENT);
	for (p = base_stuff; p->name; p++) {
		if (p->len == dentry->d_name.len &&
		    !memcmp(dentry->d_name.name, p->name, p->len))
			break;
	}
	if (!p->name)
		return ERR_PTR(-ENOENT);
	inode = proc_pid_make_inode(dir->i_sb, task, p->type, p->mode);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	if (S_ISDIR(p->mode)) {
		inode->i_op = &proc_fd_inode_operations;
		inode->i_fop = &proc_fd_operations;
		inode->i_nlink = 2;
	} else if (S_ISLNK(p->mode)) {
		inode->i_op = &proc_pid_link_inode_operations;
	} else {
		inode->i_fop = &proc_info_file_operations;
	}
	d_add(dentry, inode);
	return NULL;
}

/* proc_base_readdir - ".", "..", then base_stuff's files */
static int proc_base_readdir(struct file *filp, void *dirent,
			     filldir_t filldir)
{
	struct inode *inode = filp->f_dentry->d_inode;
	int pid = inode->u.proc_i.pid;
	struct pid_entry *p;

	if (filp->f_pos == 0 && filldir(dirent, ".", 1, 0, inode->i_ino,
					DT_DIR) >= 0)
		filp->f_pos = 1;
	if (filp->f_pos == 1 && filldir(dirent, "..", 2, 1, PROC_ROOT_INO,
					DT_DIR) >= 0)
		filp->f_pos = 2;
	while (filp->f_pos >= 2 &&
	       (p = &base_stuff[filp->f_pos - 2])->name) {
		if (filldir(dirent, p->name, p->len, filp->f_pos,
			    fake_ino(pid, p->type), p->mode >> 12) < 0)
			break;
		filp->f_pos++;
	}
	return 0;
}

/* fd_number - the descriptor a name in fd/ says, or -1 */
static int fd_number(struct qstr *name)
{
	unsigned int fd = 0, i;

	for (i = 0; i < name->len; i++) {
		if (name->name[i] < '0' || name->name[i] > '9' || fd > 65535)
			return -1;
		fd = fd * 10 + name->name[i] - '0';
	}
	return name->len && (name->name[0] != '0' || name->len == 1) ? fd : -1;
}

/* proc_lookupfd - fd/N of the task: a link to its open file N, with
 * the permissions the file was opened with */
static struct dentry *proc_lookupfd(struct inode *dir, struct dentry *dentry)
{
	struct task_struct *task = proc_task(dir);
	int fd = fd_number(&dentry->d_name);
	struct files_struct *files = task ? task->files : NULL;
	struct inode *inode;
	struct file *file;
	mode_t mode = S_IFLNK;

	if (fd < 0 || !files || fd >= files->max_fds || !files->fd[fd])
		return ERR_PTR(-ENOENT);
	if (!may_see(task))
		return ERR_PTR(-EACCES);
	file = files->fd[fd];
	if (file->f_mode & FMODE_READ)
		mode |= S_IRUSR | S_IXUSR;
	if (file->f_mode & FMODE_WRITE)
		mode |= S_IWUSR | S_IXUSR;
	inode = proc_pid_make_inode(dir->i_sb, task, PROC_PID_FD_DIR + fd,
				    mode);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	inode->i_op = &proc_pid_link_inode_operations;
	d_add(dentry, inode);
	return NULL;
}

/* proc_readfd - ".", "..", then the task's open descriptors */
static int proc_readfd(struct file *filp, void *dirent, filldir_t filldir)
{
	struct inode *inode = filp->f_dentry->d_inode;
	struct task_struct *task = proc_task(inode);
	char buf[12];
	int fd;

	if (!task)
		return -ENOENT;
	if (!may_see(task))
		return -EACCES;
	if (filp->f_pos == 0 && filldir(dirent, ".", 1, 0, inode->i_ino,
					DT_DIR) >= 0)
		filp->f_pos = 1;
	if (filp->f_pos == 1 && filldir(dirent, "..", 2, 1,
			fake_ino(task->pid, PROC_PID_INO), DT_DIR) >= 0)
		filp->f_pos = 2;
	for (fd = filp->f_pos - 2; task->files && filp->f_pos >= 2 &&
	     fd < task->files->max_fds; fd++, filp->f_pos++) {
		if (!task->files->fd[fd])
			continue;
		if (filldir(dirent, buf, sprintf(buf, "%d", fd), filp->f_pos,
			    fake_ino(task->pid, PROC_PID_FD_DIR + fd),
			    DT_LNK) < 0)
			break;
	}
	return 0;
}

/* proc_self_follow_link - /proc/self: on to the caller's own directory */
static int proc_self_follow_link(struct dentry *dentry, struct nameidata *nd)
{
	char tmp[12];
	struct qstr name = { (unsigned char *)tmp, 0, 0 };
	struct dentry *de;

	name.len = sprintf(tmp, "%d", current->tgid);
	de = lookup_hash(&name, nd->dentry);
	if (IS_ERR(de))
		return PTR_ERR(de);
	dput(nd->dentry);
	nd->dentry = de;
	return 0;
}

/* proc_self_readlink - /proc/self's body: the caller's pid */
static int proc_self_readlink(struct dentry *dentry, char *buffer,
			      int buflen)
{
	char tmp[12];

	sprintf(tmp, "%d", current->tgid);
	return vfs_readlink(dentry, buffer, buflen, tmp);
}

static struct inode_operations proc_self_inode_operations = {
	.readlink = proc_self_readlink,
	.follow_link = proc_self_follow_link,
};

/* pid_of - the pid a name in /proc says, or 0 */
static int pid_of(struct qstr *name)
{
	int pid = fd_number(name);

	return pid > 0 ? pid : 0;
}

/*
 * proc_pid_lookup - "self", or the directory of the process whose pid
 * @dentry names (a thread's too, though only group leaders are listed)
 */
struct dentry *proc_pid_lookup(struct inode *dir, struct dentry *dentry)
{
	struct task_struct *task;
	struct inode *inode;

	if (dentry->d_name.len == 4 &&
	    !memcmp(dentry->d_name.name, "self", 4)) {
		inode = proc_pid_make_inode(dir->i_sb, current, PROC_SELF,
					    S_IFLNK | S_IRWXUGO);
		if (!inode)
			return ERR_PTR(-ENOMEM);
		inode->i_ino = PROC_SELF;	/* not the caller's own */
		inode->i_uid = inode->i_gid = 0;
		inode->i_op = &proc_self_inode_operations;
		d_add(dentry, inode);
		return NULL;
	}
	task = find_task_by_pid(pid_of(&dentry->d_name));
	if (!task || !pid_of(&dentry->d_name))
		return ERR_PTR(-ENOENT);
	inode = proc_pid_make_inode(dir->i_sb, task, PROC_PID_INO,
				    S_IFDIR | S_IRUGO | S_IXUGO);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	inode->i_op = &proc_base_inode_operations;
	inode->i_fop = &proc_base_operations;
	inode->i_nlink = 3;
	d_add(dentry, inode);
	return NULL;
}

/*
 * proc_pid_readdir - after the kernel-wide entries of /proc (f_pos
 * counts on from them): "self", then one directory per thread group
 * leader, in the order of the task list. Returns 0.
 */
int proc_pid_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	struct proc_dir_entry *de;
	struct task_struct *p;
	int nr = 2, first;
	char buf[12];

	for (de = proc_root.subdir; de; de = de->next)
		nr++;
	first = nr;
	if (filp->f_pos == first && filldir(dirent, "self", 4, filp->f_pos,
					    PROC_SELF, DT_LNK) >= 0)
		filp->f_pos++;
	nr++;
	for_each_task(p) {
		if (p->pid != p->tgid || nr++ < filp->f_pos)
			continue;
		if (filldir(dirent, buf, sprintf(buf, "%d", p->pid),
			    filp->f_pos, fake_ino(p->pid, PROC_PID_INO),
			    DT_DIR) < 0)
			break;
		filp->f_pos++;
	}
	return 0;
}

static struct file_operations proc_info_file_operations = {
	.read	= proc_info_read,
};

static struct file_operations proc_base_operations = {
	.read	= generic_read_dir,
	.readdir = proc_base_readdir,
};

static struct inode_operations proc_base_inode_operations = {
	.lookup	= proc_base_lookup,
};

static struct file_operations proc_fd_operations = {
	.read	= generic_read_dir,
	.readdir = proc_readfd,
};

static struct inode_operations proc_fd_inode_operations = {
	.lookup	= proc_lookupfd,
};

static struct inode_operations proc_pid_link_inode_operations = {
	.readlink = proc_pid_readlink,
	.follow_link = proc_pid_follow_link,
};
