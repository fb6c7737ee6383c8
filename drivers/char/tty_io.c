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
#include <linux/major.h>
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

/*
 * tty_insert_flip_char - one received character, from an interrupt:
 * canonical editing (\r becomes \n, backspace/DEL erase within the line)
 * with echo; a newline completes the line and wakes readers.
 */
void tty_insert_flip_char(struct tty_struct *tty, unsigned char ch,
			  char flag)
{
	if (ch == '\r')
		ch = '\n';
	if (ch == 0x7f || ch == '\b') {
		if (tty->read_head != tty->canon_head) {
			tty->read_head = (tty->read_head - 1) &
					 (N_TTY_BUF_SIZE - 1);
			echo_char('\b');
			echo_char(' ');
			echo_char('\b');
		}
		return;
	}
	if (((tty->read_head + 1) & (N_TTY_BUF_SIZE - 1)) == tty->read_tail)
		return;		/* full: drop it, as a real line does */
	tty->read_buf[tty->read_head] = ch;
	tty->read_head = (tty->read_head + 1) & (N_TTY_BUF_SIZE - 1);
	echo_char(ch);
	if (ch == '\n') {
		tty->canon_head = tty->read_head;
		wake_up_interruptible(&tty->read_wait);
	}
}

/* tty_read - wait for a complete line, return up to @count of it;
 * -ERESTARTSYS if a signal comes first. */
static ssize_t tty_read(struct file *file, char *buf, size_t count,
			loff_t *ppos)
{
	struct tty_struct *tty = &console_tty;
	size_t n = 0;
	char c;

	/* race-free: a line completed between the test and the sleep wakes
	 * us (we are on the queue already); a signal ends the wait */
	if (wait_event_interruptible(tty->read_wait,
				     tty->read_tail != tty->canon_head))
		return -ERESTARTSYS;
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
 * tty_ioctl - the terminal queries C libraries make: TCGETS (isatty,
 * stdio's buffering) and TIOCGWINSZ; TCSETS* are accepted and ignored.
 */
static int tty_ioctl(struct inode *inode, struct file *file,
		     unsigned int cmd, unsigned long arg)
{
	/* c_iflag ICRNL, c_oflag OPOST|ONLCR, c_cflag B38400|CS8|CREAD,
	 * c_lflag ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN, line 0, c_cc[19] */
	static const unsigned int termios[9] = {
		0x0500, 0x0005, 0x00bf, 0x8a3b, 0, 0, 0, 0, 0 };
	static const unsigned short winsize[4] = { 25, 80, 0, 0 };

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

struct file_operations tty_fops = {
	.read	= tty_read,
	.write	= tty_write,
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
