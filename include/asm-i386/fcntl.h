/*
 * include/asm-i386/fcntl.h - open(2) flags, Linux i386's values (octal),
 * and fcntl(2)'s commands and descriptor flag.
 */
#ifndef _I386_FCNTL_H
#define _I386_FCNTL_H

#define O_ACCMODE	   0003
#define O_RDONLY	     00
#define O_WRONLY	     01
#define O_RDWR		     02
#define O_CREAT		   0100
#define O_EXCL		   0200
#define O_NOCTTY	   0400
#define O_TRUNC		  01000
#define O_APPEND	  02000
#define O_NONBLOCK	  04000
#define O_LARGEFILE	0100000
#define O_DIRECTORY	0200000
#define O_NOFOLLOW	0400000
#define O_DIRECT	 040000
#define O_NOATIME	01000000
#define FASYNC		 020000	/* O_ASYNC */

#define F_DUPFD		0	/* the lowest free descriptor >= arg */
#define F_GETFD		1	/* the descriptor's flags: FD_CLOEXEC */
#define F_SETFD		2
#define F_GETFL		3	/* the open file's status flags */
#define F_SETFL		4
#define F_SETOWN	8	/* who gets SIGIO: a pid, or -pgrp */
#define F_GETOWN	9
#define F_SETSIG	10	/* the signal sent instead of SIGIO */
#define F_GETSIG	11
#define FD_CLOEXEC	1	/* closed by execve */

#endif
