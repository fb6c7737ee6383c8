/*
 * kernel/sys.c - system calls that belong nowhere else: uname and the
 * host and domain names, the ids
 * (book 20.1.1), process groups and sessions (book 3.2.3), limits and
 * priorities (book 3.2.5), prctl, reboot, and the one for numbers nobody
 * implements. Capabilities are left out: euid 0 may do everything.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/fs_struct.h>
#include <linux/version.h>
#include <linux/utsname.h>
#include <linux/string.h>
#include <linux/resource.h>
#include <linux/highuid.h>
#include <linux/reboot.h>
#include <linux/fs.h>
#include <linux/tqueue.h>
#include <asm/param.h>
#include <asm/errno.h>
#include <asm/current.h>
#include <asm/uaccess.h>

/* sys_ni_syscall - "not implemented": every empty slot of sys_call_table */
asmlinkage long sys_ni_syscall(void)
{
	return -ENOSYS;
}

/* What uname(2) reports: a Linux 2.4 kernel on i686 */
struct new_utsname system_utsname = {
	UTS_SYSNAME, "lk24", UTS_RELEASE, "#1", "i686", "(none)"
};

asmlinkage long sys_newuname(struct new_utsname *name)
{
	return copy_to_user(name, &system_utsname, sizeof(*name)) ?
		-EFAULT : 0;
}

/* set_uts_name - copy @len bytes of user @name into @field, ended by a
 * NUL: root only (-EPERM), at most __NEW_UTS_LEN bytes (-EINVAL). */
static long set_uts_name(char *field, const char *name, int len)
{
	char tmp[__NEW_UTS_LEN];

	if (!suser())
		return -EPERM;
	if (len < 0 || len > __NEW_UTS_LEN)
		return -EINVAL;
	if (copy_from_user(tmp, name, len))
		return -EFAULT;
	memcpy(field, tmp, len);
	field[len] = '\0';
	return 0;
}

asmlinkage long sys_sethostname(char *name, int len)
{
	return set_uts_name(system_utsname.nodename, name, len);
}

asmlinkage long sys_setdomainname(char *name, int len)
{
	return set_uts_name(system_utsname.domainname, name, len);
}

/* The caller's ids: real, effective, saved and file-system (book
 * 20.1.1; process 0's are root's and every task inherits them) */
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

/* one_of - is @id (-1: "unchanged") one of the three ids a task that is
 * not root may switch among? */
static int one_of(unsigned int id, unsigned int a, unsigned int b,
		  unsigned int c)
{
	return id == (unsigned int)-1 || id == a || id == b || id == c;
}

/* set_ids - store @r, @e, @s (-1: unchanged) in *@rp, *@ep, *@sp and
 * the file-system id *@fsp, which follows the effective one. */
static void set_ids(unsigned int *rp, unsigned int *ep, unsigned int *sp,
		    unsigned int *fsp, unsigned int r, unsigned int e,
		    unsigned int s)
{
	if (r != (unsigned int)-1)
		*rp = r;
	if (e != (unsigned int)-1)
		*ep = e;
	if (s != (unsigned int)-1)
		*sp = s;
	*fsp = *ep;
}

/* sys_setresuid - all three uids at once; a task that is not root may
 * only choose among its current three. 0 or -EPERM. */
asmlinkage long sys_setresuid(uid_t ruid, uid_t euid, uid_t suid)
{
	struct task_struct *t = current;

	if (!suser() && (!one_of(ruid, t->uid, t->euid, t->suid) ||
			   !one_of(euid, t->uid, t->euid, t->suid) ||
			   !one_of(suid, t->uid, t->euid, t->suid)))
		return -EPERM;
	set_ids(&t->uid, &t->euid, &t->suid, &t->fsuid, ruid, euid, suid);
	return 0;
}

asmlinkage long sys_setresgid(gid_t rgid, gid_t egid, gid_t sgid)
{
	struct task_struct *t = current;

	if (!suser() && (!one_of(rgid, t->gid, t->egid, t->sgid) ||
			   !one_of(egid, t->gid, t->egid, t->sgid) ||
			   !one_of(sgid, t->gid, t->egid, t->sgid)))
		return -EPERM;
	set_ids(&t->gid, &t->egid, &t->sgid, &t->fsgid, rgid, egid, sgid);
	return 0;
}

/* sys_getresuid - the three uids into user memory; 0 or -EFAULT */
asmlinkage long sys_getresuid(uid_t *ruid, uid_t *euid, uid_t *suid)
{
	if (put_user(current->uid, ruid) || put_user(current->euid, euid) ||
	    put_user(current->suid, suid))
		return -EFAULT;
	return 0;
}

asmlinkage long sys_getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid)
{
	if (put_user(current->gid, rgid) || put_user(current->egid, egid) ||
	    put_user(current->sgid, sgid))
		return -EFAULT;
	return 0;
}

/*
 * sys_setreuid - the real and effective uids (-1: unchanged). One that
 * is not root may set the real uid to its real or effective one, the
 * effective uid to any of its three. The saved uid follows the new
 * effective one when the real uid is set or differs from it.
 */
asmlinkage long sys_setreuid(uid_t ruid, uid_t euid)
{
	struct task_struct *t = current;
	uid_t old_ruid = t->uid, suid = -1;

	if (!suser() && (!one_of(ruid, t->uid, t->euid, t->uid) ||
			   !one_of(euid, t->uid, t->euid, t->suid)))
		return -EPERM;
	if (ruid != (uid_t)-1 ||
	    (euid != (uid_t)-1 && euid != old_ruid))
		suid = euid != (uid_t)-1 ? euid : t->euid;
	set_ids(&t->uid, &t->euid, &t->suid, &t->fsuid, ruid, euid, suid);
	return 0;
}

asmlinkage long sys_setregid(gid_t rgid, gid_t egid)
{
	struct task_struct *t = current;
	gid_t old_rgid = t->gid, sgid = -1;

	if (!suser() && (!one_of(rgid, t->gid, t->egid, t->gid) ||
			   !one_of(egid, t->gid, t->egid, t->sgid)))
		return -EPERM;
	if (rgid != (gid_t)-1 ||
	    (egid != (gid_t)-1 && egid != old_rgid))
		sgid = egid != (gid_t)-1 ? egid : t->egid;
	set_ids(&t->gid, &t->egid, &t->sgid, &t->fsgid, rgid, egid, sgid);
	return 0;
}

/* sys_setuid - root sets all three uids; others only the effective one,
 * to their real or saved uid. 0, -EINVAL for -1 (no user has that id;
 * Linux asks first), or -EPERM. */
asmlinkage long sys_setuid(uid_t uid)
{
	struct task_struct *t = current;

	if (uid == (uid_t)-1)
		return -EINVAL;
	if (suser())
		set_ids(&t->uid, &t->euid, &t->suid, &t->fsuid, uid, uid, uid);
	else if (uid == t->uid || uid == t->suid)
		set_ids(&t->uid, &t->euid, &t->suid, &t->fsuid, -1, uid, -1);
	else
		return -EPERM;
	return 0;
}

/* sys_setgid - the same for the group ids */
asmlinkage long sys_setgid(gid_t gid)
{
	struct task_struct *t = current;

	if (gid == (gid_t)-1)
		return -EINVAL;
	if (suser())
		set_ids(&t->gid, &t->egid, &t->sgid, &t->fsgid, gid, gid, gid);
	else if (gid == t->gid || gid == t->sgid)
		set_ids(&t->gid, &t->egid, &t->sgid, &t->fsgid, -1, gid, -1);
	else
		return -EPERM;
	return 0;
}

/* sys_setfsuid - the uid file access is checked with; returns the old
 * one whether or not the change was allowed, as Linux does. */
asmlinkage long sys_setfsuid(uid_t uid)
{
	struct task_struct *t = current;
	uid_t old = t->fsuid;

	if (uid == (uid_t)-1)
		return old;
	if (suser() || uid == t->uid || uid == t->euid || uid == t->suid ||
	    uid == t->fsuid)
		t->fsuid = uid;
	return old;
}

asmlinkage long sys_setfsgid(gid_t gid)
{
	struct task_struct *t = current;
	gid_t old = t->fsgid;

	if (gid == (gid_t)-1)
		return old;
	if (suser() || gid == t->gid || gid == t->egid || gid == t->sgid ||
	    gid == t->fsgid)
		t->fsgid = gid;
	return old;
}

/* in_group_p - may a file of group @grp be used as the current task's
 * group: it is the fsgid or a supplementary group */
int in_group_p(gid_t grp)
{
	int i;

	if (grp == current->fsgid)
		return 1;
	for (i = 0; i < current->ngroups; i++)
		if (current->groups[i] == grp)
			return 1;
	return 0;
}

/* sys_getgroups - the supplementary groups; @gidsetsize 0 asks only how
 * many. -EINVAL if the buffer is too small, -EFAULT. */
asmlinkage long sys_getgroups(int gidsetsize, gid_t *grouplist)
{
	int n = current->ngroups;

	if (gidsetsize < 0)
		return -EINVAL;
	if (!gidsetsize)
		return n;
	if (n > gidsetsize)
		return -EINVAL;
	return copy_to_user(grouplist, current->groups, n * sizeof(gid_t)) ?
		-EFAULT : n;
}

/* sys_setgroups - root only; at most NGROUPS (2.4's 32). */
asmlinkage long sys_setgroups(int gidsetsize, gid_t *grouplist)
{
	gid_t groups[NGROUPS];

	if (!suser())
		return -EPERM;
	if ((unsigned int)gidsetsize > NGROUPS)
		return -EINVAL;
	if (copy_from_user(groups, grouplist, gidsetsize * sizeof(gid_t)))
		return -EFAULT;
	memcpy(current->groups, groups, gidsetsize * sizeof(gid_t));
	current->ngroups = gidsetsize;
	return 0;
}

/* pgrp_in_session - does a task of session @sid lead or belong to
 * process group @pgrp? */
static int pgrp_in_session(pid_t pgrp, pid_t sid)
{
	struct task_struct *p;

	for_each_task(p)
		if (p->pgrp == pgrp && p->session == sid)
			return 1;
	return 0;
}

/*
 * sys_setpgid - move process @pid (0: the caller), the caller or one of
 * its children, into process group @pgid (0: its own pid). The group
 * must be in the caller's session; a child that has exec'd and a
 * session leader cannot move. 0, -EINVAL, -ESRCH, -EPERM or -EACCES.
 */
asmlinkage long sys_setpgid(pid_t pid, pid_t pgid)
{
	struct task_struct *p;

	if (!pid)
		pid = current->pid;
	if (!pgid)
		pgid = pid;
	if (pgid < 0)
		return -EINVAL;
	p = find_task_by_pid(pid);
	if (!p || (p != current && p->p_pptr != current))
		return -ESRCH;
	if (p->p_pptr == current) {
		if (p->session != current->session)
			return -EPERM;
		if (p->did_exec)
			return -EACCES;
	}
	if (p->leader)
		return -EPERM;
	if (pgid != pid && !pgrp_in_session(pgid, current->session))
		return -EPERM;
	p->pgrp = pgid;
	return 0;
}

/* sys_getpgid - @pid's process group (0: the caller's); -ESRCH */
asmlinkage long sys_getpgid(pid_t pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	return p ? p->pgrp : -ESRCH;
}

asmlinkage long sys_getpgrp(void)
{
	return current->pgrp;
}

/* sys_getsid - @pid's session (0: the caller's); -ESRCH */
asmlinkage long sys_getsid(pid_t pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	return p ? p->session : -ESRCH;
}

/* sys_setsid - a new session and process group led by the caller, which
 * may not lead a process group already. Returns the new group or
 * -EPERM. */
asmlinkage long sys_setsid(void)
{
	struct task_struct *p;

	for_each_task(p)
		if (p->pgrp == current->pid)
			return -EPERM;
	current->leader = 1;
	current->session = current->pgrp = current->pid;
	current->tty = NULL;	/* a new session has no terminal yet */
	return current->pgrp;
}

/* sys_umask - the mode bits new files do not get; returns the old */
asmlinkage long sys_umask(int mask)
{
	int old = current->fs->umask;

	current->fs->umask = mask & 0777;
	return old;
}

/* sys_getrlimit - ugetrlimit(2) on i386: one limit, -EINVAL, -EFAULT */
asmlinkage long sys_getrlimit(unsigned int resource, struct rlimit *rlim)
{
	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	return copy_to_user(rlim, current->rlim + resource, sizeof(*rlim)) ?
		-EFAULT : 0;
}

/* sys_old_getrlimit - getrlimit(2), slot 76: infinity was 0x7fffffff
 * for the first programs that used it */
asmlinkage long sys_old_getrlimit(unsigned int resource,
				  struct rlimit *rlim)
{
	struct rlimit x;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	x = current->rlim[resource];
	if (x.rlim_cur > 0x7fffffff)
		x.rlim_cur = 0x7fffffff;
	if (x.rlim_max > 0x7fffffff)
		x.rlim_max = 0x7fffffff;
	return copy_to_user(rlim, &x, sizeof(x)) ? -EFAULT : 0;
}

/* sys_setrlimit - a soft limit up to the hard one; only root raises a
 * hard limit. 0, -EINVAL, -EFAULT or -EPERM; Linux reads the new limit
 * before it looks at @resource. */
asmlinkage long sys_setrlimit(unsigned int resource, struct rlimit *rlim)
{
	struct rlimit new, *old;

	if (copy_from_user(&new, rlim, sizeof(new)))
		return -EFAULT;
	if (resource >= RLIM_NLIMITS || new.rlim_cur > new.rlim_max)
		return -EINVAL;
	old = current->rlim + resource;
	if (new.rlim_max > old->rlim_max && !suser())
		return -EPERM;
	if (resource == RLIMIT_NOFILE && new.rlim_max > NR_OPEN)
		return -EPERM;
	*old = new;
	return 0;
}

/* sys_getrusage - the caller's use, or its waited-for children's. A
 * task is its own only thread, so RUSAGE_THREAD is RUSAGE_SELF. */
asmlinkage long sys_getrusage(int who, struct rusage *ru)
{
	struct rusage r;
	unsigned long ut, st;

	if (who == RUSAGE_THREAD)
		who = RUSAGE_SELF;
	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN)
		return -EINVAL;
	memset(&r, 0, sizeof(r));
	ut = who == RUSAGE_SELF ? current->times_utime : current->times_cutime;
	st = who == RUSAGE_SELF ? current->times_stime : current->times_cstime;
	r.ru_utime.tv_sec = ut / HZ;
	r.ru_utime.tv_usec = (ut % HZ) * (1000000 / HZ);
	r.ru_stime.tv_sec = st / HZ;
	r.ru_stime.tv_usec = (st % HZ) * (1000000 / HZ);
	r.ru_minflt = who == RUSAGE_SELF ? current->min_flt : current->cmin_flt;
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

/* prio_match - is @p chosen by getpriority/setpriority's @which, @who? */
static int prio_match(struct task_struct *p, int which, int who)
{
	if (p->flags & PF_KTHREAD)
		return 0;
	switch (which) {
	case PRIO_PROCESS:
		return p->pid == (who ? who : current->pid);
	case PRIO_PGRP:
		return p->pgrp == (who ? who : current->pgrp);
	default:
		return p->uid == (uid_t)(who ? who : (int)current->uid);
	}
}

/* sys_getpriority - the best (lowest) nice of the chosen processes, as
 * 20 - nice so that it is never negative. -EINVAL, -ESRCH. */
asmlinkage long sys_getpriority(int which, int who)
{
	struct task_struct *p;
	long best = -ESRCH;

	if (which > PRIO_USER || which < PRIO_PROCESS)
		return -EINVAL;
	for_each_task(p)
		if (prio_match(p, which, who) && 20 - p->nice > best)
			best = 20 - p->nice;
	return best;
}

/* sys_setpriority - the nice value (clamped to -20...19) of the chosen
 * processes: the caller must own each, and only root may lower one.
 * 0, -EINVAL, -ESRCH, -EPERM or -EACCES. */
asmlinkage long sys_setpriority(int which, int who, int niceval)
{
	struct task_struct *p;
	long error = -ESRCH;

	if (which > PRIO_USER || which < PRIO_PROCESS)
		return -EINVAL;
	niceval = niceval < -20 ? -20 : niceval > 19 ? 19 : niceval;
	for_each_task(p) {
		if (!prio_match(p, which, who))
			continue;
		if (p->uid != current->euid && p->euid != current->euid &&
		    !suser()) {
			error = -EPERM;
			continue;
		}
		if (error == -ESRCH)
			error = 0;
		if (niceval < p->nice && !suser())
			error = -EACCES;
		else
			set_user_nice(p, niceval);
	}
	return error;
}

#define PR_SET_PDEATHSIG	1
#define PR_GET_PDEATHSIG	2
#define PR_SET_NAME		15
#define PR_GET_NAME		16

/* sys_prctl - the operations lk24 has: the signal for a parent's death
 * and the task's name (comm). -EINVAL for others, -EFAULT. */
asmlinkage long sys_prctl(int option, unsigned long arg2, unsigned long arg3,
			  unsigned long arg4, unsigned long arg5)
{
	char comm[sizeof(current->comm)];

	switch (option) {
	case PR_SET_PDEATHSIG:
		if (arg2 > _NSIG)
			return -EINVAL;
		current->pdeath_signal = arg2;
		return 0;
	case PR_GET_PDEATHSIG:
		return put_user(current->pdeath_signal, (int *)arg2) ?
			-EFAULT : 0;
	case PR_SET_NAME:
		if (strncpy_from_user(comm, (char *)arg2, sizeof(comm)) < 0)
			return -EFAULT;
		comm[sizeof(comm) - 1] = '\0';
		strcpy(current->comm, comm);
		return 0;
	case PR_GET_NAME:
		return copy_to_user((char *)arg2, current->comm,
				    sizeof(current->comm)) ? -EFAULT : 0;
	}
	return -EINVAL;
}

/* what Ctrl-Alt-Del does: 1, restart at once; 0, SIGINT to init */
int C_A_D = 1;

static void deferred_cad(void *unused)
{
	printk(KERN_EMERG "Restarting system.\n");
	machine_restart(NULL);
}

/*
 * ctrl_alt_del - from the keyboard interrupt: restart, from keventd
 * since an interrupt handler should not, or let init decide (SIGINT),
 * as reboot's CAD_OFF asked.
 */
void ctrl_alt_del(void)
{
	static struct tq_struct cad_tq = {
		.routine = deferred_cad,
	};

	if (C_A_D)
		schedule_task(&cad_tq);
	else
		kill_proc(1, SIGINT, 1);
}

/*
 * sys_reboot - restart, halt or power off, or switch what Ctrl-Alt-Del
 * does, for root only and with Linux's magic numbers. Returns 0 for the
 * Ctrl-Alt-Del commands, -EPERM, or -EINVAL.
 */
asmlinkage long sys_reboot(int magic1, int magic2, unsigned int cmd,
			   void *arg)
{
	if (!suser())
		return -EPERM;
	if ((unsigned int)magic1 != LINUX_REBOOT_MAGIC1 ||
	    (magic2 != LINUX_REBOOT_MAGIC2 && magic2 != LINUX_REBOOT_MAGIC2A &&
	     magic2 != LINUX_REBOOT_MAGIC2B && magic2 != LINUX_REBOOT_MAGIC2C))
		return -EINVAL;
	switch (cmd) {
	case LINUX_REBOOT_CMD_RESTART:
		printk(KERN_EMERG "Restarting system.\n");
		machine_restart(NULL);
	case LINUX_REBOOT_CMD_HALT:
		printk(KERN_EMERG "System halted.\n");
		machine_halt();
	case LINUX_REBOOT_CMD_POWER_OFF:
		machine_power_off();
	case LINUX_REBOOT_CMD_CAD_ON:
	case LINUX_REBOOT_CMD_CAD_OFF:
		C_A_D = (cmd == LINUX_REBOOT_CMD_CAD_ON);
		return 0;
	}
	return -EINVAL;
}
