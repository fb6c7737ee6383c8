/*
 * drivers/char/tty_io.c - the console: console_init, and the console as
 * a file behind every terminal node (/dev/console, /dev/tty, tty0, tty1,
 * ttyS0; descriptors 0-2 of init). Writes go to every registered
 * console; reads go through the line discipline (n_tty.c). Here too is
 * job control: the controlling terminal of a session and its foreground
 * group. 2.4's tty per node and its other line disciplines are left out.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <asm/errno.h>
#include <linux/tty.h>
#include <linux/poll.h>
#include <linux/major.h>
#include <linux/kdev_t.h>
#include <linux/signal.h>
#include <asm/uaccess.h>
#include <asm/ioctls.h>
#include <asm/system.h>

/* The console's tty: canonical mode with echo and signals, \r read
 * as \n, an 80x25 window. The settings are Linux's defaults for a
 * serial console, so that programs read the same; IXON, ECHOCTL and
 * ECHOKE among them are reported but not obeyed. */
struct tty_struct console_tty = {
	.read_wait = { SPIN_LOCK_UNLOCKED,
		       LIST_HEAD_INIT(console_tty.read_wait.task_list) },
	.termios = {
		.c_iflag = 0x0500, .c_oflag = OPOST | ONLCR,
		.c_cflag = B38400 | CS8 | CREAD,
		.c_lflag = 0x8a3b,
		.c_cc = "\003\034\177\025\004\0\1\0\021\023\032\0\022"
			"\017\027\026\0",
	},
	.winsize = { 25, 80, 0, 0 },
};

static int want_serial = 1, want_vga = 1, console_chosen;

/* echo_char - what is typed appears on the consoles at once. */
void echo_char(unsigned char c)
{
	struct console *con;
	char s = c;

	for (con = console_drivers; con; con = con->next)
		if ((con->flags & CON_ENABLED) && con->write)
			con->write(con, &s, 1);
}

/* tty_insert_flip_char - one received character, from an interrupt,
 * into the line discipline */
void tty_insert_flip_char(struct tty_struct *tty, unsigned char ch,
			  char flag)
{
	unsigned long flags;

	spin_lock_irqsave(&tty->read_lock, flags);
	n_tty_receive_char(tty, ch);
	spin_unlock_irqrestore(&tty->read_lock, flags);
}

/* job_control - may the current task read the terminal? A member of a
 * background group of its session gets SIGTTIN (-ERESTARTSYS), or -EIO
 * if it ignores or blocks it or its group is orphaned. 0 if it may. */
static int job_control(struct tty_struct *tty)
{
	if (current->tty != tty || current->pgrp == tty->pgrp)
		return 0;
	if (sigismember(&current->blocked, SIGTTIN) ||
	    current->sig->action[SIGTTIN - 1].sa_handler == SIG_IGN ||
	    is_orphaned_pgrp(current->pgrp))
		return -EIO;
	kill_pg(current->pgrp, SIGTTIN, 1);
	return -ERESTARTSYS;
}

/* tty_check_change - may the current task change @tty's settings or
 * foreground group, or (with TOSTOP) write to it? A member of a
 * background group of its session gets SIGTTOU (-ERESTARTSYS) unless it
 * ignores or blocks it; an orphaned group gets -EIO. 0 if it may. */
int tty_check_change(struct tty_struct *tty)
{
	if (current->tty != tty || tty->pgrp <= 0 ||
	    current->pgrp == tty->pgrp)
		return 0;
	if (sigismember(&current->blocked, SIGTTOU) ||
	    current->sig->action[SIGTTOU - 1].sa_handler == SIG_IGN)
		return 0;
	if (is_orphaned_pgrp(current->pgrp))
		return -EIO;
	kill_pg(current->pgrp, SIGTTOU, 1);
	return -ERESTARTSYS;
}

/* tty_read - what the line discipline hands over, after the job
 * control check */
static ssize_t tty_read(struct file *file, char *buf, size_t count,
			loff_t *ppos)
{
	int err = job_control(&console_tty);

	return err ? err : n_tty_read(&console_tty, buf, count);
}

/* tty_poll - readable once a line (or an EOF) is complete; always
 * writable, the consoles never wait */
static unsigned int tty_poll(struct file *file, poll_table *wait)
{
	struct tty_struct *tty = &console_tty;
	unsigned int mask = POLLOUT | POLLWRNORM;

	poll_wait(file, &tty->read_wait, wait);
	if (n_tty_input_available(tty))
		mask |= POLLIN | POLLRDNORM;
	return mask;
}

/* tty_write - user bytes to every registered console, in chunks; with
 * TOSTOP a background group is stopped first (tty_check_change), unless
 * it writes through /dev/console. */
static ssize_t tty_write(struct file *file, const char *buf, size_t count,
			 loff_t *ppos)
{
	struct console *con;
	char chunk[128];
	size_t done = 0, n;
	int err;

	/* /dev/console is exempt, as on Linux: messages to the console
	 * from any group get through */
	if (L_TOSTOP(&console_tty) &&
	    file->f_dentry->d_inode->i_rdev != MKDEV(TTYAUX_MAJOR, 1)) {
		err = tty_check_change(&console_tty);
		if (err)
			return err;
	}
	while (done < count) {
		n = min(count - done, sizeof(chunk));
		if (copy_from_user(chunk, buf + done, n))
			return done ? done : -EFAULT;
		for (con = console_drivers; con; con = con->next)
			if ((con->flags & CON_ENABLED) && con->write)
				con->write(con, chunk, n);
		done += n;
	}
	return done;
}

/*
 * disassociate_ctty - the session leader gives up its terminal (at exit
 * @on_exit, or TIOCNOTTY): the foreground group gets SIGHUP and SIGCONT,
 * and no task of the session has it any more.
 */
void disassociate_ctty(int on_exit)
{
	struct tty_struct *tty = current->tty;
	struct task_struct *p;

	if (!tty)
		return;
	if (tty->pgrp > 0) {
		kill_pg(tty->pgrp, SIGHUP, 1);
		kill_pg(tty->pgrp, SIGCONT, 1);
	}
	tty->session = 0;
	tty->pgrp = -1;
	for_each_task(p)
		if (p->session == current->session)
			p->tty = NULL;
}

/* tiocsctty - the calling session leader, without a terminal, takes
 * @tty as its own; one already another session's only if root asks
 * with @arg 1. 0 or -EPERM. */
static int tiocsctty(struct tty_struct *tty, unsigned long arg)
{
	struct task_struct *p;

	if (!current->leader || current->tty)
		return current->tty == tty ? 0 : -EPERM;
	if (tty->session > 0) {
		if (arg != 1 || !suser())
			return -EPERM;
		for_each_task(p)
			if (p->tty == tty)
				p->tty = NULL;
	}
	current->tty = tty;
	tty->session = current->session;
	tty->pgrp = current->pgrp;
	return 0;
}

/* tiocspgrp - the foreground group becomes *@arg, a group of the
 * caller's session. -ENOTTY, -EFAULT, -EINVAL, -ESRCH (no such group)
 * or -EPERM (another session's). */
static int tiocspgrp(struct tty_struct *tty, pid_t *arg)
{
	struct task_struct *p;
	pid_t pgrp;
	int err = tty_check_change(tty);

	if (err)
		return err == -EIO ? -ENOTTY : err;
	if (get_user(pgrp, arg))
		return -EFAULT;
	if (current->tty != tty || tty->session != current->session)
		return -ENOTTY;
	if (pgrp < 0)
		return -EINVAL;
	for_each_task(p)
		if (p->pgrp == pgrp && p->session == current->session) {
			tty->pgrp = pgrp;
			return 0;
		}
	for_each_task(p)
		if (p->pgrp == pgrp)
			return -EPERM;
	return -ESRCH;
}

/* job_ioctl - the job-control ioctls: the controlling terminal, its
 * foreground group and session. -ENOIOCTLCMD for the others. */
static int job_ioctl(struct tty_struct *tty, unsigned int cmd,
		     unsigned long arg)
{
	switch (cmd) {
	case TIOCSCTTY:
		return tiocsctty(tty, arg);
	case TIOCSPGRP:
		return tiocspgrp(tty, (pid_t *)arg);
	case TIOCGPGRP:
	case TIOCGSID:
	case TIOCNOTTY:
		break;
	default:
		return -ENOIOCTLCMD;
	}
	if (current->tty != tty)
		return -ENOTTY;
	if (cmd == TIOCGPGRP)
		return put_user(tty->pgrp, (pid_t *)arg);
	if (cmd == TIOCGSID)
		return put_user(tty->session, (pid_t *)arg);
	if (current->leader)
		disassociate_ctty(0);
	current->tty = NULL;
	return 0;
}

/* tty_ioctl - job control's (job_ioctl), then the settings
 * (n_tty_ioctl in drivers/char/tty_ioctl.c); -EINVAL for others */
static int tty_ioctl(struct inode *inode, struct file *file,
		     unsigned int cmd, unsigned long arg)
{
	int ret = job_ioctl(&console_tty, cmd, arg);

	if (ret == -ENOIOCTLCMD)
		ret = n_tty_ioctl(&console_tty, cmd, arg);
	return ret == -ENOIOCTLCMD ? -EINVAL : ret;
}

/*
 * tty_open - /dev/tty is the caller's controlling terminal: -ENXIO
 * without one. A session leader without a terminal that opens one
 * (without O_NOCTTY) makes it its controlling terminal, as in 2.4.
 */
static int tty_open(struct inode *inode, struct file *filp)
{
	struct tty_struct *tty = &console_tty;

	if (inode->i_rdev == MKDEV(TTYAUX_MAJOR, 0) && !current->tty)
		return -ENXIO;
	if (current->leader && !current->tty && !tty->session &&
	    !(filp->f_flags & O_NOCTTY)) {
		current->tty = tty;
		tty->session = current->session;
		tty->pgrp = current->pgrp;
	}
	return 0;
}

struct file_operations tty_fops = {
	.open	= tty_open,
	.read	= tty_read,
	.write	= tty_write,
	.poll	= tty_poll,
	.ioctl	= tty_ioctl,
};

/*
 * console_setup - "console=ttyS0" or "console=tty0"; given one or more
 * times, only the consoles named are used (the default is both).
 */
static int __init console_setup(char *str)
{
	if (!console_chosen) {
		want_serial = want_vga = 0;
		console_chosen = 1;
	}
	if (!strncmp(str, "ttyS", 4))
		want_serial = 1;
	else if (!strncmp(str, "tty", 3))
		want_vga = 1;
	else
		printk(KERN_WARNING "console_setup: unknown console %s\n", str);
	return 1;
}
__setup("console=", console_setup);

/* tty_init - from chr_dev_init: the console tty behind every terminal
 * node (tty0, tty1, ttyS0) and behind /dev/tty and /dev/console */
void __init tty_init(void)
{
	if (register_chrdev(TTY_MAJOR, "tty", &tty_fops) ||
	    register_chrdev(TTYAUX_MAJOR, "/dev/tty", &tty_fops))
		printk(KERN_ERR "tty_init: cannot register the ttys\n");
}

/* console_init - register the chosen consoles; each replays the log. */
void console_init(void)
{
	if (console_drivers)
		return;
	if (want_vga)
		vga_console_init();
	if (want_serial)
		serial_console_init();
}
