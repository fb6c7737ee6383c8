/*
 * include/linux/utsname.h - what uname(2) reports, and the host and
 * domain names sethostname and setdomainname change (kernel/sys.c).
 * 2.4's old and older utsname layouts (olduname) are left out.
 */
#ifndef _LINUX_UTSNAME_H
#define _LINUX_UTSNAME_H

#define __NEW_UTS_LEN	64

struct new_utsname {
	char sysname[__NEW_UTS_LEN + 1];
	char nodename[__NEW_UTS_LEN + 1];
	char release[__NEW_UTS_LEN + 1];
	char version[__NEW_UTS_LEN + 1];
	char machine[__NEW_UTS_LEN + 1];
	char domainname[__NEW_UTS_LEN + 1];
};

extern struct new_utsname system_utsname;

#endif
