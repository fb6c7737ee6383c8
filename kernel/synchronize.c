/*
 * kernel/synchronize.c - the slides' "An Example: Synchronize All Cores"
 * (not in Linux): synchronize_all parks every other CPU in an IPI
 * handler, spinning, until unsynchronize_all lets them go. It runs once
 * at boot as a self-test of smp_call_function when there is more than
 * one CPU, and again on each write to /proc/sys/kernel/synchronize_all
 * (kernel/sysctl.c), for a student to watch in the log.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <linux/sysctl.h>
#include <asm/atomic.h>
#include <asm/current.h>
#include <asm/smp.h>
#include <asm/uaccess.h>
#include <asm/errno.h>

static atomic_t synch_enter;	/* CPUs yet to arrive */
static atomic_t synch_leave;	/* 1 while they must stay */

/* synchronize_all_slaves - on every other CPU, in the IPI: arrive,
 * then spin until released. A 2.4 kernel does not preempt, and the
 * handler runs with interrupts off, so nothing else runs here. */
static void synchronize_all_slaves(void *info)
{
	printk(KERN_INFO "cpu %d entering synchronize_all_slaves\n",
	       smp_processor_id());
	atomic_dec(&synch_enter);
	while (atomic_read(&synch_leave) > 0)
		cpu_relax();
	printk(KERN_INFO "cpu %d leaving synchronize_all_slaves\n",
	       smp_processor_id());
}

/* synchronize_all - return once every other CPU is parked */
void synchronize_all(void)
{
	printk(KERN_INFO "cpu %d asking for unpreemptive synchronization\n",
	       smp_processor_id());
	atomic_set(&synch_enter, smp_num_cpus - 1);
	atomic_set(&synch_leave, 1);
	smp_call_function(synchronize_all_slaves, NULL, 0, 0);
	while (atomic_read(&synch_enter) > 0)
		cpu_relax();
	printk(KERN_INFO "cpu %d all kernel threads synchronized\n",
	       smp_processor_id());
}

/* unsynchronize_all - let the parked CPUs go */
void unsynchronize_all(void)
{
	printk(KERN_INFO "cpu %d freeing other kernel threads\n",
	       smp_processor_id());
	atomic_set(&synch_leave, 0);
}

/* count_call - smp_call_function's self-test: each CPU adds its bit */
static void count_call(void *info)
{
	atomic_set_mask(1UL << smp_processor_id(),
			(volatile unsigned long *)info);
}

/*
 * smp_selftest - from smp_init: smp_call_function with wait must have
 * run on every other CPU when it returns; then the slides' example.
 */
void __init smp_selftest(void)
{
	unsigned long ran = 1;	/* this CPU */

	if (smp_num_cpus < 2)
		return;
	smp_call_function(count_call, &ran, 0, 1);
	printk(ran == cpu_online_map ? KERN_INFO "smp_selftest: "
	       "smp_call_function ran on CPUs %08lx: ok\n" : KERN_ERR
	       "smp_selftest: smp_call_function ran on CPUs %08lx: FAILED\n",
	       ran);
	synchronize_all();
	unsynchronize_all();
}

/* proc_dosynchronize - a write to /proc/sys/kernel/synchronize_all:
 * the example once more. What is written is not used, but a write of
 * white space alone (echo's newline, say) does not count. */
int proc_dosynchronize(ctl_table *table, int write, struct file *filp,
		       void *buffer, size_t *lenp)
{
	char c;

	if (!write)
		return -EINVAL;
	if (get_user(c, (char *)buffer))
		return -EFAULT;
	if (c == ' ' || c == '\n' || c == '\t')
		return 0;
	synchronize_all();
	unsynchronize_all();
	return 0;
}
