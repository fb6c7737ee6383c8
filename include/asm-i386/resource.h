/*
 * include/asm-i386/resource.h - the resource limits (book 3.2.5): their
 * numbers, as i386 Linux has them, and process 0's values (INIT_RLIMITS),
 * which every process inherits unless it lowers them.
 */
#ifndef _I386_RESOURCE_H
#define _I386_RESOURCE_H

#define RLIMIT_CPU	0	/* CPU time in seconds */
#define RLIMIT_FSIZE	1	/* largest file */
#define RLIMIT_DATA	2	/* largest data segment */
#define RLIMIT_STACK	3	/* largest stack */
#define RLIMIT_CORE	4	/* largest core file */
#define RLIMIT_RSS	5	/* largest resident set */
#define RLIMIT_NPROC	6	/* processes per user */
#define RLIMIT_NOFILE	7	/* open files */
#define RLIMIT_MEMLOCK	8	/* locked-in-memory bytes */
#define RLIMIT_AS	9	/* address space */
#define RLIMIT_LOCKS	10	/* file locks */
#define RLIM_NLIMITS	11

#define RLIM_INFINITY	(~0UL)

/* The stack limit processes start with: 8 MB, as on Linux */
#define _STK_LIM	(8 * 1024 * 1024)

/* The NPROC and NOFILE entries are set by fork_init and the file table */
#define INIT_RLIMITS						\
{								\
	{ RLIM_INFINITY, RLIM_INFINITY },	/* CPU */	\
	{ RLIM_INFINITY, RLIM_INFINITY },	/* FSIZE */	\
	{ RLIM_INFINITY, RLIM_INFINITY },	/* DATA */	\
	{ _STK_LIM,      RLIM_INFINITY },	/* STACK */	\
	{ 0,             RLIM_INFINITY },	/* CORE */	\
	{ RLIM_INFINITY, RLIM_INFINITY },	/* RSS */	\
	{ 0,             0             },	/* NPROC */	\
	{ INR_OPEN_CUR,  INR_OPEN_MAX  },	/* NOFILE */	\
	{ RLIM_INFINITY, RLIM_INFINITY },	/* MEMLOCK */	\
	{ RLIM_INFINITY, RLIM_INFINITY },	/* AS */	\
	{ RLIM_INFINITY, RLIM_INFINITY },	/* LOCKS */	\
}

#endif
