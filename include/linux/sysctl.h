/*
 * include/linux/sysctl.h - the kernel's tunables as /proc/sys shows them
 * (kernel/sysctl.c): a tree of ctl_table, each leaf a variable with the
 * handler that prints and parses it. The sysctl(2) call and its binary
 * names are left out, as Linux has since removed them.
 */
#ifndef _LINUX_SYSCTL_H
#define _LINUX_SYSCTL_H

#include <linux/types.h>

struct file;
struct proc_dir_entry;
typedef struct ctl_table ctl_table;

/* proc_handler - read (@write 0) the variable as text into user
 * @buffer, or parse it from there; *@lenp is the room, then the bytes
 * moved. 0 or -EFAULT, -EINVAL. */
typedef int proc_handler(ctl_table *table, int write, struct file *filp,
			 void *buffer, size_t *lenp);

struct ctl_table {
	const char *procname;	/* its name under /proc/sys */
	void *data;
	int maxlen;		/* bytes at data */
	mode_t mode;
	ctl_table *child;	/* a directory's entries */
	proc_handler *proc_handler;
	void *extra1, *extra2;	/* a minimum and a maximum, or NULL */
	struct proc_dir_entry *de;
};

proc_handler proc_dostring;
proc_handler proc_dointvec;
proc_handler proc_dosynchronize;	/* kernel/synchronize.c */
proc_handler proc_dointvec_minmax;

void sysctl_init(void);

#endif
