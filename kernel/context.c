/*
 * kernel/context.c - keventd, 2.4's process context for deferred work
 * (book 4.7.2: 2.6 calls this the "events" work queue). Code that may
 * not sleep where it runs (an interrupt, a timer) hands a tq_struct to
 * schedule_task; keventd, a kernel thread, runs it later and may sleep.
 * One keventd for the machine, as in 2.4; it runs holding the big
 * kernel lock, as the system calls do.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/tqueue.h>
#include <linux/completion.h>
#include <linux/string.h>
#include <linux/smp_lock.h>
#include <asm/current.h>

/* the tasks keventd will run; queue_task's own locking guards it */
static DECLARE_TASK_QUEUE(tq_context);
/* keventd sleeps here while tq_context is empty */
static DECLARE_WAIT_QUEUE_HEAD(context_task_wq);
/* flush_scheduled_tasks sleeps here; woken after each pass */
static DECLARE_WAIT_QUEUE_HEAD(context_task_done);
static struct task_struct *keventd_task;

/* current_is_keventd - is the caller keventd itself? */
int current_is_keventd(void)
{
	return current == keventd_task;
}

/*
 * schedule_task - run @task->routine(@task->data) soon in keventd,
 * where it may sleep. Returns 1, or 0 if @task was queued already.
 */
int schedule_task(struct tq_struct *task)
{
	int queued = queue_task(task, &tq_context);

	wake_up(&context_task_wq);
	return queued;
}

/*
 * context_thread - keventd: sleep until tasks are queued, run them all,
 * tell flushers a pass is over. Signals mean nothing to it and are
 * dropped, so a pending one cannot turn its sleep into a busy loop.
 */
static int __attribute__((noreturn)) context_thread(void *startup)
{
	lock_kernel();
	daemonize();
	strcpy(current->comm, "keventd");
	keventd_task = current;
	complete(startup);
	for (;;) {
		if (signal_pending(current))
			flush_signals(current);
		wait_event_interruptible(context_task_wq,
					 TQ_ACTIVE(tq_context) ||
					 signal_pending(current));
		run_task_queue(&tq_context);
		wake_up(&context_task_done);
	}
}

static void flush_marker(void *done)
{
	*(int *)done = 1;
}

/*
 * flush_scheduled_tasks - wait until every task scheduled before the
 * call has run: queue a marker behind them and sleep until keventd has
 * run it. Must not be called from keventd, which would wait on itself.
 */
void flush_scheduled_tasks(void)
{
	struct tq_struct marker;
	int done = 0;

	BUG_ON(current_is_keventd());
	INIT_TQUEUE(&marker, flush_marker, &done);
	schedule_task(&marker);
	wait_event(context_task_done, done);
}

/* start_context_thread - from init, before the initcalls: start keventd
 * and return once it can take work. */
int __init start_context_thread(void)
{
	DECLARE_COMPLETION(startup);
	int pid = kernel_thread(context_thread, &startup,
				CLONE_FS | CLONE_FILES | CLONE_SIGHAND);

	if (pid < 0)
		return pid;
	wait_for_completion(&startup);
	printk(KERN_INFO "start_context_thread: keventd is process %d\n", pid);
	return 0;
}
