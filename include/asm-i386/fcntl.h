/*
 * include/asm-i386/fcntl.h - open(2) flags, Linux i386's values (octal).
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

#endif
