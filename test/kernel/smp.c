/*
 * test/kernel/smp.c - self-tests of locking on several CPUs (slides
 * "Spinlocks" to "Be careful"): every CPU hammers counters under a
 * spinlock, spin_lock_irqsave, an rwlock's write side (readers check a
 * pair stays equal) and atomic_inc at once, and the totals must be
 * exact. crash_deadlock takes two locks in opposite orders on two CPUs
 * and never ends; the lockup detector must name both holders.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <asm/atomic.h>
#include <asm/smp.h>
#include "lktest.h"

#define TORTURE_LOOPS	20000

static spinlock_t torture_lock = SPIN_LOCK_UNLOCKED;
static rwlock_t torture_rwlock = RW_LOCK_UNLOCKED;
static unsigned long spin_count, irqsave_count, write_a, write_b;
static unsigned long torn_reads;	/* under torture_lock */
static atomic_t atomic_count, cpus_done;

/* torture - one CPU's share; in an IPI on the others, interrupts off */
static void torture(void *unused)
{
	unsigned long flags, a, b;
	int i;

	for (i = 0; i < TORTURE_LOOPS; i++) {
		spin_lock(&torture_lock);
		spin_count++;
		spin_unlock(&torture_lock);
		spin_lock_irqsave(&torture_lock, flags);
		irqsave_count++;
		spin_unlock_irqrestore(&torture_lock, flags);
		write_lock(&torture_rwlock);
		write_a++;
		write_b++;
		write_unlock(&torture_rwlock);
		read_lock(&torture_rwlock);
		a = write_a;
		b = write_b;
		read_unlock(&torture_rwlock);
		if (a != b) {
			spin_lock(&torture_lock);
			torn_reads++;
			spin_unlock(&torture_lock);
		}
		atomic_inc(&atomic_count);
	}
	atomic_inc(&cpus_done);
}

/* All CPUs at once: the others through smp_call_function without
 * waiting, this one directly; then every count is CPUs x loops. */
LKTEST(smp, lock_torture)
{
	unsigned long want = (unsigned long)smp_num_cpus * TORTURE_LOOPS;

	smp_call_function(torture, NULL, 0, 0);
	torture(NULL);
	while (atomic_read(&cpus_done) < smp_num_cpus)
		cpu_relax();
	printk(KERN_INFO "lktest:   %d CPUs x %d loops\n", smp_num_cpus,
	       TORTURE_LOOPS);
	LKT_EQ(spin_count, want);
	LKT_EQ(irqsave_count, want);
	LKT_EQ(write_a, want);
	LKT_EQ(write_b, want);
	LKT_EQ(atomic_read(&atomic_count), want);
	LKT_EQ(torn_reads, 0);
}

static spinlock_t lock_a = SPIN_LOCK_UNLOCKED;
static spinlock_t lock_b = SPIN_LOCK_UNLOCKED;
static atomic_t b_taken;

/* take_b_then_a - the other CPU's half of the deadlock, in an IPI */
static void take_b_then_a(void *unused)
{
	spin_lock(&lock_b);
	atomic_set(&b_taken, 1);
	spin_lock(&lock_a);
}

/* A deliberate deadlock (lktest=crash_deadlock, two CPUs or more): this
 * CPU holds A and wants B, the next holds B and wants A. Never ends:
 * each CPU's lockup detector reports after about a second. */
LKTEST(crash_deadlock, two_locks_opposite_order)
{
	if (smp_num_cpus < 2) {
		printk(KERN_ERR "lktest:   crash_deadlock needs two CPUs\n");
		lktest_failed = 1;
		return;
	}
	printk(KERN_INFO "lktest:   lock A %p, lock B %p\n", &lock_a,
	       &lock_b);
	spin_lock(&lock_a);
	smp_call_function(take_b_then_a, NULL, 0, 0);
	while (!atomic_read(&b_taken))
		cpu_relax();
	spin_lock(&lock_b);
}
