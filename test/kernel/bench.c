/*
 * test/kernel/bench.c - in-kernel micro-benchmarks (lk24's own tool).
 * lkbench=mm times allocator paths with rdtsc, which under QEMU -icount
 * and Bochs clock: sync=none advances one tick per instruction, so the
 * figures are instructions, not seconds. test/bench/mm boots it.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <asm/div64.h>
#include <asm/system.h>
#include <asm/msr.h>

#define ROUNDS	1000

extern void machine_power_off(void);
static char *lkbench;

static int __init lkbench_setup(char *str)
{
	lkbench = str;
	return 1;
}
__setup("lkbench=", lkbench_setup);

/* Ticks per round of an empty loop: subtracted from every figure. */
static unsigned long long loop_overhead(void)
{
	unsigned long long t0, t1;
	int i;

	rdtscll(t0);
	for (i = 0; i < ROUNDS; i++)
		barrier();
	rdtscll(t1);
	return t1 - t0;
}

static void report(const char *what, unsigned long long ticks,
		   unsigned long long overhead)
{
	unsigned long long net = ticks > overhead ? ticks - overhead : 0;

	do_div(net, ROUNDS);
	printk(KERN_NOTICE "bench: %s: %llu instructions per pair "
	       "(%d pairs)\n", what, net, ROUNDS);
}

static void bench_mm(void)
{
	unsigned long long t0, t1, overhead;
	unsigned long flags;
	int i;

	local_irq_save(flags);		/* no timer tick inside a window */
	overhead = loop_overhead();
	for (i = 0; i < 100; i++)	/* warm: slabs exist, lists settled */
		kfree(kmalloc(64, GFP_KERNEL));
	rdtscll(t0);
	for (i = 0; i < ROUNDS; i++)
		free_page(__get_free_page(GFP_KERNEL));
	rdtscll(t1);
	report("__get_free_page+free_page", t1 - t0, overhead);
	rdtscll(t0);
	for (i = 0; i < ROUNDS; i++)
		kfree(kmalloc(64, GFP_KERNEL));
	rdtscll(t1);
	report("kmalloc(64)+kfree", t1 - t0, overhead);
	local_irq_restore(flags);
}

static int lkbench_init(void)
{
	if (!lkbench)
		return 0;
	if (!strcmp(lkbench, "mm"))
		bench_mm();
	else
		printk(KERN_ERR "lkbench: unknown benchmark %s\n", lkbench);
	machine_power_off();
	return 0;
}
__initcall(lkbench_init);
