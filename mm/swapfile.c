/*
 * mm/swapfile.c - swapon(2) and swapoff(2) on a kernel without swap:
 * lk24 never pages out (the slides and the book's chapters stop before
 * swapping), so nothing is ever a swap area. The calls answer as Linux
 * does for a file that is none: unknown swapon flags (-EINVAL), root
 * only (-EPERM), then the walk's error for the path, then -EINVAL. 2.4's swap_info, swap maps and
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
	struct nameidata nd;
	int err;

	if (!suser())
		return -EPERM;
	err = user_path_walk(specialfile, &nd);
	if (err)
		return err;
	path_release(&nd);
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
