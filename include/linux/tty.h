/*
 * include/linux/tty.h - the console terminal, cut down: one tty whose
 * input comes from the serial port and the keyboard (through
 * tty_insert_flip_char) and is edited a line at a time, with echo, as
 * 2.4's n_tty does in canonical mode. It is the controlling terminal of
 * one session, whose foreground group gets ^C, ^Z and ^\ as signals.
 * Other termios settings (raw mode) are left out.
 */
#ifndef _LINUX_TTY_H
#define _LINUX_TTY_H

#include <linux/wait.h>

#define N_TTY_BUF_SIZE	4096

struct tty_struct {
	unsigned char read_buf[N_TTY_BUF_SIZE];
	unsigned int read_head;		/* where the next byte goes */
	unsigned int canon_head;	/* end of the last complete line */
	unsigned int read_tail;		/* next byte for read(2) */
	unsigned int eof_pending;	/* ^D typed on an empty line */
	wait_queue_head_t read_wait;
	int pgrp;			/* the foreground process group */
	int session;			/* the session it controls, or 0 */
};

/* The characters n_tty acts on in canonical mode (termios c_cc) */
#define INTR_CHAR	'\003'	/* ^C: SIGINT */
#define QUIT_CHAR	'\034'	/* ^\: SIGQUIT */
#define SUSP_CHAR	'\032'	/* ^Z: SIGTSTP */
#define EOF_CHAR	'\004'	/* ^D: end of file at a line's start */

extern struct tty_struct console_tty;

void tty_init(void);
void disassociate_ctty(int on_exit);
void tty_insert_flip_char(struct tty_struct *tty, unsigned char ch,
			  char flag);

#endif
