/*
 * include/linux/tty.h - the console terminal: one tty whose input comes
 * from the serial port and the keyboard (through tty_insert_flip_char)
 * into the line discipline, drivers/char/n_tty.c: a line at a time in
 * canonical mode, byte by byte in raw mode, echoed or not, as its
 * termios says. It is the controlling terminal of one session, whose
 * foreground group gets ^C, ^Z and ^\ as signals. When its buffer is
 * full the serial port is throttled: bytes wait in the UART, not lost.
 * 2.4's other ttys, ptys and line disciplines are left out.
 */
#ifndef _LINUX_TTY_H
#define _LINUX_TTY_H

#include <linux/wait.h>
#include <asm/termbits.h>

struct winsize {
	unsigned short ws_row, ws_col;
	unsigned short ws_xpixel, ws_ypixel;
};

#define N_TTY_BUF_SIZE	4096

struct tty_struct;

/* What the line discipline asks of the driver that feeds it: stop
 * sending (the buffer is full), start again (it has room) */
struct tty_driver {
	void (*throttle)(struct tty_struct *tty);
	void (*unthrottle)(struct tty_struct *tty);
};

/* read_lock guards read_buf and its heads, eof_pending, throttled and
 * the termios n_tty reads: the interrupt that receives a byte may run
 * on another CPU than read(2). Taken with interrupts off. */
struct tty_struct {
	spinlock_t read_lock;
	unsigned char read_buf[N_TTY_BUF_SIZE];
	unsigned int read_head;		/* where the next byte goes */
	unsigned int canon_head;	/* end of the last complete line */
	unsigned int read_tail;		/* next byte for read(2) */
	unsigned int eof_pending;	/* ^D typed on an empty line */
	wait_queue_head_t read_wait;
	int pgrp;			/* the foreground process group */
	int session;			/* the session it controls, or 0 */
	struct termios termios;		/* read_lock: n_tty reads it */
	struct winsize winsize;
	struct tty_driver driver;	/* the serial port's, set by rs_init */
	int throttled;			/* read_lock */
};

/* The special characters and modes, as 2.4 names them */
#define INTR_CHAR(tty)	((tty)->termios.c_cc[VINTR])
#define QUIT_CHAR(tty)	((tty)->termios.c_cc[VQUIT])
#define SUSP_CHAR(tty)	((tty)->termios.c_cc[VSUSP])
#define ERASE_CHAR(tty)	((tty)->termios.c_cc[VERASE])
#define KILL_CHAR(tty)	((tty)->termios.c_cc[VKILL])
#define WERASE_CHAR(tty) ((tty)->termios.c_cc[VWERASE])
#define EOF_CHAR(tty)	((tty)->termios.c_cc[VEOF])
#define EOL_CHAR(tty)	((tty)->termios.c_cc[VEOL])
#define MIN_CHAR(tty)	((tty)->termios.c_cc[VMIN])
#define I_ICRNL(tty)	((tty)->termios.c_iflag & ICRNL)
#define I_IGNCR(tty)	((tty)->termios.c_iflag & IGNCR)
#define L_ICANON(tty)	((tty)->termios.c_lflag & ICANON)
#define L_ISIG(tty)	((tty)->termios.c_lflag & ISIG)
#define L_ECHO(tty)	((tty)->termios.c_lflag & ECHO)
#define L_ECHOE(tty)	((tty)->termios.c_lflag & ECHOE)
#define L_ECHONL(tty)	((tty)->termios.c_lflag & ECHONL)
#define L_TOSTOP(tty)	((tty)->termios.c_lflag & TOSTOP)

extern struct tty_struct console_tty;

void tty_init(void);
void disassociate_ctty(int on_exit);
int tty_check_change(struct tty_struct *tty);

/* drivers/char/n_tty.c: the line discipline */
void n_tty_receive_char(struct tty_struct *tty, unsigned char c);
ssize_t n_tty_read(struct tty_struct *tty, char *buf, size_t nr);
int n_tty_input_available(struct tty_struct *tty);
int n_tty_receive_room(struct tty_struct *tty);
void n_tty_flush_input(struct tty_struct *tty);
void n_tty_set_termios(struct tty_struct *tty);
void echo_char(unsigned char c);	/* drivers/char/tty_io.c */

/* drivers/char/tty_ioctl.c: termios and the window size */
int n_tty_ioctl(struct tty_struct *tty, unsigned int cmd,
		unsigned long arg);
void tty_insert_flip_char(struct tty_struct *tty, unsigned char ch,
			  char flag);

#endif
