/*
 * include/asm-i386/poll.h - poll(2)'s event bits and struct pollfd,
 * Linux i386's values.
 */
#ifndef _I386_POLL_H
#define _I386_POLL_H

#define POLLIN		0x0001	/* there is data to read */
#define POLLPRI		0x0002	/* urgent data */
#define POLLOUT		0x0004	/* writing will not block */
#define POLLERR		0x0008	/* an error: the pipe's reader left */
#define POLLHUP		0x0010	/* hung up: the pipe's writer left */
#define POLLNVAL	0x0020	/* the descriptor is not open */
#define POLLRDNORM	0x0040
#define POLLRDBAND	0x0080
#define POLLWRNORM	0x0100
#define POLLWRBAND	0x0200

struct pollfd {
	int fd;
	short events;
	short revents;
};

#endif
