/*
 * include/linux/sched.h - the process descriptor (book chapter 3) with
 * Linux 2.4's fields and names: task_struct shares an 8 KB block with its
 * kernel stack (union task_union, 2.6's thread_info), so current is
 * %esp & ~8191. The first fields keep 2.4's offsets because entry.S reads
 * them (checked in kernel/sched.c). Capabilities, ptrace and 2.4's
 * user_struct are left out: RLIMIT_NPROC counts tasks per uid.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/linkage.h>
#include <linux/list.h>
#include <linux/signal.h>
#include <linux/wait.h>
#include <linux/resource.h>
#include <linux/timer.h>
#include <linux/time.h>
#include <asm/atomic.h>
#include <asm/processor.h>

struct mm_struct;
struct pt_regs;
struct completion;

#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1
#define TASK_UNINTERRUPTIBLE	2
#define TASK_ZOMBIE		4
#define TASK_STOPPED		8

#define set_task_state(tsk, s)		((tsk)->state = (s))
#define set_current_state(s)		(current->state = (s))
#define __set_current_state(s)		(current->state = (s))

#define MAX_SCHEDULE_TIMEOUT		0x7fffffffL

/* Scheduling policies (book 7.1.2); SCHED_YIELD is 2.4's internal bit */
#define SCHED_OTHER		0
#define SCHED_FIFO		1
#define SCHED_RR		2
#define SCHED_YIELD		0x10

struct sched_param {
	int sched_priority;
};

#define THREAD_SIZE		8192
#define NGROUPS			32
#define PID_MAX			0x8000

/* Clone flags: the low byte is the signal the parent gets at exit */
#define CSIGNAL			0x000000ff
#define CLONE_VM		0x00000100	/* share the address space */
#define CLONE_FS		0x00000200	/* share root, cwd, umask */
#define CLONE_FILES		0x00000400	/* share open files */
#define CLONE_SIGHAND		0x00000800	/* share signal handlers */
#define CLONE_PTRACE		0x00002000
#define CLONE_VFORK		0x00004000	/* parent waits for exec/exit */
#define CLONE_PARENT		0x00008000	/* same parent as the caller */
#define CLONE_THREAD		0x00010000	/* same thread group */
#define CLONE_NEWNS		0x00020000
#define CLONE_SYSVSEM		0x00040000
#define CLONE_SETTLS		0x00080000	/* a TLS descriptor for it */
#define CLONE_PARENT_SETTID	0x00100000	/* its tid into the parent */
#define CLONE_CHILD_CLEARTID	0x00200000	/* 0 into the child at exit */
#define CLONE_DETACHED		0x00400000
#define CLONE_UNTRACED		0x00800000
#define CLONE_CHILD_SETTID	0x01000000	/* its tid into the child */
#define CLONE_SIGNAL		(CLONE_SIGHAND | CLONE_THREAD)

struct fs_struct;	/* include/linux/fs_struct.h */
struct tty_struct;	/* include/linux/tty.h */

/* What a task does with each signal, shared by CLONE_SIGHAND */
struct signal_struct {
	atomic_t count;
	struct k_sigaction action[_NSIG];
	spinlock_t siglock;
};

struct task_struct {
	volatile long state;	/* 0: -1 unrunnable, 0 runnable */
	unsigned long flags;	/* 4: PF_* */
	int sigpending;		/* 8 */
	unsigned long addr_limit;	/* 12: user space ends here */
	void *exec_domain;	/* 16: unused in lk24 */
	volatile long need_resched;	/* 20 */
	unsigned long ptrace;	/* 24 */
	int lock_depth;		/* 28: the big kernel lock (SMP) */

	/* the scheduler's (kernel/sched.c) */
	long counter;		/* ticks left in this epoch */
	long nice;		/* -20 ... 19 */
	unsigned long policy;	/* SCHED_OTHER, _FIFO, _RR, | SCHED_YIELD */
	struct mm_struct *mm;	/* NULL for kernel threads */
	int processor;
	unsigned long cpus_runnable, cpus_allowed;
	struct list_head run_list;	/* on runqueue_head when runnable */
	unsigned long sleep_time;
	struct task_struct *next_task, *prev_task;	/* all tasks */
	struct mm_struct *active_mm;	/* the page tables loaded */

	int exit_code, exit_signal;
	int pdeath_signal;
	int did_exec;		/* execve since fork: setpgid refuses */
	pid_t pid;
	pid_t pgrp;
	pid_t session;
	pid_t tgid;		/* the thread group: getpid() */
	int leader;		/* session leader */
	/* family (book 3.2.4): original parent, parent, youngest child,
	 * younger sibling, older sibling */
	struct task_struct *p_opptr, *p_pptr, *p_cptr, *p_ysptr, *p_osptr;
	struct list_head thread_group;
	struct task_struct *pidhash_next;	/* the pid hash chain */
	struct task_struct **pidhash_pprev;
	wait_queue_head_t wait_chldexit;	/* for wait4() */
	struct completion *vfork_done;		/* for vfork() */
	int *set_child_tid, *clear_child_tid;	/* CLONE_*_SETTID, CLEARTID */
	unsigned long rt_priority;

	/* interval timers and times (kernel/itimer.c, kernel/timer.c);
	 * the virtual and profiling ones count ticks */
	unsigned long it_real_value, it_real_incr;
	unsigned long it_virt_value, it_virt_incr;
	unsigned long it_prof_value, it_prof_incr;
	struct timer_list real_timer;
	unsigned long times_utime, times_stime;	/* ticks, this task */
	unsigned long times_cutime, times_cstime;	/* waited-for children */
	unsigned long start_time;
	unsigned long min_flt, cmin_flt;

	uid_t uid, euid, suid, fsuid;
	gid_t gid, egid, sgid, fsgid;
	int ngroups;
	gid_t groups[NGROUPS];
	struct rlimit rlim[RLIM_NLIMITS];
	unsigned short used_math;	/* has FPU state in thread.i387 */
	char comm[16];
	struct tty_struct *tty;	/* the controlling terminal, or NULL */

	struct thread_struct thread;	/* registers kept across switches */
	struct fs_struct *fs;
	struct files_struct *files;
	spinlock_t sigmask_lock;	/* guards pending and blocked */
	struct signal_struct *sig;
	sigset_t blocked;	/* signals that must wait */
	struct sigpending pending;	/* signals sent, not yet acted on */
	unsigned long sas_ss_sp;	/* the alternate signal stack */
	size_t sas_ss_size;
};

/* Per-process flags */
#define PF_ALIGNWARN	0x00000001
#define PF_STARTING	0x00000002	/* being created */
#define PF_EXITING	0x00000004	/* in do_exit */
#define PF_FORKNOEXEC	0x00000040	/* forked but did not exec */
#define PF_SUPERPRIV	0x00000100
#define PF_DUMPCORE	0x00000200	/* ended by a core signal */
#define PF_SIGNALED	0x00000400	/* ended by a signal */
#define PF_MEMALLOC	0x00000800
#define PF_MEMDIE	0x00001000	/* killed by the OOM killer */
#define PF_USEDFPU	0x00100000	/* the FPU holds this task's state */
#define PF_KTHREAD	0x00200000	/* a kernel thread: no user space */

/* Scheduler constants: a nice-0 task gets 6 ticks (60 ms) an epoch */
#define DEF_COUNTER	(10 * HZ / 100)
#define MAX_COUNTER	(20 * HZ / 100)
#define MAX_RT_PRIO	99

#define INIT_SIGNALS	{ ATOMIC_INIT(1), { { 0, }, }, SPIN_LOCK_UNLOCKED }

/* process 0 (arch/i386/kernel/init_task.c) */
#define INIT_TASK(tsk)							\
{									\
	.state = TASK_RUNNING,						\
	.addr_limit = 0xffffffffUL,					\
	.lock_depth = -1,						\
	.counter = DEF_COUNTER,						\
	.policy = SCHED_OTHER,						\
	.cpus_runnable = ~0UL,						\
	.cpus_allowed = ~0UL,						\
	.run_list = LIST_HEAD_INIT((tsk).run_list),			\
	.next_task = &(tsk),						\
	.prev_task = &(tsk),						\
	.active_mm = &init_mm,						\
	.p_opptr = &(tsk),						\
	.p_pptr = &(tsk),						\
	.thread_group = LIST_HEAD_INIT((tsk).thread_group),		\
	.wait_chldexit = __WAIT_QUEUE_HEAD_INITIALIZER((tsk).wait_chldexit), \
	.real_timer = { .function = it_real_fn },			\
	.rlim = INIT_RLIMITS,						\
	.comm = "swapper",						\
	.thread = INIT_THREAD,						\
	.fs = &init_fs,							\
	.files = &init_files,						\
	.sig = &init_signals,						\
	.pending = { NULL, &(tsk).pending.head, { { 0 } } },		\
}

union task_union {
	struct task_struct task;
	unsigned long stack[THREAD_SIZE / sizeof(long)];
};

extern union task_union init_task_union;

/* The lowest word of a kernel stack, just above its task_struct, holds
 * STACK_END_MAGIC; schedule() checks it, so a stack that ran over says
 * so before the task_struct below it is used (a 2.6 self-check) */
#define STACK_END_MAGIC		0x57ac6e9dUL
static inline unsigned long *end_of_stack(struct task_struct *p)
{
	return (unsigned long *)(p + 1);
}
#define init_task	(init_task_union.task)
extern struct mm_struct init_mm;
extern struct fs_struct init_fs;
extern struct files_struct init_files;
extern struct signal_struct init_signals;
extern struct task_struct *child_reaper;	/* who adopts orphans: init */

#define alloc_task_struct() \
	((struct task_struct *)__get_free_pages(GFP_KERNEL, 1))
#define free_task_struct(p)	free_pages((unsigned long)(p), 1)

extern int nr_threads, max_threads, nr_running;
extern unsigned long total_forks;
extern int last_pid;

/* The pid hash (kernel/fork.c): find_task_by_pid in O(1) on average */
#define PIDHASH_SZ		(4096 >> 2)
#define pid_hashfn(x)		((((x) >> 8) ^ (x)) & (PIDHASH_SZ - 1))
extern struct task_struct *pidhash[PIDHASH_SZ];

static inline void hash_pid(struct task_struct *p)
{
	struct task_struct **htable = &pidhash[pid_hashfn(p->pid)];

	if ((p->pidhash_next = *htable) != NULL)
		(*htable)->pidhash_pprev = &p->pidhash_next;
	*htable = p;
	p->pidhash_pprev = htable;
}

static inline void unhash_pid(struct task_struct *p)
{
	if (p->pidhash_next)
		p->pidhash_next->pidhash_pprev = p->pidhash_pprev;
	*p->pidhash_pprev = p->pidhash_next;
}

static inline struct task_struct *find_task_by_pid(int pid)
{
	struct task_struct *p = pidhash[pid_hashfn(pid)];

	while (p && p->pid != pid)
		p = p->pidhash_next;
	return p;
}

/* The family links (book 3.2.4), under tasklist_lock */
#define REMOVE_LINKS(p) do {						\
	(p)->next_task->prev_task = (p)->prev_task;			\
	(p)->prev_task->next_task = (p)->next_task;			\
	if ((p)->p_osptr)						\
		(p)->p_osptr->p_ysptr = (p)->p_ysptr;			\
	if ((p)->p_ysptr)						\
		(p)->p_ysptr->p_osptr = (p)->p_osptr;			\
	else								\
		(p)->p_pptr->p_cptr = (p)->p_osptr;			\
} while (0)

#define SET_LINKS(p) do {						\
	(p)->next_task = &init_task;					\
	(p)->prev_task = init_task.prev_task;				\
	init_task.prev_task->next_task = (p);				\
	init_task.prev_task = (p);					\
	(p)->p_ysptr = NULL;						\
	if (((p)->p_osptr = (p)->p_pptr->p_cptr) != NULL)		\
		(p)->p_osptr->p_ysptr = (p);				\
	(p)->p_pptr->p_cptr = (p);					\
} while (0)

#define for_each_task(p) \
	for (p = &init_task; (p = p->next_task) != &init_task; )

#define next_thread(p) \
	list_entry((p)->thread_group.next, struct task_struct, thread_group)

/* tasklist_lock guards the task list, the family links and the pid
 * hash; writers keep interrupts off, as readers may be interrupts */
extern rwlock_t tasklist_lock;
/* runqueue_lock guards the runqueue (kernel/sched.c) */
extern spinlock_t runqueue_lock;

static inline int task_on_runqueue(struct task_struct *p)
{
	return p->run_list.next != NULL;
}

/* A task is on a CPU from the moment schedule() picks it until the
 * switch away from it is over: cpus_runnable has that CPU's bit, and
 * is ~0 while it is on none. Under runqueue_lock. */
static inline int task_has_cpu(struct task_struct *p)
{
	return p->cpus_runnable != ~0UL;
}

static inline void task_set_cpu(struct task_struct *p, unsigned int cpu)
{
	p->processor = cpu;
	p->cpus_runnable = 1UL << cpu;
}

static inline void task_release_cpu(struct task_struct *p)
{
	mb();		/* the switch's last use of its stack comes first */
	p->cpus_runnable = ~0UL;
}

/* kernel/sched.c */
asmlinkage void schedule(void);
void sched_init(void);
void init_idle(void);
void schedule_tail(struct task_struct *prev);
int wake_up_process(struct task_struct *p);
long schedule_timeout(long timeout);

void cond_resched(void);
void update_process_times(int user);	/* kernel/timer.c */
void do_timer(struct pt_regs *regs);	/* kernel/timer.c */
/* kernel/softlockup.c: a CPU in the kernel this many seconds is named */
#define SOFTLOCKUP_THRESH	10
void softlockup_tick(struct pt_regs *regs);
void touch_softlockup_watchdog(void);
void set_user_nice(struct task_struct *p, long nice);
void __wake_up(wait_queue_head_t *q, unsigned int mode, int nr);
void __wake_up_sync(wait_queue_head_t *q, unsigned int mode, int nr);
void sleep_on(wait_queue_head_t *q);
long sleep_on_timeout(wait_queue_head_t *q, long timeout);
void interruptible_sleep_on(wait_queue_head_t *q);
long interruptible_sleep_on_timeout(wait_queue_head_t *q, long timeout);
void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait);
void add_wait_queue_exclusive(wait_queue_head_t *q, wait_queue_t *wait);
void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait);

#define wake_up(x)		__wake_up((x), TASK_UNINTERRUPTIBLE | \
					  TASK_INTERRUPTIBLE, 1)
#define wake_up_nr(x, nr)	__wake_up((x), TASK_UNINTERRUPTIBLE | \
					  TASK_INTERRUPTIBLE, nr)
#define wake_up_all(x)		__wake_up((x), TASK_UNINTERRUPTIBLE | \
					  TASK_INTERRUPTIBLE, 0)
#define wake_up_interruptible(x) __wake_up((x), TASK_INTERRUPTIBLE, 1)
#define wake_up_interruptible_nr(x, nr) \
				__wake_up((x), TASK_INTERRUPTIBLE, nr)
#define wake_up_interruptible_all(x) __wake_up((x), TASK_INTERRUPTIBLE, 0)
#define wake_up_interruptible_sync(x) \
				__wake_up_sync((x), TASK_INTERRUPTIBLE, 1)

/* kernel/fork.c, arch/i386/kernel/process.c */
void cpu_idle(void);

/* each CPU's idle task (process 0): init_task on CPU 0, copies of it
 * on the others (arch/i386/kernel/smpboot.c) */
extern struct task_struct *init_tasks[NR_CPUS];
int do_fork(unsigned long clone_flags, unsigned long stack_start,
	    struct pt_regs *regs, unsigned long stack_size);
void fork_init(unsigned long mempages);
int kernel_thread(int (*fn)(void *), void *arg, unsigned long flags);
int copy_thread(int nr, unsigned long clone_flags, unsigned long esp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs);
void exit_thread(void);
void flush_thread(void);
void release_thread(struct task_struct *dead_task);
struct mm_struct *mm_alloc(void);
struct signal_struct *dup_sighand(void);
void mm_release(void);
void __put_fs_struct(struct fs_struct *fs);

/* kernel/exit.c */
void release_task(struct task_struct *p);
void do_group_exit(long code) __attribute__((noreturn));
void exit_mm(struct task_struct *tsk);
void exit_files(struct task_struct *tsk);
void exit_fs(struct task_struct *tsk);
void exit_sighand(struct task_struct *tsk);
int is_orphaned_pgrp(int pgrp);
void reparent_to_init(void);
void daemonize(void);

/* kernel/context.c: keventd */
struct tq_struct;
int schedule_task(struct tq_struct *task);
void flush_scheduled_tasks(void);
int start_context_thread(void);
int current_is_keventd(void);

/* kernel/signal.c */
void signals_init(void);
int send_sig(int sig, struct task_struct *p, int priv);
int send_sig_info(int sig, struct siginfo *info, struct task_struct *p);
int force_sig_info(int sig, struct siginfo *info, struct task_struct *p);
void force_sig(int sig, struct task_struct *p);
int kill_pg(pid_t pgrp, int sig, int priv);
int kill_proc(pid_t pid, int sig, int priv);
void notify_parent(struct task_struct *tsk, int sig);
void flush_signals(struct task_struct *t);
void flush_signal_handlers(struct task_struct *t);
int dequeue_signal(sigset_t *mask, siginfo_t *info);
void recalc_sigpending(struct task_struct *t);
int do_sigaction(int sig, const struct k_sigaction *act,
		 struct k_sigaction *oact);
int do_sigaltstack(const stack_t *uss, stack_t *uoss, unsigned long sp);

/* Signals whose default action is to stop, to ignore, to dump core */
#define SIG_KERNEL_STOP_MASK	(sigmask(SIGSTOP) | sigmask(SIGTSTP) | \
				 sigmask(SIGTTIN) | sigmask(SIGTTOU))
#define SIG_KERNEL_IGNORE_MASK	(sigmask(SIGCONT) | sigmask(SIGCHLD) | \
				 sigmask(SIGWINCH) | sigmask(SIGURG))
#define SIG_KERNEL_COREDUMP_MASK (sigmask(SIGQUIT) | sigmask(SIGILL) | \
				 sigmask(SIGTRAP) | sigmask(SIGABRT) | \
				 sigmask(SIGFPE) | sigmask(SIGSEGV) | \
				 sigmask(SIGBUS) | sigmask(SIGSYS) | \
				 sigmask(SIGXCPU) | sigmask(SIGXFSZ))
#define sig_kernel_only(sig)	((sig) == SIGKILL || (sig) == SIGSTOP)
#define sig_in_mask(sig, mask)	((sig) < SIGRTMIN && (sigmask(sig) & (mask)))
#define sig_kernel_stop(sig)	sig_in_mask(sig, SIG_KERNEL_STOP_MASK)
#define sig_kernel_ignore(sig)	sig_in_mask(sig, SIG_KERNEL_IGNORE_MASK)
#define sig_kernel_coredump(sig) sig_in_mask(sig, SIG_KERNEL_COREDUMP_MASK)

/* on_sig_stack - is @sp on the task's alternate signal stack? */
static inline int on_sig_stack(struct task_struct *t, unsigned long sp)
{
	return sp - t->sas_ss_sp < t->sas_ss_size;
}

/* suser - may the current task do what only root may? (2.4's
 * capabilities are left out: an effective uid of 0 may do everything) */
#define suser()		(current->euid == 0 ? \
			 (current->flags |= PF_SUPERPRIV, 1) : 0)

/* The load averages (kernel/timer.c), fixed point with FSHIFT bits */
extern unsigned long avenrun[3];
#define FSHIFT		11
#define FIXED_1		(1 << FSHIFT)
#define LOAD_FREQ	(5 * HZ)	/* every 5 s */
#define EXP_1		1884		/* 1 / exp(5 s / 1 min) */
#define EXP_5		2014		/* 1 / exp(5 s / 5 min) */
#define EXP_15		2037		/* 1 / exp(5 s / 15 min) */
#define CALC_LOAD(load, exp, n)			\
	do {					\
		(load) *= (exp);		\
		(load) += (n) * (FIXED_1 - (exp)); \
		(load) >>= FSHIFT;		\
	} while (0)

/* CURRENT_TIME - the wall-clock second, for file times */
#define CURRENT_TIME	(xtime.tv_sec)

/* fsuser - does the current task act on files as root (fsuid 0)? */
#define fsuser()	(current->fsuid == 0 ? \
			 (current->flags |= PF_SUPERPRIV, 1) : 0)

/* kernel/sys.c: is @grp the task's fsgid or one of its groups? */
int in_group_p(gid_t grp);

/* is_init - process 1, which gets only the signals it has handlers for */
#define is_init(p)	((p) == child_reaper)

/* arch/i386/kernel/signal.c: from entry.S, arguments in %eax, %edx */
int __attribute__((regparm(3))) do_signal(struct pt_regs *regs,
					  sigset_t *oldset);

/* kernel/itimer.c */
void it_real_fn(unsigned long data);

#endif
