/*
 * drivers/char/tty_io.c - the console: console_init, and the console as
 * a file behind every terminal node (/dev/console, /dev/tty, tty0, tty1,
 * ttyS0; descriptors 0-2 of init). Writes go to every registered
 * console; reads wait for a whole line typed on the serial port or the
 * keyboard. Linux 2.4's tty layer (a tty per node, line disciplines,
 * job control) is left out.
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

struct tty_struct console_tty = {
	.read_wait = { SPIN_LOCK_UNLOCKED,
		       LIST_HEAD_INIT(console_tty.read_wait.task_list) },
};

static int want_serial = 1, want_vga = 1, console_chosen;

/* echo_char - what is typed appears on the consoles at once. */
static void echo_char(unsigned char c)
{
	struct console *con;
	char s = c;

	for (con = console_drivers; con; con = con->next)
		if ((con->flags & CON_ENABLED) && con->write)
			con->write(con, &s, 1);
}

/* isig - ^C, ^\ or ^Z: the line typed so far is dropped and the
 * foreground group gets @sig (from the interrupt, as 2.4's n_tty) */
static void isig(struct tty_struct *tty, int sig, const char *echo)
{
	tty->read_head = tty->canon_head;
	while (*echo)
		echo_char(*echo++);
	if (tty->pgrp > 0)
		kill_pg(tty->pgrp, sig, 1);
}

/* erase_char - backspace or DEL: the last byte of the line goes */
static void erase_char(struct tty_struct *tty)
{
	if (tty->read_head == tty->canon_head)
		return;
	tty->read_head = (tty->read_head - 1) & (N_TTY_BUF_SIZE - 1);
	echo_char('\b');
	echo_char(' ');
	echo_char('\b');
}

/* end_line - the line so far is complete (a newline, or ^D): readers
 * may have it */
static void end_line(struct tty_struct *tty)
{
	tty->canon_head = tty->read_head;
	wake_up_interruptible(&tty->read_wait);
}

/*
 * tty_insert_flip_char - one received character, from an interrupt:
 * canonical editing (\r becomes \n, backspace/DEL erase within the
 * line) with echo; a newline completes the line and wakes readers; ^D
 * completes it without one, or on an empty line is end of file; ^C, ^\
 * and ^Z signal the foreground process group.
 */
void tty_insert_flip_char(struct tty_struct *tty, unsigned char ch,
			  char flag)
{
	if (ch == '\r')
		ch = '\n';
	if (ch == INTR_CHAR || ch == QUIT_CHAR || ch == SUSP_CHAR) {
		isig(tty, ch == INTR_CHAR ? SIGINT : ch == QUIT_CHAR ?
		     SIGQUIT : SIGTSTP, ch == INTR_CHAR ? "^C\n" :
		     ch == QUIT_CHAR ? "^\\\n" : "^Z\n");
		return;
	}
	if (ch == 0x7f || ch == '\b')
		return erase_char(tty);
	if (ch == EOF_CHAR) {
		if (tty->read_head == tty->canon_head)
			tty->eof_pending++;
		return end_line(tty);
	}
	if (((tty->read_head + 1) & (N_TTY_BUF_SIZE - 1)) == tty->read_tail)
		return;		/* full: drop it, as a real line does */
	tty->read_buf[tty->read_head] = ch;
	tty->read_head = (tty->read_head + 1) & (N_TTY_BUF_SIZE - 1);
	echo_char(ch);
	if (ch == '\n')
		end_line(tty);
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

/* tty_read - wait for a complete line, return up to @count of it (0
 * for a ^D on an empty line); -ERESTARTSYS if a signal comes first. */
static ssize_t tty_read(struct file *file, char *buf, size_t count,
			loff_t *ppos)
{
	struct tty_struct *tty = &console_tty;
	size_t n = 0;
	char c;
	int err = job_control(tty);

	if (err)
		return err;
	/* race-free: a line completed between the test and the sleep wakes
	 * us (we are on the queue already); a signal ends the wait */
	if (wait_event_interruptible(tty->read_wait,
				     tty->read_tail != tty->canon_head ||
				     tty->eof_pending))
		return -ERESTARTSYS;
	if (tty->read_tail == tty->canon_head) {
		tty->eof_pending--;
		return 0;
	}
	while (n < count && tty->read_tail != tty->canon_head) {
		c = tty->read_buf[tty->read_tail];
		tty->read_tail = (tty->read_tail + 1) & (N_TTY_BUF_SIZE - 1);
		if (put_user(c, buf + n))
			return -EFAULT;
		n++;
		if (c == '\n')
			break;
	}
	return n;
}

/* tty_poll - readable once a line (or an EOF) is complete; always
 * writable, the consoles never wait */
static unsigned int tty_poll(struct file *file, poll_table *wait)
{
	struct tty_struct *tty = &console_tty;
	unsigned int mask = POLLOUT | POLLWRNORM;

	poll_wait(file, &tty->read_wait, wait);
	if (tty->read_tail != tty->canon_head || tty->eof_pending)
		mask |= POLLIN | POLLRDNORM;
	return mask;
}

/* tty_write - user bytes to every registered console, in chunks. */
static ssize_t tty_write(struct file *file, const char *buf, size_t count,
			 loff_t *ppos)
{
	struct console *con;
	char chunk[128];
	size_t done = 0, n;

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

	if (current->tty != tty || tty->session != current->session)
		return -ENOTTY;
	if (get_user(pgrp, arg))
		return -EFAULT;
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
	}
	if (current->tty != tty)
		return -ENOTTY;
	switch (cmd) {
	case TIOCGPGRP:
		return put_user(tty->pgrp, (pid_t *)arg);
	case TIOCGSID:
		return put_user(tty->session, (pid_t *)arg);
	case TIOCNOTTY:
		if (current->leader)
			disassociate_ctty(0);
		current->tty = NULL;
		return 0;
	}
	return -ENOIOCTLCMD;
}

/*
 * tty_ioctl - the terminal queries C libraries make: TCGETS (isatty,
 * stdio's buffering) and TIOCGWINSZ (TCSETS* are accepted and ignored),
 * and job control's (job_ioctl).
 */
static int tty_ioctl(struct inode *inode, struct file *file,
		     unsigned int cmd, unsigned long arg)
{
	/* c_iflag ICRNL, c_oflag OPOST|ONLCR, c_cflag B38400|CS8|CREAD,
	 * c_lflag ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN, line 0, c_cc[19] */
	static const unsigned int termios[9] = {
		0x0500, 0x0005, 0x00bf, 0x8a3b, 0, 0, 0, 0, 0 };
	static const unsigned short winsize[4] = { 25, 80, 0, 0 };
	int ret = job_ioctl(&console_tty, cmd, arg);

	if (ret != -ENOIOCTLCMD)
		return ret;
	switch (cmd) {
	case TCGETS:
		return copy_to_user((void *)arg, termios, 36) ? -EFAULT : 0;
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		return 0;
	case TIOCGWINSZ:
		return copy_to_user((void *)arg, winsize, sizeof(winsize)) ?
			-EFAULT : 0;
	}
	return -EINVAL;
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
