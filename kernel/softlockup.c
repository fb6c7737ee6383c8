/*
 * kernel/softlockup.c - the soft-lockup detector (Linux 2.6; 2.4 has
 * none): a CPU that stays in the kernel for SOFTLOCKUP_THRESH seconds
 * without scheduling prints where it is, once per lockup. Each CPU's
 * tick looks (softlockup_tick); a tick in user mode or in the idle task,
 * and every schedule(), resets the clock. 2.6 resets it from a watchdog
 * thread per CPU; lk24 needs no thread for that. A CPU stuck with
 * interrupts off never ticks: that needs the NMI watchdog, left out.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/kallsyms.h>
#include <asm/ptrace.h>
#include <asm/processor.h>
#include <asm/smp.h>
#include <asm/current.h>

/* Each CPU writes only its own entries, from its own tick or schedule() */
static unsigned long touch_timestamp[NR_CPUS];	/* jiffies when it was */
static int lockup_reported[NR_CPUS];	/* this lockup already told */

/* touch_softlockup_watchdog - this CPU is not locked up: it scheduled. */
void touch_softlockup_watchdog(void)
{
	int cpu = smp_processor_id();

	touch_timestamp[cpu] = jiffies;
	lockup_reported[cpu] = 0;
}

/*
 * softlockup_tick - from each CPU's tick, interrupts off, with the
 * interrupted registers: name the function a CPU has been stuck in for
 * more than SOFTLOCKUP_THRESH seconds, with its callers.
 */
void softlockup_tick(struct pt_regs *regs)
{
	int cpu = smp_processor_id();
	unsigned long stuck;

	if (user_mode(regs) || !current->pid) {
		touch_softlockup_watchdog();
		return;
	}
	stuck = jiffies - touch_timestamp[cpu];
	if (stuck <= SOFTLOCKUP_THRESH * HZ || lockup_reported[cpu])
		return;
	lockup_reported[cpu] = 1;
	printk(KERN_ERR "BUG: soft lockup - CPU#%d stuck for %lus! [%s:%d]\n",
	       cpu, stuck / HZ, current->comm, current->pid);
	print_symbol(KERN_ERR "EIP is at %s\n", regs->eip);
	show_trace((unsigned long *)regs->ebp);
}
