/*
 * arch/i386/kernel/sysenter.c - the fast system call path (slides "Fast
 * syscall Path", "Model-Specific Registers for syscalls", "Virtual
 * Dynamic Shared Object (vDSO)"). enable_sep_cpu programs the three
 * SYSENTER MSRs; sysenter_setup maps a vsyscall page image at 0xffffe000
 * into every address space. Linux 2.6's vm86 switching of SYSENTER_CS
 * and its vdso= option are left out.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <asm/elf.h>
#include <asm/fixmap.h>
#include <asm/hw_irq.h>
#include <asm/msr.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/smp.h>
#include <asm/current.h>
#include <linux/smp.h>

extern const char vsyscall_sysenter_start[], vsyscall_sysenter_end[];
extern const char vsyscall_int80_start[], vsyscall_int80_end[];

#define X86_FEATURE_SEP	(1 << 11)	/* cpuid 1, %edx */

/* sysenter_entry finds esp0 at TSS_sysenter_esp0 from tss->esp1: a
 * build error (an array of -1 elements) if the struct has moved it */
extern char tss_sysenter_esp0_matches_struct
	[__builtin_offsetof(struct tss_struct, esp0) -
	 (long)sizeof(struct tss_struct) == TSS_sysenter_esp0 ? 1 : -1];

/*
 * cpu_has_sep - may sysenter be used? cpuid's SEP bit says so, except on
 * the first Pentium Pro steppings (family 6, model and stepping below
 * 3), which report an instruction they do not have.
 */
static int __init cpu_has_sep(void)
{
	unsigned int eax, ebx, ecx, edx;
	unsigned int family, model, stepping;

	cpuid(1, &eax, &ebx, &ecx, &edx);
	family = (eax >> 8) & 15;
	model = (eax >> 4) & 15;
	stepping = eax & 15;
	if (family == 6 && model < 3 && stepping < 3)
		return 0;
	return (edx & X86_FEATURE_SEP) != 0;
}

/*
 * enable_sep_cpu - this CPU's SYSENTER MSRs, as on the slide: the code
 * segment (the CPU derives sysenter's SS and sysexit's user CS and SS
 * from it, so __KERNEL_CS, __KERNEL_DS, __USER_CS and __USER_DS must be
 * consecutive in the GDT), the stack sysenter starts on (tss->esp1, the
 * end of this CPU's tss_struct) and the entry point.
 */
void __init enable_sep_cpu(void)
{
	struct tss_struct *tss = &init_tss[smp_processor_id()];

	tss->esp1 = (unsigned long)(tss + 1);
	wrmsr(MSR_IA32_SYSENTER_CS, __KERNEL_CS, 0);
	wrmsr(MSR_IA32_SYSENTER_ESP, tss->esp1, 0);
	wrmsr(MSR_IA32_SYSENTER_EIP, (unsigned long)sysenter_entry, 0);
}

/* enable_sep_ipi - enable_sep_cpu on each other CPU, through
 * smp_call_function */
static void __init enable_sep_ipi(void *unused)
{
	enable_sep_cpu();
}

/*
 * sysenter_setup - the vsyscall page: a copy of the sysenter image if
 * the CPU can run it (its MSRs programmed first), else of the int $0x80
 * image, mapped read-only for user mode at FIX_VSYSCALL. Each process
 * finds it through AT_SYSINFO and AT_SYSINFO_EHDR (asm/elf.h).
 */
static int __init sysenter_setup(void)
{
	unsigned long page = get_zeroed_page(GFP_KERNEL);
	const char *start = vsyscall_int80_start, *end = vsyscall_int80_end;
	int sep = cpu_has_sep();

	if (!page)
		panic("sysenter_setup: no memory for the vsyscall page");
	if (sep) {
		start = vsyscall_sysenter_start;
		end = vsyscall_sysenter_end;
		enable_sep_cpu();
		smp_call_function(enable_sep_ipi, NULL, 0, 1);
	}
	BUG_ON(end - start > PAGE_SIZE);
	memcpy((void *)page, start, end - start);
	__set_fixmap(FIX_VSYSCALL, __pa(page), PAGE_READONLY);
	printk(KERN_INFO "sysenter_setup: vsyscall page at %08lx, "
	       "__kernel_vsyscall at %08lx uses %s\n", VSYSCALL_BASE,
	       VSYSCALL_ENTRY, sep ? "sysenter" : "int $0x80");
	return 0;
}
__initcall(sysenter_setup);
