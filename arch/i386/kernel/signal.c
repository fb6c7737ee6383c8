/*
 * arch/i386/kernel/signal.c - delivering a signal to a user handler
 * (book 11.3): on the way back to user mode, do_signal takes a pending
 * signal; its default action kills the task, a handler gets a frame on
 * the user stack (the saved registers, and a return address that calls
 * sigreturn), and the registers are set so iret enters the handler.
 * sigreturn puts the saved registers back. FPU state, vm86 and system
 * call restarting are left out.
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
#include <asm/unistd.h>

void do_exit(long code) __attribute__((noreturn));

struct sigframe {
	char *pretcode;			/* the handler returns here */
	int sig;			/* the handler's argument */
	struct sigcontext sc;
	unsigned long extramask[_NSIG / 32 - 1];
	char retcode[8];		/* sigreturn, if no restorer */
};

struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	struct { void *ss_sp; int ss_flags; size_t ss_size; } uc_stack;
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
	char retcode[8];
};

/* The flags sigreturn may restore: not IF, IOPL, VM and the like */
#define FIX_EFLAGS	0x00040dd5	/* AC OF DF TF SF ZF AF PF CF */

/* save_sigcontext - @regs and the old mask into the user frame. */
static int save_sigcontext(struct sigcontext *sc, struct pt_regs *regs,
			   unsigned long mask)
{
	struct sigcontext k;
	unsigned long gs;

	memset(&k, 0, sizeof(k));
	asm("movl %%gs, %0" : "=r" (gs));
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
	return copy_to_user(sc, &k, sizeof(k)) ? -EFAULT : 0;
}

/*
 * restore_sigcontext - the registers from a frame, as far as user mode
 * may choose them: segments are forced to user selectors and only the
 * arithmetic and direction flags come back. Returns 0 or -EFAULT.
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
	regs->xds = regs->xes = __USER_DS;
	regs->xcs = __USER_CS;
	regs->xss = __USER_DS;
	regs->eflags = (regs->eflags & ~FIX_EFLAGS) | (k.eflags & FIX_EFLAGS);
	regs->orig_eax = -1;		/* not a system call: no restart */
	return 0;
}

/* get_sigframe - room for @size bytes below the user stack pointer,
 * 8-byte aligned (signal handlers run on the interrupted stack). */
static void *get_sigframe(struct pt_regs *regs, size_t size)
{
	return (void *)((regs->esp - size) & -8UL);
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
	struct sigframe *frame = get_sigframe(regs, sizeof(*frame));
	char retcode[8];
	char *ret = (char *)frame->retcode;

	if (!access_ok(VERIFY_WRITE, frame, sizeof(*frame)))
		return -EFAULT;
	put_retcode(retcode, __NR_sigreturn);
	if (ka->sa_flags & SA_RESTORER)
		ret = (char *)ka->sa_restorer;
	if (put_user(ret, &frame->pretcode) || put_user(sig, &frame->sig) ||
	    save_sigcontext(&frame->sc, regs, oldset->sig[0]) ||
	    copy_to_user(frame->extramask, &oldset->sig[1],
			 sizeof(frame->extramask)) ||
	    copy_to_user(frame->retcode, retcode, 8))
		return -EFAULT;
	enter_handler(regs, ka, frame);
	return 0;
}

/* setup_rt_frame - SA_SIGINFO: handler(sig, &info, &uc). 0 or -EFAULT. */
static int setup_rt_frame(int sig, struct k_sigaction *ka, sigset_t *oldset,
			  struct pt_regs *regs)
{
	struct rt_sigframe *frame = get_sigframe(regs, sizeof(*frame));
	struct siginfo info;
	char retcode[8];
	char *ret = (char *)frame->retcode;

	if (!access_ok(VERIFY_WRITE, frame, sizeof(*frame)))
		return -EFAULT;
	memset(&info, 0, sizeof(info));
	info.si_signo = sig;
	info._sifields._sigfault._addr = (void *)read_cr2();
	put_retcode(retcode, __NR_rt_sigreturn);
	if (ka->sa_flags & SA_RESTORER)
		ret = (char *)ka->sa_restorer;
	if (put_user(ret, &frame->pretcode) || put_user(sig, &frame->sig) ||
	    put_user(&frame->info, &frame->pinfo) ||
	    put_user(&frame->uc, &frame->puc) ||
	    copy_to_user(&frame->info, &info, sizeof(info)) ||
	    clear_user(&frame->uc, sizeof(frame->uc.uc_flags) +
		       sizeof(frame->uc.uc_link) + sizeof(frame->uc.uc_stack)) ||
	    save_sigcontext(&frame->uc.uc_mcontext, regs, oldset->sig[0]) ||
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
 * it cannot handle.
 */
static void handle_signal(int sig, struct k_sigaction *ka, sigset_t *oldset,
			  struct pt_regs *regs)
{
	int err = (ka->sa_flags & SA_SIGINFO) ?
		setup_rt_frame(sig, ka, oldset, regs) :
		setup_frame(sig, ka, oldset, regs);

	if (err) {
		printk(KERN_INFO "%s[%d]: cannot deliver signal %d: bad "
		       "stack %08lx\n", current->comm, current->pid, sig,
		       regs->esp);
		current->sigaction[SIGSEGV - 1].sa_handler = SIG_DFL;
		force_sig(SIGSEGV, current);
		return;
	}
	if (ka->sa_flags & SA_RESETHAND)
		ka->sa_handler = SIG_DFL;
	if (!(ka->sa_flags & SA_NODEFER))
		sigaddset(&current->blocked, sig);
	current->blocked.sig[0] |= ka->sa_mask.sig[0];
	current->blocked.sig[1] |= ka->sa_mask.sig[1];
	recalc_sigpending(current);
}

/* Signals whose default action is to do nothing */
#define SIG_KERNEL_IGNORE_MASK	(sigmask(SIGCHLD) | sigmask(SIGCONT) | \
				 sigmask(28) | sigmask(23))	/* WINCH, URG */

/*
 * do_signal - called from entry.S (signal_return) with the user
 * registers when sigpending is set. Ignored signals are dropped,
 * default actions applied (lk24 has no stop or core dump: they kill),
 * the first handled one delivered. Returns 1 if a handler will run.
 */
int FASTCALL(do_signal(struct pt_regs *regs, sigset_t *oldset));
int __attribute__((regparm(3))) do_signal(struct pt_regs *regs,
					  sigset_t *oldset)
{
	sigset_t old = current->blocked;
	struct k_sigaction *ka;
	int sig;

	if (!user_mode(regs))
		return 0;
	while ((sig = dequeue_signal(&current->blocked)) != 0) {
		ka = &current->sigaction[sig - 1];
		if (ka->sa_handler == SIG_IGN)
			continue;
		if (ka->sa_handler != SIG_DFL) {
			handle_signal(sig, ka, &old, regs);
			return 1;
		}
		if (sig <= 32 && (sigmask(sig) & SIG_KERNEL_IGNORE_MASK))
			continue;
		printk(KERN_INFO "%s[%d]: killed by signal %d\n",
		       current->comm, current->pid, sig);
		do_exit(sig);
	}
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
	current->blocked = set;
	sigdelset(&current->blocked, SIGKILL);
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
	current->blocked = set;
	sigdelset(&current->blocked, SIGKILL);
	recalc_sigpending(current);
	if (restore_sigcontext(&regs, &frame->uc.uc_mcontext))
		goto badframe;
	return regs.eax;
badframe:
	force_sig(SIGSEGV, current);
	return 0;
}
