/*
 * kernel/signal.c - sending signals. force_sig marks a signal pending on
 * a task; the return path to user mode (do_signal) acts on it. Blocking,
 * handlers and kill(2) arrive with process management.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>

/* force_sig - make @sig pending on @p; it cannot be ignored. */
void force_sig(int sig, struct task_struct *p)
{
	sigaddset(&p->pending, sig);
	p->sigpending = 1;
}
