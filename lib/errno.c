/*
 * lib/errno.c - errno for the system calls the kernel makes itself.
 */
int errno;
