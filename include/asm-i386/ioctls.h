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
#define TIOCGWINSZ	0x5413
#define FIONREAD	0x541B

#endif
