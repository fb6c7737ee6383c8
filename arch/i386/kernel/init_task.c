/*
 * arch/i386/kernel/init_task.c - process 0, statically built.
 * Its task_struct and the stack start_kernel runs on share one 8 KB-aligned
 * block (head.S's stack_start points at its top); init_mm is the kernel's
 * address space, on swapper_pg_dir; init_fs, init_files and init_signals
 * are the fs info, descriptor table and handlers every task inherits
 * (the INIT_* macros of linux/sched.h, linux/fs.h and linux/mm.h). The
 * per-CPU TSS init_tss joins this file with the system call gate.
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/segment.h>

/* The per-CPU TSS: each CPU's cpu_init points its TR at its own, and
 * every switch to a task on that CPU updates its esp0. */
struct tss_struct init_tss[NR_CPUS] = {
	[0 ... NR_CPUS - 1] = {
		.esp0 = (unsigned long)&init_task_union + THREAD_SIZE,
		.ss0 = __KERNEL_DS,
		.bitmap = INVALID_IO_BITMAP_OFFSET,
	},
};

struct mm_struct init_mm = INIT_MM(init_mm);
struct fs_struct init_fs = INIT_FS;
struct files_struct init_files = INIT_FILES;
struct signal_struct init_signals = INIT_SIGNALS;

union task_union init_task_union
	__attribute__((__section__(".data.init_task"), aligned(THREAD_SIZE))) = {
	.task = INIT_TASK(init_task_union.task),
};
