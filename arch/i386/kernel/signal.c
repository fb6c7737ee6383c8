/*
 * arch/i386/kernel/signal.c - delivering a signal to a user handler
 * (book 11.3): on the way back to user mode, do_signal takes a pending
 * signal; its default action kills the task, a handler gets a frame on
 * the user stack (the saved registers, and a return address that calls
 * sigreturn), and the registers are set so iret enters the handler.
 * sigreturn puts the saved registers back. A system call a handler
 * interrupted returns -EINTR or starts again, as SA_RESTART says. The
 * default actions stop, continue, ignore, terminate and dump core (the
 * core bit in the status, no file). The FPU state goes into the frame
 * too and the handler gets a fresh FPU. vm86 is left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <asm/ptrace.h>
#include <asm/current.h>
#include <asm/uaccess.h>
#include <asm/sigcontext.h>
#include <asm/segment.h>
#include <asm/processor.h>
#include <asm/i387.h>
#include <asm/unistd.h>
#include <asm/errno.h>

struct sigframe {
	char *pretcode;			/* the handler returns here */
	int sig;			/* the handler's argument */
	struct sigcontext sc;
	struct _fpstate fpstate;	/* sc.fpstate points here */
	unsigned long extramask[_NSIG / 32 - 1];
	char retcode[8];		/* sigreturn, if no restorer */
};

struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	stack_t uc_stack;
	struct sigcontext uc_mcontext;
	sigset_t uc_sigmask;
};

struct rt_sigframe {
	char *pretcode;
	int sig;
	struct siginfo *pinfo;		/* SA_SIGINFO arguments 2 and 3 */
	void *puc;
	struct siginfo info;
	struct ucontext uc;
	struct _fpstate fpstate;
	char retcode[8];
};

/* The flags sigreturn may restore: not IF, IOPL, VM and the like */
#define FIX_EFLAGS	0x00040dd5	/* AC OF DF TF SF ZF AF PF CF */

/* save_sigcontext - @regs, the old mask and the FPU state (into
 * @fpstate, if the task has one) into the user frame. 0 or -EFAULT. */
static int save_sigcontext(struct sigcontext *sc, struct _fpstate *fpstate,
			   struct pt_regs *regs, unsigned long mask)
{
	struct sigcontext k;
	unsigned long fs, gs;
	int fpu = save_i387(fpstate);

	memset(&k, 0, sizeof(k));
	savesegment(fs, fs);
	savesegment(gs, gs);
	k.fs = fs;
	k.gs = gs;
	k.es = regs->xes;
	k.ds = regs->xds;
	k.edi = regs->edi;
	k.esi = regs->esi;
	k.ebp = regs->ebp;
	k.esp = regs->esp;
	k.ebx = regs->ebx;
	k.edx = regs->edx;
	k.ecx = regs->ecx;
	k.eax = regs->eax;
	k.eip = regs->eip;
	k.cs = regs->xcs;
	k.eflags = regs->eflags;
	k.esp_at_signal = regs->esp;
	k.ss = regs->xss;
	k.oldmask = mask;
	k.cr2 = read_cr2();
	if (fpu < 0)
		return -EFAULT;
	k.fpstate = fpu ? fpstate : NULL;
	return copy_to_user(sc, &k, sizeof(k)) ? -EFAULT : 0;
}

/*
 * restore_sigcontext - the registers from a frame, as far as user mode
 * may choose them: the data segments as the frame says (one that does
 * not load becomes 0; iret empties one user mode may not use), %cs and
 * %ss forced to the user selectors, and only the arithmetic and
 * direction flags. Returns 0 or -EFAULT.
 */
static int restore_sigcontext(struct pt_regs *regs, struct sigcontext *sc)
{
	struct sigcontext k;

	if (copy_from_user(&k, sc, sizeof(k)))
		return -EFAULT;
	regs->ebx = k.ebx;
	regs->ecx = k.ecx;
	regs->edx = k.edx;
	regs->esi = k.esi;
	regs->edi = k.edi;
	regs->ebp = k.ebp;
	regs->eax = k.eax;
	regs->eip = k.eip;
	regs->esp = k.esp;
	loadsegment(fs, k.fs);
	loadsegment(gs, k.gs);
	regs->xds = k.ds;
	regs->xes = k.es;
	regs->xcs = __USER_CS;
	regs->xss = __USER_DS;
	regs->eflags = (regs->eflags & ~FIX_EFLAGS) | (k.eflags & FIX_EFLAGS);
	regs->orig_eax = -1;		/* not a system call: no restart */
	if (k.fpstate)
		return restore_i387(k.fpstate);
	clear_fpu(current);		/* no FPU state saved: none now */
	current->used_math = 0;
	return 0;
}

/* get_sigframe - room for @size bytes below the user stack pointer, or
 * at the top of the alternate stack for an SA_ONSTACK handler that is
 * not on it already; 8-byte aligned. */
static void *get_sigframe(struct k_sigaction *ka, struct pt_regs *regs,
			  size_t size)
{
	unsigned long esp = regs->esp;

	if ((ka->sa_flags & SA_ONSTACK) && current->sas_ss_size &&
	    !on_sig_stack(current, esp))
		esp = current->sas_ss_sp + current->sas_ss_size;
	return (void *)((esp - size) & -8UL);
}

/* The code that calls sigreturn if the handler has no restorer:
 * popl %eax; movl $__NR_sigreturn, %eax; int $0x80 */
static void put_retcode(char *code, int nr)
{
	code[0] = 0x58;
	code[1] = 0xb8;
	memcpy(code + 2, &nr, 4);
	code[6] = 0xcd;
	code[7] = 0x80;
}

/* enter_handler - the user registers that start @ka's handler. */
static void enter_handler(struct pt_regs *regs, struct k_sigaction *ka,
			  void *frame)
{
	regs->esp = (unsigned long)frame;
	regs->eip = (unsigned long)ka->sa_handler;
	regs->xds = regs->xes = regs->xss = __USER_DS;
	regs->xcs = __USER_CS;
	regs->eflags &= ~X86_EFLAGS_TF;
}

/* setup_frame - the classic frame: handler(sig). 0 or -EFAULT. */
static int setup_frame(int sig, struct k_sigaction *ka, sigset_t *oldset,
		       struct pt_regs *regs)
{
	struct sigframe *frame = get_sigframe(ka, regs, sizeof(*frame));
	char retcode[8];
	char *ret = (char *)frame->retcode;

	if (!access_ok(VERIFY_WRITE, frame, sizeof(*frame)))
		return -EFAULT;
	put_retcode(retcode, __NR_sigreturn);
	if (ka->sa_flags & SA_RESTORER)
		ret = (char *)ka->sa_restorer;
	if (put_user(ret, &frame->pretcode) || put_user(sig, &frame->sig) ||
	    save_sigcontext(&frame->sc, &frame->fpstate, regs,
			    oldset->sig[0]) ||
	    copy_to_user(frame->extramask, &oldset->sig[1],
			 sizeof(frame->extramask)) ||
	    copy_to_user(frame->retcode, retcode, 8))
		return -EFAULT;
	enter_handler(regs, ka, frame);
	return 0;
}

/* setup_rt_frame - SA_SIGINFO: handler(sig, &info, &uc). 0 or -EFAULT. */
static int setup_rt_frame(int sig, struct k_sigaction *ka, siginfo_t *info,
			  sigset_t *oldset, struct pt_regs *regs)
{
	struct rt_sigframe *frame = get_sigframe(ka, regs, sizeof(*frame));
	stack_t st = { (void *)current->sas_ss_sp, SS_DISABLE,
		       current->sas_ss_size };
	char retcode[8];
	char *ret = (char *)frame->retcode;

	if (!access_ok(VERIFY_WRITE, frame, sizeof(*frame)))
		return -EFAULT;
	if (current->sas_ss_size)
		st.ss_flags = on_sig_stack(current, regs->esp) ? SS_ONSTACK : 0;
	put_retcode(retcode, __NR_rt_sigreturn);
	if (ka->sa_flags & SA_RESTORER)
		ret = (char *)ka->sa_restorer;
	if (put_user(ret, &frame->pretcode) || put_user(sig, &frame->sig) ||
	    put_user(&frame->info, &frame->pinfo) ||
	    put_user(&frame->uc, &frame->puc) ||
	    copy_to_user(&frame->info, info, sizeof(*info)) ||
	    clear_user(&frame->uc, sizeof(frame->uc.uc_flags) +
		       sizeof(frame->uc.uc_link)) ||
	    copy_to_user(&frame->uc.uc_stack, &st, sizeof(st)) ||
	    save_sigcontext(&frame->uc.uc_mcontext, &frame->fpstate, regs,
			    oldset->sig[0]) ||
	    copy_to_user(&frame->uc.uc_sigmask, oldset, sizeof(*oldset)) ||
	    copy_to_user(frame->retcode, retcode, 8))
		return -EFAULT;
	enter_handler(regs, ka, frame);
	return 0;
}

/*
 * handle_signal - run @ka's handler for @sig: a frame, the signal (and
 * the handler's sa_mask) blocked while it runs. If the frame cannot be
 * written (a stack pointer pointing nowhere), the task gets a SIGSEGV
 * it cannot handle. Returns 0, or -EFAULT in that case.
 */
static int handle_signal(int sig, struct k_sigaction *ka, siginfo_t *info,
			 sigset_t *oldset, struct pt_regs *regs)
{
	int err = (ka->sa_flags & SA_SIGINFO) ?
		setup_rt_frame(sig, ka, info, oldset, regs) :
		setup_frame(sig, ka, oldset, regs);

	if (err) {
		if (printk_ratelimit())
			printk(KERN_INFO "%s[%d]: cannot deliver signal %d: "
			       "bad stack %08lx\n", current->comm,
			       current->pid, sig, regs->esp);
		/* its SIGSEGV handler would need the same stack: default */
		current->sig->action[SIGSEGV - 1].sa_handler = SIG_DFL;
		force_sig(SIGSEGV, current);
		return -EFAULT;
	}
	if (ka->sa_flags & SA_RESETHAND)
		ka->sa_handler = SIG_DFL;
	if (!(ka->sa_flags & SA_NODEFER))
		sigaddset(&current->blocked, sig);
	current->blocked.sig[0] |= ka->sa_mask.sig[0];
	current->blocked.sig[1] |= ka->sa_mask.sig[1];
	recalc_sigpending(current);
	return 0;
}

/*
 * restart_syscall - a system call was interrupted (its -ERESTART* code
 * in %eax): with a handler to run (@ka), -EINTR unless SA_RESTART asks
 * for a restart; without one, always restart: %eip goes back over the
 * two-byte int $0x80 (in the vsyscall page: its restart point).
 */
static void restart_syscall(struct pt_regs *regs, struct k_sigaction *ka)
{
	switch (regs->eax) {
	case -ERESTARTNOHAND:
		if (ka)
			goto no_restart;
		break;
	case -ERESTARTSYS:
		if (ka && !(ka->sa_flags & SA_RESTART))
			goto no_restart;
		break;
	case -ERESTARTNOINTR:
		break;
	default:
		return;
	}
	regs->eax = regs->orig_eax;
	regs->eip -= 2;
	return;
no_restart:
	regs->eax = -EINTR;
}

/* do_signal_stop - a stop signal's default action: stopped until
 * SIGCONT, the parent told unless it asked not to be (SA_NOCLDSTOP). */
static void do_signal_stop(int sig)
{
	struct task_struct *parent = current->p_pptr;

	current->state = TASK_STOPPED;
	current->exit_code = sig;
	if (parent->sig && !(parent->sig->action[SIGCHLD - 1].sa_flags &
			     SA_NOCLDSTOP))
		notify_parent(current, SIGCHLD);
	schedule();
}

/*
 * default_action - what a signal with no handler does; returns only if
 * the task goes on (ignored, or stopped and continued). Core signals
 * set the core bit in the status when RLIMIT_CORE allows a dump.
 */
static void default_action(int sig)
{
	long code = sig;

	if (sig_kernel_ignore(sig))
		return;
	if (sig_kernel_stop(sig)) {
		do_signal_stop(sig);
		return;
	}
	current->flags |= PF_SIGNALED;
	if (sig_kernel_coredump(sig) && current->rlim[RLIMIT_CORE].rlim_cur) {
		current->flags |= PF_DUMPCORE;
		code |= 0x80;
	}
	do_group_exit(code);
}

/*
 * do_signal - called from entry.S (signal_return) with the user
 * registers when sigpending is set, and from sigsuspend with the mask
 * to restore in @oldset (NULL: the blocked set now). Takes pending
 * signals in order, drops ignored ones, applies default actions and
 * delivers the first one with a handler. An interrupted system call is
 * restarted or fails with -EINTR. Returns 1 if a handler will run.
 */
int __attribute__((regparm(3))) do_signal(struct pt_regs *regs,
					  sigset_t *oldset)
{
	sigset_t old = oldset ? *oldset : current->blocked;
	struct k_sigaction *ka;
	siginfo_t info;
	int sig;

	if (!user_mode(regs))
		return 0;
	while ((sig = dequeue_signal(&current->blocked, &info)) != 0) {
		ka = &current->sig->action[sig - 1];
		if (ka->sa_handler == SIG_IGN)
			continue;
		if (ka->sa_handler != SIG_DFL) {
			if (regs->orig_eax >= 0)
				restart_syscall(regs, ka);
			if (!handle_signal(sig, ka, &info, &old, regs))
				return 1;
			/* the forced SIGSEGV now, not after the faulting
			 * instruction has raised @sig again: it would come
			 * first forever, and no SIGKILL after it */
			continue;
		}
		if (is_init(current) && !sig_kernel_only(sig) &&
		    !sig_kernel_coredump(sig))
			continue;
		default_action(sig);
	}
	if (regs->orig_eax >= 0)
		restart_syscall(regs, NULL);
	return 0;
}

/* sys_sigreturn - back from a handler entered through setup_frame: the
 * handler's ret popped pretcode and the restorer's popl %eax popped sig,
 * so the frame starts 8 bytes below the stack pointer. */
asmlinkage long sys_sigreturn(struct pt_regs regs)
{
	struct sigframe *frame = (struct sigframe *)(regs.esp - 8);
	sigset_t set;

	if (get_user(set.sig[0], &frame->sc.oldmask) ||
	    copy_from_user(&set.sig[1], frame->extramask,
			   sizeof(frame->extramask)))
		goto badframe;
	sigdelset(&set, SIGKILL);
	sigdelset(&set, SIGSTOP);
	current->blocked = set;
	recalc_sigpending(current);
	if (restore_sigcontext(&regs, &frame->sc))
		goto badframe;
	return regs.eax;
badframe:
	force_sig(SIGSEGV, current);
	return 0;
}

/* sys_rt_sigreturn - back from a handler entered through setup_rt_frame:
 * only pretcode was popped (the restorer pops nothing). */
asmlinkage long sys_rt_sigreturn(struct pt_regs regs)
{
	struct rt_sigframe *frame = (struct rt_sigframe *)(regs.esp - 4);
	sigset_t set;

	if (copy_from_user(&set, &frame->uc.uc_sigmask, sizeof(set)))
		goto badframe;
	sigdelset(&set, SIGKILL);
	sigdelset(&set, SIGSTOP);
	current->blocked = set;
	recalc_sigpending(current);
	if (restore_sigcontext(&regs, &frame->uc.uc_mcontext))
		goto badframe;
	/* the alternate stack as the frame has it; a bad one is ignored */
	do_sigaltstack(&frame->uc.uc_stack, NULL, regs.esp);
	return regs.eax;
badframe:
	force_sig(SIGSEGV, current);
	return 0;
}

/*
 * sys_sigsuspend, sys_rt_sigsuspend - wait for a signal with @mask as
 * the blocked set; the old set comes back when the handler returns.
 * Always "fails" with -EINTR, which the handler's frame carries.
 */
static long do_sigsuspend(sigset_t *mask, struct pt_regs *regs)
{
	sigset_t saveset = current->blocked;

	sigdelset(mask, SIGKILL);
	sigdelset(mask, SIGSTOP);
	current->blocked = *mask;
	recalc_sigpending(current);
	regs->eax = -EINTR;
	for (;;) {
		current->state = TASK_INTERRUPTIBLE;
		schedule();
		/* the frame keeps saveset, which sigreturn restores */
		if (do_signal(regs, &saveset))
			return -EINTR;
	}
}

asmlinkage long sys_sigsuspend(int history0, int history1,
			       unsigned long mask)
{
	struct pt_regs *regs = (struct pt_regs *)&history0;
	sigset_t set;

	sigemptyset(&set);
	set.sig[0] = mask;
	set.sig[1] = current->blocked.sig[1];
	return do_sigsuspend(&set, regs);
}

asmlinkage long sys_rt_sigsuspend(struct pt_regs regs)
{
	sigset_t set;

	if (regs.ecx != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&set, (sigset_t *)regs.ebx, sizeof(set)))
		return -EFAULT;
	return do_sigsuspend(&set, &regs);
}

/* sys_pause - sleep until a signal is delivered */
asmlinkage long sys_pause(void)
{
	current->state = TASK_INTERRUPTIBLE;
	schedule();
	return -ERESTARTNOHAND;
}

/*
 * do_sigaltstack - set (@uss) and/or read (@uoss) the alternate signal
 * stack; @sp is the user's stack pointer, which may not be on it while
 * it changes. 0 or -EFAULT, -EPERM, -EINVAL, -ENOMEM.
 */
int do_sigaltstack(const stack_t *uss, stack_t *uoss, unsigned long sp)
{
	stack_t oss, ss;

	oss.ss_sp = (void *)current->sas_ss_sp;
	oss.ss_size = current->sas_ss_size;
	oss.ss_flags = !current->sas_ss_size ? SS_DISABLE :
		       on_sig_stack(current, sp) ? SS_ONSTACK : 0;
	if (uss) {
		if (copy_from_user(&ss, uss, sizeof(ss)))
			return -EFAULT;
		if (on_sig_stack(current, sp))
			return -EPERM;
		if (ss.ss_flags != SS_DISABLE && ss.ss_flags != SS_ONSTACK &&
		    ss.ss_flags != 0)
			return -EINVAL;
		if (ss.ss_flags == SS_DISABLE) {
			ss.ss_size = 0;
			ss.ss_sp = NULL;
		} else if (ss.ss_size < MINSIGSTKSZ) {
			return -ENOMEM;
		}
		current->sas_ss_sp = (unsigned long)ss.ss_sp;
		current->sas_ss_size = ss.ss_size;
	}
	if (uoss && copy_to_user(uoss, &oss, sizeof(oss)))
		return -EFAULT;
	return 0;
}

asmlinkage long sys_sigaltstack(struct pt_regs regs)
{
	return do_sigaltstack((const stack_t *)regs.ebx, (stack_t *)regs.ecx,
			      regs.esp);
}

/* sys_sigaction - the old interface, a one-word mask */
asmlinkage long sys_sigaction(int sig, const struct old_sigaction *act,
			      struct old_sigaction *oact)
{
	struct k_sigaction new, old;
	struct old_sigaction o;
	int ret;

	if (act) {
		if (copy_from_user(&o, act, sizeof(o)))
			return -EFAULT;
		new.sa_handler = o.sa_handler;
		new.sa_flags = o.sa_flags;
		new.sa_restorer = o.sa_restorer;
		sigemptyset(&new.sa_mask);
		new.sa_mask.sig[0] = o.sa_mask;
	}
	ret = do_sigaction(sig, act ? &new : NULL, oact ? &old : NULL);
	if (ret || !oact)
		return ret;
	o.sa_handler = old.sa_handler;
	o.sa_mask = old.sa_mask.sig[0];
	o.sa_flags = old.sa_flags;
	o.sa_restorer = old.sa_restorer;
	return copy_to_user(oact, &o, sizeof(o)) ? -EFAULT : 0;
}
