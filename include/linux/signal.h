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

#endif
