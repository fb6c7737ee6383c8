/*
 * kernel/info.c - sysinfo(2): uptime, load averages, memory and the
 * number of tasks in one struct, what free(1) and uptime(1) read when
 * there is no /proc. Memory counts in bytes (mem_unit 1) while the
 * total fits in 32 bits, as 2.2 programs expect, else in pages. No
 * swap, no shared or buffer memory: those are 0.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/page.h>

/* in_bytes - @val's memory, counted in pages, in bytes with mem_unit
 * 1 if the largest figure, the total, still fits in an unsigned long */
static void in_bytes(struct sysinfo *val)
{
	if (val->totalram > ~0UL >> PAGE_SHIFT)
		return;
	val->totalram <<= PAGE_SHIFT;
	val->freeram <<= PAGE_SHIFT;
	val->totalhigh <<= PAGE_SHIFT;
	val->freehigh <<= PAGE_SHIFT;
	val->mem_unit = 1;
}

/* sys_sysinfo - fill the caller's struct sysinfo; 0 or -EFAULT */
asmlinkage long sys_sysinfo(struct sysinfo *info)
{
	struct sysinfo val;
	int i;

	memset(&val, 0, sizeof(val));
	/* a second begun counts, as Linux rounds its boot time up */
	val.uptime = (jiffies + HZ - 1) / HZ;
	for (i = 0; i < 3; i++)
		val.loads[i] = avenrun[i] << (SI_LOAD_SHIFT - FSHIFT);
	val.procs = nr_threads;
	val.totalram = totalram_pages;
	val.freeram = nr_free_pages();
	val.totalhigh = totalhigh_pages;
	val.freehigh = nr_free_highpages();
	val.mem_unit = PAGE_SIZE;
	in_bytes(&val);
	return copy_to_user(info, &val, sizeof(val)) ? -EFAULT : 0;
}
