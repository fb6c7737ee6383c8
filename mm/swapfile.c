/*
 * mm/swapfile.c - swapon(2) and swapoff(2) on a kernel without swap:
 * lk24 never pages out (the slides and the book's chapters stop before
 * swapping), so nothing is ever a swap area. The calls answer as Linux
 * does for a file that is none: unknown swapon flags (-EINVAL), root
 * only (-EPERM), then what opening the path for reading and writing
 * says (-ENOENT, -EISDIR, ...), then -EINVAL. 2.4's swap_info, swap maps and
 * kswapd are left out.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/swap.h>
#include <asm/errno.h>
#include <asm/current.h>

/* no_swap_area - what swapon and swapoff say about @specialfile */
static long no_swap_area(const char *specialfile)
{
	struct file *file;
	char *name;

	if (!suser())
		return -EPERM;
	name = getname(specialfile);
	if (IS_ERR(name))
		return PTR_ERR(name);
	file = filp_open(name, O_RDWR, 0);
	putname(name);
	if (IS_ERR(file))
		return PTR_ERR(file);
	fput(file);
	return -EINVAL;
}

asmlinkage long sys_swapon(const char *specialfile, int swap_flags)
{
	if (swap_flags & ~SWAP_FLAGS_VALID)
		return -EINVAL;
	return no_swap_area(specialfile);
}

asmlinkage long sys_swapoff(const char *specialfile)
{
	return no_swap_area(specialfile);
}
