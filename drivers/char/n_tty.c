/*
 * drivers/char/n_tty.c - the line discipline: what becomes of each byte
 * typed (from the serial or keyboard interrupt) before read(2) sees it.
 * In canonical mode (ICANON) a line is edited (erase, ^U kill, ^W word
 * erase) and handed over whole, ^D on an empty line being end of file;
 * in raw mode every byte is available at once. ISIG turns ^C, ^\ and ^Z
 * into signals, ECHO shows what is typed. 2.4's flow control, VTIME
 * and ECHOCTL's ^X echoes are left out.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/tty.h>
#include <asm/errno.h>
#include <asm/uaccess.h>
#include <asm/system.h>

#define BUF_MASK	(N_TTY_BUF_SIZE - 1)

/* echo - @c on the consoles if the termios says so */
static void echo(struct tty_struct *tty, unsigned char c)
{
	if (L_ECHO(tty) || (c == '\n' && L_ECHONL(tty)))
		echo_char(c);
}

/* last_char - the byte before read_head (of the line being typed) */
static unsigned char last_char(struct tty_struct *tty)
{
	return tty->read_buf[(tty->read_head - 1) & BUF_MASK];
}

/* erase_char - the last byte of the line goes, and from the screen */
static void erase_char(struct tty_struct *tty)
{
	if (tty->read_head == tty->canon_head)
		return;
	tty->read_head = (tty->read_head - 1) & BUF_MASK;
	if (L_ECHO(tty) && L_ECHOE(tty)) {
		echo_char('\b');
		echo_char(' ');
		echo_char('\b');
	}
}

/* erase_word - ^W: the blanks before the cursor, then the word */
static void erase_word(struct tty_struct *tty)
{
	while (tty->read_head != tty->canon_head && last_char(tty) == ' ')
		erase_char(tty);
	while (tty->read_head != tty->canon_head && last_char(tty) != ' ')
		erase_char(tty);
}

/* end_line - what was typed so far is complete: readers may have it */
static void end_line(struct tty_struct *tty)
{
	tty->canon_head = tty->read_head;
	wake_up_interruptible(&tty->read_wait);
}

/* isig - ^C, ^\ or ^Z: the line typed so far is dropped and the
 * foreground group gets @sig (from the interrupt, as 2.4's n_tty) */
static void isig(struct tty_struct *tty, int sig, const char *shown)
{
	tty->read_head = tty->canon_head;
	while (L_ECHO(tty) && *shown)
		echo_char(*shown++);
	if (tty->pgrp > 0)
		kill_pg(tty->pgrp, sig, 1);
}

/* receive_isig - @c as a signal character; 1 if it was one */
static int receive_isig(struct tty_struct *tty, unsigned char c)
{
	if (!L_ISIG(tty))
		return 0;
	if (c == INTR_CHAR(tty))
		isig(tty, SIGINT, "^C\n");
	else if (c == QUIT_CHAR(tty))
		isig(tty, SIGQUIT, "^\\\n");
	else if (c == SUSP_CHAR(tty))
		isig(tty, SIGTSTP, "^Z\n");
	else
		return 0;
	return 1;
}

/* receive_canon - @c as a line-editing character; 1 if it was one */
static int receive_canon(struct tty_struct *tty, unsigned char c)
{
	if (c == ERASE_CHAR(tty) || c == '\b') {
		erase_char(tty);
	} else if (c == KILL_CHAR(tty)) {
		while (tty->read_head != tty->canon_head)
			erase_char(tty);
	} else if (c == WERASE_CHAR(tty)) {
		erase_word(tty);
	} else if (c == EOF_CHAR(tty)) {
		if (tty->read_head == tty->canon_head)
			tty->eof_pending++;
		end_line(tty);
	} else {
		return 0;
	}
	return 1;
}

/* n_tty_receive_room - the bytes the buffer can still take */
int n_tty_receive_room(struct tty_struct *tty)
{
	return (tty->read_tail - tty->read_head - 1) & BUF_MASK;
}

/* no_room - is the buffer too full for @c? In canonical mode the last
 * free byte is kept for the newline, so an overlong line still ends. */
static int no_room(struct tty_struct *tty, unsigned char c)
{
	unsigned int room = n_tty_receive_room(tty);

	if (!room)
		return 1;
	return room == 1 && L_ICANON(tty) && c != '\n' &&
	       c != EOL_CHAR(tty);
}

/*
 * n_tty_receive_char - one byte from the line, in an interrupt: \r
 * mapped (ICRNL, IGNCR), signals (ISIG), editing (ICANON), then into
 * the buffer with its echo; a full buffer drops it, as a real line
 * does.
 */
void n_tty_receive_char(struct tty_struct *tty, unsigned char c)
{
	if (c == '\r' && I_IGNCR(tty))
		return;
	if (c == '\r' && I_ICRNL(tty))
		c = '\n';
	if (receive_isig(tty, c))
		return;
	if (L_ICANON(tty) && receive_canon(tty, c))
		return;
	if (no_room(tty, c))
		return;
	tty->read_buf[tty->read_head] = c;
	tty->read_head = (tty->read_head + 1) & BUF_MASK;
	echo(tty, c);
	if (!L_ICANON(tty) || c == '\n' || c == EOL_CHAR(tty))
		end_line(tty);
}

/* n_tty_input_available - may read(2) go on: a complete line (or in
 * raw mode any byte) or an EOF is there */
int n_tty_input_available(struct tty_struct *tty)
{
	return tty->read_tail != tty->canon_head || tty->eof_pending;
}

/* check_unthrottle - a throttled driver may send again once the
 * reader has made room; called under read_lock */
static void check_unthrottle(struct tty_struct *tty)
{
	if (tty->throttled && n_tty_receive_room(tty) > 0) {
		tty->throttled = 0;
		if (tty->driver.unthrottle)
			tty->driver.unthrottle(tty);
	}
}

/* n_tty_flush_input - throw away what was typed and not read */
void n_tty_flush_input(struct tty_struct *tty)
{
	unsigned long flags;

	spin_lock_irqsave(&tty->read_lock, flags);
	tty->read_tail = tty->canon_head = tty->read_head;
	tty->eof_pending = 0;
	check_unthrottle(tty);
	spin_unlock_irqrestore(&tty->read_lock, flags);
}

/*
 * n_tty_read - wait for input (unless raw mode's VMIN is 0), then up
 * to @nr bytes of it into user @buf: in canonical mode one line at
 * most, 0 for an EOF. -ERESTARTSYS if a signal comes first, -EFAULT.
 */
ssize_t n_tty_read(struct tty_struct *tty, char *buf, size_t nr)
{
	unsigned long flags;
	size_t n = 0;
	char c;

	/* race-free: input that comes between the test and the sleep
	 * wakes us (we are on the queue already) */
	if ((L_ICANON(tty) || MIN_CHAR(tty)) &&
	    wait_event_interruptible(tty->read_wait,
				     n_tty_input_available(tty)))
		return -ERESTARTSYS;
	spin_lock_irqsave(&tty->read_lock, flags);
	if (tty->read_tail == tty->canon_head && tty->eof_pending) {
		tty->eof_pending--;
		spin_unlock_irqrestore(&tty->read_lock, flags);
		return 0;
	}
	while (n < nr && tty->read_tail != tty->canon_head) {
		c = tty->read_buf[tty->read_tail];
		tty->read_tail = (tty->read_tail + 1) & BUF_MASK;
		/* put_user may fault and sleep: not under the lock */
		spin_unlock_irqrestore(&tty->read_lock, flags);
		if (put_user(c, buf + n))
			return -EFAULT;
		n++;
		spin_lock_irqsave(&tty->read_lock, flags);
		if (c == '\n' && L_ICANON(tty))
			break;
	}
	check_unthrottle(tty);
	spin_unlock_irqrestore(&tty->read_lock, flags);
	return n;
}

/* n_tty_set_termios - the settings changed: leaving canonical mode
 * makes the half-typed line readable at once */
void n_tty_set_termios(struct tty_struct *tty)
{
	unsigned long flags;

	spin_lock_irqsave(&tty->read_lock, flags);
	if (!L_ICANON(tty) && tty->canon_head != tty->read_head)
		end_line(tty);
	spin_unlock_irqrestore(&tty->read_lock, flags);
}
