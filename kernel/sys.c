/*
 * kernel/sys.c - system calls that belong nowhere else, and the one for
 * numbers nobody implements.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/version.h>
#include <asm/errno.h>
#include <asm/current.h>
#include <asm/uaccess.h>

/* sys_ni_syscall - "not implemented": every empty slot of sys_call_table */
asmlinkage long sys_ni_syscall(void)
{
	return -ENOSYS;
}

/* What uname(2) reports: a Linux 2.4 kernel on i686 */
struct new_utsname {
	char sysname[65];
	char nodename[65];
	char release[65];
	char version[65];
	char machine[65];
	char domainname[65];
};

static struct new_utsname system_utsname = {
	UTS_SYSNAME, "lk24", UTS_RELEASE, "#1", "i686", "(none)"
};

asmlinkage long sys_newuname(struct new_utsname *name)
{
	return copy_to_user(name, &system_utsname, sizeof(*name)) ?
		-EFAULT : 0;
}

/* The caller's ids (process 0's are root's, and every task inherits
 * them: lk24 has no setuid yet) */
asmlinkage long sys_getuid(void)
{
	return current->uid;
}

asmlinkage long sys_geteuid(void)
{
	return current->euid;
}

asmlinkage long sys_getgid(void)
{
	return current->gid;
}

asmlinkage long sys_getegid(void)
{
	return current->egid;
}

#define LINUX_REBOOT_MAGIC1	0xfee1dead
#define LINUX_REBOOT_MAGIC2	672274793
#define LINUX_REBOOT_CMD_RESTART	0x01234567
#define LINUX_REBOOT_CMD_HALT		0xCDEF0123
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321FEDC

void machine_restart(char *cmd);
void machine_halt(void);
void machine_power_off(void);

/* sys_reboot - restart, halt or power off, with Linux's magic numbers. */
asmlinkage long sys_reboot(int magic1, int magic2, unsigned int cmd,
			   void *arg)
{
	if (magic1 != LINUX_REBOOT_MAGIC1 || magic2 != LINUX_REBOOT_MAGIC2)
		return -EINVAL;
	switch (cmd) {
	case LINUX_REBOOT_CMD_RESTART:
		machine_restart(NULL);
	case LINUX_REBOOT_CMD_HALT:
		printk(KERN_EMERG "System halted.\n");
		machine_halt();
	case LINUX_REBOOT_CMD_POWER_OFF:
		machine_power_off();
	}
	return -EINVAL;
}
