/*
 * include/linux/major.h - the major numbers of the character devices
 * lk24 has, Linux's: /dev/null and friends, the terminals, and
 * /dev/tty and /dev/console.
 */
#ifndef _LINUX_MAJOR_H
#define _LINUX_MAJOR_H

#define MAX_CHRDEV	255
#define MEM_MAJOR	1	/* null 3, zero 5, full 7, random 8, urandom 9 */
#define TTY_MAJOR	4	/* tty0 0, tty1 1, ttyS0 64 */
#define TTYAUX_MAJOR	5	/* tty 0, console 1 */

#endif
