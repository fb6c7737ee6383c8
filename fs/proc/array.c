/*
 * fs/proc/array.c - what /proc/PID/stat, status, statm and maps show of
 * a task (book 3.2): its state, ids, times, memory and signals, in the
 * layouts of Linux 6.1, so that ps and top written for Linux read them.
 * Fields lk24 does not keep (capabilities, namespaces, I/O accounting)
 * show what Linux shows for a task without them: zeroes.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/proc_fs.h>
#include <linux/tty.h>
#include <linux/major.h>
#include <linux/kdev_t.h>
#include <asm/pgtable.h>

/* task_state_char - R, S, D, T or Z as ps shows a task's state */
static char task_state_char(struct task_struct *p)
{
	if (p->state == TASK_RUNNING)
		return 'R';
	if (p->state & TASK_INTERRUPTIBLE)
		return 'S';
	if (p->state & TASK_UNINTERRUPTIBLE)
		return 'D';
	if (p->state & TASK_STOPPED)
		return 'T';
	return 'Z';
}

static const char *task_state_name(char c)
{
	switch (c) {
	case 'R': return "R (running)";
	case 'S': return "S (sleeping)";
	case 'D': return "D (disk sleep)";
	case 'T': return "T (stopped)";
	}
	return "Z (zombie)";
}

/* vm_pages - the pages of @mm's regions in all */
static unsigned long vm_pages(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	unsigned long pages = 0;

	for (vma = mm ? mm->mmap : NULL; vma; vma = vma->vm_next)
		pages += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	return pages;
}

/* task_rss - the pages of @mm present in its page tables */
static unsigned long task_rss(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	unsigned long addr, rss = 0;
	pte_t *pte;

	for (vma = mm ? mm->mmap : NULL; vma; vma = vma->vm_next) {
		for (addr = vma->vm_start; addr < vma->vm_end;
		     addr += PAGE_SIZE) {
			pmd_t *pmd = pmd_offset(pgd_offset(mm, addr), addr);

			if (pmd_none(*pmd))
				continue;
			pte = pte_offset(pmd, addr);
			rss += pte_present(*pte) ? 1 : 0;
		}
	}
	return rss;
}

/* sig_masks - the task's ignored and caught signals, as bit sets */
static void sig_masks(struct task_struct *p, unsigned long long *ign,
		      unsigned long long *catch)
{
	int i;

	*ign = *catch = 0;
	for (i = 0; p->sig && i < _NSIG; i++) {
		__sighandler_t h = p->sig->action[i].sa_handler;

		if (h == SIG_IGN)
			*ign |= 1ULL << i;
		else if (h != SIG_DFL)
			*catch |= 1ULL << i;
	}
}

/*
 * proc_pid_stat - /proc/PID/stat: the 52 fields of Linux 6.1 on one
 * line. Times are in ticks (HZ 100, as USER_HZ); the controlling
 * terminal, if any, is the console (5, 1).
 */
int proc_pid_stat(struct task_struct *task, char *buffer)
{
	struct mm_struct *mm = task->mm;
	unsigned long long ign, catch;
	unsigned long vsize = vm_pages(mm) << PAGE_SHIFT;
	struct mm_struct none = { 0 };

	if (!mm)
		mm = &none;
	sig_masks(task, &ign, &catch);
	return sprintf(buffer, "%d (%s) %c %d %d %d %d %d %u %lu %lu 0 0 "
		"%lu %lu %lu %lu %ld %ld 1 0 %lu %lu %lu %lu %lu %lu %lu "
		"0 0 %lu %lu %lu %lu 0 0 0 %d %d %lu %lu 0 0 0 %lu %lu %lu "
		"%lu %lu %lu %lu %d\n",
		task->pid, task->comm, task_state_char(task),
		task->p_pptr ? task->p_pptr->tgid : 0, task->pgrp,
		task->session, task->tty ? MKDEV(TTYAUX_MAJOR, 1) : 0,
		task->tty ? task->tty->pgrp : -1, (unsigned)task->flags,
		task->min_flt,
		task->cmin_flt, task->times_utime, task->times_stime,
		task->times_cutime, task->times_cstime, 20 + task->nice,
		task->nice, task->start_time, vsize, task_rss(task->mm),
		task->rlim[RLIMIT_RSS].rlim_cur, mm->start_code, mm->end_code,
		mm->start_stack, task->pending.signal.sig[0] & 0x7fffffffUL,
		task->blocked.sig[0] & 0x7fffffffUL,
		(unsigned long)ign & 0x7fffffffUL,
		(unsigned long)catch & 0x7fffffffUL, task->exit_signal,
		task->processor, task->rt_priority, task->policy & ~SCHED_YIELD,
		mm->start_data, mm->end_data, mm->start_brk, mm->arg_start,
		mm->arg_end, mm->env_start, mm->env_end,
		task->state == TASK_ZOMBIE ? task->exit_code : 0);
}

/* status_ids - Name to Groups of /proc/PID/status */
static int status_ids(struct task_struct *p, char *buf)
{
	int len, i;

	len = sprintf(buf, "Name:\t%s\nUmask:\t%04o\nState:\t%s\nTgid:\t%d\n"
		"Ngid:\t0\nPid:\t%d\nPPid:\t%d\nTracerPid:\t0\n"
		"Uid:\t%d\t%d\t%d\t%d\nGid:\t%d\t%d\t%d\t%d\n"
		"FDSize:\t%d\nGroups:\t", p->comm, p->fs ? p->fs->umask : 0,
		task_state_name(task_state_char(p)), p->tgid, p->pid,
		p->p_pptr ? p->p_pptr->tgid : 0, p->uid, p->euid, p->suid,
		p->fsuid, p->gid, p->egid, p->sgid, p->fsgid,
		p->files ? p->files->max_fds : 0);
	for (i = 0; i < p->ngroups; i++)
		len += sprintf(buf + len, "%d ", p->groups[i]);
	return len + sprintf(buf + len, "\nNStgid:\t%d\nNSpid:\t%d\n"
			     "NSpgid:\t%d\nNSsid:\t%d\n", p->tgid, p->pid,
			     p->pgrp, p->session);
}

/* status_mem - the Vm lines, in kB */
static int status_mem(struct task_struct *p, char *buf)
{
	struct mm_struct *mm = p->mm;
	unsigned long size = vm_pages(mm) << (PAGE_SHIFT - 10);
	unsigned long rss = task_rss(mm) << (PAGE_SHIFT - 10);

	if (!mm)
		return 0;
	return sprintf(buf, "VmPeak:\t%8lu kB\nVmSize:\t%8lu kB\n"
		"VmLck:\t%8d kB\nVmPin:\t%8d kB\nVmHWM:\t%8lu kB\n"
		"VmRSS:\t%8lu kB\nRssAnon:\t%8lu kB\nRssFile:\t%8d kB\n"
		"RssShmem:\t%8d kB\nVmData:\t%8lu kB\nVmStk:\t%8lu kB\n"
		"VmExe:\t%8lu kB\nVmLib:\t%8d kB\nVmPTE:\t%8d kB\n"
		"VmSwap:\t%8d kB\n", size, size, 0, 0, rss, rss, rss, 0, 0,
		(mm->brk - mm->start_data) >> 10,
		(TASK_SIZE - mm->start_stack) >> 10,
		(mm->end_code - mm->start_code) >> 10, 0, 4, 0);
}

/* status_signals - Threads, SigQ and the signal masks in hex */
static int status_signals(struct task_struct *p, char *buf)
{
	unsigned long long ign, catch;

	sig_masks(p, &ign, &catch);
	return sprintf(buf, "Threads:\t1\nSigQ:\t0/%lu\nSigPnd:\t%016llx\n"
		"ShdPnd:\t%016llx\nSigBlk:\t%016llx\nSigIgn:\t%016llx\n"
		"SigCgt:\t%016llx\n", p->rlim[RLIMIT_NPROC].rlim_cur,
		*(unsigned long long *)&p->pending.signal,
		0ULL, *(unsigned long long *)&p->blocked, ign, catch);
}

/* proc_pid_status - /proc/PID/status, the human-readable one */
int proc_pid_status(struct task_struct *task, char *buffer)
{
	char *p = buffer;

	p += status_ids(task, p);
	p += status_mem(task, p);
	p += status_signals(task, p);
	p += sprintf(p, "Cpus_allowed:\t1\nCpus_allowed_list:\t0\n");
	return p - buffer;
}

/* proc_pid_statm - sizes in pages: total, resident, shared, text,
 * library (0), data and stack, dirty (0) */
int proc_pid_statm(struct task_struct *task, char *buffer)
{
	struct mm_struct *mm = task->mm;
	unsigned long text, data;

	if (!mm)
		return sprintf(buffer, "0 0 0 0 0 0 0\n");
	text = PAGE_ALIGN(mm->end_code) - mm->start_code;
	data = PAGE_ALIGN(mm->brk) - mm->start_data;
	return sprintf(buffer, "%lu %lu 0 %lu 0 %lu 0\n", vm_pages(mm),
		       task_rss(mm), text >> PAGE_SHIFT, data >> PAGE_SHIFT);
}

/* vma_name - "[heap]" or "[stack]" for the regions that are, else "" */
static const char *vma_name(struct mm_struct *mm, struct vm_area_struct *v)
{
	if (v->vm_start <= mm->start_brk && v->vm_end >= mm->brk &&
	    mm->brk > mm->start_brk)
		return "[heap]";
	if (v->vm_flags & VM_GROWSDOWN)
		return "[stack]";
	return "";
}

/*
 * proc_pid_maps - a line per region: addresses, permissions (p for
 * private), offset, device, inode and name. Without file mappings
 * every region is anonymous (offset, device and inode 0). As much as
 * fits in a page.
 */
int proc_pid_maps(struct task_struct *task, char *buffer)
{
	struct mm_struct *mm = task->mm;
	struct vm_area_struct *v;
	char line[128];
	int len = 0, n;

	for (v = mm ? mm->mmap : NULL; v; v = v->vm_next) {
		const char *name = vma_name(mm, v);

		n = sprintf(line, "%08lx-%08lx %c%c%c%c 00000000 00:00 0",
			    v->vm_start, v->vm_end,
			    v->vm_flags & VM_READ ? 'r' : '-',
			    v->vm_flags & VM_WRITE ? 'w' : '-',
			    v->vm_flags & VM_EXEC ? 'x' : '-',
			    v->vm_flags & VM_SHARED ? 's' : 'p');
		n += sprintf(line + n, *name ? "%*s%s\n" : "\n", 73 - n, "",
			     name);
		if (len + n > PAGE_SIZE)
			break;
		memcpy(buffer + len, line, n);
		len += n;
	}
	return len;
}
