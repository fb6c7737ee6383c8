/*
 * include/asm-i386/mman.h - mmap(2) protections and flags (i386 values).
 */
#ifndef __I386_MMAN_H__
#define __I386_MMAN_H__

#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define PROT_NONE	0x0

#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_TYPE	0x0f	/* the bits that hold the type */
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_GROWSDOWN	0x0100

#endif
