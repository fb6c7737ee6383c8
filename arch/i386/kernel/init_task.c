/*
 * arch/i386/kernel/init_task.c - process 0, statically built.
 * Its task_struct and the stack start_kernel runs on share one 8 KB-aligned
 * block (head.S's stack_start points at its top); init_mm is the kernel's
 * address space, on swapper_pg_dir. The per-CPU TSS init_tss joins this
 * file with the system call gate.
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <asm/pgtable.h>

struct mm_struct init_mm = {
	.pgd = swapper_pg_dir,
	.mm_users = ATOMIC_INIT(2),
	.mm_count = ATOMIC_INIT(1),
};

union task_union init_task_union
	__attribute__((__section__(".data.init_task"), aligned(THREAD_SIZE))) = {
	.task = {
		.state = TASK_RUNNING,
		.addr_limit = 0xffffffffUL,
		.active_mm = &init_mm,
		.pid = 0,
		.comm = "swapper",
	},
};
