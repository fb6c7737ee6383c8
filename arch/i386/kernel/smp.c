/*
 * arch/i386/kernel/smp.c - interprocessor interrupts (slides "Inter
 * Processor Interrupts" to "Be careful"): send_IPI_* write the local
 * APIC's ICR; the handlers of RESCHEDULE_VECTOR, INVALIDATE_TLB_VECTOR
 * and CALL_FUNCTION_VECTOR; smp_call_function with its call_lock and
 * call_data; smp_send_stop for a panic; the big kernel lock; and the
 * spinlocks' slow paths, which say who holds a lock a CPU has waited
 * on too long.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/interrupt.h>
#include <asm/apic.h>
#include <asm/atomic.h>
#include <asm/bitops.h>
#include <asm/current.h>
#include <asm/hardirq.h>
#include <asm/hw_irq.h>
#include <asm/pgalloc.h>
#include <asm/mmu_context.h>
#include <asm/smp.h>
#include <asm/smplock.h>
#include <asm/softirq.h>
#include <asm/system.h>

/* About a second of spinning at the emulators' 100 million
 * instructions a second, a pause loop being a handful of them */
#define SPIN_LOCKUP_LOOPS	(1 << 24)

/* kernel_flag - the big kernel lock (include/asm-i386/smplock.h): held
 * by a task that runs a system call, a page fault or a signal delivery,
 * and by the kernel threads that need it; never from an interrupt */
spinlock_t kernel_flag = SPIN_LOCK_UNLOCKED;

/* entry_lock_kernel - entry.S's lock_kernel, before a system call or a
 * signal delivery (interrupts on) */
asmlinkage void entry_lock_kernel(void)
{
	lock_kernel();
}

/* entry_unlock_kernel - entry.S's unlock_kernel, after it */
asmlinkage void entry_unlock_kernel(void)
{
	unlock_kernel();
}

/* spin_lockup - a CPU has spun SPIN_LOCKUP_LOOPS times on @lock: say
 * who waits where, and who holds it since where. */
static void spin_lockup(spinlock_t *lock, void *pc)
{
	struct task_struct *owner = lock->owner;

	printk(KERN_EMERG "spinlock lockup: CPU %d (pid %d) at %p waits for "
	       "lock %p, held by CPU %d (pid %d) since %p\n",
	       smp_processor_id(), current->pid, pc, lock,
	       owner ? owner->processor : -1, owner ? owner->pid : -1,
	       lock->owner_pc);
}

/* __spin_lock_wait - spin_lock's slow path: say that a CPU waits
 * (break_lock, which a winner clears and the others set again), wait
 * until @lock looks free, then try again; complain once if that takes
 * too long. */
void __spin_lock_wait(spinlock_t *lock, void *pc)
{
	unsigned long loops = 0;

	do {
		lock->break_lock = 1;
		while (spin_is_locked(lock) && lock->break_lock) {
			cpu_relax();
			if (++loops == SPIN_LOCKUP_LOOPS)
				spin_lockup(lock, pc);
		}
	} while (!spin_trylock(lock));
	lock->break_lock = 0;
}

/* __read_lock_wait - a reader met a writer: give the count back, wait
 * until the writer is gone, try again */
void __read_lock_wait(rwlock_t *rw)
{
	do {
		read_unlock(rw);
		while (rw->lock <= 0)
			cpu_relax();
		asm volatile("lock; decl %0" : "+m" (rw->lock) : : "memory");
	} while (rw->lock < 0);
}

/* __write_lock_wait - a writer met readers or a writer: give the bias
 * back, wait until the lock is whole, try again */
void __write_lock_wait(rwlock_t *rw)
{
	unsigned char busy;

	do {
		write_unlock(rw);
		while (rw->lock != RW_LOCK_BIAS)
			cpu_relax();
		asm volatile("lock; subl %2, %0; setnz %1" : "+m" (rw->lock),
			     "=qm" (busy) : "i" (RW_LOCK_BIAS) : "memory");
	} while (busy);
}

/* The ICR's low word for a fixed-vector IPI, logical destination (the
 * APICs are in flat mode: CPU n is bit n), @shortcut or none */
static inline unsigned int __prepare_ICR(unsigned int shortcut, int vector)
{
	return APIC_DM_FIXED | shortcut | vector | APIC_DEST_LOGICAL;
}

/* The ICR's high word: the destination CPUs' bits */
static inline unsigned int __prepare_ICR2(unsigned int mask)
{
	return SET_APIC_DEST_FIELD(mask);
}

/* apic_wait_icr_idle - the previous IPI has left the APIC */
static inline void apic_wait_icr_idle(void)
{
	while (apic_read(APIC_ICR) & APIC_ICR_BUSY)
		cpu_relax();
}

/* __send_IPI_shortcut - all, all but self, or self, by the ICR's
 * destination shorthand: no destination field needed */
static void __send_IPI_shortcut(unsigned int shortcut, int vector)
{
	unsigned long flags;

	local_irq_save(flags);
	apic_wait_icr_idle();
	apic_write(APIC_ICR, __prepare_ICR(shortcut, vector));
	local_irq_restore(flags);
}

/*
 * send_IPI_mask - @vector to the CPUs in @mask (slide "smp_call_function
 * ()": ICR2 first, then the ICR write sends). CPUs that are not online
 * are dropped with a warning: an offline APIC would never answer.
 */
void send_IPI_mask(unsigned long mask, int vector)
{
	unsigned long flags;

	if (mask & ~cpu_online_map) {
		printk(KERN_WARNING "send_IPI_mask: vector 0x%02x to offline "
		       "CPUs %08lx not sent\n", vector, mask & ~cpu_online_map);
		mask &= cpu_online_map;
	}
	if (!mask)
		return;
	local_irq_save(flags);
	apic_wait_icr_idle();
	apic_write(APIC_ICR2, __prepare_ICR2(mask));
	apic_write(APIC_ICR, __prepare_ICR(0, vector));
	local_irq_restore(flags);
}

/* send_IPI_allbutself - every other CPU; nothing on one CPU */
void send_IPI_allbutself(int vector)
{
	if (smp_num_cpus > 1)
		__send_IPI_shortcut(APIC_DEST_ALLBUT, vector);
}

void send_IPI_all(int vector)
{
	__send_IPI_shortcut(APIC_DEST_ALLINC, vector);
}

void send_IPI_self(int vector)
{
	__send_IPI_shortcut(APIC_DEST_SELF, vector);
}

/* smp_send_reschedule - make @cpu look at its need_resched now: the
 * interrupt's return path schedules (slide "RESCHEDULE_VECTOR") */
void smp_send_reschedule(int cpu)
{
	send_IPI_mask(1UL << cpu, RESCHEDULE_VECTOR);
}

/* smp_reschedule_interrupt - nothing to do but acknowledge: the way
 * out of the interrupt checks need_resched */
asmlinkage void smp_reschedule_interrupt(struct pt_regs regs)
{
	irq_stat[smp_processor_id()].ipi_resched_irqs++;
	ack_APIC_irq();
}

/*
 * TLB shootdown (slide "INVALIDATE_TLB_VECTOR"): flush_tlb_others
 * publishes what to flush in flush_mm and flush_va and the CPUs that
 * must do it in flush_cpumask, sends the IPI and waits until each CPU
 * has cleared its bit. tlbstate_lock lets one shootdown run at a time.
 */
static volatile unsigned long flush_cpumask;
static struct mm_struct *flush_mm;
static unsigned long flush_va;
static spinlock_t tlbstate_lock = SPIN_LOCK_UNLOCKED;

/* the address space each CPU has loaded (asm-i386/mmu_context.h) */
struct tlb_state cpu_tlbstate[NR_CPUS] = {
	[0 ... NR_CPUS - 1] = { &init_mm, TLBSTATE_LAZY }
};

/* leave_mm - a lazy CPU was asked to flush the mm a kernel thread
 * borrows: stop borrowing its page tables instead (the kernel half is
 * in swapper_pg_dir too), so no more flushes of it come here */
static void leave_mm(int cpu)
{
	BUG_ON(cpu_tlbstate[cpu].state == TLBSTATE_OK);
	clear_bit(cpu, &cpu_tlbstate[cpu].active_mm->cpu_vm_mask);
	load_cr3(swapper_pg_dir);
}

/* __flush_tlb_va - drop this CPU's entry for @va, or all for FLUSH_ALL */
static void __flush_tlb_va(unsigned long va)
{
	if (va == FLUSH_ALL)
		local_flush_tlb();
	else
		__flush_tlb_one(va);
}

/* smp_invalidate_interrupt - flush what flush_tlb_others asked for, if
 * this CPU has that address space loaded; a lazy one leaves it */
asmlinkage void smp_invalidate_interrupt(struct pt_regs regs)
{
	int cpu = smp_processor_id();
	struct tlb_state *tlb = &cpu_tlbstate[cpu];

	irq_stat[cpu].ipi_tlb_irqs++;
	if (test_bit(cpu, &flush_cpumask)) {
		/* lab: ipi */
		/* this CPU may have switched away since the IPI left */
		if (flush_mm == tlb->active_mm && tlb->state == TLBSTATE_LAZY)
			leave_mm(cpu);
		else if (flush_mm == tlb->active_mm || !flush_mm)
			__flush_tlb_va(flush_va);
		/* lab: end */
		clear_bit(cpu, &flush_cpumask);
	}
	ack_APIC_irq();
}

/* flush_tlb_others - the CPUs in @cpumask drop @mm's entry for @va
 * (FLUSH_ALL: all its entries; @mm NULL: whatever they run); returns
 * when they have */
void flush_tlb_others(unsigned long cpumask, struct mm_struct *mm,
		      unsigned long va)
{
	cpumask &= cpu_online_map & ~(1UL << smp_processor_id());
	if (!cpumask)
		return;
	spin_lock(&tlbstate_lock);
	/* lab: ipi */
	flush_mm = mm;
	flush_va = va;
	atomic_set_mask(cpumask, &flush_cpumask);
	send_IPI_mask(cpumask, INVALIDATE_TLB_VECTOR);
	while (flush_cpumask)
		cpu_relax();
	flush_mm = NULL;
	flush_va = 0;
	/* lab: end */
	spin_unlock(&tlbstate_lock);
}

/*
 * smp_call_function (slides "IPI Management Sequentialization" and
 * "smp_call_function()"): the function and its argument wait in
 * call_data, on the caller's stack, while the other CPUs run it; one
 * call at a time, under call_lock.
 */
struct call_data_struct {
	void (*func)(void *info);
	void *info;
	atomic_t started;
	atomic_t finished;
	int wait;
};

static spinlock_t call_lock = SPIN_LOCK_UNLOCKED;
static struct call_data_struct *call_data;

/*
 * smp_call_function - run @func(@info) on every other CPU; return once
 * each has started it, or with @wait once each has finished. Interrupts
 * must be on: two CPUs calling each other with them off would wait for
 * ever. @nonatomic is 2.4's and unused. Returns 0.
 */
int smp_call_function(void (*func)(void *info), void *info, int nonatomic,
		      int wait)
{
	struct call_data_struct data;
	int cpus = smp_num_cpus - 1;
	unsigned long flags;

	if (!cpus)
		return 0;
	__save_flags(flags);
	BUG_ON(!(flags & X86_EFLAGS_IF));
	data.func = func;
	data.info = info;
	atomic_set(&data.started, 0);
	atomic_set(&data.finished, 0);
	data.wait = wait;
	spin_lock_bh(&call_lock);
	call_data = &data;
	wmb();
	send_IPI_allbutself(CALL_FUNCTION_VECTOR);
	while (atomic_read(&data.started) != cpus)
		cpu_relax();
	while (wait && atomic_read(&data.finished) != cpus)
		cpu_relax();
	spin_unlock_bh(&call_lock);
	return 0;
}

/* smp_call_function_interrupt - run the function in call_data; once
 * "started" is counted the caller's stack frame may go, so everything
 * needed is copied out first */
asmlinkage void smp_call_function_interrupt(struct pt_regs regs)
{
	void (*func)(void *info) = call_data->func;
	void *info = call_data->info;
	int wait = call_data->wait, cpu = smp_processor_id();

	irq_stat[cpu].ipi_call_irqs++;
	ack_APIC_irq();
	mb();
	atomic_inc(&call_data->started);
	irq_enter(cpu, 0);
	(*func)(info);
	irq_exit(cpu, 0);
	if (wait) {
		mb();
		atomic_inc(&call_data->finished);
	}
}

/* stop_this_cpu - the end for a CPU asked to stop: off line, halted
 * with interrupts off */
static void stop_this_cpu(void *dummy)
{
	clear_bit(smp_processor_id(), &cpu_online_map);
	__cli();
	apic_write(APIC_SPIV, apic_read(APIC_SPIV) & ~APIC_SPIV_APIC_ENABLED);
	for (;;)
		asm volatile("hlt");
}

/* smp_send_stop - from panic: halt every other CPU, so that only the
 * panicking one goes on. Not smp_call_function: it must not wait for a
 * CPU that may be stuck with interrupts off, or for call_lock. */
void smp_send_stop(void)
{
	static struct call_data_struct stop_data = { .func = stop_this_cpu };

	if (smp_num_cpus < 2)
		return;
	call_data = &stop_data;
	wmb();
	send_IPI_allbutself(CALL_FUNCTION_VECTOR);
	smp_num_cpus = 1;
}
