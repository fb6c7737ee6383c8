/*
 * mm/oom_kill.c - when memory for a user page cannot be found, kill the
 * process whose death frees the most and hurts the least (2.4's
 * badness heuristic: its size, less for long-running, CPU-heavy and
 * root processes, more for niced ones), with a line in the log. Process
 * 0, init and kernel threads are never chosen. 2.4 calls it from the
 * page allocator after swapping failed; lk24 has no swap and calls it
 * from the page fault handler.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <asm/param.h>

/* int_sqrt - the integer square root of @x */
static unsigned long int_sqrt(unsigned long x)
{
	unsigned long r = 0, bit = 1UL << 30;

	while (bit > x)
		bit >>= 2;
	for (; bit; bit >>= 2) {
		if (x >= r + bit) {
			x -= r + bit;
			r = (r >> 1) + bit;
		} else {
			r >>= 1;
		}
	}
	return r;
}

/* total_vm - the pages @mm's areas span */
static unsigned long total_vm(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	unsigned long pages = 0;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		pages += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	return pages;
}

/*
 * badness - @p's score: its size in pages, divided by the square root
 * of its CPU seconds and the fourth root of its run time in minutes
 * (it has done work worth keeping), doubled if niced, quartered for
 * root. 0 for a task with no user memory.
 */
static unsigned long badness(struct task_struct *p)
{
	unsigned long points, cpu_time, run_time;

	if (!p->mm)
		return 0;
	points = total_vm(p->mm);
	cpu_time = (p->times_utime + p->times_stime) / HZ;
	run_time = (jiffies - p->start_time) / (60 * HZ);
	if (cpu_time > 1)
		points /= int_sqrt(cpu_time);
	if (run_time > 1)
		points /= int_sqrt(int_sqrt(run_time));
	if (p->nice > 0)
		points *= 2;
	if (!p->uid || !p->euid)
		points /= 4;
	return points ? points : 1;
}

/* select_bad_process - the task with the highest badness; NULL if
 * there is none that may be killed */
static struct task_struct *select_bad_process(void)
{
	struct task_struct *p, *chosen = NULL;
	unsigned long maxpoints = 0, points;

	for_each_task(p) {
		if (is_init(p) || (p->flags & (PF_KTHREAD | PF_EXITING)) ||
		    p->state == TASK_ZOMBIE)
			continue;
		points = badness(p);
		if (points > maxpoints) {
			chosen = p;
			maxpoints = points;
		}
	}
	return chosen;
}

/*
 * oom_kill_task - SIGKILL to @p, which may not ignore it, and a full
 * slice so that it dies soon and gives its memory back.
 */
static void oom_kill_task(struct task_struct *p)
{
	printk(KERN_ERR "Out of Memory: Killed process %d (%s).\n", p->pid,
	       p->comm);
	p->counter = 5 * HZ;
	p->flags |= PF_MEMDIE;
	force_sig(SIGKILL, p);
}

/*
 * out_of_memory - kill the worst process and every other task that
 * shares its memory. With nothing left to kill the machine cannot go
 * on: panic, as 2.4 does.
 */
void out_of_memory(void)
{
	struct task_struct *p = select_bad_process(), *q;

	if (!p)
		panic("Out of memory and no killable processes...");
	for_each_task(q)
		if (q->mm == p->mm && q != p && !is_init(q))
			oom_kill_task(q);
	oom_kill_task(p);
}
