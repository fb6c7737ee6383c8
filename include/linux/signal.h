/*
 * include/linux/signal.h - a task's pending signals as a bitmap.
 * Handlers, masks and sigaction arrive with process management; until
 * then do_signal applies the default action.
 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <asm/signal.h>

typedef struct {
	unsigned long sig[_NSIG / 32];
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

#define sigmask(sig)	(1UL << ((sig) - 1))

/* What a task does with a signal (rt_sigaction's struct) */
typedef void (*__sighandler_t)(int);
#define SIG_DFL		((__sighandler_t)0)
#define SIG_IGN		((__sighandler_t)1)

#define SA_SIGINFO	0x00000004
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000
#define SA_RESTORER	0x04000000

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

struct k_sigaction {
	__sighandler_t sa_handler;
	unsigned long sa_flags;
	void (*sa_restorer)(void);
	sigset_t sa_mask;
};

/* The siginfo_t a SA_SIGINFO handler gets: 128 bytes, as on Linux */
typedef struct siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int _pad[29];
		struct {
			void *_addr;	/* the faulting address */
		} _sigfault;
	} _sifields;
} siginfo_t;

struct task_struct;
int send_sig(int sig, struct task_struct *p);
void force_sig(int sig, struct task_struct *p);
void recalc_sigpending(struct task_struct *p);
int dequeue_signal(sigset_t *mask);

#endif
