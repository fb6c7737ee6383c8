/*
 * include/linux/highuid.h - 16-bit ids for the old id calls
 * (kernel/uid16.c): an id above 65535 reads as overflowuid (65534), and
 * a 16-bit -1 stays -1 ("unchanged") when widened.
 */
#ifndef _LINUX_HIGHUID_H
#define _LINUX_HIGHUID_H

#include <linux/types.h>

typedef unsigned short old_uid_t;
typedef unsigned short old_gid_t;

#define DEFAULT_OVERFLOWUID	65534
#define DEFAULT_OVERFLOWGID	65534

/* Functions, not 2.4's macros: a macro read its argument twice, and
 * high2lowuid(sys_setfsuid(uid)) set the id twice and returned the new
 * one instead of the old */
static inline old_uid_t high2lowuid(uid_t uid)
{
	return uid & ~0xFFFF ? DEFAULT_OVERFLOWUID : uid;
}

static inline old_gid_t high2lowgid(gid_t gid)
{
	return gid & ~0xFFFF ? DEFAULT_OVERFLOWGID : gid;
}

static inline uid_t low2highuid(old_uid_t uid)
{
	return uid == (old_uid_t)-1 ? (uid_t)-1 : uid;
}

static inline gid_t low2highgid(old_gid_t gid)
{
	return gid == (old_gid_t)-1 ? (gid_t)-1 : gid;
}

/* kernel/sys.c: the 32-bit calls the 16-bit ones convert for */
asmlinkage long sys_setuid(uid_t uid);
asmlinkage long sys_setgid(gid_t gid);
asmlinkage long sys_setreuid(uid_t ruid, uid_t euid);
asmlinkage long sys_setregid(gid_t rgid, gid_t egid);
asmlinkage long sys_setresuid(uid_t ruid, uid_t euid, uid_t suid);
asmlinkage long sys_setresgid(gid_t rgid, gid_t egid, gid_t sgid);
asmlinkage long sys_setfsuid(uid_t uid);
asmlinkage long sys_setfsgid(gid_t gid);

/* fs/open.c: the 32-bit chown calls */
asmlinkage long sys_chown(const char *filename, uid_t user, gid_t group);
asmlinkage long sys_lchown(const char *filename, uid_t user, gid_t group);
asmlinkage long sys_fchown(unsigned int fd, uid_t user, gid_t group);

#endif
