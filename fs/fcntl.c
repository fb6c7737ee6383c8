/*
 * fs/fcntl.c - descriptors as copies of one another and their flags:
 * dup, dup2 and fcntl's F_DUPFD, F_GETFD/F_SETFD (FD_CLOEXEC),
 * F_GETFL/F_SETFL, and F_SETOWN/F_SETSIG, which are recorded only:
 * lk24 sends no SIGIO. 2.4's locks and leases are left out (-EINVAL).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <asm/errno.h>
#include <asm/bitops.h>
#include <asm/current.h>

/* the status flags F_SETFL may change; the rest stay as open set them */
#define SETFL_MASK	(O_APPEND | O_NONBLOCK | O_DIRECT | O_NOATIME | FASYNC)

/* dupfd - the lowest free descriptor >= @start for @file (whose
 * reference it takes over, or drops on failure). Returns it, -EMFILE
 * at RLIMIT_NOFILE, or -ENOMEM. */
static int dupfd(struct file *file, unsigned int start)
{
	int fd = alloc_fd(start);

	if (fd < 0)
		fput(file);
	else
		fd_install(fd, file);
	return fd;
}

asmlinkage long sys_dup(unsigned int fildes)
{
	struct file *file = fget(fildes);

	return file ? dupfd(file, 0) : -EBADF;
}

/*
 * sys_dup2 - make @newfd a copy of @oldfd, closing what @newfd was
 * first. Returns @newfd; -EBADF if @oldfd is not open or @newfd is not
 * below RLIMIT_NOFILE; -ENOMEM.
 */
asmlinkage long sys_dup2(unsigned int oldfd, unsigned int newfd)
{
	struct files_struct *files = current->files;
	struct file *file = fget(oldfd), *old = NULL;
	int error = -EBADF;

	if (!file)
		return -EBADF;
	if (newfd == oldfd) {
		fput(file);
		return newfd;
	}
	if (newfd < current->rlim[RLIMIT_NOFILE].rlim_cur)
		error = take_fd(files, newfd);
	if (error) {
		fput(file);
		return error;
	}
	old = files->fd[newfd];
	fd_install(newfd, file);
	if (old)
		fput(old);
	return newfd;
}

/* set_close_on_exec - FD_CLOEXEC of descriptor @fd on or off */
static void set_close_on_exec(unsigned int fd, int on)
{
	if (on)
		set_bit(fd, current->files->close_on_exec);
	else
		clear_bit(fd, current->files->close_on_exec);
}

/* owner_exists - is there a process @who (> 0), or a process group
 * -@who (< 0)? */
static int owner_exists(int who)
{
	struct task_struct *p;
	int found = 0;

	read_lock(&tasklist_lock);
	if (who > 0)
		found = find_task_by_pid(who) != NULL;
	else
		for_each_task(p)
			found |= p->pgrp == -who;
	read_unlock(&tasklist_lock);
	return found;
}

/* f_setown - F_SETOWN: @arg, a pid or minus a process group, is who
 * SIGIO would go to. 0, -EINVAL for INT_MIN (a group with no negation),
 * -ESRCH if there is no such process or group (0: nobody). */
static long f_setown(struct file *filp, int who)
{
	if (who == INT_MIN)
		return -EINVAL;
	if (who && !owner_exists(who))
		return -ESRCH;
	filp->f_owner.pid = who;
	return 0;
}

/* do_fcntl - @cmd on descriptor @fd, open as @filp */
static long do_fcntl(unsigned int fd, unsigned int cmd, unsigned long arg,
		     struct file *filp)
{
	switch (cmd) {
	case F_DUPFD:
		if (arg >= current->rlim[RLIMIT_NOFILE].rlim_cur)
			return -EINVAL;
		atomic_inc(&filp->f_count);
		return dupfd(filp, arg);
	case F_GETFD:
		return test_bit(fd, current->files->close_on_exec) ?
			FD_CLOEXEC : 0;
	case F_SETFD:
		set_close_on_exec(fd, arg & FD_CLOEXEC);
		return 0;
	case F_GETFL:
		return filp->f_flags;
	case F_SETFL:
		filp->f_flags = (arg & SETFL_MASK) |
				(filp->f_flags & ~SETFL_MASK);
		return 0;
	case F_SETOWN:
		return f_setown(filp, arg);
	case F_GETOWN:
		return filp->f_owner.pid;
	case F_SETSIG:
		if (arg > _NSIG)
			return -EINVAL;
		filp->f_owner.signum = arg;
		return 0;
	case F_GETSIG:
		return filp->f_owner.signum;
	}
	return -EINVAL;
}

/* sys_fcntl - fcntl(2): -EBADF for a descriptor that is not open,
 * -EINVAL for a command lk24 does not have */
asmlinkage long sys_fcntl(unsigned int fd, unsigned int cmd,
			  unsigned long arg)
{
	struct file *filp = fget(fd);
	long err;

	if (!filp)
		return -EBADF;
	err = do_fcntl(fd, cmd, arg, filp);
	fput(filp);
	return err;
}

/* sys_fcntl64 - the same; the 64-bit lock commands are what differ, and
 * lk24 has no locks */
asmlinkage long sys_fcntl64(unsigned int fd, unsigned int cmd,
			    unsigned long arg)
{
	return sys_fcntl(fd, cmd, arg);
}
