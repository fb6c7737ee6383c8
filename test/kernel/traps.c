/*
 * test/kernel/traps.c - self-tests of the IDT, entry.S and the fixups
 * (slides "trap_init()", "Examples", "error_code on i386", "Fixup
 * Activation Steps"). Each exception an instruction can raise in ring 0
 * goes through its stub, error_code and C handler, which finds the
 * test's own __ex_table entry and resumes at its .fixup code. User-mode
 * exceptions and signals are tested by the user programs.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/sys.h>
#include <asm/uaccess.h>
#include <asm/unistd.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/desc.h>
#include <asm/elf.h>
#include <asm/msr.h>
#include <asm/processor.h>
#include "lktest.h"

/*
 * FAULT_FIXUP - run @insn (a fault: the CPU reports its own address)
 * with an __ex_table entry; the fixup sets @hit. TRAP_FIXUP is for traps,
 * which report the address after the instruction.
 */
#define FAULT_FIXUP(hit, insn, ...)					\
	asm volatile("1:	" insn "\n"				\
		     "2:\n"						\
		     ".section .fixup, \"ax\"\n"			\
		     "3:	movl $1, %0\n"				\
		     "	jmp 2b\n"					\
		     ".previous\n"					\
		     ".section __ex_table, \"a\"\n"			\
		     "	.align 4\n"					\
		     "	.long 1b, 3b\n"					\
		     ".previous"					\
		     : "+r" (hit) : __VA_ARGS__ : "memory", "cc")

#define TRAP_FIXUP(hit, insn, ...)					\
	asm volatile("	" insn "\n"					\
		     "1:\n"						\
		     ".section .fixup, \"ax\"\n"			\
		     "2:	movl $1, %0\n"				\
		     "	jmp 1b\n"					\
		     ".previous\n"					\
		     ".section __ex_table, \"a\"\n"			\
		     "	.align 4\n"					\
		     "	.long 1b, 2b\n"					\
		     ".previous"					\
		     : "+r" (hit) : __VA_ARGS__ : "memory", "cc")

LKTEST(traps, vector_0_divide_error)
{
	int hit = 0;

	FAULT_FIXUP(hit, "divl %%ecx", "a" (1), "d" (0), "c" (0));
	LKT_EQ(hit, 1);
}

LKTEST(traps, vector_1_debug_single_step)
{
	unsigned long flags;

	/* TF set by popf traps after the next instruction; do_debug
	 * clears it in the saved flags and the kernel goes on. */
	asm volatile("pushfl; orl $0x100, (%%esp); popfl; nop; nop; "
		     "pushfl; popl %0" : "=r" (flags) : : "memory", "cc");
	LKT_EQ(flags & 0x100, 0);
}

LKTEST(traps, vector_3_int3)
{
	int hit = 0;

	TRAP_FIXUP(hit, "int3", "i" (0));
	LKT_EQ(hit, 1);
}

LKTEST(traps, vector_4_overflow)
{
	int hit = 0;

	TRAP_FIXUP(hit, "addl $1, %%eax; into", "a" (0x7fffffff));
	LKT_EQ(hit, 1);
}

LKTEST(traps, vector_5_bounds)
{
	static const int range[2] = { 0, 10 };
	int hit = 0;

	FAULT_FIXUP(hit, "boundl %%eax, %1", "m" (range), "a" (20));
	LKT_EQ(hit, 1);
}

LKTEST(traps, vector_6_invalid_op)
{
	int hit = 0;

	FAULT_FIXUP(hit, "ud2", "i" (0));
	LKT_EQ(hit, 1);
}

LKTEST(traps, vector_7_device_not_available)
{
	unsigned long cr0;

	/* With TS set, an FPU instruction faults; the handler clears TS
	 * and the instruction runs again. */
	asm volatile("movl %%cr0, %0; orl $0xa, %0; movl %0, %%cr0; fwait; "
		     "movl %%cr0, %0" : "=r" (cr0) : : "memory");
	LKT_EQ(cr0 & 8, 0);
}

/* Put a data descriptor in TLS slot 0 (selector 0x30) for a load test */
static void set_tls0(unsigned long long desc)
{
	((unsigned long long *)gdt_table)[GDT_ENTRY_TLS_MIN] = desc;
}

LKTEST(traps, vector_11_segment_not_present)
{
	int hit = 0;

	set_tls0(0x00cf72000000ffffULL);	/* DPL 3 data, P = 0 */
	FAULT_FIXUP(hit, "movw %w1, %%gs", "r" (GDT_ENTRY_TLS_MIN * 8 + 3));
	set_tls0(0);
	LKT_EQ(hit, 1);
}

LKTEST(traps, vector_12_stack_segment)
{
	int hit = 0;

	set_tls0(0x00cf12000000ffffULL);	/* DPL 0 data, P = 0 */
	FAULT_FIXUP(hit, "movw %w1, %%ss", "r" (GDT_ENTRY_TLS_MIN * 8));
	set_tls0(0);
	LKT_EQ(hit, 1);
}

LKTEST(traps, vector_13_general_protection)
{
	int hit = 0;

	/* a selector beyond the GDT's limit */
	FAULT_FIXUP(hit, "movw %w1, %%gs", "r" (0xfff8));
	LKT_EQ(hit, 1);
}

LKTEST(traps, vector_14_page_fault_in_kernel_fixup)
{
	int hit = 0;

	/* nothing is mapped at 0x1000 once head.S's identity map is gone */
	FAULT_FIXUP(hit, "cmpl $0, (%1)", "r" (0x1000));
	LKT_EQ(hit, 1);
}

LKTEST(traps, vector_16_coprocessor_error)
{
	unsigned short cw = 0x037b;	/* unmask divide-by-zero */
	unsigned long cr0;
	int hit = 0;

	asm volatile("movl %%cr0, %0; orl $0x20, %0; movl %0, %%cr0"
		     : "=r" (cr0));	/* NE: report as #MF, not IRQ 13 */
	asm volatile("fninit; fldcw %0; fld1; fldz; fdivrp" : : "m" (cw));
	FAULT_FIXUP(hit, "fwait", "i" (0));
	asm volatile("fnclex; fninit");
	LKT_EQ(hit, 1);
}

/* A raw int $0x80 from ring 0: the gate, the table, ret_from_sys_call */
static long raw_syscall(long nr)
{
	long res;

	asm volatile("int $0x80" : "=a" (res) : "0" (nr) : "memory");
	return res;
}

LKTEST(syscall, gate_dispatches_through_the_table)
{
	LKT_EQ(raw_syscall(__NR_getpid), current->pid);	/* init: 1 */
	LKT_EQ(raw_syscall(9999), -ENOSYS);
	LKT_EQ(raw_syscall(-1), -ENOSYS);
	LKT_EQ(raw_syscall(NR_syscalls), -ENOSYS);
	LKT_EQ(raw_syscall(NR_syscalls - 1), -ENOSYS);	/* a free slot */
	LKT_EQ(raw_syscall(0), -ENOSYS);		/* old setup() */
}

LKTEST(syscall, ret_from_sys_call_reschedules)
{
	/* a slice too long for a tick to end between the call and the
	 * check, so need_resched is 0 only because schedule() ran */
	current->counter = 1000;
	current->need_resched = 1;
	LKT_EQ(raw_syscall(__NR_getpid), current->pid);
	LKT_EQ(current->need_resched, 0);	/* schedule() ran */
}

asmlinkage void sysenter_entry(void);

/*
 * The vsyscall page: a user-readable, read-only ELF image at
 * VSYSCALL_BASE; with the sysenter image, the three MSRs of the slide
 * "Model-Specific Registers for syscalls" as enable_sep_cpu wrote them.
 */
LKTEST(sysenter, msrs_and_vsyscall_page)
{
	pgd_t *pgd = pgd_offset_k(VSYSCALL_BASE);
	pte_t *pte = pte_offset(pmd_offset(pgd, VSYSCALL_BASE), VSYSCALL_BASE);
	unsigned long lo, hi;

	LKT_EQ(pgd_val(*pgd) & _PAGE_USER, _PAGE_USER);
	LKT_EQ(pte_val(*pte) & (_PAGE_PRESENT | _PAGE_RW | _PAGE_USER),
	       _PAGE_PRESENT | _PAGE_USER);
	LKT_ASSERT(!memcmp((void *)VSYSCALL_BASE, "\177ELF", 4));
	if (!init_tss[0].esp1)
		return;		/* no SEP: enable_sep_cpu did not run */
	rdmsr(MSR_IA32_SYSENTER_CS, lo, hi);
	LKT_EQ(lo, __KERNEL_CS);
	rdmsr(MSR_IA32_SYSENTER_ESP, lo, hi);
	LKT_EQ(lo, init_tss[0].esp1);
	LKT_EQ(lo, (unsigned long)(&init_tss[0] + 1));
	rdmsr(MSR_IA32_SYSENTER_EIP, lo, hi);
	LKT_EQ(lo, (unsigned long)sysenter_entry);
}

/* Map one page at a user address in swapper_pg_dir for the copy tests */
#define UADDR	0x00400000UL

static unsigned long map_user_page(void)
{
	pmd_t *pmd = pmd_offset(pgd_offset_k(UADDR), UADDR);
	unsigned long page = get_zeroed_page(GFP_KERNEL);
	pte_t *pte = pte_alloc(&init_mm, pmd, UADDR);

	set_pte(pte, mk_pte_phys(__pa(page), PAGE_SHARED));
	__flush_tlb_one(UADDR);
	return page;
}

static void unmap_user_page(unsigned long page)
{
	pmd_t *pmd = pmd_offset(pgd_offset_k(UADDR), UADDR);

	pte_free((pte_t *)pmd_page(*pmd));
	pmd_clear(pmd);
	flush_tlb_all();
	free_page(page);
	do_check_pgt_cache(0, 0);
}

/* copy_*_user, get/put_user and the string helpers: a good user page,
 * an unmapped user page (fixup) and a kernel address (access_ok). */
LKTEST(uaccess, copies_and_faults)
{
	mm_segment_t old_fs = get_fs();
	unsigned long page = map_user_page();
	char *u = (char *)UADDR, buf[16];
	int v = 0;

	set_fs(USER_DS);
	LKT_EQ(copy_to_user(u, "hello", 6), 0);
	LKT_STREQ((char *)page, "hello");
	LKT_EQ(copy_from_user(buf, u, 6), 0);
	LKT_STREQ(buf, "hello");
	LKT_EQ(strncpy_from_user(buf, u, sizeof(buf)), 5);
	LKT_EQ(strnlen_user(u, 100), 6);
	LKT_EQ(put_user(0x12345678, (int *)(u + 8)), 0);
	LKT_EQ(get_user(v, (int *)(u + 8)), 0);
	LKT_EQ(v, 0x12345678);
	/* the page after ours is not mapped: a fault, caught */
	LKT_EQ(copy_from_user(buf, u + PAGE_SIZE - 2, 6), 4);
	LKT_EQ(buf[2], 0);			/* the rest is zeroed */
	LKT_EQ(get_user(v, (int *)(u + PAGE_SIZE)), -EFAULT);
	LKT_EQ(v, 0);
	LKT_EQ(put_user(1, (int *)(u + PAGE_SIZE)), -EFAULT);
	LKT_EQ(clear_user(u + PAGE_SIZE - 4, 8), 4);
	LKT_EQ(strncpy_from_user(buf, (char *)NULL, 4), -EFAULT);
	LKT_EQ(strnlen_user((char *)NULL, 4), 0);
	/* kernel addresses are refused before any access */
	LKT_EQ(copy_to_user((void *)PAGE_OFFSET, "x", 1), 1);
	LKT_EQ(get_user(v, (int *)PAGE_OFFSET), -EFAULT);
	LKT_EQ(verify_area(VERIFY_READ, (void *)(PAGE_OFFSET - 2), 4),
	       -EFAULT);
	LKT_EQ(verify_area(VERIFY_READ, u, PAGE_SIZE), 0);
	set_fs(old_fs);
	unmap_user_page(page);
}

/* A double fault: the stack is unusable while delivering a fault, so
 * the CPU switches to the double-fault TSS. Run alone. */
LKTEST(crash_double_fault, task_gate)
{
	asm volatile("movl $0x1000, %%esp; int3" : : : "memory");
	lktest_fail(__FILE__, __LINE__, "no double fault");
}

/* A kernel NULL dereference with no fixup: an oops, then a panic because
 * the task that died is init (self-tests run in process 1). Run alone. */
LKTEST(crash_oops, null_dereference)
{
	*(volatile int *)0 = 1;
	lktest_fail(__FILE__, __LINE__, "no oops");
}
