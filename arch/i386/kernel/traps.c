/*
 * arch/i386/kernel/traps.c - exceptions (slides "Setting up the Final
 * GDT and IDT", "trap_init()", "More on IDT Initialization"; book 4.5).
 * trap_init fills IDT vectors 0-19 and 0x80 with the stubs of entry.S;
 * cpu_init loads the TSS and LDT. A fault in user mode becomes a signal
 * for the task; in the kernel it is looked up in __ex_table, and without
 * a fixup it is an oops (die). vm86 and the 387 emulation are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/kallsyms.h>
#include <asm/cpufeature.h>
#include <asm/i387.h>
#include <asm/desc.h>
#include <asm/hw_irq.h>
#include <asm/processor.h>
#include <asm/ptrace.h>
#include <asm/signal.h>
#include <asm/uaccess.h>
#include <asm/pgtable.h>
#include <asm/smp.h>
#include <asm/current.h>

/* How many callers an oops backtrace names at most */
#define MAX_TRACE_FRAMES	16

/* An empty LDT: every task uses it until modify_ldt exists */
static struct desc_struct default_ldt[5];

/*
 * _set_gate - IDT entry @n: handler @addr in __KERNEL_CS, gate @type
 * (14 interrupt: IF cleared on entry; 15 trap: IF kept) and the lowest
 * privilege @dpl that may use it with an int instruction.
 */
static void _set_gate(unsigned int n, int type, int dpl, void *addr)
{
	struct desc_struct *d = &idt_table[n];

	d->a = (__KERNEL_CS << 16) | ((unsigned long)addr & 0xffff);
	d->b = ((unsigned long)addr & 0xffff0000) | 0x8000 | (dpl << 13) |
	       (type << 8);
}

void set_intr_gate(unsigned int n, void *addr)
{
	_set_gate(n, 14, 0, addr);
}

static void set_trap_gate(unsigned int n, void *addr)
{
	_set_gate(n, 15, 0, addr);
}

/* set_system_gate - a trap gate user mode may call: int $0x80, int3 */
static void set_system_gate(unsigned int n, void *addr)
{
	_set_gate(n, 15, 3, addr);
}

/* set_task_gate - the CPU switches to the TSS at GDT entry @gdt_entry */
static void set_task_gate(unsigned int n, unsigned int gdt_entry)
{
	idt_table[n].a = gdt_entry << 19;	/* selector = entry * 8 */
	idt_table[n].b = 0x8500;		/* present, DPL 0, task gate */
}

/*
 * show_trace - the kernel stack's return addresses by name, following
 * the saved frame pointers up from @ebp while they stay on the 8 KB
 * stack @ebp is on (a broken chain ends the list, not the kernel).
 */
void show_trace(unsigned long *ebp)
{
	unsigned long stack = (unsigned long)ebp & ~(THREAD_SIZE - 1UL);
	char name[KSYM_SYMBOL_LEN];
	int i;

	printk(KERN_EMERG "Call Trace:\n");
	for (i = 0; i < MAX_TRACE_FRAMES && (unsigned long)ebp > stack &&
	     (unsigned long)ebp < stack + THREAD_SIZE - 2 * sizeof(long);
	     i++) {
		sprint_backtrace(name, ebp[1]);
		printk(KERN_EMERG " [<%08lx>] %s\n", ebp[1], name);
		if ((unsigned long *)ebp[0] <= ebp)
			break;		/* frames only go up the stack */
		ebp = (unsigned long *)ebp[0];
	}
}

/* dump_stack - the calling function's backtrace, as a warning shows. */
void dump_stack(void)
{
	show_trace(__builtin_frame_address(0));
}

/* show_registers - the register dump of an oops. */
static void show_registers(struct pt_regs *regs)
{
	printk(KERN_EMERG "CPU:    %d\nEIP:    %04x:[<%08lx>]    EFLAGS: "
	       "%08lx\n", smp_processor_id(), 0xffff & regs->xcs, regs->eip,
	       regs->eflags);
	if (!user_mode(regs))
		print_symbol(KERN_EMERG "EIP is at %s\n", regs->eip);
	printk(KERN_EMERG "eax: %08lx   ebx: %08lx   ecx: %08lx   edx: "
	       "%08lx\n", regs->eax, regs->ebx, regs->ecx, regs->edx);
	printk(KERN_EMERG "esi: %08lx   edi: %08lx   ebp: %08lx   esp: "
	       "%08lx\n", regs->esi, regs->edi, regs->ebp,
	       user_mode(regs) ? regs->esp : (unsigned long)&regs->esp);
	printk(KERN_EMERG "ds: %04x   es: %04x   Process %s (pid: %d)\n",
	       0xffff & regs->xds, 0xffff & regs->xes, current->comm,
	       current->pid);
	if (!user_mode(regs))
		show_trace((unsigned long *)regs->ebp);
}

/*
 * die - an oops: a fault the kernel cannot explain. Print what happened,
 * then kill the current task (for process 0 that is a panic).
 */
void die(const char *str, struct pt_regs *regs, long err)
{
	console_loglevel = 15;
	printk(KERN_EMERG "%s: %04lx\n", str, err & 0xffff);
	show_registers(regs);
	do_exit(SIGSEGV);
}

/*
 * do_trap - the common handling (book 4.5.2): for a user task, the
 * vector and error code kept in its thread and a signal; in the kernel,
 * the fixup from __ex_table if the instruction has one, else an oops.
 */
static void do_trap(int trapnr, int signr, const char *str,
		    struct pt_regs *regs, long error_code, siginfo_t *info)
{
	unsigned long fixup;

	if (user_mode(regs)) {
		current->thread.error_code = error_code;
		current->thread.trap_no = trapnr;
		if (info)
			force_sig_info(signr, info, current);
		else
			force_sig(signr, current);	/* si_code SI_KERNEL */
		return;
	}
	fixup = search_exception_table(regs->eip);
	if (fixup) {
		regs->eip = fixup;
		return;
	}
	die(str, regs, error_code);
}

#define DO_ERROR(trapnr, signr, str, name)				\
asmlinkage void do_##name(struct pt_regs *regs, long error_code)	\
{									\
	do_trap(trapnr, signr, str, regs, error_code, NULL);		\
}

/* DO_ERROR_INFO - the same, with Linux's si_code and si_addr (@siaddr:
 * an expression of regs) in the signal's siginfo */
#define DO_ERROR_INFO(trapnr, signr, str, name, sicode, siaddr)	\
asmlinkage void do_##name(struct pt_regs *regs, long error_code)	\
{									\
	siginfo_t info;							\
									\
	memset(&info, 0, sizeof(info));					\
	info.si_signo = signr;						\
	info.si_code = sicode;						\
	info.si_addr = (void *)(siaddr);				\
	do_trap(trapnr, signr, str, regs, error_code, &info);		\
}

DO_ERROR_INFO(0, SIGFPE, "divide error", divide_error, FPE_INTDIV,
	      regs->eip)
DO_ERROR(3, SIGTRAP, "int3", int3)
DO_ERROR(4, SIGSEGV, "overflow", overflow)
/* lab: traps */
DO_ERROR(5, SIGSEGV, "bounds", bounds)
/* lab: end */
DO_ERROR_INFO(6, SIGILL, "invalid operand", invalid_op, ILL_ILLOPN,
	      regs->eip)
DO_ERROR(9, SIGFPE, "coprocessor segment overrun",
	 coprocessor_segment_overrun)
DO_ERROR(10, SIGSEGV, "invalid TSS", invalid_TSS)
DO_ERROR(11, SIGBUS, "segment not present", segment_not_present)
DO_ERROR(12, SIGBUS, "stack segment", stack_segment)
DO_ERROR(13, SIGSEGV, "general protection", general_protection)
DO_ERROR_INFO(17, SIGBUS, "alignment check", alignment_check, BUS_ADRALN,
	      0)
DO_ERROR(18, SIGBUS, "machine check", machine_check)

/* fpu_exception_code - the si_code for the unmasked exceptions @err:
 * the first of them in Linux's order, or 0 for none */
static int fpu_exception_code(unsigned long err)
{
	if (err & FPU_EXC_INVALID)
		return FPE_FLTINV;
	if (err & FPU_EXC_ZERODIV)
		return FPE_FLTDIV;
	if (err & FPU_EXC_OVERFLOW)
		return FPE_FLTOVF;
	if (err & (FPU_EXC_DENORM | FPU_EXC_UNDERFLOW))
		return FPE_FLTUND;
	if (err & FPU_EXC_PRECISION)
		return FPE_FLTRES;
	return 0;
}

/*
 * math_error - an x87 error (vector 16) or an SSE one (19, @simd) in
 * user mode: SIGFPE at the instruction, its si_code from the exceptions
 * that happened and are not masked (the x87 status and control words,
 * or MXCSR). A trap with none of those is spurious: no signal. In the
 * kernel, the fixup or an oops.
 */
static void math_error(struct pt_regs *regs, long error_code, int simd)
{
	struct task_struct *tsk = current;
	unsigned long err, mxcsr;
	siginfo_t info;

	if (!user_mode(regs)) {
		do_trap(simd ? 19 : 16, SIGFPE, simd ? "SIMD coprocessor error"
			: "coprocessor error", regs, error_code, NULL);
		return;
	}
	tsk->thread.error_code = error_code;
	tsk->thread.trap_no = simd ? 19 : 16;
	unlazy_fpu(tsk);
	if (simd) {
		mxcsr = get_fpu_mxcsr(tsk);
		err = mxcsr & ~(mxcsr >> MXCSR_MASK_SHIFT);
	} else {
		err = get_fpu_swd(tsk) & ~get_fpu_cwd(tsk);
	}
	memset(&info, 0, sizeof(info));
	info.si_code = fpu_exception_code(err & FPU_EXC_ALL);
	if (!info.si_code)
		return;
	info.si_signo = SIGFPE;
	info.si_addr = (void *)regs->eip;
	force_sig_info(SIGFPE, &info, tsk);
}

asmlinkage void do_coprocessor_error(struct pt_regs *regs, long error_code)
{
	math_error(regs, error_code, 0);
}

asmlinkage void do_simd_coprocessor_error(struct pt_regs *regs,
					  long error_code)
{
	math_error(regs, error_code, 1);
}

/* do_debug - single step or a hardware breakpoint: SIGTRAP, and clear TF
 * for the kernel (which never single-steps itself). */
asmlinkage void do_debug(struct pt_regs *regs, long error_code)
{
	siginfo_t info;

	if (!user_mode(regs)) {
		regs->eflags &= ~X86_EFLAGS_TF;
		return;
	}
	memset(&info, 0, sizeof(info));
	info.si_signo = SIGTRAP;
	info.si_code = TRAP_TRACE;	/* lk24 uses no hardware breakpoints */
	info.si_addr = (void *)regs->eip;
	force_sig_info(SIGTRAP, &info, current);
}

asmlinkage void do_nmi(struct pt_regs *regs, long error_code)
{
	printk(KERN_WARNING "do_nmi: NMI received at %08lx, ignored\n",
	       regs->eip);
}

asmlinkage void do_spurious_interrupt_bug(struct pt_regs *regs,
					  long error_code)
{
}

/*
 * doublefault_fn - runs in its own task (GDT entry 31), on its own stack,
 * when the CPU faulted while delivering a fault: the kernel stack may be
 * gone, so there is no pt_regs, only a message and a halt.
 */
static void doublefault_fn(void)
{
	/* on this task's own stack current means nothing: CPU 0's esp0 */
	panic("doublefault_fn: double fault, the kernel stack was "
	      "probably unusable (esp0 %08lx)", init_tss[0].esp0);
}

static unsigned long doublefault_stack[1024];

static struct tss_struct doublefault_tss = {
	.esp0	= (unsigned long)(doublefault_stack + 1024),
	.ss0	= __KERNEL_DS,
	.eip	= (unsigned long)doublefault_fn,
	.eflags	= 0x00000002,			/* interrupts off */
	.esp	= (unsigned long)(doublefault_stack + 1024),
	.es	= __KERNEL_DS,
	.cs	= __KERNEL_CS,
	.ss	= __KERNEL_DS,
	.ds	= __KERNEL_DS,
	.bitmap	= INVALID_IO_BITMAP_OFFSET,
};

/*
 * fpu_init - the FPU as Linux leaves it for user programs: x87 errors
 * raise #MF, alignment checks are available to ring 3, SSE is on (with
 * its own exception, #XM) when the CPU has it, and TS set: no task
 * owns the FPU until one uses it (lazy FPU, asm/i387.h). Also CR0.WP:
 * the kernel's own writes to a write-protected user page fault too, so
 * copy_to_user into a copy-on-write page copies it first, as a user
 * write would.
 */
static void __init fpu_init(void)
{
	unsigned long cr0, cr4;

	asm volatile("movl %%cr0, %0" : "=r" (cr0));
	cr0 |= X86_CR0_MP | X86_CR0_NE | X86_CR0_AM | X86_CR0_WP;
	cr0 &= ~(X86_CR0_EM | X86_CR0_TS);	/* a real FPU, usable now */
	asm volatile("movl %0, %%cr0; fninit" : : "r" (cr0));
	if (cpu_has_fxsr) {
		asm volatile("movl %%cr4, %0" : "=r" (cr4));
		cr4 |= X86_CR4_OSFXSR | X86_CR4_OSXMMEXCPT;
		asm volatile("movl %0, %%cr4" : : "r" (cr4));
	}
	stts();		/* the first task to use the FPU traps and owns it */
}

/* Each CPU's GDT. The TLS entries change with the task running on the
 * CPU and the TSS entry names the CPU's own TSS, so the others cannot
 * share CPU 0's gdt_table; cpu_init gives each a copy. */
struct desc_struct *cpu_gdt_table[NR_CPUS] = { gdt_table };
static struct desc_struct cpu_gdt_copies[NR_CPUS][GDT_ENTRIES]
	__attribute__((aligned(32)));

/* load_cpu_gdt - a copy of gdt_table for a secondary CPU, loaded */
static struct desc_struct * __init load_cpu_gdt(int cpu)
{
	struct desc_struct *gdt = cpu_gdt_copies[cpu];
	struct Xgt_desc_struct descr;

	memcpy(gdt, gdt_table, GDT_ENTRIES * sizeof(*gdt));
	descr.size = GDT_ENTRIES * sizeof(*gdt) - 1;
	descr.address = (unsigned long)gdt;
	asm volatile("lgdt %0" : : "m" (descr));
	cpu_gdt_table[cpu] = gdt;
	return gdt;
}

/*
 * cpu_init - this CPU's GDT, task register and LDT: the TSS gives the
 * CPU the kernel stack (esp0, ss0) for entries from ring 3. Then the
 * FPU, and the idle task's borrowed address space (init_mm). Runs on
 * each CPU as it comes up, CPU 0 from trap_init.
 */
void __init cpu_init(void)
{
	int cpu = smp_processor_id();
	struct desc_struct *gdt = cpu ? load_cpu_gdt(cpu) : gdt_table;

	init_tss[cpu].esp0 = current->thread.esp0;
	set_tss_desc(gdt, GDT_ENTRY_TSS, &init_tss[cpu]);
	load_TR(GDT_ENTRY_TSS);
	set_ldt_desc(gdt, GDT_ENTRY_LDT, default_ldt, 5);
	load_LDT_desc(GDT_ENTRY_LDT);
	doublefault_tss.__cr3 = __pa(swapper_pg_dir);
	set_tss_desc(gdt, GDT_ENTRY_DOUBLEFAULT_TSS, &doublefault_tss);
	fpu_init();
	atomic_inc(&init_mm.mm_count);	/* the idle task borrows it */
	current->active_mm = &init_mm;
}

/*
 * trap_init - the exception half of the IDT (slide "trap_init()"): trap
 * gates keep interrupts as they were, the page fault is an interrupt
 * gate (cr2 must be read before anything else can fault), int3, into
 * and bound and the system call gate are callable from user mode, and
 * the double fault switches to its own task.
 */
void __init trap_init(void)
{
	set_trap_gate(0, &divide_error);
	set_trap_gate(1, &debug);
	set_intr_gate(2, &nmi);
	set_system_gate(3, &int3);
	set_system_gate(4, &overflow);
	/* lab: traps */
	set_system_gate(5, &bounds);
	/* lab: end */
	set_trap_gate(6, &invalid_op);
	set_trap_gate(7, &device_not_available);
	set_task_gate(8, GDT_ENTRY_DOUBLEFAULT_TSS);
	set_trap_gate(9, &coprocessor_segment_overrun);
	set_trap_gate(10, &invalid_TSS);
	set_trap_gate(11, &segment_not_present);
	set_trap_gate(12, &stack_segment);
	set_trap_gate(13, &general_protection);
	set_intr_gate(14, &page_fault);
	set_trap_gate(15, &spurious_interrupt_bug);
	set_trap_gate(16, &coprocessor_error);
	set_trap_gate(17, &alignment_check);
	set_trap_gate(18, &machine_check);
	set_trap_gate(19, &simd_coprocessor_error);
	set_system_gate(SYSCALL_VECTOR, &system_call);
	cpu_init();
	printk(KERN_INFO "trap_init: IDT vectors 0-19 and 0x%02x (system "
	       "call) set, TSS at GDT 0x%02x\n", SYSCALL_VECTOR, __TSS_SEL);
}
