/*
 * mm/mlock.c - mlock(2), munlock, mlockall and munlockall on a kernel
 * that never pages out (book chapter 2 and the slides stop before
 * swapping): every page already stays in memory, so the calls check
 * their arguments as Linux does and succeed. 2.4's VM_LOCKED areas,
 * the locked_vm count against RLIMIT_MEMLOCK and MCL_FUTURE's effect
 * on later mappings are left out.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <asm/mman.h>
#include <asm/errno.h>
#include <asm/current.h>

/* can_do_mlock - root, or a task whose RLIMIT_MEMLOCK is not 0 */
static int can_do_mlock(void)
{
	return suser() || current->rlim[RLIMIT_MEMLOCK].rlim_cur != 0;
}

/* check_lock_range - the pages @len bytes from @start touch: 0 if all
 * are mapped (or there are none), -EINVAL if the range wraps, -ENOMEM
 * for a hole */
static long check_lock_range(unsigned long start, size_t len)
{
	unsigned long end;

	len = PAGE_ALIGN(len + (start & ~PAGE_MASK));
	start &= PAGE_MASK;
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	return vma_range_mapped(current->mm, start, end) ? 0 : -ENOMEM;
}

asmlinkage long sys_mlock(unsigned long start, size_t len)
{
	return can_do_mlock() ? check_lock_range(start, len) : -EPERM;
}

asmlinkage long sys_munlock(unsigned long start, size_t len)
{
	return check_lock_range(start, len);
}

/* sys_mlockall - MCL_CURRENT, MCL_FUTURE and MCL_ONFAULT, at least one
 * (-EINVAL), then the right to lock (-EPERM) */
asmlinkage long sys_mlockall(int flags)
{
	if (!flags || (flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)))
		return -EINVAL;
	return can_do_mlock() ? 0 : -EPERM;
}

asmlinkage long sys_munlockall(void)
{
	return 0;
}
