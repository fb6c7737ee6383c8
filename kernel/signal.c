/*
 * kernel/signal.c - sending signals and the calls that choose what a
 * task does with them (book 11.2-11.4): a signal is checked (range,
 * permission), dropped if it would be ignored, queued with its siginfo
 * and the task woken. Delivery on the way back to user mode is in
 * arch/i386/kernel/signal.c. Process 1 gets only the signals it has a
 * handler for, as on Linux. Queued real-time signals are limited only
 * by memory.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/signal.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/current.h>
#include <asm/smp.h>

/* signals_init - from start_kernel (2.4 makes its sigqueue cache here;
 * lk24's queue entries come from kmalloc). */
void __init signals_init(void)
{
	printk(KERN_INFO "signals_init: %d signals, siginfo queued per "
	       "signal\n", _NSIG);
}

/* flush_sigqueue - free every queued siginfo of @queue and clear it. */
static void flush_sigqueue(struct sigpending *queue)
{
	struct sigqueue *q, *n;

	sigemptyset(&queue->signal);
	q = queue->head;
	queue->head = NULL;
	queue->tail = &queue->head;
	for (; q; q = n) {
		n = q->next;
		kfree(q);
	}
}

/* flush_signals - @t forgets every pending signal. */
void flush_signals(struct task_struct *t)
{
	t->sigpending = 0;
	flush_sigqueue(&t->pending);
}

/* flush_signal_handlers - execve: handlers go back to SIG_DFL; ignored
 * signals stay ignored. */
void flush_signal_handlers(struct task_struct *t)
{
	struct k_sigaction *ka = &t->sig->action[0];
	int i;

	for (i = _NSIG; i != 0; i--, ka++) {
		if (ka->sa_handler != SIG_IGN)
			ka->sa_handler = SIG_DFL;
		ka->sa_flags = 0;
		sigemptyset(&ka->sa_mask);
	}
}

/* recalc_sigpending - is a signal pending that @t does not block? */
void recalc_sigpending(struct task_struct *t)
{
	t->sigpending = sigset_any_unblocked(&t->pending.signal, &t->blocked);
}

/* collect_signal - take @sig off @list; its siginfo into @info. */
static void collect_signal(int sig, struct sigpending *list, siginfo_t *info)
{
	struct sigqueue *q, **pp = &list->head;
	int more = 0;

	for (q = list->head; q && q->info.si_signo != sig; q = q->next)
		pp = &q->next;
	if (q) {
		struct sigqueue *n;

		*pp = q->next;
		if (list->tail == &q->next)
			list->tail = pp;
		for (n = q->next; n; n = n->next)
			more |= n->info.si_signo == sig;
		*info = q->info;
		kfree(q);
	} else {
		memset(info, 0, sizeof(*info));
		info->si_signo = sig;
	}
	if (!more)
		sigdelset(&list->signal, sig);
}

/*
 * dequeue_signal - the lowest pending signal of the current task not in
 * @mask, taken off the queue with its siginfo in @info; 0 if none.
 * SIGKILL comes first: a fault's signal that keeps coming back (a
 * handler that cannot be entered) must not keep the kill waiting.
 */
int dequeue_signal(sigset_t *mask, siginfo_t *info)
{
	unsigned long x;
	int i, sig;

	if (sigismember(&current->pending.signal, SIGKILL)) {
		collect_signal(SIGKILL, &current->pending, info);
		recalc_sigpending(current);
		return SIGKILL;
	}
	for (i = 0; i < _NSIG_WORDS; i++) {
		x = current->pending.signal.sig[i] & ~mask->sig[i];
		if (!x)
			continue;
		sig = i * 32 + __ffs(x) + 1;	/* a word at a time, as 2.4 */
		collect_signal(sig, &current->pending, info);
		recalc_sigpending(current);
		return sig;
	}
	return 0;
}

/* rm_sig_from_queue - forget @sig pending on @t */
static void rm_sig_from_queue(int sig, struct task_struct *t)
{
	siginfo_t info;

	while (sigismember(&t->pending.signal, sig))
		collect_signal(sig, &t->pending, &info);
}

/* Who sends: (void *)0 a user, (void *)1 the kernel, (void *)2 the
 * kernel forcing a fault's signal, else a siginfo */
#define SEND_USER	((struct siginfo *)0)
#define SEND_KERNEL	((struct siginfo *)1)
#define SEND_FORCED	((struct siginfo *)2)
#define from_kernel(info) \
	((unsigned long)(info) <= 2 ? (info) != SEND_USER : \
	 (info)->si_code > 0)

/* bad_signal - may the current task signal @t? Root may; others only
 * their own uid's tasks, and SIGCONT within the session. */
static int bad_signal(int sig, struct siginfo *info, struct task_struct *t)
{
	if (from_kernel(info))
		return 0;
	if (sig == SIGCONT && current->session == t->session)
		return 0;
	if (current->euid == t->suid || current->euid == t->uid ||
	    current->uid == t->suid || current->uid == t->uid)
		return 0;
	return current->euid != 0;
}

/*
 * handle_stop_signal - SIGCONT and SIGKILL wake a stopped task and drop
 * its pending stop signals; a stop signal drops a pending SIGCONT.
 */
static void handle_stop_signal(int sig, struct task_struct *t)
{
	if (sig == SIGKILL || sig == SIGCONT) {
		if (t->state == TASK_STOPPED)
			wake_up_process(t);
		t->exit_code = 0;
		rm_sig_from_queue(SIGSTOP, t);
		rm_sig_from_queue(SIGTSTP, t);
		rm_sig_from_queue(SIGTTOU, t);
		rm_sig_from_queue(SIGTTIN, t);
		recalc_sigpending(t);
	} else if (sig_kernel_stop(sig)) {
		rm_sig_from_queue(SIGCONT, t);
		recalc_sigpending(t);
	}
}

/*
 * ignored_signal - would @t do nothing with @sig? A blocked signal is
 * kept (it may be unblocked); SIG_IGN and default-ignore ones are not.
 * Init drops every signal it has no handler for, unless forced.
 */
static int ignored_signal(int sig, int forced, struct task_struct *t)
{
	__sighandler_t handler = t->sig->action[sig - 1].sa_handler;

	if (is_init(t) && handler == SIG_DFL &&
	    (!forced || sig_kernel_only(sig)))
		return 1;
	if (sigismember(&t->blocked, sig))
		return 0;
	return handler == SIG_IGN ||
	       (handler == SIG_DFL && sig_kernel_ignore(sig));
}

/* send_signal - queue @sig for @t with its siginfo. A classic signal
 * that is pending already is not queued twice. */
static int send_signal(int sig, struct siginfo *info, struct task_struct *t)
{
	struct sigqueue *q;

	if (sig < SIGRTMIN && sigismember(&t->pending.signal, sig))
		return 0;
	q = kmalloc(sizeof(*q), GFP_ATOMIC);
	if (q) {
		q->next = NULL;
		*t->pending.tail = q;
		t->pending.tail = &q->next;
		memset(&q->info, 0, sizeof(q->info));
		q->info.si_signo = sig;
		if ((unsigned long)info > 2) {
			q->info = *info;
		} else if (info == SEND_USER) {
			q->info.si_pid = current->tgid;
			q->info.si_uid = current->uid;
		} else {
			q->info.si_code = SI_KERNEL;
		}
	} else if (sig >= SIGRTMIN && (unsigned long)info > 2 &&
		   info->si_code != SI_USER) {
		return -EAGAIN;
	}
	sigaddset(&t->pending.signal, sig);
	return 0;
}

/* signal_wake_up - @t has a signal it does not block: make it act. A
 * sleeper is woken; one running on another CPU gets a reschedule IPI,
 * whose way back to user mode delivers the signal. */
static void signal_wake_up(struct task_struct *t)
{
	t->sigpending = 1;
	if (t->state & TASK_INTERRUPTIBLE)
		wake_up_process(t);
	else if (task_has_cpu(t) && t->processor != smp_processor_id())
		smp_send_reschedule(t->processor);
}

/*
 * deliver_signal - send @sig (0: only check) with @info to @t; @forced:
 * a fault's signal, which even init cannot refuse. Returns 0, -EINVAL
 * for a bad number, -EPERM if the sender may not, -EAGAIN if a
 * real-time signal cannot be queued.
 */
static int deliver_signal(int sig, struct siginfo *info,
			  struct task_struct *t, int forced)
{
	unsigned long flags;
	int ret;

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (bad_signal(sig, info, t))
		return -EPERM;
	if (!sig || !t->sig)
		return 0;
	spin_lock_irqsave(&t->sigmask_lock, flags);
	handle_stop_signal(sig, t);
	ret = 0;
	if (ignored_signal(sig, forced, t))
		goto out;
	ret = send_signal(sig, info, t);
	if (!ret && !sigismember(&t->blocked, sig))
		signal_wake_up(t);
out:
	spin_unlock_irqrestore(&t->sigmask_lock, flags);
	return ret;
}

/* send_sig_info - @sig with @info to @t, as deliver_signal says */
int send_sig_info(int sig, struct siginfo *info, struct task_struct *t)
{
	return deliver_signal(sig, info, t, info == SEND_FORCED);
}

/*
 * force_sig_info - a signal the task cannot refuse (a fault's): if it
 * is ignored or blocked, it is unblocked and gets its default action.
 */
int force_sig_info(int sig, struct siginfo *info, struct task_struct *t)
{
	struct k_sigaction *ka;

	if (!t->sig)
		return -ESRCH;
	ka = &t->sig->action[sig - 1];
	if (ka->sa_handler == SIG_IGN)
		ka->sa_handler = SIG_DFL;
	sigdelset(&t->blocked, sig);
	recalc_sigpending(t);
	return deliver_signal(sig, (unsigned long)info > 2 ? info :
			      SEND_FORCED, t, 1);
}

void force_sig(int sig, struct task_struct *p)
{
	force_sig_info(sig, SEND_FORCED, p);
}

/* send_sig - from the kernel (@priv) or on a user's behalf */
int send_sig(int sig, struct task_struct *p, int priv)
{
	return send_sig_info(sig, priv ? SEND_KERNEL : SEND_USER, p);
}

/* kill_pg_info - @sig to every task of process group @pgrp. Returns 0
 * if one got it, else the last error, -ESRCH if there are none. */
static int kill_pg_info(int sig, struct siginfo *info, pid_t pgrp)
{
	struct task_struct *p;
	int retval = -ESRCH, found = 0, err;

	if (pgrp <= 0)
		return -EINVAL;
	read_lock(&tasklist_lock);	/* a tty interrupt sends these too */
	for_each_task(p) {
		if (p->pgrp != pgrp)
			continue;
		err = send_sig_info(sig, info, p);
		if (!err)
			found = 1;
		else
			retval = err;
	}
	read_unlock(&tasklist_lock);
	return found ? 0 : retval;
}

int kill_pg(pid_t pgrp, int sig, int priv)
{
	return kill_pg_info(sig, priv ? SEND_KERNEL : SEND_USER, pgrp);
}

int kill_proc(pid_t pid, int sig, int priv)
{
	struct task_struct *p;
	int err = -ESRCH;

	read_lock(&tasklist_lock);
	p = find_task_by_pid(pid);
	if (p)
		err = send_sig(sig, p, priv);
	read_unlock(&tasklist_lock);
	return err;
}

/* kill_all - kill(-1, sig): every process but the idle tasks, init and
 * the caller's thread group, kernel threads included as on Linux (so
 * -ESRCH, for none, is rare). 0 if one took it, else the last error
 * other than -EPERM. */
static int kill_all(int sig, struct siginfo *info)
{
	struct task_struct *p;
	int retval = 0, count = 0, err;

	for_each_task(p) {
		if (p->pid <= 1 || p->tgid == current->tgid)
			continue;
		count++;
		/* a kernel thread counts, as on Linux, but takes no
		 * signal: only whether the caller may send it is asked */
		if (p->flags & PF_KTHREAD && sig > 0 && sig <= _NSIG)
			err = send_sig_info(0, info, p);
		else
			err = send_sig_info(sig, info, p);
		if (err != -EPERM)
			retval = err;
	}
	return count ? retval : -ESRCH;
}

/* sys_kill - @sig to process @pid, to the caller's group (0), to every
 * process it may signal (-1), or to process group -@pid. INT_MIN names
 * no group (it has no negation): -ESRCH, as on Linux. */
asmlinkage long sys_kill(int pid, int sig)
{
	struct task_struct *p;

	if (pid == INT_MIN)
		return -ESRCH;
	if (pid > 0) {
		p = find_task_by_pid(pid);
		if (!p || (p->state == TASK_ZOMBIE && !p->sig))
			return -ESRCH;
		return send_sig_info(sig, SEND_USER, p);
	}
	if (!pid)
		return kill_pg_info(sig, SEND_USER, current->pgrp);
	if (pid == -1)
		return kill_all(sig, SEND_USER);
	return kill_pg_info(sig, SEND_USER, -pid);
}

/* sys_tkill - @sig to the one thread @pid */
asmlinkage long sys_tkill(int pid, int sig)
{
	struct siginfo info;
	struct task_struct *p;

	if (pid <= 0)
		return -EINVAL;
	memset(&info, 0, sizeof(info));
	info.si_signo = sig;
	info.si_code = SI_TKILL;
	info.si_pid = current->tgid;
	info.si_uid = current->uid;
	p = find_task_by_pid(pid);
	return p ? send_sig_info(sig, &info, p) : -ESRCH;
}

/*
 * notify_parent - @tsk died or stopped: @sig (SIGCHLD unless clone chose
 * another) to its parent, with the status in the siginfo, and the
 * parent's wait4 woken.
 */
void notify_parent(struct task_struct *tsk, int sig)
{
	struct siginfo info;
	int why, status = tsk->exit_code;

	memset(&info, 0, sizeof(info));
	info.si_signo = sig;
	info.si_pid = tsk->pid;
	info.si_uid = tsk->uid;
	why = CLD_EXITED;
	if (tsk->state == TASK_STOPPED) {
		why = CLD_STOPPED;
		status &= 0x7f;
	} else if (status & 0x7f) {
		why = (status & 0x80) ? CLD_DUMPED : CLD_KILLED;
		status &= 0x7f;
	} else {
		status >>= 8;
	}
	info.si_code = why;
	info.si_status = status;
	info._sifields._sigchld._utime = tsk->times_utime;
	info._sifields._sigchld._stime = tsk->times_stime;
	send_sig_info(sig, &info, tsk->p_pptr);
	wake_up_interruptible(&tsk->p_pptr->wait_chldexit);
}

/*
 * do_sigaction - set (@act) and/or read (@oact) what the current task
 * does with @sig. SIGKILL's and SIGSTOP's cannot be set. A signal newly
 * ignored is dropped from the pending set, as POSIX asks.
 */
int do_sigaction(int sig, const struct k_sigaction *act,
		 struct k_sigaction *oact)
{
	struct k_sigaction *k;

	if (sig < 1 || sig > _NSIG || (act && sig_kernel_only(sig)))
		return -EINVAL;
	k = &current->sig->action[sig - 1];
	if (oact)
		*oact = *k;
	if (!act)
		return 0;
	*k = *act;
	sigdelset(&k->sa_mask, SIGKILL);
	sigdelset(&k->sa_mask, SIGSTOP);
	if (k->sa_handler == SIG_IGN ||
	    (k->sa_handler == SIG_DFL && sig_kernel_ignore(sig))) {
		rm_sig_from_queue(sig, current);
		recalc_sigpending(current);
	}
	return 0;
}

asmlinkage long sys_rt_sigaction(int sig, const struct k_sigaction *act,
				 struct k_sigaction *oact, size_t sigsetsize)
{
	struct k_sigaction new, old;
	int ret;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (act && copy_from_user(&new, act, sizeof(new)))
		return -EFAULT;
	ret = do_sigaction(sig, act ? &new : NULL, oact ? &old : NULL);
	if (!ret && oact && copy_to_user(oact, &old, sizeof(old)))
		return -EFAULT;
	return ret;
}

/* sys_signal - the oldest interface: a handler that resets itself and
 * does not block its signal (SysV semantics). Returns the old one. */
asmlinkage unsigned long sys_signal(int sig, __sighandler_t handler)
{
	struct k_sigaction new, old;
	int ret;

	new.sa_handler = handler;
	new.sa_flags = SA_RESETHAND | SA_NODEFER;
	new.sa_restorer = NULL;
	sigemptyset(&new.sa_mask);
	ret = do_sigaction(sig, &new, &old);
	return ret ? (unsigned long)ret : (unsigned long)old.sa_handler;
}

/* change_blocked - apply @how with @new to the current blocked set. */
static void change_blocked(int how, sigset_t *new)
{
	int i;

	sigdelset(new, SIGKILL);
	sigdelset(new, SIGSTOP);
	for (i = 0; i < _NSIG_WORDS; i++) {
		if (how == SIG_BLOCK)
			current->blocked.sig[i] |= new->sig[i];
		else if (how == SIG_UNBLOCK)
			current->blocked.sig[i] &= ~new->sig[i];
		else
			current->blocked.sig[i] = new->sig[i];
	}
	recalc_sigpending(current);
}

asmlinkage long sys_rt_sigprocmask(int how, sigset_t *set, sigset_t *oset,
				   size_t sigsetsize)
{
	sigset_t old = current->blocked, new;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (set) {
		if (copy_from_user(&new, set, sizeof(new)))
			return -EFAULT;
		if (how != SIG_BLOCK && how != SIG_UNBLOCK &&
		    how != SIG_SETMASK)
			return -EINVAL;
		change_blocked(how, &new);
	}
	if (oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

/* sys_sigprocmask - the old interface: the first 32 signals only */
asmlinkage long sys_sigprocmask(int how, unsigned long *set,
				unsigned long *oset)
{
	unsigned long old = current->blocked.sig[0];
	sigset_t new;

	if (set) {
		sigemptyset(&new);
		if (get_user(new.sig[0], set))
			return -EFAULT;
		if (how == SIG_SETMASK)
			new.sig[1] = current->blocked.sig[1];
		else if (how != SIG_BLOCK && how != SIG_UNBLOCK)
			return -EINVAL;
		change_blocked(how, &new);
	}
	if (oset && put_user(old, oset))
		return -EFAULT;
	return 0;
}

/* take_one_of - dequeue_signal for sigtimedwait: a pending SIGKILL,
 * which dequeue_signal gives first whatever the mask, is left for
 * do_signal, since no one may wait for it */
static int take_one_of(sigset_t *others, siginfo_t *info)
{
	if (sigismember(&current->pending.signal, SIGKILL))
		return 0;
	return dequeue_signal(others, info);
}

/*
 * wait_for_one_of - take a pending signal of @these off the queue, its
 * siginfo in @info; if there is none, unblock them and sleep up to
 * @timeout ticks for one to come. Its number, -EAGAIN when the time is
 * up, -EINTR when another signal (one with a handler) woke the task.
 */
static int wait_for_one_of(const sigset_t *these, siginfo_t *info,
			   long timeout)
{
	sigset_t others = *these, blocked = current->blocked;
	int sig;

	signotset(&others);
	spin_lock_irq(&current->sigmask_lock);
	sig = take_one_of(&others, info);
	if (!sig && timeout) {
		sigandnsets(&current->blocked, &blocked, these);
		recalc_sigpending(current);
		/* asleep before the lock goes: a signal sent in between
		 * finds the task to wake, or schedule() sees it pending */
		current->state = TASK_INTERRUPTIBLE;
		spin_unlock_irq(&current->sigmask_lock);
		timeout = schedule_timeout(timeout);
		spin_lock_irq(&current->sigmask_lock);
		sig = take_one_of(&others, info);
		current->blocked = blocked;
		recalc_sigpending(current);
	}
	spin_unlock_irq(&current->sigmask_lock);
	if (sig)
		return sig;
	return timeout ? -EINTR : -EAGAIN;
}

/*
 * sys_rt_sigtimedwait - sigwaitinfo(2) and sigtimedwait(2): wait for a
 * signal of *@uthese (usually blocked, so no handler runs) and take it,
 * its siginfo into *@uinfo if given. With @uts, wait at most that long
 * (-EAGAIN; 0 polls). SIGKILL and SIGSTOP cannot be waited for. The
 * signal's number, or -EINTR, -EINVAL, -EFAULT.
 */
asmlinkage long sys_rt_sigtimedwait(const sigset_t *uthese, siginfo_t *uinfo,
				    const struct timespec *uts,
				    size_t sigsetsize)
{
	long timeout = MAX_SCHEDULE_TIMEOUT;
	struct timespec ts;
	siginfo_t info;
	sigset_t these;
	int sig;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&these, uthese, sizeof(these)))
		return -EFAULT;
	sigdelsetmask(&these, sigmask(SIGKILL) | sigmask(SIGSTOP));
	if (uts) {
		if (copy_from_user(&ts, uts, sizeof(ts)))
			return -EFAULT;
		if (!timespec_valid(&ts))
			return -EINVAL;
		timeout = timespec_to_jiffies(&ts) + (ts.tv_sec || ts.tv_nsec);
	}
	sig = wait_for_one_of(&these, &info, timeout);
	if (sig > 0 && uinfo && copy_to_user(uinfo, &info, sizeof(info)))
		return -EFAULT;
	return sig;
}

/* sys_rt_sigpending - the signals pending and blocked */
asmlinkage long sys_rt_sigpending(sigset_t *set, size_t sigsetsize)
{
	sigset_t pending;

	if (sigsetsize > sizeof(sigset_t))
		return -EINVAL;
	pending.sig[0] = current->pending.signal.sig[0] &
			 current->blocked.sig[0];
	pending.sig[1] = current->pending.signal.sig[1] &
			 current->blocked.sig[1];
	return copy_to_user(set, &pending, sigsetsize) ? -EFAULT : 0;
}

asmlinkage long sys_sigpending(unsigned long *set)
{
	return put_user(current->pending.signal.sig[0] &
			current->blocked.sig[0], set) ? -EFAULT : 0;
}
