/*
 * kernel/sys.c - system calls that belong nowhere else, and the one for
 * numbers nobody implements.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/errno.h>
#include <asm/current.h>

/* sys_ni_syscall - "not implemented": every empty slot of sys_call_table */
asmlinkage long sys_ni_syscall(void)
{
	return -ENOSYS;
}
