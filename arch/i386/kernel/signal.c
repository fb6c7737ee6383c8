/*
 * arch/i386/kernel/signal.c - acting on pending signals on the way back
 * to user mode (entry.S, signal_return). Until handlers exist every
 * signal takes its default action, which for those the kernel sends is
 * to kill the task with the signal as its status.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <asm/ptrace.h>
#include <asm/current.h>

void do_exit(long code) __attribute__((noreturn));

/*
 * do_signal - called with the user registers of the current task when
 * sigpending is set. Returns 0 if nothing was delivered.
 */
int FASTCALL(do_signal(struct pt_regs *regs, sigset_t *oldset));
int __attribute__((regparm(3))) do_signal(struct pt_regs *regs,
					  sigset_t *oldset)
{
	int sig;

	for (sig = 1; sig < _NSIG; sig++) {
		if (!sigismember(&current->pending, sig))
			continue;
		printk(KERN_INFO "%s[%d]: killed by signal %d\n",
		       current->comm, current->pid, sig);
		do_exit(sig);
	}
	current->sigpending = 0;
	return 0;
}
