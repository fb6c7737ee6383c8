/*
 * include/linux/tty.h - the console terminal, cut down: one tty whose
 * input comes from the serial port and the keyboard (through
 * tty_insert_flip_char) and is edited a line at a time, with echo, as
 * 2.4's n_tty does in canonical mode. Job control and termios settings
 * other than these are left out.
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
	wait_queue_head_t read_wait;
};

extern struct tty_struct console_tty;

void tty_init(void);
void tty_insert_flip_char(struct tty_struct *tty, unsigned char ch,
			  char flag);

#endif
