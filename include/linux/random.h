/*
 * include/linux/random.h - random bytes for the kernel (AT_RANDOM).
 */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

void get_random_bytes(void *buf, int nbytes);

#endif
