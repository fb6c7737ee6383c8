/*
 * arch/i386/kernel/sys_i386.c - system calls with an i386-only shape:
 * mmap2 (offset in pages) and the old mmap that takes its six arguments
 * in a struct.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/mman.h>


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
