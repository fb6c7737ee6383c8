/*
 * fs/proc/proc_misc.c - the kernel-wide files of /proc, each a read_proc
 * that writes its whole text into a page: memory (meminfo, buddyinfo,
 * slabinfo, iomem), time and load (uptime, loadavg, stat), interrupts,
 * the CPU, the kernel (version, cmdline), file systems and mounts, in
 * Linux 6.1's layouts where a program parses them.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/irq.h>
#include <linux/interrupt.h>
#include <linux/kernel_stat.h>
#include <linux/slab.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <asm/e820.h>
#include <asm/setup.h>
#include <asm/apic.h>
#include <asm/hardirq.h>
#include <asm/smp.h>

#define K(pages)	((pages) << (PAGE_SHIFT - 10))

/* LOAD_INT, LOAD_FRAC - a fixed-point load as its two printed parts */
#define LOAD_INT(x)	((x) >> FSHIFT)
#define LOAD_FRAC(x)	LOAD_INT(((x) & (FIXED_1 - 1)) * 100)

static int loadavg_read_proc(char *page, char **start, off_t off,
			     int count, int *eof, void *data)
{
	unsigned long a = avenrun[0] + FIXED_1 / 200;
	unsigned long b = avenrun[1] + FIXED_1 / 200;
	unsigned long c = avenrun[2] + FIXED_1 / 200;
	int len = sprintf(page, "%lu.%02lu %lu.%02lu %lu.%02lu %d/%d %d\n",
			  LOAD_INT(a), LOAD_FRAC(a), LOAD_INT(b), LOAD_FRAC(b),
			  LOAD_INT(c), LOAD_FRAC(c), nr_running, nr_threads,
			  last_pid);

	return proc_calc_metrics(page, start, off, count, eof, len);
}

/* cpu_idle_ticks - the ticks @cpu spent in its idle task: the rest of
 * the time since boot (its own tick and the PIT's may differ by one) */
static unsigned long cpu_idle_ticks(int cpu)
{
	unsigned long busy = kstat.per_cpu_user[cpu] +
		kstat.per_cpu_system[cpu];

	return busy < jiffies ? jiffies - busy : 0;
}

/* uptime_read_proc - seconds since boot and seconds idle, summed over
 * the CPUs as Linux does, to 1/100 */
static int uptime_read_proc(char *page, char **start, off_t off,
			    int count, int *eof, void *data)
{
	unsigned long up = jiffies, idle = 0;
	int cpu, len;

	for (cpu = 0; cpu < smp_num_cpus; cpu++)
		idle += cpu_idle_ticks(cpu);
	len = sprintf(page, "%lu.%02lu %lu.%02lu\n", up / HZ,
		      (up % HZ) * 100 / HZ, idle / HZ, (idle % HZ) * 100 / HZ);

	return proc_calc_metrics(page, start, off, count, eof, len);
}

/* meminfo_read_proc - the memory in kB: free pages from the buddy
 * system, the rest in use by the kernel and programs; no swap */
static int meminfo_read_proc(char *page, char **start, off_t off,
			     int count, int *eof, void *data)
{
	unsigned long total = K(totalram_pages), free = K(nr_free_pages());
	int len = sprintf(page,
		"MemTotal:       %8lu kB\nMemFree:        %8lu kB\n"
		"MemAvailable:   %8lu kB\nBuffers:        %8d kB\n"
		"Cached:         %8d kB\nSwapCached:     %8d kB\n"
		"HighTotal:      %8lu kB\nHighFree:       %8lu kB\n"
		"LowTotal:       %8lu kB\nLowFree:        %8lu kB\n"
		"SwapTotal:      %8d kB\nSwapFree:       %8d kB\n",
		total, free, free, 0, 0, 0, 0UL,
		(unsigned long)K(nr_free_highpages()),
		total, free, 0, 0);

	return proc_calc_metrics(page, start, off, count, eof, len);
}

/* buddyinfo_read_proc - per zone, the free blocks of each order (book
 * 8.1.7): "Node 0, zone   Normal" and MAX_ORDER counts */
static int buddyinfo_read_proc(char *page, char **start, off_t off,
			       int count, int *eof, void *data)
{
	zone_t *zone = contig_page_data.node_zones;
	int len = 0, order;

	for (; zone < contig_page_data.node_zones + MAX_NR_ZONES; zone++) {
		if (!zone->size)
			continue;
		len += sprintf(page + len, "Node 0, zone %8s", zone->name);
		for (order = 0; order < MAX_ORDER; order++) {
			struct list_head *p, *head =
				&zone->free_area[order].free_list;
			unsigned long n = 0;

			list_for_each(p, head)
				n++;
			len += sprintf(page + len, " %6lu", n);
		}
		len += sprintf(page + len, " \n");
	}
	return proc_calc_metrics(page, start, off, count, eof, len);
}

/* stat_read_proc - CPU time, interrupts, switches, boot time, forks */
static int stat_read_proc(char *page, char **start, off_t off, int count,
			  int *eof, void *data)
{
	unsigned int user = 0, system = 0;
	unsigned long idle = 0, sum = 0;
	int len, i;

	for (i = 0; i < smp_num_cpus; i++) {
		user += kstat.per_cpu_user[i];
		system += kstat.per_cpu_system[i];
		idle += cpu_idle_ticks(i);
	}
	for (i = 0; i < NR_IRQS; i++)
		sum += kstat_irqs[i];
	len = sprintf(page, "cpu  %u 0 %u %lu 0 0 0 0 0 0\n", user, system,
		      idle);
	for (i = 0; i < smp_num_cpus; i++)
		len += sprintf(page + len, "cpu%d %u 0 %u %lu 0 0 0 0 0 0\n",
			       i, kstat.per_cpu_user[i],
			       kstat.per_cpu_system[i], cpu_idle_ticks(i));
	len += sprintf(page + len, "intr %lu", sum);
	for (i = 0; i < NR_IRQS; i++)
		len += sprintf(page + len, " %u", kstat_irqs[i]);
	len += sprintf(page + len, "\nctxt %u\nbtime %lu\nprocesses %lu\n"
		       "procs_running %d\nprocs_blocked 0\n",
		       kstat.context_swtch,
		       xtime.tv_sec - jiffies / HZ,
		       total_forks, nr_running);
	return proc_calc_metrics(page, start, off, count, eof, len);
}

/* apic_row - one row of per-CPU local APIC counts: @name, the counter
 * at @offset in each CPU's irq_cpustat_t, and what it counts */
static int apic_row(char *page, const char *name, size_t offset,
		    const char *what)
{
	int len = sprintf(page, "%3s: ", name), cpu;

	for (cpu = 0; cpu < smp_num_cpus; cpu++)
		len += sprintf(page + len, "%10u ",
			       *(unsigned int *)((char *)&irq_stat[cpu] +
						 offset));
	return len + sprintf(page + len, "  %s\n", what);
}

#define APIC_ROW(page, name, field, what) \
	apic_row(page, name, __builtin_offsetof(irq_cpustat_t, field), what)

/* apic_rows - the local APICs' interrupts, when they are in use */
static int apic_rows(char *page)
{
	int len = 0;

	if (!using_apic_timer)
		return 0;
	len += APIC_ROW(page + len, "LOC", apic_timer_irqs,
			"Local timer interrupts");
	len += APIC_ROW(page + len, "SPU", apic_spurious_irqs,
			"Spurious interrupts");
	len += APIC_ROW(page + len, "RES", ipi_resched_irqs,
			"Rescheduling interrupts");
	len += APIC_ROW(page + len, "CAL", ipi_call_irqs,
			"Function call interrupts");
	len += APIC_ROW(page + len, "TLB", ipi_tlb_irqs, "TLB shootdowns");
	len += APIC_ROW(page + len, "ERR", apic_error_irqs, "APIC errors");
	return len;
}

/* interrupts_read_proc - a column per CPU; each IRQ line with a
 * handler: its count (all on CPU 0: the 8259A's output reaches no other
 * CPU), its controller and the names of its handlers; then the local
 * APICs' own interrupts */
static int interrupts_read_proc(char *page, char **start, off_t off,
				int count, int *eof, void *data)
{
	int len = sprintf(page, "      "), i, cpu;
	struct irqaction *action;

	for (cpu = 0; cpu < smp_num_cpus; cpu++)
		len += sprintf(page + len, "     CPU%d", cpu);
	len += sprintf(page + len, "       \n");
	for (i = 0; i < NR_IRQS; i++) {
		action = irq_desc[i].action;
		if (!action)
			continue;
		len += sprintf(page + len, "%3d: %10u ", i, kstat_irqs[i]);
		for (cpu = 1; cpu < smp_num_cpus; cpu++)
			len += sprintf(page + len, "%10u ", 0);
		len += sprintf(page + len, "%8s  %s",
			       irq_desc[i].handler->typename, action->name);
		for (action = action->next; action; action = action->next)
			len += sprintf(page + len, ", %s", action->name);
		len += sprintf(page + len, "\n");
	}
	len += apic_rows(page + len);
	return proc_calc_metrics(page, start, off, count, eof, len);
}

/* iomem_read_proc - the e820 map the BIOS gave (book 2.5.3) */
static int iomem_read_proc(char *page, char **start, off_t off, int count,
			   int *eof, void *data)
{
	int len = 0, i;

	for (i = 0; i < e820.nr_map; i++) {
		struct e820entry *e = &e820.map[i];

		len += sprintf(page + len, "%08lx-%08lx : %s\n",
			       (unsigned long)e->addr,
			       (unsigned long)(e->addr + e->size - 1),
			       e->type == E820_RAM ? "System RAM" : "Reserved");
	}
	return proc_calc_metrics(page, start, off, count, eof, len);
}

/* the files whose text is one string or one kernel function's */
static int version_read_proc(char *page, char **start, off_t off,
			     int count, int *eof, void *data)
{
	int len = sprintf(page, "%s", linux_banner);

	return proc_calc_metrics(page, start, off, count, eof, len);
}

static int cmdline_read_proc(char *page, char **start, off_t off,
			     int count, int *eof, void *data)
{
	int len = sprintf(page, "%s\n", saved_command_line);

	return proc_calc_metrics(page, start, off, count, eof, len);
}

static int filesystems_read_proc(char *page, char **start, off_t off,
				 int count, int *eof, void *data)
{
	int len = get_filesystem_list(page);

	return proc_calc_metrics(page, start, off, count, eof, len);
}

static int mounts_read_proc(char *page, char **start, off_t off,
			    int count, int *eof, void *data)
{
	int len = get_filesystem_info(page);

	return proc_calc_metrics(page, start, off, count, eof, len);
}

static int cpuinfo_read_proc(char *page, char **start, off_t off,
			     int count, int *eof, void *data)
{
	int len = get_cpuinfo(page);

	return proc_calc_metrics(page, start, off, count, eof, len);
}

/* proc_misc_init - make the files, from proc_root_init */
void __init proc_misc_init(void)
{
	static struct {
		const char *name;
		read_proc_t *read_proc;
	} simple[] = {
		{ "loadavg",	loadavg_read_proc },
		{ "uptime",	uptime_read_proc },
		{ "meminfo",	meminfo_read_proc },
		{ "version",	version_read_proc },
		{ "cpuinfo",	cpuinfo_read_proc },
		{ "stat",	stat_read_proc },
		{ "interrupts",	interrupts_read_proc },
		{ "buddyinfo",	buddyinfo_read_proc },
		{ "slabinfo",	slabinfo_read_proc },
		{ "filesystems", filesystems_read_proc },
		{ "cmdline",	cmdline_read_proc },
		{ "iomem",	iomem_read_proc },
		{ "mounts",	mounts_read_proc },
		{ NULL, NULL }
	};
	int i;

	for (i = 0; simple[i].name; i++)
		create_proc_read_entry(simple[i].name, 0, NULL,
				       simple[i].read_proc, NULL);
}
