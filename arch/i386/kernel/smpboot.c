/*
 * arch/i386/kernel/smpboot.c - starting the other CPUs (book 4.2,
 * "Interrupt handling on multiprocessor systems"; Intel's MP
 * specification, appendix B). Each CPU the MP table lists gets an idle
 * task and is woken by INIT, then two STARTUP IPIs naming the page the
 * real-mode trampoline (trampoline.S) was copied to. It comes through
 * head.S's startup_32_smp to start_secondary, says it is alive, and
 * idles, taking tasks from the runqueue as CPU 0 does (kernel/sched.c).
 * 2.4's warm-reset vector (for CPUs older than the STARTUP IPI) and CPU
 * hot-plug are left out.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/bootmem.h>
#include <asm/apic.h>
#include <asm/bitops.h>
#include <asm/current.h>
#include <asm/desc.h>
#include <asm/hw_irq.h>
#include <asm/mpspec.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/smp.h>

int smp_num_cpus = 1;
unsigned long cpu_online_map = 1;
int cpu_2_physical_apicid[NR_CPUS];

/* The boot handshake: a CPU sets its callin bit once it runs C code
 * with its own GDT, TSS and APIC; it waits for smp_commenced before it
 * starts its timer. */
static volatile unsigned long cpu_callin_map;
static volatile int smp_commenced;

/* max_cpus - from the "maxcpus=" and "nosmp" boot options */
static int max_cpus = NR_CPUS;

/* The page below 1 MB the trampoline is copied to */
static unsigned char *trampoline_base;

/* How long a CPU has to answer its STARTUP IPI: one second */
#define CALLIN_TIMEOUT	HZ

static int __init nosmp(char *str)
{
	max_cpus = 1;
	return 1;
}
__setup("nosmp", nosmp);

static int __init maxcpus(char *str)
{
	max_cpus = simple_strtoul(str, NULL, 0);
	if (max_cpus < 1) {
		printk(KERN_WARNING "maxcpus=%s: the boot CPU always runs; no "
		       "other CPU is started\n", str);
		max_cpus = 1;
	}
	return 1;
}
__setup("maxcpus=", maxcpus);

/* smp_alloc_memory - from setup_arch, while bootmem can still give a
 * page below 1 MB: a STARTUP IPI can only name a page there */
void __init smp_alloc_memory(void)
{
	trampoline_base = alloc_bootmem_low_pages(PAGE_SIZE);
	BUG_ON(__pa(trampoline_base) >= 0x9f000);
}

/* send_IPI_to_apicid - an INIT or STARTUP message (@icr) to one APIC
 * by its physical id; waits until the APIC has sent it */
static void __init send_IPI_to_apicid(int apicid, unsigned long icr)
{
	apic_write(APIC_ICR2, SET_APIC_DEST_FIELD(apicid));
	apic_write(APIC_ICR, icr);
	while (apic_read(APIC_ICR) & APIC_ICR_BUSY)
		cpu_relax();
}

/*
 * wakeup_secondary_via_INIT - the MP specification's INIT-SIPI-SIPI:
 * INIT asserted and deasserted resets the CPU into waiting for a
 * STARTUP IPI, whose vector is the page number of @start_eip.
 */
static void __init wakeup_secondary_via_INIT(int apicid,
					     unsigned long start_eip)
{
	int i;

	apic_write(APIC_ESR, 0);
	send_IPI_to_apicid(apicid, APIC_INT_LEVELTRIG | APIC_INT_ASSERT |
			   APIC_DM_INIT);
	wait_ticks(1);		/* 10 ms, as the specification asks */
	send_IPI_to_apicid(apicid, APIC_INT_LEVELTRIG | APIC_DM_INIT);
	for (i = 0; i < 2; i++) {
		send_IPI_to_apicid(apicid, APIC_DM_STARTUP |
				   (start_eip >> PAGE_SHIFT));
		wait_ticks(1);
	}
}

/* alloc_idle_task - @cpu's process 0: a copy of init_task with its own
 * stack, never on the task list or a runqueue */
static struct task_struct * __init alloc_idle_task(int cpu)
{
	struct task_struct *idle = alloc_task_struct();

	if (!idle)
		return NULL;
	*idle = init_task;
	*end_of_stack(idle) = STACK_END_MAGIC;
	idle->processor = cpu;
	idle->thread.esp0 = (unsigned long)idle + THREAD_SIZE;
	idle->need_resched = 0;
	return idle;
}

/*
 * do_boot_cpu - start the CPU with local APIC @apicid as logical CPU
 * @cpu on its own idle task. Returns 1 once it has called in, 0 if it
 * never did within CALLIN_TIMEOUT (it is left out, and said so).
 */
static int __init do_boot_cpu(int apicid, int cpu)
{
	struct task_struct *idle = alloc_idle_task(cpu);
	unsigned long start = jiffies;

	if (!idle)
		return 0;
	init_tasks[cpu] = idle;
	stack_start.esp = (unsigned long)idle + THREAD_SIZE;
	memcpy(trampoline_base, trampoline_data,
	       trampoline_end - trampoline_data);
	wakeup_secondary_via_INIT(apicid, __pa(trampoline_base));
	while (!test_bit(cpu, &cpu_callin_map) &&
	       jiffies - start < CALLIN_TIMEOUT)
		cpu_relax();
	if (test_bit(cpu, &cpu_callin_map))
		return 1;
	printk(KERN_ERR "smpboot: the CPU with APIC id %d did not answer "
	       "its STARTUP IPI; going on without it\n", apicid);
	init_tasks[cpu] = NULL;
	free_task_struct(idle);
	return 0;
}

/* map_low_memory - head.S's identity map of the first 8 MB again, for
 * the instruction after a starting CPU turns paging on (@on), or gone */
static void __init map_low_memory(int on)
{
	int i;

	for (i = 0; i < 2; i++)
		set_pgd(swapper_pg_dir + i, on ?
			swapper_pg_dir[USER_PTRS_PER_PGD + i] : __pgd(0));
	local_flush_tlb();
}

/* boot_secondaries - every enabled CPU of the MP table but ours, up to
 * max_cpus, numbered in table order */
static void __init boot_secondaries(void)
{
	int i, apicid, cpu = 1;

	map_low_memory(1);
	for (i = 0; i < num_processors && cpu < max_cpus; i++) {
		apicid = mp_processor_apicid[i];
		if (apicid == boot_cpu_physical_apicid)
			continue;
		if (!do_boot_cpu(apicid, cpu))
			continue;
		cpu_2_physical_apicid[cpu] = apicid;
		set_bit(cpu, &cpu_online_map);
		smp_num_cpus++;
		printk(KERN_INFO "smpboot: CPU%d (APIC id %d) is up\n", cpu,
		       apicid);
		cpu++;
	}
	map_low_memory(0);
}

/*
 * smp_boot_cpus - from smp_init: with more than one CPU listed and
 * allowed, the boot CPU's APIC and its timer, then the others; they
 * start their ticks when smp_commenced is set. Otherwise one CPU, on
 * the PIT and the 8259A alone, as without an MP table.
 */
void __init smp_boot_cpus(void)
{
	cpu_2_physical_apicid[0] = boot_cpu_physical_apicid;
	if (!smp_found_config || num_processors < 2 || max_cpus < 2) {
		printk(KERN_INFO "smpboot: one CPU (%d listed, maxcpus %d)\n",
		       smp_found_config ? num_processors : 1, max_cpus);
		return;
	}
	setup_local_APIC();
	setup_boot_APIC_clock();
	boot_secondaries();
	smp_commenced = 1;
	mb();
	printk(KERN_INFO "smpboot: %d CPUs running, online map %08lx\n",
	       smp_num_cpus, cpu_online_map);
}

/*
 * start_secondary - a secondary CPU's first C code, on its idle task's
 * stack (head.S): its GDT, TSS and FPU (cpu_init), its APIC, then the
 * handshake; it starts its tick once CPU 0 says so and idles.
 */
asmlinkage void __init start_secondary(void)
{
	int cpu = smp_processor_id();

	cpu_init();
	setup_local_APIC();
	init_idle();
	set_bit(cpu, &cpu_callin_map);
	while (!smp_commenced)
		cpu_relax();
	setup_secondary_APIC_clock();
	cpu_idle();
}
