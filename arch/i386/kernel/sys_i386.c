/*
 * arch/i386/kernel/sys_i386.c - system calls with an i386-only shape:
 * pipe (its two descriptors stored through a pointer), mmap2 (offset in
 * pages) and the old mmap that takes its six arguments in a struct.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/mman.h>

/* sys_pipe - a new pipe, its read and write descriptors stored at
 * @fildes; -EFAULT (with both closed again) if they cannot be */
asmlinkage long sys_pipe(int *fildes)
{
	int fd[2];
	int error = do_pipe(fd);

	if (!error && copy_to_user(fildes, fd, sizeof(fd))) {
		sys_close(fd[0]);
		sys_close(fd[1]);
		error = -EFAULT;
	}
	return error;
}

asmlinkage long sys_mmap2(unsigned long addr, unsigned long len,
			  unsigned long prot, unsigned long flags,
			  unsigned long fd, unsigned long pgoff)
{
	struct file *file = NULL;
	long ret;

	if (!(flags & MAP_ANONYMOUS)) {
		file = fget(fd);
		if (!file)
			return -EBADF;
	}
	ret = do_mmap_pgoff(file, addr, len, prot, flags, pgoff);
	if (file)
		fput(file);
	return ret;
}

struct mmap_arg_struct {
	unsigned long addr, len, prot, flags, fd, offset;
};

asmlinkage long old_mmap(struct mmap_arg_struct *arg)
{
	struct mmap_arg_struct a;

	if (copy_from_user(&a, arg, sizeof(a)))
		return -EFAULT;
	if (a.offset & ~PAGE_MASK)
		return -EINVAL;
	return sys_mmap2(a.addr, a.len, a.prot, a.flags, a.fd,
			 a.offset >> PAGE_SHIFT);
}
