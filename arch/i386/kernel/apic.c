/*
 * arch/i386/kernel/apic.c - each CPU's local APIC (slides "Hardware
 * Support on x86" and "IDT Entries"; book 4.2): mapped at FIX_APIC_BASE,
 * switched on by setup_local_APIC, its timer calibrated against the PIT
 * and made the CPU's own tick at LOCAL_TIMER_VECTOR, plus the spurious
 * and error vectors. The ISA interrupts stay with the 8259A in virtual
 * wire mode (LINT0 of the boot CPU set to ExtINT): every device
 * interrupt goes to CPU 0, which keeps the I/O APIC and its routing
 * tables out of a first reading. 2.4's NMI watchdog, the APIC on one
 * CPU and power management are left out.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/interrupt.h>
#include <asm/apic.h>
#include <asm/mpspec.h>
#include <asm/smp.h>
#include <asm/current.h>
#include <asm/hardirq.h>
#include <asm/io.h>
#include <asm/param.h>
#include <asm/hw_irq.h>
#include <asm/pgtable.h>

int smp_apic_mapped;
int using_apic_timer;
/* APIC timer counts (bus clock / 16) in one tick of 1/HZ s */
static unsigned long calibration_result;

/* How many PIT ticks the calibration measures */
#define CALIBRATE_TICKS	5

/* init_apic_mappings - the local APIC's page at FIX_APIC_BASE,
 * uncached (its registers are not memory); which APIC is ours */
void __init init_apic_mappings(void)
{
	set_fixmap_nocache(FIX_APIC_BASE, mp_lapic_addr);
	smp_apic_mapped = 1;
	boot_cpu_physical_apicid = GET_APIC_ID(apic_read(APIC_ID));
	printk(KERN_INFO "apic: local APIC at %08lx mapped at %08lx, boot "
	       "CPU's APIC id %d\n", mp_lapic_addr, APIC_BASE,
	       boot_cpu_physical_apicid);
}

/* connect_bsp_APIC - in PIC mode the 8259A is wired to the CPU past
 * the APIC; the IMCR sends its output through the APIC's LINT0 */
static void __init connect_bsp_APIC(void)
{
	if (!pic_mode)
		return;
	outb(0x70, 0x22);	/* select the IMCR */
	outb(0x01, 0x23);	/* the 8259A's INTR goes to the APIC */
}

/*
 * setup_local_APIC - this CPU's APIC on: every priority accepted, flat
 * logical destination with CPU n as bit n (send_IPI_mask relies on it),
 * the spurious vector, LINT0 as the 8259A's virtual wire on CPU 0 only,
 * LINT1 as NMI on CPU 0 only, and the error vector.
 */
void __init setup_local_APIC(void)
{
	int cpu = smp_processor_id();
	unsigned long value;

	if (!cpu)
		connect_bsp_APIC();
	apic_write(APIC_TASKPRI, apic_read(APIC_TASKPRI) & ~APIC_TPRI_MASK);
	apic_write(APIC_DFR, APIC_DFR_FLAT);
	apic_write(APIC_LDR, SET_APIC_LOGICAL_ID(1UL << cpu));
	value = apic_read(APIC_SPIV) & ~APIC_VECTOR_MASK;
	apic_write(APIC_SPIV, value | APIC_SPIV_APIC_ENABLED |
		   SPURIOUS_APIC_VECTOR);
	value = cpu ? APIC_LVT_MASKED : 0;
	apic_write(APIC_LVT0, APIC_DM_EXTINT | value);
	apic_write(APIC_LVT1, APIC_DM_NMI | value);
	apic_write(APIC_ESR, 0);
	apic_write(APIC_LVTERR, ERROR_APIC_VECTOR);
	apic_write(APIC_ESR, 0);
}

/* __setup_APIC_LVTT - the timer: periodic, @clocks counts of the bus
 * clock divided by 16 between interrupts at LOCAL_TIMER_VECTOR */
static void __setup_APIC_LVTT(unsigned long clocks)
{
	apic_write(APIC_TDCR, APIC_TDR_DIV_16);
	apic_write(APIC_LVTT, APIC_LVT_TIMER_PERIODIC | LOCAL_TIMER_VECTOR);
	apic_write(APIC_TMICT, clocks);
}

/* wait_ticks - busy-wait until jiffies has moved @n times (interrupts
 * on): the calibration here and the INIT-SIPI delays of smpboot.c */
void __init wait_ticks(unsigned long n)
{
	unsigned long start = jiffies;

	while (jiffies - start < n)
		cpu_relax();
}

/*
 * calibrate_APIC_clock - how far the APIC timer counts in one tick: let
 * it count down from the top for CALIBRATE_TICKS PIT ticks, starting on
 * a tick's edge. The PIT is the only clock with a known rate.
 */
static unsigned long __init calibrate_APIC_clock(void)
{
	unsigned long counted;

	apic_write(APIC_TDCR, APIC_TDR_DIV_16);
	apic_write(APIC_LVTT, APIC_LVT_MASKED | LOCAL_TIMER_VECTOR);
	wait_ticks(1);
	apic_write(APIC_TMICT, 0xffffffff);
	wait_ticks(CALIBRATE_TICKS);
	counted = 0xffffffff - apic_read(APIC_TMCCT);
	apic_write(APIC_TMICT, 0);
	printk(KERN_INFO "apic: timer calibrated against the PIT: %lu.%02lu "
	       "MHz bus clock, %lu counts a tick\n",
	       counted * 16 / CALIBRATE_TICKS / (1000000 / HZ),
	       counted * 16 / CALIBRATE_TICKS / (10000 / HZ) % 100,
	       counted / CALIBRATE_TICKS);
	return counted / CALIBRATE_TICKS;
}

/* setup_boot_APIC_clock - calibrate, then CPU 0's tick. From then on
 * the PIT only counts jiffies; each CPU charges its own ticks. */
void __init setup_boot_APIC_clock(void)
{
	calibration_result = calibrate_APIC_clock();
	__setup_APIC_LVTT(calibration_result);
	using_apic_timer = 1;
}

/* setup_secondary_APIC_clock - a secondary CPU's tick, at the rate CPU
 * 0 measured (the APICs share the bus clock) */
void __init setup_secondary_APIC_clock(void)
{
	__setup_APIC_LVTT(calibration_result);
}

/*
 * smp_apic_timer_interrupt - this CPU's tick (vector 0xef): charge it
 * to the task running here, as the PIT's do_timer does on one CPU.
 */
asmlinkage void smp_apic_timer_interrupt(struct pt_regs regs)
{
	int cpu = smp_processor_id();

	irq_stat[cpu].apic_timer_irqs++;
	ack_APIC_irq();
	irq_enter(cpu, 0);
	update_process_times(user_mode(&regs));
	softlockup_tick(&regs);
	irq_exit(cpu, 0);
	if (softirq_pending(cpu))
		do_softirq();
}

/* smp_spurious_interrupt - the APIC withdrew an interrupt it had
 * signalled; no EOI is due (Intel SDM, "Spurious Interrupt") */
asmlinkage void smp_spurious_interrupt(struct pt_regs regs)
{
	irq_stat[smp_processor_id()].apic_spurious_irqs++;
}

/* smp_error_interrupt - the APIC saw a bad message or vector: log the
 * error status, which must be written before it is read */
asmlinkage void smp_error_interrupt(struct pt_regs regs)
{
	unsigned long v;

	apic_write(APIC_ESR, 0);
	v = apic_read(APIC_ESR);
	ack_APIC_irq();
	irq_stat[smp_processor_id()].apic_error_irqs++;
	printk(KERN_WARNING "apic: CPU %d: APIC error, ESR %02lx\n",
	       smp_processor_id(), v);
}
