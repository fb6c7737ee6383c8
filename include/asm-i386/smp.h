/*
 * include/asm-i386/smp.h - which CPU am I, and which others are there
 * (slides "Inter Processor Interrupts", "IPIs' API"; book 4.2).
 * smp_processor_id() is the logical number the kernel gave the CPU,
 * kept in the running task (current->processor, 2.4's way);
 * hard_smp_processor_id() asks the hardware for its local APIC id. The
 * IPI senders are in arch/i386/kernel/smp.c, the boot in smpboot.c.
 */
#ifndef __ASM_SMP_H
#define __ASM_SMP_H

#include <linux/threads.h>
#include <asm/processor.h>
#include <asm/apic.h>

#ifndef __ASSEMBLY__

#define smp_processor_id()	(current->processor)

extern int smp_num_cpus;		/* CPUs running, the boot CPU too */
extern unsigned long cpu_online_map;	/* bit n: logical CPU n runs */
extern int cpu_2_physical_apicid[NR_CPUS];
extern int smp_apic_mapped;		/* FIX_APIC_BASE is usable */

/* hard_smp_processor_id - this CPU's local APIC id: from the APIC's ID
 * register once it is mapped, before that from cpuid (EBX 31-24) */
static inline int hard_smp_processor_id(void)
{
	unsigned int eax, ebx, ecx, edx;

	if (smp_apic_mapped)
		return GET_APIC_ID(apic_read(APIC_ID));
	cpuid(1, &eax, &ebx, &ecx, &edx);
	return ebx >> 24;
}

/* arch/i386/kernel/smp.c */
void send_IPI_mask(unsigned long mask, int vector);
void send_IPI_allbutself(int vector);
void send_IPI_all(int vector);
void send_IPI_self(int vector);
void smp_send_reschedule(int cpu);
void smp_send_stop(void);
void smp_ipi_self_test(void);

/* head.S: the stack startup_32 and startup_32_smp load (lss) */
extern struct {
	unsigned long esp;
	unsigned short ss;
} __attribute__((packed)) stack_start;

/* trampoline.S: the code smpboot.c copies below 1 MB */
extern unsigned char trampoline_data[], trampoline_end[];

/* arch/i386/kernel/smpboot.c */
void smp_alloc_memory(void);
void smp_boot_cpus(void);
asmlinkage void start_secondary(void);

#endif /* __ASSEMBLY__ */
#endif
