/*
 * include/linux/sched.h - the process descriptor (book chapter 3).
 * For now only what process 0 needs to exist: its task_struct shares an
 * 8 KB block with its kernel stack (union task_union), so current is
 * %esp & ~8191. The first fields keep Linux 2.4's offsets because entry.S
 * reads them. Scheduling, signals and memory fields arrive with processes.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/linkage.h>
#include <linux/list.h>
#include <linux/signal.h>
#include <linux/wait.h>
#include <asm/processor.h>

struct mm_struct;

#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1
#define TASK_UNINTERRUPTIBLE	2
#define TASK_ZOMBIE		4
#define TASK_STOPPED		8

#define THREAD_SIZE		8192

/* How far a user stack may grow: Linux's default RLIMIT_STACK (rlimits
 * themselves arrive with process management) */
#define _STK_LIM		(8 * 1024 * 1024)

struct task_struct {
	volatile long state;	/* 0: -1 unrunnable, 0 runnable */
	unsigned long flags;	/* 4: PF_* */
	int sigpending;		/* 8 */
	unsigned long addr_limit;	/* 12: user space ends here */
	void *exec_domain;	/* 16: unused in lk24 */
	volatile long need_resched;	/* 20 */
	unsigned long ptrace;	/* 24 */
	struct mm_struct *mm;	/* NULL for kernel threads */
	struct mm_struct *active_mm;	/* the page tables loaded */
	pid_t pid;
	char comm[16];
	sigset_t pending;	/* signals sent, not yet acted on */
	sigset_t blocked;	/* signals that must wait */
	struct k_sigaction sigaction[_NSIG];
	int exit_code;
	struct task_struct *next_task, *prev_task;	/* all tasks */
	struct task_struct *p_pptr;	/* parent */
	unsigned long timeout;	/* jiffies to wake at; 0 = none */
	struct files_struct *files;
	struct thread_struct thread;	/* registers kept across switches */
};

#define PF_KTHREAD	0x00000002	/* a kernel thread: no user space */

extern struct task_struct *last_task_used_math;

#define for_each_task(p) \
	for (p = &init_task; (p = p->next_task) != &init_task; )

/* kernel/sched.c */
asmlinkage void schedule(void);
void wake_up_process(struct task_struct *p);
long schedule_timeout(long timeout);
struct task_struct *find_task_by_pid(int pid);
void release_task(struct task_struct *p);
int kernel_thread(int (*fn)(void *), void *arg, unsigned long flags);

union task_union {
	struct task_struct task;
	unsigned long stack[THREAD_SIZE / sizeof(long)];
};

extern union task_union init_task_union;
#define init_task	(init_task_union.task)

#endif
