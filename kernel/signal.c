/*
 * kernel/signal.c - sending signals and the system calls that set what
 * a task does with them (book chapter 11): kill, rt_sigaction,
 * rt_sigprocmask. Delivery on the way back to user mode is in
 * arch/i386/kernel/signal.c. Queued real-time signals, process groups
 * and sigaltstack are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/current.h>

/* recalc_sigpending - is a signal pending that is not blocked? */
void recalc_sigpending(struct task_struct *p)
{
	p->sigpending = (p->pending.sig[0] & ~p->blocked.sig[0]) ||
			(p->pending.sig[1] & ~p->blocked.sig[1]);
}

/* send_sig - make @sig pending on @p and wake it. 0 or -EINVAL. */
int send_sig(int sig, struct task_struct *p)
{
	if (sig < 1 || sig > _NSIG)
		return -EINVAL;
	sigaddset(&p->pending, sig);
	recalc_sigpending(p);
	if (p->sigpending && p->state == TASK_INTERRUPTIBLE)
		wake_up_process(p);
	return 0;
}

/*
 * force_sig - a fault's signal: the task cannot block or ignore it, so
 * a blocked or ignored one is unblocked and reset to its default.
 */
void force_sig(int sig, struct task_struct *p)
{
	struct k_sigaction *ka = &p->sigaction[sig - 1];

	if (ka->sa_handler == SIG_IGN || sigismember(&p->blocked, sig)) {
		ka->sa_handler = SIG_DFL;
		sigdelset(&p->blocked, sig);
	}
	send_sig(sig, p);
}

/* dequeue_signal - the lowest pending signal not in @mask, taken off
 * the pending set; 0 if none. */
int dequeue_signal(sigset_t *mask)
{
	int sig;

	for (sig = 1; sig <= _NSIG; sig++) {
		if (!sigismember(&current->pending, sig) ||
		    sigismember(mask, sig))
			continue;
		sigdelset(&current->pending, sig);
		recalc_sigpending(current);
		return sig;
	}
	return 0;
}

/* sys_kill - signal process @pid (only single processes: no groups). */
asmlinkage long sys_kill(int pid, int sig)
{
	struct task_struct *p = pid > 0 ? find_task_by_pid(pid) : NULL;

	if (!p)
		return pid > 0 ? -ESRCH : -EINVAL;
	if (!sig)
		return 0;
	return send_sig(sig, p);
}

asmlinkage long sys_rt_sigaction(int sig, const struct k_sigaction *act,
				 struct k_sigaction *oact, size_t sigsetsize)
{
	struct k_sigaction new, *k;

	if (sigsetsize != sizeof(sigset_t) || sig < 1 || sig > _NSIG)
		return -EINVAL;
	k = &current->sigaction[sig - 1];
	if (act && copy_from_user(&new, act, sizeof(new)))
		return -EFAULT;
	if (act && (sig == SIGKILL || sig == SIGSTOP))
		return -EINVAL;
	if (oact && copy_to_user(oact, k, sizeof(*k)))
		return -EFAULT;
	if (act) {
		*k = new;
		sigdelset(&k->sa_mask, SIGKILL);
		sigdelset(&k->sa_mask, SIGSTOP);
	}
	return 0;
}

asmlinkage long sys_rt_sigprocmask(int how, sigset_t *set, sigset_t *oset,
				   size_t sigsetsize)
{
	sigset_t old = current->blocked, new;
	int i;

	if (sigsetsize != sizeof(sigset_t) ||
	    (set && how != SIG_BLOCK && how != SIG_UNBLOCK &&
	     how != SIG_SETMASK))
		return -EINVAL;
	if (set) {
		if (copy_from_user(&new, set, sizeof(new)))
			return -EFAULT;
		sigdelset(&new, SIGKILL);
		sigdelset(&new, SIGSTOP);
		for (i = 0; i < _NSIG / 32; i++) {
			if (how == SIG_BLOCK)
				current->blocked.sig[i] |= new.sig[i];
			else if (how == SIG_UNBLOCK)
				current->blocked.sig[i] &= ~new.sig[i];
			else
				current->blocked.sig[i] = new.sig[i];
		}
		recalc_sigpending(current);
	}
	if (oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}
