/*
 * kernel/fork.c - making a new task (book 3.4). do_fork is 2.4's (2.6
 * calls its body copy_process): a task_union, a pid, and a copy, or a
 * share as the clone flags say, of the address space (copy-on-write:
 * mm/memory.c's copy_page_range), open files, fs info and signal
 * handlers; then the registers (copy_thread), the family links and the
 * runqueue. Namespaces, ptrace and 2.4's per-user struct are left out.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/completion.h>
#include <asm/current.h>
#include <asm/system.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <asm/ptrace.h>
#include <asm/uaccess.h>
#include <asm/errno.h>

int nr_threads;			/* tasks but process 0 */
int max_threads;		/* the limit fork_init sets from memory */
unsigned long total_forks;	/* forks since boot */
int last_pid;
struct task_struct *pidhash[PIDHASH_SZ];

/*
 * fork_init - from start_kernel: at most as many tasks as take an
 * eighth of memory with their 8 KB stacks; a user may have half of them
 * (init's RLIMIT_NPROC, which every process inherits).
 */
void __init fork_init(unsigned long mempages)
{
	max_threads = mempages / (THREAD_SIZE / PAGE_SIZE) / 8;
	if (max_threads < 20)
		max_threads = 20;
	init_task.rlim[RLIMIT_NPROC].rlim_cur = max_threads / 2;
	init_task.rlim[RLIMIT_NPROC].rlim_max = max_threads / 2;
	printk(KERN_INFO "fork_init: max_threads %d, RLIMIT_NPROC %d\n",
	       max_threads, max_threads / 2);
}

/* pid_in_use - is @pid a task's pid, process group or session? */
static int pid_in_use(int pid)
{
	struct task_struct *p;

	if (find_task_by_pid(pid))
		return 1;
	for_each_task(p)
		if (p->pgrp == pid || p->session == pid || p->tgid == pid)
			return 1;
	return 0;
}

/* get_pid - the next free pid after the last one handed out, wrapping
 * at PID_MAX to 300 as Linux does. Called under tasklist_lock. */
static int get_pid(void)
{
	do {
		if (++last_pid >= PID_MAX)
			last_pid = 300;
	} while (pid_in_use(last_pid));
	return last_pid;
}

/* mm_alloc - an empty address space: a page directory with the kernel. */
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kmalloc(sizeof(*mm), GFP_KERNEL);

	if (!mm)
		return NULL;
	memset(mm, 0, sizeof(*mm));
	mm->pgd = pgd_alloc(mm);
	if (!mm->pgd) {
		kfree(mm);
		return NULL;
	}
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	return mm;
}

/* __mmdrop - the last reference to @mm went (mmdrop): no CPU has its
 * page directory loaded any more, so it and the struct can go. */
void __mmdrop(struct mm_struct *mm)
{
	BUG_ON(mm == &init_mm);
	pgd_free(mm->pgd);
	kfree(mm);
}

/*
 * mm_release - the task lets go of its address space (exit, or exec):
 * a vfork parent may go on, and CLONE_CHILD_CLEARTID's word is zeroed
 * (a thread library's join waits on it).
 */
void mm_release(void)
{
	struct task_struct *tsk = current;
	struct completion *vfork_done = tsk->vfork_done;

	if (vfork_done) {
		tsk->vfork_done = NULL;
		complete(vfork_done);
	}
	if (tsk->clear_child_tid) {
		int *tidptr = tsk->clear_child_tid;

		tsk->clear_child_tid = NULL;
		if (atomic_read(&tsk->mm->mm_users) > 1)
			put_user(0, tidptr);
	}
}

/*
 * dup_mmap - copy the current address space's areas into @mm, and the
 * page tables under them with every private writable page made
 * read-only in both (copy-on-write). Returns 0 or -ENOMEM.
 */
static int dup_mmap(struct mm_struct *mm)
{
	struct mm_struct *oldmm = current->mm;
	struct vm_area_struct *mpnt, *tmp, **pprev = &mm->mmap;
	int retval = 0;

	flush_cache_mm(oldmm);
	for (mpnt = oldmm->mmap; mpnt; mpnt = mpnt->vm_next) {
		tmp = kmalloc(sizeof(*tmp), GFP_KERNEL);
		if (!tmp) {
			retval = -ENOMEM;
			break;
		}
		*tmp = *mpnt;
		tmp->vm_mm = mm;
		tmp->vm_next = NULL;
		*pprev = tmp;
		pprev = &tmp->vm_next;
		mm->map_count++;
		/* a shared area's untouched pages must not be made twice */
		if (mpnt->vm_flags & VM_SHARED)
			retval = make_pages_present(mpnt->vm_start,
						    mpnt->vm_end);
		if (!retval)
			retval = copy_page_range(mm, oldmm, tmp);
		if (retval)
			break;
	}
	flush_tlb_mm(oldmm);	/* the parent's PTEs became read-only */
	return retval;
}

/* copy_mm - CLONE_VM shares the address space, else it is duplicated. */
static int copy_mm(unsigned long clone_flags, struct task_struct *tsk)
{
	struct mm_struct *mm, *oldmm = current->mm;

	tsk->min_flt = tsk->cmin_flt = 0;
	tsk->mm = NULL;
	tsk->active_mm = NULL;
	if (!oldmm)
		return 0;	/* a kernel thread */
	if (clone_flags & CLONE_VM) {
		atomic_inc(&oldmm->mm_users);
		mm = oldmm;
		goto good_mm;
	}
	mm = mm_alloc();
	if (!mm)
		return -ENOMEM;
	mm->start_code = oldmm->start_code;
	mm->end_code = oldmm->end_code;
	mm->start_data = oldmm->start_data;
	mm->end_data = oldmm->end_data;
	mm->start_brk = oldmm->start_brk;
	mm->brk = oldmm->brk;
	mm->start_stack = oldmm->start_stack;
	mm->arg_start = oldmm->arg_start;
	mm->arg_end = oldmm->arg_end;
	mm->env_start = oldmm->env_start;
	mm->env_end = oldmm->env_end;
	mm->exe_file = oldmm->exe_file;
	if (mm->exe_file)
		atomic_inc(&mm->exe_file->f_count);
	if (dup_mmap(mm)) {
		mmput(mm);
		return -ENOMEM;
	}
good_mm:
	tsk->mm = mm;
	tsk->active_mm = mm;
	return 0;
}

/* copy_fs_struct - a new fs_struct with @old's root, working directory
 * and umask (references taken), or NULL */
struct fs_struct *copy_fs_struct(struct fs_struct *old)
{
	struct fs_struct *fs = kmalloc(sizeof(*fs), GFP_KERNEL);

	if (!fs)
		return NULL;
	atomic_set(&fs->count, 1);
	fs->umask = old->umask;
	fs->root = dget(old->root);
	fs->rootmnt = mntget(old->rootmnt);
	fs->pwd = dget(old->pwd);
	fs->pwdmnt = mntget(old->pwdmnt);
	return fs;
}

/* copy_fs - CLONE_FS shares root, working directory and umask; else
 * the child starts with copies. 0 or -ENOMEM. */
static int copy_fs(unsigned long clone_flags, struct task_struct *tsk)
{
	if (clone_flags & CLONE_FS) {
		atomic_inc(&current->fs->count);
		return 0;
	}
	tsk->fs = copy_fs_struct(current->fs);
	return tsk->fs ? 0 : -ENOMEM;
}

/* copy_files - CLONE_FILES shares the descriptor table, else each open
 * file gets one more reference from a copy of it. */
static int copy_files(unsigned long clone_flags, struct task_struct *tsk)
{
	struct files_struct *oldf = current->files, *newf;
	int i;

	if (!oldf)
		return 0;
	if (clone_flags & CLONE_FILES) {
		atomic_inc(&oldf->count);
		return 0;
	}
	newf = kmalloc(sizeof(*newf), GFP_KERNEL);
	if (!newf)
		return -ENOMEM;
	*newf = *oldf;
	atomic_set(&newf->count, 1);
	newf->fd = newf->fd_array;
	if (oldf->max_fds > NR_OPEN_DEFAULT) {
		newf->fd = kmalloc(oldf->max_fds * sizeof(*newf->fd),
				   GFP_KERNEL);
		if (!newf->fd) {
			kfree(newf);
			return -ENOMEM;
		}
		memcpy(newf->fd, oldf->fd, oldf->max_fds * sizeof(*newf->fd));
	}
	for (i = 0; i < newf->max_fds; i++)
		if (newf->fd[i])
			atomic_inc(&newf->fd[i]->f_count);
	tsk->files = newf;
	return 0;
}

/* dup_sighand - a private copy of the current task's handlers, for
 * fork and for exec of a task that shared them; NULL if out of memory */
struct signal_struct *dup_sighand(void)
{
	struct signal_struct *sig = kmalloc(sizeof(*sig), GFP_KERNEL);

	if (!sig)
		return NULL;
	spin_lock_init(&sig->siglock);
	atomic_set(&sig->count, 1);
	memcpy(sig->action, current->sig->action, sizeof(sig->action));
	return sig;
}

/* copy_sighand - CLONE_SIGHAND shares the handlers, else a copy. */
static int copy_sighand(unsigned long clone_flags, struct task_struct *tsk)
{
	if (clone_flags & CLONE_SIGHAND) {
		atomic_inc(&current->sig->count);
		return 0;
	}
	tsk->sig = dup_sighand();
	return tsk->sig ? 0 : -ENOMEM;
}

/*
 * check_clone_flags - combinations Linux refuses with -EINVAL: a thread
 * must share handlers, shared handlers need a shared address space, and
 * a new mount namespace cannot share fs info.
 */
static int check_clone_flags(unsigned long clone_flags)
{
	if ((clone_flags & (CLONE_NEWNS | CLONE_FS)) ==
	    (CLONE_NEWNS | CLONE_FS))
		return -EINVAL;
	if ((clone_flags & CLONE_THREAD) && !(clone_flags & CLONE_SIGHAND))
		return -EINVAL;
	if ((clone_flags & CLONE_SIGHAND) && !(clone_flags & CLONE_VM))
		return -EINVAL;
	if (clone_flags & CLONE_NEWNS)
		return -EPERM;	/* namespaces: not in lk24 */
	return 0;
}

/* user_processes - how many tasks @uid has (2.4 counts them in its
 * user_struct; lk24 walks the task list). */
static int user_processes(uid_t uid)
{
	struct task_struct *p;
	int n = 0;

	for_each_task(p)
		n += p->uid == uid;
	return n;
}

/* init_child - the fields of @p that are not copied from the parent. */
static void init_child(struct task_struct *p, unsigned long clone_flags)
{
	p->state = TASK_UNINTERRUPTIBLE;
	p->flags = (p->flags & ~(PF_SUPERPRIV | PF_USEDFPU | PF_EXITING)) |
		   PF_FORKNOEXEC;
	p->did_exec = 0;
	p->run_list.next = NULL;
	p->p_cptr = NULL;
	init_waitqueue_head(&p->wait_chldexit);
	p->vfork_done = NULL;
	p->sigpending = 0;
	p->pending.head = NULL;
	p->pending.tail = &p->pending.head;
	sigemptyset(&p->pending.signal);
	p->it_real_value = p->it_real_incr = 0;
	p->it_virt_value = p->it_virt_incr = 0;
	p->it_prof_value = p->it_prof_incr = 0;
	init_timer(&p->real_timer);
	p->real_timer.function = it_real_fn;
	p->real_timer.data = (unsigned long)p;
	p->times_utime = p->times_stime = 0;
	p->times_cutime = p->times_cstime = 0;
	p->leader = 0;
	p->start_time = jiffies;
	p->exit_signal = clone_flags & CSIGNAL;
	p->set_child_tid = p->clear_child_tid = NULL;
	p->lock_depth = -1;
	p->cpus_runnable = ~0UL;	/* on no CPU until schedule() */
	p->processor = smp_processor_id();
}

/* link_child - parent, thread group, task list and pid hash for @p. */
static void link_child(struct task_struct *p, unsigned long clone_flags)
{
	write_lock_irq(&tasklist_lock);
	p->p_opptr = current->p_opptr;
	p->p_pptr = current->p_pptr;
	if (!(clone_flags & (CLONE_PARENT | CLONE_THREAD))) {
		p->p_opptr = current;
		p->p_pptr = current;
	}
	INIT_LIST_HEAD(&p->thread_group);
	if (clone_flags & CLONE_THREAD) {
		p->tgid = current->tgid;
		list_add(&p->thread_group, &current->thread_group);
	}
	SET_LINKS(p);
	hash_pid(p);
	nr_threads++;
	write_unlock_irq(&tasklist_lock);
}

/* copy_resources - the shared or copied parts, each undone on failure
 * by the goto chain, named after what it undoes. */
static int copy_resources(unsigned long clone_flags, struct task_struct *p)
{
	int retval;

	retval = copy_files(clone_flags, p);
	if (retval)
		goto bad_fork;
	retval = copy_fs(clone_flags, p);
	if (retval)
		goto bad_fork_cleanup_files;
	retval = copy_sighand(clone_flags, p);
	if (retval)
		goto bad_fork_cleanup_fs;
	retval = copy_mm(clone_flags, p);
	if (retval)
		goto bad_fork_cleanup_sighand;
	return 0;

bad_fork_cleanup_sighand:
	exit_sighand(p);
bad_fork_cleanup_fs:
	exit_fs(p);
bad_fork_cleanup_files:
	exit_files(p);
bad_fork:
	return retval;
}

/* set_tids - the CLONE_*_SETTID and CLEARTID words. A parent tid that
 * cannot be stored is ignored, as Linux ignores it: the child exists. */
static void set_tids(unsigned long clone_flags, struct task_struct *p,
		     struct pt_regs *regs)
{
	if (clone_flags & CLONE_PARENT_SETTID)
		put_user(p->pid, (int *)regs->edx);
	if (clone_flags & CLONE_CHILD_SETTID)
		p->set_child_tid = (int *)regs->edi;
	if (clone_flags & CLONE_CHILD_CLEARTID)
		p->clear_child_tid = (int *)regs->edi;
}

/* check_limits - may the caller make one more task? -EAGAIN if its
 * user is at RLIMIT_NPROC (root is not held to it) or the system at
 * max_threads. */
static int check_limits(void)
{
	if (nr_threads >= max_threads)
		return -EAGAIN;
	if (current->uid &&
	    user_processes(current->uid) >= (int)current->rlim[RLIMIT_NPROC].
	    rlim_cur)
		return -EAGAIN;
	return 0;
}

/*
 * do_fork - a new task as @clone_flags say, its user stack at
 * @stack_start (0: the parent's) and its registers from @regs. With
 * CLONE_VFORK the parent sleeps until the child execs or exits.
 * Returns the child's pid or -errno.
 */
int do_fork(unsigned long clone_flags, unsigned long stack_start,
	    struct pt_regs *regs, unsigned long stack_size)
{
	struct task_struct *p;
	struct completion vfork;
	int retval;

	retval = check_clone_flags(clone_flags);
	if (retval)
		return retval;
	retval = check_limits();
	if (retval)
		return retval;
	p = alloc_task_struct();
	if (!p)
		return -ENOMEM;
	*p = *current;
	*end_of_stack(p) = STACK_END_MAGIC;
	init_child(p, clone_flags);
	p->pid = p->tgid = get_pid();
	retval = copy_resources(clone_flags, p);
	if (retval)
		goto bad_fork_free;
	retval = copy_thread(0, clone_flags, stack_start, stack_size, p, regs);
	if (retval)
		goto bad_fork_cleanup;
	set_tids(clone_flags, p, regs);
	if (clone_flags & CLONE_VFORK) {
		init_completion(&vfork);
		p->vfork_done = &vfork;
	}
	/* the parent's remaining slice is split with the child */
	p->counter = (current->counter + 1) >> 1;
	current->counter >>= 1;
	if (!current->counter)
		current->need_resched = 1;
	link_child(p, clone_flags);
	total_forks++;
	retval = p->pid;
	wake_up_process(p);
	if (clone_flags & CLONE_VFORK)
		wait_for_completion(&vfork);
	return retval;

bad_fork_cleanup:
	exit_mm(p);
	exit_sighand(p);
	exit_fs(p);
	exit_files(p);
bad_fork_free:
	free_task_struct(p);
	return retval;
}
