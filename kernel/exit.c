/*
 * kernel/exit.c - the end of a task (book 3.5): do_exit lets go of the
 * address space, files, fs info and handlers, hands its children to
 * init, becomes a zombie and tells its parent (SIGCHLD); the parent's
 * wait4 reads the status and release_task frees what is left. Process
 * 0 and init may not die: as in Linux, that is a panic naming why.
 * 2.4's orphaned-process-group SIGHUP and ptrace are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs_struct.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/tty.h>
#include <linux/interrupt.h>
#include <linux/smp_lock.h>
#include <linux/resource.h>
#include <asm/current.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/pgtable.h>
#include <asm/mmu_context.h>

/* wait4 options */
#define WNOHANG		0x00000001
#define WUNTRACED	0x00000002
#define __WNOTHREAD	0x20000000
#define __WALL		0x40000000
#define __WCLONE	0x80000000

/* wait_task_off_cpu - a zombie may still be on its way out of
 * schedule() on another CPU, on its own stack: wait for the switch */
static void wait_task_off_cpu(struct task_struct *p)
{
	int on_cpu;

	for (;;) {
		spin_lock_irq(&runqueue_lock);
		on_cpu = task_has_cpu(p);
		spin_unlock_irq(&runqueue_lock);
		if (!on_cpu)
			return;
		cpu_relax();
	}
}

/*
 * release_task - free a dead task for good: off the task list and the
 * pid hash, its times added to the parent's, its task_union freed. The
 * caller is not running on @p's stack.
 */
void release_task(struct task_struct *p)
{
	if (p == current)
		BUG();
	wait_task_off_cpu(p);
	write_lock_irq(&tasklist_lock);
	current->times_cutime += p->times_utime + p->times_cutime;
	current->times_cstime += p->times_stime + p->times_cstime;
	current->cmin_flt += p->min_flt + p->cmin_flt;
	list_del(&p->thread_group);
	REMOVE_LINKS(p);
	unhash_pid(p);
	nr_threads--;
	write_unlock_irq(&tasklist_lock);
	release_thread(p);
	free_task_struct(p);
}

/* exit_files - close every descriptor of @tsk, if it was the last user
 * of its table. */
void exit_files(struct task_struct *tsk)
{
	struct files_struct *files = tsk->files;
	int i;

	tsk->files = NULL;
	if (!files || !atomic_dec_and_test(&files->count))
		return;
	for (i = 0; i < files->max_fds; i++)
		if (files->fd[i])
			fput(files->fd[i]);
	free_fd_array(files->fd, files->max_fds);
	kfree(files);
}

/* __put_fs_struct - the last user of @fs went: its root and working
 * directory are let go */
void __put_fs_struct(struct fs_struct *fs)
{
	dput(fs->root);
	mntput(fs->rootmnt);
	dput(fs->pwd);
	mntput(fs->pwdmnt);
	kfree(fs);
}

/* exit_fs - let go of @tsk's fs info. */
void exit_fs(struct task_struct *tsk)
{
	struct fs_struct *fs = tsk->fs;

	tsk->fs = NULL;
	if (fs && atomic_dec_and_test(&fs->count))
		__put_fs_struct(fs);
}

/* exit_sighand - let go of @tsk's handlers; its queued signals go. */
void exit_sighand(struct task_struct *tsk)
{
	struct signal_struct *sig = tsk->sig;

	tsk->sig = NULL;
	if (sig && atomic_dec_and_test(&sig->count))
		kfree(sig);
	flush_signals(tsk);
}

/*
 * exit_mm - @tsk lets go of its address space; the last user frees its
 * pages, page tables and areas. The current task goes on like a kernel
 * thread, on the page directory it had (a reference kept in active_mm,
 * which schedule() drops when it switches away for good).
 */
void exit_mm(struct task_struct *tsk)
{
	struct mm_struct *mm = tsk->mm;

	if (!mm)
		return;
	tsk->mm = NULL;
	if (tsk != current) {
		tsk->active_mm = NULL;	/* a child fork gave up on */
		mmput(mm);
		return;
	}
	mm_release();
	atomic_inc(&mm->mm_count);
	enter_lazy_tlb(mm, tsk, smp_processor_id());
	mmput(mm);
}

/*
 * forget_original_parent - @father is dying: each child goes to another
 * thread of its group if there is one, else to init; one that asked
 * gets its pdeath_signal, and a child that is a zombie already is
 * announced to its new parent.
 */
static void forget_original_parent(struct task_struct *father)
{
	struct task_struct *p, *reaper = child_reaper;

	if (next_thread(father) != father)
		reaper = next_thread(father);
	for_each_task(p) {
		if (p->p_opptr != father)
			continue;
		p->p_opptr = reaper;
		if (p->pdeath_signal)	/* prctl(PR_SET_PDEATHSIG) asked */
			send_sig(p->pdeath_signal, p, 1);
		REMOVE_LINKS(p);
		p->p_pptr = reaper;
		SET_LINKS(p);
		if (p->state == TASK_ZOMBIE && p->exit_signal != -1)
			notify_parent(p, p->exit_signal);
	}
}

/*
 * will_become_orphaned_pgrp - would process group @pgrp be orphaned
 * once @ignored (NULL: nobody) is gone? It is when no member has a
 * parent in another group of the same session: nobody is left who
 * could continue its stopped jobs (POSIX). Init does not count.
 */
static int will_become_orphaned_pgrp(int pgrp, struct task_struct *ignored)
{
	struct task_struct *p;

	for_each_task(p) {
		if (p == ignored || p->pgrp != pgrp ||
		    p->state == TASK_ZOMBIE || p->p_pptr == ignored ||
		    is_init(p->p_pptr))
			continue;
		if (p->p_pptr->pgrp != pgrp &&
		    p->p_pptr->session == p->session)
			return 0;
	}
	return 1;
}

/* is_orphaned_pgrp - is process group @pgrp orphaned now? */
int is_orphaned_pgrp(int pgrp)
{
	return will_become_orphaned_pgrp(pgrp, NULL);
}

static int has_stopped_jobs(int pgrp)
{
	struct task_struct *p;

	for_each_task(p)
		if (p->pgrp == pgrp && p->state == TASK_STOPPED)
			return 1;
	return 0;
}

/* kill_orphaned_pgrp - @pgrp is orphaned without @leaving: if it has
 * stopped jobs, SIGHUP and SIGCONT to all of it, as POSIX asks */
static void kill_orphaned_pgrp(int pgrp, struct task_struct *leaving)
{
	if (will_become_orphaned_pgrp(pgrp, leaving) &&
	    has_stopped_jobs(pgrp)) {
		kill_pg(pgrp, SIGHUP, 1);
		kill_pg(pgrp, SIGCONT, 1);
	}
}

/*
 * orphan_pgrps - @tsk is leaving: its own group, if its parent was the
 * group's last link to the session, and each child's group that @tsk
 * was the last link of, become orphaned.
 */
static void orphan_pgrps(struct task_struct *tsk)
{
	struct task_struct *t = tsk->p_pptr, *c;

	if (t->pgrp != tsk->pgrp && t->session == tsk->session)
		kill_orphaned_pgrp(tsk->pgrp, tsk);
	for (c = tsk->p_cptr; c; c = c->p_osptr)
		if (c->pgrp != tsk->pgrp && c->session == tsk->session)
			kill_orphaned_pgrp(c->pgrp, tsk);
}

/*
 * exit_notify - the zombie's last words: process groups it leaves
 * orphaned get SIGHUP and SIGCONT if they have stopped jobs, children
 * go to init, the parent is told with exit_signal (SIGCHLD unless clone
 * chose another). A thread
 * or a task whose parent ignores SIGCHLD (or is process 0) will not be
 * waited for: exit_signal -1 makes schedule free it.
 */
static void exit_notify(struct task_struct *tsk)
{
	struct k_sigaction *ka;

	orphan_pgrps(tsk);
	write_lock_irq(&tasklist_lock);
	forget_original_parent(tsk);
	tsk->state = TASK_ZOMBIE;
	if (tsk->p_pptr == &init_task || !tsk->p_pptr->sig)
		tsk->exit_signal = -1;
	ka = tsk->p_pptr->sig ? &tsk->p_pptr->sig->action[SIGCHLD - 1] : NULL;
	if (tsk->exit_signal == SIGCHLD && ka &&
	    (ka->sa_handler == SIG_IGN || (ka->sa_flags & SA_NOCLDWAIT)))
		tsk->exit_signal = -1;
	if (tsk->exit_signal != -1)
		notify_parent(tsk, tsk->exit_signal);
	else
		wake_up_interruptible(&tsk->p_pptr->wait_chldexit);
	write_unlock_irq(&tasklist_lock);
}

/* do_exit - end the current task with wait status @code (the exit code
 * << 8, or the signal that ended it); never returns. */
void do_exit(long code)
{
	struct task_struct *tsk = current;

	if (in_interrupt())
		panic("do_exit: aiee, killing interrupt handler!");
	if (!tsk->pid)
		panic("do_exit: attempted to kill the idle task! (code %ld)",
		      code);
	if (is_init(tsk))
		panic("do_exit: attempted to kill init! (%s, code %ld)",
		      tsk->comm, code);
	lock_kernel();		/* for good: schedule() lets it go */
	tsk->flags |= PF_EXITING;
	del_timer_sync(&tsk->real_timer);
	if (tsk->leader)
		disassociate_ctty(1);
	exit_mm(tsk);
	exit_files(tsk);
	exit_fs(tsk);
	exit_sighand(tsk);
	exit_thread();
	tsk->exit_code = code;
	exit_notify(tsk);
	schedule();
	BUG();	/* a zombie is never scheduled again */
}

asmlinkage long sys_exit(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

/* do_group_exit - end every thread of the caller's group with @code. */
void do_group_exit(long code)
{
	struct task_struct *p;

	for (p = next_thread(current); p != current; p = next_thread(p))
		send_sig(SIGKILL, p, 1);
	do_exit(code);
}

/* sys_exit_group - exit(3)'s call: every thread of the process ends */
asmlinkage long sys_exit_group(int error_code)
{
	do_group_exit((error_code & 0xff) << 8);
	return 0;
}

/* eligible_child - may a wait4(@pid, ..., @options) by the caller reap
 * @p? __WCLONE picks clone children (not SIGCHLD at exit), __WALL both. */
static int eligible_child(pid_t pid, unsigned int options,
			  struct task_struct *p)
{
	if (pid > 0 && p->pid != pid)
		return 0;
	if (!pid && p->pgrp != current->pgrp)
		return 0;
	if (pid < -1 && p->pgrp != -pid)
		return 0;
	if (p->exit_signal == -1)
		return 0;	/* nobody waits for it */
	if (options & __WALL)
		return 1;
	return ((p->exit_signal != SIGCHLD) ^ !!(options & __WCLONE)) == 0;
}

/* fill_rusage - @p's CPU time and faults, for wait4's @ru */
static int fill_rusage(struct task_struct *p, struct rusage *ru)
{
	struct rusage r;

	memset(&r, 0, sizeof(r));
	r.ru_utime.tv_sec = p->times_utime / HZ;
	r.ru_utime.tv_usec = (p->times_utime % HZ) * (1000000 / HZ);
	r.ru_stime.tv_sec = p->times_stime / HZ;
	r.ru_stime.tv_usec = (p->times_stime % HZ) * (1000000 / HZ);
	r.ru_minflt = p->min_flt;
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

/*
 * wait_one - @p is eligible: report it if it stopped (with WUNTRACED)
 * or died, and free a dead one. Returns its pid, 0 if there is nothing
 * to report, -EFAULT.
 */
static int wait_one(struct task_struct *p, unsigned int options,
		    unsigned int *stat_addr, struct rusage *ru)
{
	int retval = p->pid;

	if (p->state == TASK_STOPPED) {
		if (!p->exit_code || !(options & WUNTRACED))
			return 0;
		if ((ru && fill_rusage(p, ru)) ||
		    (stat_addr &&
		     put_user((p->exit_code << 8) | 0x7f, stat_addr)))
			return -EFAULT;
		p->exit_code = 0;
		return retval;
	}
	if (p->state != TASK_ZOMBIE)
		return 0;
	/* a status that cannot be stored still reaps the child (Linux) */
	if ((ru && fill_rusage(p, ru)) ||
	    (stat_addr && put_user(p->exit_code, stat_addr)))
		retval = -EFAULT;
	if (p->p_opptr != p->p_pptr) {	/* a traced child: back to its own */
		REMOVE_LINKS(p);
		p->p_pptr = p->p_opptr;
		SET_LINKS(p);
		notify_parent(p, SIGCHLD);
		return retval;
	}
	release_task(p);
	return retval;
}

/*
 * scan_children - look through the children of @tsk for one to report.
 * Returns its pid, 0 if there are eligible children but none is ready,
 * -ECHILD if there are none, -EFAULT.
 */
static int scan_children(struct task_struct *tsk, pid_t pid,
			 unsigned int options, unsigned int *stat_addr,
			 struct rusage *ru)
{
	struct task_struct *p;
	int flag = 0, retval;

	for (p = tsk->p_cptr; p; p = p->p_osptr) {
		if (!eligible_child(pid, options, p))
			continue;
		flag = 1;
		retval = wait_one(p, options, stat_addr, ru);
		if (retval)
			return retval;
	}
	return flag ? 0 : -ECHILD;
}

/*
 * sys_wait4 - wait for a child (@pid > 0), one of the caller's process
 * group (0), any child (-1), or one of group -@pid, to exit or (with
 * WUNTRACED) stop. Children of the caller's other threads count too.
 * Returns the child's pid, 0 with WNOHANG if none is ready, -ECHILD,
 * -EINVAL, -EFAULT, or -ERESTARTSYS if a signal came first; -ESRCH
 * for INT_MIN, which names no group, as on Linux.
 */
asmlinkage long sys_wait4(pid_t pid, unsigned int *stat_addr, int options,
			  struct rusage *ru)
{
	DECLARE_WAITQUEUE(wait, current);
	struct task_struct *tsk;
	int retval;

	if (options & ~(WNOHANG | WUNTRACED | __WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;
	if (pid == INT_MIN)
		return -ESRCH;
	add_wait_queue(&current->wait_chldexit, &wait);
repeat:
	current->state = TASK_INTERRUPTIBLE;
	retval = -ECHILD;
	tsk = current;
	do {
		int r = scan_children(tsk, pid, options, stat_addr, ru);

		if (r != -ECHILD)
			retval = r;
		if (retval && retval != -ECHILD)
			goto end_wait4;
		if (options & __WNOTHREAD)
			break;
		tsk = next_thread(tsk);
	} while (tsk != current);
	if (retval == -ECHILD)
		goto end_wait4;
	retval = 0;
	if (options & WNOHANG)
		goto end_wait4;
	retval = -ERESTARTSYS;
	if (signal_pending(current))
		goto end_wait4;
	schedule();
	goto repeat;
end_wait4:
	current->state = TASK_RUNNING;
	remove_wait_queue(&current->wait_chldexit, &wait);
	return retval;
}

/* sys_waitpid - wait4 without the resource usage */
asmlinkage long sys_waitpid(pid_t pid, unsigned int *stat_addr, int options)
{
	return sys_wait4(pid, stat_addr, options, NULL);
}

/* daemonize - a kernel thread cuts loose from the task that made it:
 * no address space, files or fs info of its own, its own session. */
void daemonize(void)
{
	exit_mm(current);
	current->session = 1;
	current->pgrp = 1;
	exit_files(current);
}
