/*
 * include/asm-i386/ioctls.h - the ioctl numbers of terminals and of
 * FIONREAD, Linux i386's values: the terminal settings (termios), the
 * window size, and the bytes waiting to be read.
 */
#ifndef __ARCH_I386_IOCTLS_H__
#define __ARCH_I386_IOCTLS_H__

#define TCGETS		0x5401
#define TCSETS		0x5402
#define TCSETSW		0x5403
#define TCSETSF		0x5404
#define TCFLSH		0x540B	/* throw away input, output or both */
#define TIOCSCTTY	0x540E	/* make it the controlling terminal */
#define TIOCGPGRP	0x540F	/* its foreground process group */
#define TIOCSPGRP	0x5410
#define TIOCGWINSZ	0x5413
#define TIOCSWINSZ	0x5414
#define TIOCNOTTY	0x5422	/* give up the controlling terminal */
#define TIOCGSID	0x5429	/* the session it controls */
#define FIONREAD	0x541B

#endif
