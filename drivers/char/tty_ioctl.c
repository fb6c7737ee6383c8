/*
 * drivers/char/tty_ioctl.c - the terminal's settings through ioctl:
 * TCGETS and TCSETS (TCSETSW, TCSETSF) move struct termios, TCFLSH
 * throws input away, TIOCGWINSZ and TIOCSWINSZ the window size (a new
 * one is SIGWINCH to the foreground group). Output is never queued, so
 * "wait for output" and flushing it do nothing; 2.4's termio (TCGETA)
 * calls are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/tty.h>
#include <asm/errno.h>
#include <asm/uaccess.h>
#include <asm/ioctls.h>

/* set_termios - TCSETS*: the new settings from user @arg; TCSETSF
 * flushes the input first. 0, -EFAULT, or tty_check_change's refusal. */
static int set_termios(struct tty_struct *tty, unsigned int cmd,
		       unsigned long arg)
{
	struct termios t;
	unsigned long flags;
	int err = tty_check_change(tty);

	if (err)
		return err;
	if (copy_from_user(&t, (void *)arg, sizeof(t)))
		return -EFAULT;
	if (cmd == TCSETSF)
		n_tty_flush_input(tty);
	spin_lock_irqsave(&tty->read_lock, flags);
	tty->termios = t;
	spin_unlock_irqrestore(&tty->read_lock, flags);
	n_tty_set_termios(tty);
	return 0;
}

/* set_winsize - TIOCSWINSZ: a new size tells the foreground group */
static int set_winsize(struct tty_struct *tty, unsigned long arg)
{
	struct winsize ws;

	if (copy_from_user(&ws, (void *)arg, sizeof(ws)))
		return -EFAULT;
	if (memcmp(&ws, &tty->winsize, sizeof(ws)) && tty->pgrp > 0)
		kill_pg(tty->pgrp, SIGWINCH, 1);
	tty->winsize = ws;
	return 0;
}

/*
 * n_tty_ioctl - the settings ioctls of @tty; changes wait for the
 * foreground (tty_check_change). Returns 0, -EFAULT,
 * -EINVAL for a bad TCFLSH argument, or -ENOIOCTLCMD for a command
 * that is not one of them.
 */
int n_tty_ioctl(struct tty_struct *tty, unsigned int cmd, unsigned long arg)
{
	int ret;

	switch (cmd) {
	case TCGETS:
		return copy_to_user((void *)arg, &tty->termios,
				    sizeof(struct termios)) ? -EFAULT : 0;
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		return set_termios(tty, cmd, arg);
	case TCFLSH:
		ret = tty_check_change(tty);
		if (ret)
			return ret;
		if (arg > TCIOFLUSH)
			return -EINVAL;
		if (arg != TCOFLUSH)
			n_tty_flush_input(tty);
		return 0;
	case TIOCGWINSZ:
		return copy_to_user((void *)arg, &tty->winsize,
				    sizeof(struct winsize)) ? -EFAULT : 0;
	case TIOCSWINSZ:
		return set_winsize(tty, arg);
	}
	return -ENOIOCTLCMD;
}
