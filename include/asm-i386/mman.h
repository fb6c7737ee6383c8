/*
 * include/asm-i386/mman.h - mmap(2) protections and flags (i386 values).
 */
#ifndef __I386_MMAN_H__
#define __I386_MMAN_H__

#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define PROT_NONE	0x0
#define PROT_GROWSDOWN	0x01000000	/* mprotect: to the start of a stack */
#define PROT_GROWSUP	0x02000000	/* ... to the end (no i386 area) */

#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_TYPE	0x0f	/* the bits that hold the type */
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_GROWSDOWN	0x0100

#define MS_ASYNC	1	/* msync: start the writes, do not wait */
#define MS_INVALIDATE	2	/* drop other mappings' cached copies */
#define MS_SYNC		4	/* write and wait */

#define MCL_CURRENT	1	/* mlockall: what is mapped now */
#define MCL_FUTURE	2	/* and what will be */
#define MCL_ONFAULT	4	/* as it is touched (later Linux) */

#endif
