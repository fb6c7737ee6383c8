/*
 * include/linux/signal.h - signal sets, sigaction and siginfo (book
 * 11.1): a task's pending signals are a bitmap with a queue of their
 * siginfo (struct sigpending, as 2.4), what it does with each is a
 * k_sigaction in its signal_struct (linux/sched.h).
 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <linux/types.h>
#include <asm/signal.h>

#define _NSIG_WORDS	(_NSIG / 32)

typedef struct {
	unsigned long sig[_NSIG_WORDS];
} sigset_t;

static inline void sigaddset(sigset_t *set, int sig)
{
	set->sig[(sig - 1) / 32] |= 1UL << ((sig - 1) % 32);
}

static inline int sigismember(sigset_t *set, int sig)
{
	return (set->sig[(sig - 1) / 32] >> ((sig - 1) % 32)) & 1;
}

static inline void sigdelset(sigset_t *set, int sig)
{
	set->sig[(sig - 1) / 32] &= ~(1UL << ((sig - 1) % 32));
}

static inline void sigemptyset(sigset_t *set)
{
	set->sig[0] = set->sig[1] = 0;
}

/* sigdelsetmask - remove the signals of @mask (the first 32) */
static inline void sigdelsetmask(sigset_t *set, unsigned long mask)
{
	set->sig[0] &= ~mask;
}

/* sigset_any_unblocked - is a signal in @pend that @blocked lets by? */
static inline int sigset_any_unblocked(const sigset_t *pend,
				       const sigset_t *blocked)
{
	return (pend->sig[0] & ~blocked->sig[0]) ||
	       (pend->sig[1] & ~blocked->sig[1]);
}

/* signotset - every signal but those of @set */
static inline void signotset(sigset_t *set)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		set->sig[i] = ~set->sig[i];
}

/* sigandnsets - @r gets the signals of @a that are not in @b */
static inline void sigandnsets(sigset_t *r, const sigset_t *a,
			       const sigset_t *b)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		r->sig[i] = a->sig[i] & ~b->sig[i];
}

#define sigmask(sig)	(1UL << ((sig) - 1))

/* What a task does with a signal (rt_sigaction's struct) */
typedef void (*__sighandler_t)(int);
#define SIG_DFL		((__sighandler_t)0)
#define SIG_IGN		((__sighandler_t)1)
#define SIG_ERR		((__sighandler_t)-1)

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

struct k_sigaction {
	__sighandler_t sa_handler;
	unsigned long sa_flags;
	void (*sa_restorer)(void);
	sigset_t sa_mask;
};

/* The old sigaction(2) struct: a one-word mask */
struct old_sigaction {
	__sighandler_t sa_handler;
	unsigned long sa_mask;
	unsigned long sa_flags;
	void (*sa_restorer)(void);
};

/* The siginfo_t a SA_SIGINFO handler gets: 128 bytes, as on Linux */
typedef struct siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int _pad[29];
		struct {		/* kill(), tkill() */
			pid_t _pid;
			uid_t _uid;
		} _kill;
		struct {		/* SIGCHLD */
			pid_t _pid;
			uid_t _uid;
			int _status;
			long _utime, _stime;
		} _sigchld;
		struct {		/* SIGSEGV, SIGBUS, SIGILL, SIGFPE */
			void *_addr;	/* the faulting address */
		} _sigfault;
	} _sifields;
} siginfo_t;

#define si_pid		_sifields._kill._pid
#define si_uid		_sifields._kill._uid
#define si_status	_sifields._sigchld._status
#define si_addr		_sifields._sigfault._addr

/* si_code: who sent it, or why the CPU did */
#define SI_USER		0	/* kill() */
#define SI_KERNEL	0x80
#define SI_TKILL	(-6)
#define ILL_ILLOPN	2
#define ILL_PRVOPC	5
#define FPE_INTDIV	1	/* integer divide by zero */
#define FPE_FLTDIV	3	/* floating-point divide by zero */
#define FPE_FLTOVF	4	/* overflow */
#define FPE_FLTUND	5	/* underflow (or a denormal operand) */
#define FPE_FLTRES	6	/* inexact result */
#define FPE_FLTINV	7	/* invalid operation */
#define SEGV_MAPERR	1	/* no mapping at the address */
#define SEGV_ACCERR	2	/* a mapping that forbids the access */
#define BUS_ADRALN	1
#define TRAP_BRKPT	1
#define TRAP_TRACE	2
#define CLD_EXITED	1
#define CLD_KILLED	2
#define CLD_DUMPED	3
#define CLD_STOPPED	5
#define CLD_CONTINUED	6

/* One queued signal's siginfo (2.4's sigqueue) */
struct sigqueue {
	struct sigqueue *next;
	siginfo_t info;
};

struct sigpending {
	struct sigqueue *head, **tail;
	sigset_t signal;
};

#endif
