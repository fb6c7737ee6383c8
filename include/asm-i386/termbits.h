/*
 * include/asm-i386/termbits.h - struct termios and its flags, Linux
 * i386's values: what TCGETS and TCSETS move, and what n_tty obeys.
 * Only the flags lk24's n_tty acts on are named.
 */
#ifndef _I386_TERMBITS_H
#define _I386_TERMBITS_H

typedef unsigned char cc_t;
typedef unsigned int tcflag_t;

#define NCCS 19
struct termios {
	tcflag_t c_iflag;		/* input modes */
	tcflag_t c_oflag;		/* output modes */
	tcflag_t c_cflag;		/* control modes */
	tcflag_t c_lflag;		/* local modes */
	cc_t c_line;			/* line discipline: 0, n_tty */
	cc_t c_cc[NCCS];		/* the special characters */
};

/* c_cc indices */
#define VINTR		0
#define VQUIT		1
#define VERASE		2
#define VKILL		3
#define VEOF		4
#define VTIME		5
#define VMIN		6
#define VSUSP		10
#define VEOL		11
#define VWERASE		14

/* c_iflag */
#define INLCR		0000100
#define IGNCR		0000200
#define ICRNL		0000400

/* c_oflag */
#define OPOST		0000001
#define ONLCR		0000004

/* c_cflag */
#define B38400		0000017
#define CS8		0000060
#define CREAD		0000200

/* c_lflag */
#define ISIG		0000001
#define ICANON		0000002
#define ECHO		0000010
#define ECHOE		0000020
#define ECHOK		0000040
#define ECHONL		0000100
#define NOFLSH		0000200
#define TOSTOP		0000400
#define IEXTEN		0100000

/* TCFLSH's argument */
#define TCIFLUSH	0
#define TCOFLUSH	1
#define TCIOFLUSH	2

#endif
