/*
 * include/asm-i386/mmu_context.h - loading an address space on a switch,
 * and 2.4's lazy TLB (book 2.5.7 of the 3rd edition): a kernel thread
 * has no user space, so it keeps the page tables it found and the CPU
 * is "lazy" (TLBSTATE_LAZY) until a task with an mm comes. A lazy CPU
 * asked to flush that mm lets go of it instead (leave_mm in smp.c), so
 * it is not bothered again. cpu_vm_mask lists the CPUs that must flush.
 */
#ifndef __I386_MMU_CONTEXT_H
#define __I386_MMU_CONTEXT_H

#include <linux/threads.h>
#include <linux/mm.h>
#include <asm/bitops.h>
#include <asm/pgtable.h>
#include <asm/processor.h>

#define TLBSTATE_OK	1	/* running a task of this mm */
#define TLBSTATE_LAZY	2	/* a kernel thread borrows it */

/* the address space each CPU has loaded, and how (written by that CPU
 * only, read by its TLB flush handler) */
struct tlb_state {
	struct mm_struct *active_mm;
	int state;
};
extern struct tlb_state cpu_tlbstate[NR_CPUS];

/* enter_lazy_tlb - @tsk, a kernel thread, runs on @mm's page tables */
static inline void enter_lazy_tlb(struct mm_struct *mm,
				  struct task_struct *tsk, unsigned cpu)
{
	cpu_tlbstate[cpu].state = TLBSTATE_LAZY;
}

/*
 * switch_mm - @cpu goes from @prev's address space to @next's (for
 * @tsk): load CR3 and move the CPU's bit between the cpu_vm_masks. If
 * @next is loaded already but a flush made this lazy CPU leave it, its
 * bit is gone and CR3 holds swapper_pg_dir: load it again.
 */
static inline void switch_mm(struct mm_struct *prev, struct mm_struct *next,
			     struct task_struct *tsk, unsigned cpu)
{
	cpu_tlbstate[cpu].state = TLBSTATE_OK;
	if (prev != next) {
		cpu_tlbstate[cpu].active_mm = next;
		clear_bit(cpu, &prev->cpu_vm_mask);
		set_bit(cpu, &next->cpu_vm_mask);
		load_cr3(next->pgd);
	} else if (!test_and_set_bit(cpu, &next->cpu_vm_mask)) {
		load_cr3(next->pgd);
	}
}

#define activate_mm(prev, next) \
	switch_mm((prev), (next), NULL, smp_processor_id())

#endif
