/*
 * kernel/uid16.c - the id calls with 16-bit ids, the first i386 ABI
 * (slots 23, 24, 46, 47, ...; dietlibc still uses them): each converts
 * and calls its 32-bit twin in kernel/sys.c (chown's in fs/open.c). An
 * id that does not fit in
 * 16 bits reads as 65534 (overflowuid), and 16-bit -1 means "unchanged".
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/highuid.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/current.h>

asmlinkage long sys_setuid16(old_uid_t uid)
{
	return sys_setuid(low2highuid(uid));
}

asmlinkage long sys_setgid16(old_gid_t gid)
{
	return sys_setgid(low2highgid(gid));
}

asmlinkage long sys_setreuid16(old_uid_t ruid, old_uid_t euid)
{
	return sys_setreuid(low2highuid(ruid), low2highuid(euid));
}

asmlinkage long sys_setregid16(old_gid_t rgid, old_gid_t egid)
{
	return sys_setregid(low2highgid(rgid), low2highgid(egid));
}

asmlinkage long sys_setresuid16(old_uid_t r, old_uid_t e, old_uid_t s)
{
	return sys_setresuid(low2highuid(r), low2highuid(e), low2highuid(s));
}

asmlinkage long sys_setresgid16(old_gid_t r, old_gid_t e, old_gid_t s)
{
	return sys_setresgid(low2highgid(r), low2highgid(e), low2highgid(s));
}

/* sys_setfsuid16 - the old fsuid comes back whole, even past 65535, as
 * Linux gives it */
asmlinkage long sys_setfsuid16(old_uid_t uid)
{
	return sys_setfsuid(low2highuid(uid));
}

asmlinkage long sys_setfsgid16(old_gid_t gid)
{
	return sys_setfsgid(low2highgid(gid));
}

asmlinkage long sys_getuid16(void)
{
	return high2lowuid(current->uid);
}

asmlinkage long sys_geteuid16(void)
{
	return high2lowuid(current->euid);
}

asmlinkage long sys_getgid16(void)
{
	return high2lowgid(current->gid);
}

asmlinkage long sys_getegid16(void)
{
	return high2lowgid(current->egid);
}

/* sys_getresuid16 - the three uids, each in 16 bits; 0 or -EFAULT */
asmlinkage long sys_getresuid16(old_uid_t *ruid, old_uid_t *euid,
				old_uid_t *suid)
{
	if (put_user(high2lowuid(current->uid), ruid) ||
	    put_user(high2lowuid(current->euid), euid) ||
	    put_user(high2lowuid(current->suid), suid))
		return -EFAULT;
	return 0;
}

asmlinkage long sys_getresgid16(old_gid_t *rgid, old_gid_t *egid,
				old_gid_t *sgid)
{
	if (put_user(high2lowgid(current->gid), rgid) ||
	    put_user(high2lowgid(current->egid), egid) ||
	    put_user(high2lowgid(current->sgid), sgid))
		return -EFAULT;
	return 0;
}

/* sys_getgroups16 - as getgroups, in 16-bit ids */
asmlinkage long sys_getgroups16(int gidsetsize, old_gid_t *grouplist)
{
	int i, n = current->ngroups;

	if (gidsetsize < 0)
		return -EINVAL;
	if (!gidsetsize)
		return n;
	if (n > gidsetsize)
		return -EINVAL;
	for (i = 0; i < n; i++)
		if (put_user(high2lowgid(current->groups[i]), grouplist + i))
			return -EFAULT;
	return n;
}

/* sys_setgroups16 - as setgroups, from 16-bit ids */
asmlinkage long sys_setgroups16(int gidsetsize, old_gid_t *grouplist)
{
	gid_t groups[NGROUPS];
	old_gid_t g;
	int i;

	if (!suser())
		return -EPERM;
	if ((unsigned int)gidsetsize > NGROUPS)
		return -EINVAL;
	for (i = 0; i < gidsetsize; i++) {
		if (get_user(g, grouplist + i))
			return -EFAULT;
		groups[i] = low2highgid(g);
	}
	memcpy(current->groups, groups, gidsetsize * sizeof(gid_t));
	current->ngroups = gidsetsize;
	return 0;
}

asmlinkage long sys_chown16(const char *filename, old_uid_t user,
			    old_gid_t group)
{
	return sys_chown(filename, low2highuid(user), low2highgid(group));
}

asmlinkage long sys_lchown16(const char *filename, old_uid_t user,
			     old_gid_t group)
{
	return sys_lchown(filename, low2highuid(user), low2highgid(group));
}

asmlinkage long sys_fchown16(unsigned int fd, old_uid_t user,
			     old_gid_t group)
{
	return sys_fchown(fd, low2highuid(user), low2highgid(group));
}
