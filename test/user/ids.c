/*
 * test/user/ids.c - identity and limits: the uid/gid calls for root and
 * for a process that gave root up, supplementary groups, process groups
 * and sessions, umask, resource limits, priorities, prctl's name, and
 * reboot's magic numbers and root check.
 * Bad input gets Linux's errno. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <unistd.h>
#include <stdlib.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <grp.h>
#include <sys/stat.h>

#define PR_SET_NAME	15
#define PR_GET_NAME	16
#define LINUX_REBOOT_MAGIC1	0xfee1dead
#define LINUX_REBOOT_MAGIC2	672274793
#define LINUX_REBOOT_CMD_CAD_OFF 0
#define LINUX_REBOOT_CMD_CAD_ON	0x89abcdef

/* as_user - in a child that becomes uid 1000: what root may and others
 * may not do */
static void as_user(void)
{
	struct rlimit r = { 0, 100 };

	RES("ids.user_lower_hard_limit", setrlimit(RLIMIT_CORE, &r));
	RES("ids.user_setuid", setuid(1000));
	RES("ids.user_getuid", getuid());
	RES("ids.user_geteuid", geteuid());
	RES("ids.user_setuid_back", setuid(0));
	RES("ids.user_setreuid_other", setreuid(-1, 2000));
	RES("ids.user_setgroups", setgroups(0, NULL));
	r.rlim_max = 200;
	RES("ids.user_raise_hard_limit", setrlimit(RLIMIT_CORE, &r));
	RES("ids.user_kill_root", kill(1, 0));
	RES("ids.user_lower_nice", setpriority(PRIO_PROCESS, 0, -5));
	RES("ids.user_raise_nice", setpriority(PRIO_PROCESS, 0, 5));
	RES("ids.user_priority", syscall(__NR_getpriority, PRIO_PROCESS, 0));
	RES("ids.user_reboot", syscall(__NR_reboot, LINUX_REBOOT_MAGIC1,
				       LINUX_REBOOT_MAGIC2, 0));
	exit(0);
}

/* groups_and_sessions - in a child: its own process group, then its
 * own session */
static void groups_and_sessions(void)
{
	RES("ids.child_setpgid_self", setpgid(0, 0));
	OK("ids.child_leads_group", getpgrp() == getpid());
	RES("ids.child_setsid_as_leader", setsid());
	exit(0);
}

static void new_session(void)
{
	OK("ids.child_setsid", setsid() == getpid());
	OK("ids.child_getsid", getsid(0) == getpid());
	RES("ids.child_setpgid_in_new_session", setpgid(0, 1));
	exit(0);
}

/* reboot_checks - root's reboot calls that leave the machine running:
 * bad magic numbers and commands, and the Ctrl-Alt-Del switch */
static void reboot_checks(void)
{
	RES("ids.reboot_bad_magic1", syscall(__NR_reboot, 1,
					     LINUX_REBOOT_MAGIC2,
					     LINUX_REBOOT_CMD_CAD_ON));
	RES("ids.reboot_bad_magic2", syscall(__NR_reboot, LINUX_REBOOT_MAGIC1,
					     2, LINUX_REBOOT_CMD_CAD_ON));
	RES("ids.reboot_bad_cmd", syscall(__NR_reboot, LINUX_REBOOT_MAGIC1,
					  LINUX_REBOOT_MAGIC2, 0x1234));
	RES("ids.reboot_cad_off", syscall(__NR_reboot, LINUX_REBOOT_MAGIC1,
					  LINUX_REBOOT_MAGIC2,
					  LINUX_REBOOT_CMD_CAD_OFF));
	RES("ids.reboot_cad_on_magic2a", syscall(__NR_reboot,
						 LINUX_REBOOT_MAGIC1, 85072278,
						 LINUX_REBOOT_CMD_CAD_ON));
}

/* fs_ids - setfsuid and setfsgid, 16-bit and 32-bit, each return the
 * id it replaced, once: an id past 65535 as Linux gives it back */
static void fs_ids(void)
{
	RES("ids.setfsuid16_first", syscall(__NR_setfsuid, 5));
	RES("ids.setfsuid16_returns_old", syscall(__NR_setfsuid, 6));
	RES("ids.setfsuid32_big", syscall(__NR_setfsuid32, 70000));
	RES("ids.setfsuid16_after_big", syscall(__NR_setfsuid, 7));
	RES("ids.setfsuid32_back", syscall(__NR_setfsuid32, 0));
	RES("ids.setfsgid16_first", syscall(__NR_setfsgid, 5));
	RES("ids.setfsgid16_returns_old", syscall(__NR_setfsgid, 6));
	RES("ids.setfsgid32_big", syscall(__NR_setfsgid32, 70000));
	RES("ids.setfsgid16_after_big", syscall(__NR_setfsgid, 7));
	RES("ids.setfsgid32_back", syscall(__NR_setfsgid32, 0));
}

int main(void)
{
	gid_t groups[4] = { 5, 6 }, got[4];
	uid_t r = 7, e = 7, s = 7;
	struct rlimit rl;
	char name[16];

	RES("ids.getuid", getuid());
	RES("ids.getegid", getegid());
	RES("ids.setresuid_unchanged", setresuid(-1, -1, -1));
	RES("ids.getresuid", getresuid(&r, &e, &s));
	printf("ids.resuid: %u %u %u\n", (unsigned)r, (unsigned)e, (unsigned)s);
	RES("ids.getresuid_bad_ptr", getresuid((void *)16, &e, &s));
	RES("ids.setgroups", setgroups(2, groups));
	RES("ids.getgroups_count", getgroups(0, got));
	RES("ids.getgroups_small", getgroups(1, got));
	RES("ids.getgroups", getgroups(4, got));
	printf("ids.groups: %u %u\n", got[0], got[1]);
	RES("ids.setgroups_bad_ptr", setgroups(1, (gid_t *)16));
	RES("ids.setgroups_negative", setgroups(-1, groups));

	fs_ids();
	RES("ids.init_getpgid_bad", getpgid(30000));
	RES("ids.init_getsid_bad", getsid(30000));
	RES("ids.setpgid_negative", setpgid(0, -1));
	RES("ids.setpgid_no_such", setpgid(30000, 0));
	status_of(groups_and_sessions);
	status_of(new_session);

	RES("ids.umask_first", umask(077));
	RES("ids.umask_second", umask(022));

	RES("ids.getrlimit_core", getrlimit(RLIMIT_CORE, &rl));
	printf("ids.core_limit: %lu %lu\n", (unsigned long)rl.rlim_cur,
	       (unsigned long)rl.rlim_max);
	RES("ids.getrlimit_stack", getrlimit(RLIMIT_STACK, &rl));
	printf("ids.stack_limit: %lu\n", (unsigned long)rl.rlim_cur);
	RES("ids.getrlimit_bad_resource", getrlimit(99, &rl));
	RES("ids.getrlimit_bad_ptr", getrlimit(RLIMIT_CORE, (void *)16));
	rl.rlim_cur = 2000;
	rl.rlim_max = 1000;
	RES("ids.setrlimit_cur_above_max", setrlimit(RLIMIT_CORE, &rl));

	RES("ids.getpriority", syscall(__NR_getpriority, PRIO_PROCESS, 0));
	RES("ids.getpriority_bad_which", getpriority(9, 0));
	RES("ids.getpriority_no_such", getpriority(PRIO_PROCESS, 30000));
	RES("ids.setpriority", setpriority(PRIO_PROCESS, 0, 3));
	RES("ids.getpriority_after", syscall(__NR_getpriority, PRIO_PROCESS,
					     0));
	RES("ids.setpriority_clamped", setpriority(PRIO_PROCESS, 0, 100));
	RES("ids.getpriority_clamped", syscall(__NR_getpriority,
					       PRIO_PROCESS, 0));
	setpriority(PRIO_PROCESS, 0, 0);

	RES("ids.prctl_set_name", syscall(__NR_prctl, PR_SET_NAME, "renamed",
					  0, 0, 0));
	RES("ids.prctl_get_name", syscall(__NR_prctl, PR_GET_NAME, name, 0, 0,
					  0));
	printf("ids.name: %s\n", name);
	RES("ids.prctl_bad_option", syscall(__NR_prctl, 9999, 0, 0, 0, 0));
	RES("ids.prctl_get_name_bad_ptr", syscall(__NR_prctl, PR_GET_NAME,
						  (void *)16, 0, 0, 0));

	reboot_checks();
	status_of(as_user);
	return 0;
}
