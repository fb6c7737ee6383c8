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
#include <asm/processor.h>
#include <asm/segment.h>

/* The per-CPU TSS (one CPU for now): cpu_init points TR at it and
 * every switch to a task updates esp0. */
struct tss_struct init_tss[1] = {
	{
		.esp0 = (unsigned long)&init_task_union + THREAD_SIZE,
		.ss0 = __KERNEL_DS,
		.bitmap = INVALID_IO_BITMAP_OFFSET,
	},
};

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
		.next_task = &init_task_union.task,
		.prev_task = &init_task_union.task,
		.p_pptr = &init_task_union.task,
		.thread = {
			.esp0 = (unsigned long)&init_task_union + THREAD_SIZE,
		},
	},
};
