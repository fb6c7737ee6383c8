/*
 * arch/i386/kernel/init_task.c - process 0, statically built.
 * Its task_struct and the stack start_kernel runs on share one 8 KB-aligned
 * block (head.S's stack_start points at its top). The per-CPU TSS
 * init_tss joins this file with the system call gate.
 */
#include <linux/sched.h>

union task_union init_task_union
	__attribute__((__section__(".data.init_task"), aligned(THREAD_SIZE))) = {
	.task = {
		.state = TASK_RUNNING,
		.addr_limit = 0xffffffffUL,
		.pid = 0,
		.comm = "swapper",
	},
};
