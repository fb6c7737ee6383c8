/*
 * include/linux/random.h - random bytes for the kernel (AT_RANDOM) and
 * for /dev/random and /dev/urandom.
 */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

void get_random_bytes(void *buf, int nbytes);
extern struct file_operations random_fops, urandom_fops;

#endif
