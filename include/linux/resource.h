/*
 * include/linux/resource.h - struct rlimit and struct rusage, as
 * getrlimit(2) and wait4(2)/getrusage(2) pass them.
 */
#ifndef _LINUX_RESOURCE_H
#define _LINUX_RESOURCE_H

#include <linux/time.h>
#include <asm/resource.h>

#define RUSAGE_SELF	0
#define RUSAGE_CHILDREN	(-1)
#define RUSAGE_THREAD	1	/* 2.6's: the calling thread, here the task */

struct rusage {
	struct timeval ru_utime;	/* user time used */
	struct timeval ru_stime;	/* system time used */
	long ru_maxrss, ru_ixrss, ru_idrss, ru_isrss;
	long ru_minflt;			/* page faults without I/O */
	long ru_majflt;			/* page faults with I/O */
	long ru_nswap, ru_inblock, ru_oublock, ru_msgsnd, ru_msgrcv;
	long ru_nsignals, ru_nvcsw, ru_nivcsw;
};

struct rlimit {
	unsigned long rlim_cur;		/* the soft limit, enforced */
	unsigned long rlim_max;		/* the ceiling for rlim_cur */
};

#define PRIO_MIN	(-20)
#define PRIO_MAX	20
#define PRIO_PROCESS	0
#define PRIO_PGRP	1
#define PRIO_USER	2

#endif
