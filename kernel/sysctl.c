/*
 * kernel/sysctl.c - /proc/sys: the kernel's tunables as files, one per
 * variable, printed and parsed by the entry's proc_handler. lk24 has
 * kernel/ (the names uname shows, threads-max, and the slides' example
 * synchronize_all, not in Linux) and fs/ (the open-file table, ENFILE).
 * 2.4's sysctl(2) call, its binary names and the vm/ and net/ trees are
 * left out.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>
#include <linux/sysctl.h>
#include <linux/utsname.h>
#include <asm/errno.h>
#include <asm/uaccess.h>

#define SYSCTL_TEXT	64	/* the longest number or name handled */

static int zero;

static ctl_table kern_table[] = {
	{ "ostype", system_utsname.sysname, __NEW_UTS_LEN + 1, 0444, NULL,
	  proc_dostring },
	{ "osrelease", system_utsname.release, __NEW_UTS_LEN + 1, 0444, NULL,
	  proc_dostring },
	{ "version", system_utsname.version, __NEW_UTS_LEN + 1, 0444, NULL,
	  proc_dostring },
	{ "hostname", system_utsname.nodename, __NEW_UTS_LEN + 1, 0644, NULL,
	  proc_dostring },
	{ "domainname", system_utsname.domainname, __NEW_UTS_LEN + 1, 0644,
	  NULL, proc_dostring },
	{ "threads-max", &max_threads, sizeof(int), 0644, NULL,
	  proc_dointvec_minmax, &zero },
	{ "synchronize_all", NULL, 0, 0200, NULL, proc_dosynchronize },
	{ NULL }
};

static ctl_table fs_table[] = {
	{ "file-nr", &files_stat, 3 * sizeof(int), 0444, NULL,
	  proc_dointvec },
	{ "file-max", &files_stat.max_files, sizeof(int), 0644, NULL,
	  proc_dointvec_minmax, &zero },
	{ NULL }
};

static ctl_table root_table[] = {
	{ "kernel", NULL, 0, 0555, kern_table },
	{ "fs", NULL, 0, 0555, fs_table },
	{ NULL }
};

/* proc_dostring - the string at table->data and a newline; a write
 * stores up to the first newline, cut at maxlen - 1 bytes */
int proc_dostring(ctl_table *table, int write, struct file *filp,
		  void *buffer, size_t *lenp)
{
	char *s = table->data, *buf = buffer, c;
	size_t len, i;

	if (!write) {
		len = min(strlen(s), *lenp);
		if (copy_to_user(buf, s, len))
			return -EFAULT;
		if (len < *lenp && put_user('\n', buf + len++))
			return -EFAULT;
		*lenp = len;
		return 0;
	}
	for (i = 0; i < *lenp && i < (size_t)table->maxlen - 1; i++) {
		if (get_user(c, buf + i))
			return -EFAULT;
		if (c == '\n' || c == '\0')
			break;
		s[i] = c;
	}
	s[i] = '\0';
	return 0;
}

/* print_ints - the ints at @table->data, tab-separated, then a newline,
 * to user @buffer; *@lenp is the room, then the bytes copied */
static int print_ints(ctl_table *table, void *buffer, size_t *lenp)
{
	char text[SYSCTL_TEXT * 3];
	int *v = table->data, n = 0, i;

	for (i = 0; i < table->maxlen / (int)sizeof(int); i++)
		n += snprintf(text + n, sizeof(text) - n, "%s%d",
			      i ? "\t" : "", v[i]);
	n += snprintf(text + n, sizeof(text) - n, "\n");
	*lenp = min((size_t)n, *lenp);
	return copy_to_user(buffer, text, *lenp) ? -EFAULT : 0;
}

/* parse_ints - whitespace-separated decimal ints from user @buffer into
 * @v (at most @max), each in [@min, @max_value] when those are given;
 * -EINVAL for anything else */
static int parse_ints(void *buffer, size_t len, int *v, int max,
		      int *min, int *max_value)
{
	char text[SYSCTL_TEXT], *p = text, *end;
	int n = 0;
	long val;

	if (len >= sizeof(text))
		return -EINVAL;
	if (copy_from_user(text, buffer, len))
		return -EFAULT;
	text[len] = '\0';
	for (;;) {
		while (isspace(*p))
			p++;
		if (!*p || n == max)
			return *p ? -EINVAL : 0;
		val = simple_strtol(p, &end, 10);
		if (end == p || (*end && !isspace(*end)) ||
		    (min && val < *min) || (max_value && val > *max_value))
			return -EINVAL;
		v[n++] = val;
		p = end;
	}
}

/* proc_dointvec_minmax - the ints at table->data, bounded by the ints
 * extra1 and extra2 points at (either may be NULL) */
int proc_dointvec_minmax(ctl_table *table, int write, struct file *filp,
			 void *buffer, size_t *lenp)
{
	int v[3], n = table->maxlen / sizeof(int), err;

	if (!write)
		return print_ints(table, buffer, lenp);
	err = parse_ints(buffer, *lenp, v, n, table->extra1, table->extra2);
	if (!err)
		memcpy(table->data, v, table->maxlen);
	return err;
}

/* proc_dointvec - the ints at table->data, any values */
int proc_dointvec(ctl_table *table, int write, struct file *filp,
		  void *buffer, size_t *lenp)
{
	return proc_dointvec_minmax(table, write, filp, buffer, lenp);
}

/* proc_sys_rw - read or write the variable behind @file: a read gives
 * the whole text from position 0 and nothing after; a write parses what
 * it is given. The bytes moved, or the handler's error. */
static ssize_t proc_sys_rw(struct file *file, char *buf, size_t count,
			   loff_t *ppos, int write)
{
	struct proc_dir_entry *de = file->f_dentry->d_inode->u.generic_ip;
	ctl_table *table = de->data;
	size_t len = count;
	int err;

	if (!count || (*ppos && !write))
		return 0;
	err = table->proc_handler(table, write, file, buf, &len);
	if (err)
		return err;
	*ppos += len;
	return len;
}

static ssize_t proc_readsys(struct file *file, char *buf, size_t count,
			    loff_t *ppos)
{
	return proc_sys_rw(file, buf, count, ppos, 0);
}

static ssize_t proc_writesys(struct file *file, const char *buf,
			     size_t count, loff_t *ppos)
{
	return proc_sys_rw(file, (char *)buf, count, ppos, 1);
}

/* proc_sys_permission - the table's mode, read as the owner's bits for
 * root too: a read-only variable cannot be opened for writing by anyone */
static int proc_sys_permission(struct inode *inode, int mask)
{
	umode_t mode = inode->i_mode;

	if (!current->euid)
		mode >>= 6;
	return (mask & ~mode & (MAY_READ | MAY_WRITE | MAY_EXEC)) ?
		-EACCES : 0;
}

static struct file_operations proc_sys_file_operations = {
	.read	= proc_readsys,
	.write	= proc_writesys,
};

static struct inode_operations proc_sys_inode_operations = {
	.permission = proc_sys_permission,
};

/* register_proc_table - an entry in @root for each of @table, a
 * directory for those with children */
static void __init register_proc_table(ctl_table *table,
				       struct proc_dir_entry *root)
{
	struct proc_dir_entry *de;

	for (; table->procname; table++) {
		if (table->child) {
			de = proc_mkdir(table->procname, root);
			if (de)
				register_proc_table(table->child, de);
			continue;
		}
		de = create_proc_entry(table->procname,
				       S_IFREG | table->mode, root);
		if (!de)
			continue;
		de->proc_fops = &proc_sys_file_operations;
		de->proc_iops = &proc_sys_inode_operations;
		de->data = table;
		table->de = de;
	}
}

/* sysctl_init - /proc/sys and the tables under it, from proc_root_init */
void __init sysctl_init(void)
{
	register_proc_table(root_table, proc_mkdir("sys", NULL));
}
