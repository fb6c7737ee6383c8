/*
 * arch/i386/kernel/process.c - the idle loop, kernel threads, the i386
 * half of a task switch, and machine power control. cpu_idle halts
 * until an interrupt (slide "cpu_idle()") and schedules when there is
 * work; machine_* stop the machine, including the emulators' exit ports
 * so that test runs end by themselves.
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/binfmts.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/ptrace.h>
#include <asm/io.h>
#include <asm/desc.h>
#include <asm/current.h>
#include <asm/smp.h>
#include <asm/processor.h>
#include <asm/system.h>
#include <asm/current.h>
#include <asm/i387.h>
#include <asm/segment.h>

/*
 * kernel_thread_helper - where a new kernel thread starts: copy_thread
 * left fn in %ebx and arg in %edx. Runs fn(arg) with interrupts on,
 * then exits with fn's return value.
 */
asm(".text\n"
    "kernel_thread_helper:\n"
    "	pushl %edx\n"		/* arg */
    "	call *%ebx\n"
    "	pushl %eax\n"
    "	call do_exit\n");

/*
 * kernel_thread - start fn(arg) as a task of its own, sharing the kernel
 * and what @flags ask of the caller's (CLONE_FS, CLONE_FILES, ...), with
 * no user space. Returns its pid or -errno.
 */
int kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct pt_regs regs;
	int pid;

	memset(&regs, 0, sizeof(regs));
	regs.ebx = (unsigned long)fn;
	regs.edx = (unsigned long)arg;
	regs.xds = regs.xes = __KERNEL_DS;
	regs.orig_eax = -1;
	regs.eip = (unsigned long)kernel_thread_helper;
	regs.xcs = __KERNEL_CS;
	regs.eflags = X86_EFLAGS_IF | X86_EFLAGS_FIXED;
	pid = do_fork(flags | CLONE_VM | CLONE_UNTRACED, 0, &regs, 0);
	if (pid > 0)
		find_task_by_pid(pid)->flags |= PF_KTHREAD;
	return pid;
}


/*
 * copy_thread - the new task's kernel stack and registers: a copy of the
 * parent's pt_regs at the top of its stack, with %eax 0 (fork returns 0
 * in the child) and @esp as its user stack if given; switch_to will
 * start it at ret_from_fork. The FPU state is copied too, and
 * CLONE_SETTLS installs the TLS descriptor clone's %esi points at.
 */
int copy_thread(int nr, unsigned long clone_flags, unsigned long esp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct pt_regs *childregs;

	childregs = ((struct pt_regs *)(THREAD_SIZE + (unsigned long)p)) - 1;
	if (user_mode(regs)) {
		*childregs = *regs;
		if (esp)
			childregs->esp = esp;
	} else {
		/* a kernel thread: iret to ring 0 pops no %esp and %ss */
		childregs = (struct pt_regs *)((char *)childregs + 8);
		memcpy(childregs, regs, sizeof(*regs) - 8);
	}
	/* lab: switch */
	childregs->eax = 0;
	/* lab: end */
	p->thread.esp = (unsigned long)childregs;
	p->thread.esp0 = (unsigned long)p + THREAD_SIZE;
	p->thread.eip = (unsigned long)ret_from_fork;
	savesegment(fs, p->thread.fs);
	savesegment(gs, p->thread.gs);
	unlazy_fpu(current);
	p->thread.i387 = current->thread.i387;
	if (clone_flags & CLONE_SETTLS)
		return set_tls_desc(p, (struct user_desc *)regs->esi);
	return 0;
}

/* exit_thread - the dying task's FPU is nobody's any more */
void exit_thread(void)
{
	clear_fpu(current);
}

/* flush_thread - execve: no TLS, a fresh FPU at first use (TS set even
 * if the task never used one, so that the first use traps) */
void flush_thread(void)
{
	memset(current->thread.tls_array, 0, sizeof(current->thread.tls_array));
	clear_fpu(current);
	current->used_math = 0;
	stts();
}

/* release_thread - nothing of a dead task's i386 state outlives it */
void release_thread(struct task_struct *dead_task)
{
}

/* sys_fork - fork(2): a copy of the caller, sharing nothing */
asmlinkage long sys_fork(struct pt_regs regs)
{
	return do_fork(SIGCHLD, regs.esp, &regs, 0);
}

/*
 * sys_clone - clone(2): flags in %ebx, the child's stack in %ecx (0: the
 * caller's), parent_tidptr %edx, the TLS descriptor %esi, child_tidptr
 * %edi (the i386 order).
 */
asmlinkage long sys_clone(struct pt_regs regs)
{
	unsigned long clone_flags = regs.ebx;
	unsigned long newsp = regs.ecx;

	if (!newsp)
		newsp = regs.esp;
	return do_fork(clone_flags, newsp, &regs, 0);
}

/* sys_vfork - vfork(2): the child borrows the address space and the
 * parent sleeps until it execs or exits */
asmlinkage long sys_vfork(struct pt_regs regs)
{
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, regs.esp, &regs, 0);
}

/* load_TLS - the task's three TLS descriptors into GDT entries 6-8 of
 * this CPU's GDT. */
static void load_TLS(struct thread_struct *t)
{
	struct desc_struct *gdt = cpu_gdt_table[smp_processor_id()];
	int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++) {
		gdt[GDT_ENTRY_TLS_MIN + i].a = t->tls_array[i].a;
		gdt[GDT_ENTRY_TLS_MIN + i].b = t->tls_array[i].b;
	}
}

/*
 * __switch_to - the part of a switch done in C, on the new task's stack:
 * the old task's FPU state saved if it used the FPU (lazy FPU), the new
 * one's kernel stack for the next entry from user mode (TSS esp0), its
 * TLS descriptors and its %fs and %gs, which the kernel itself never
 * uses. A selector that no longer loads becomes 0.
 */
void __attribute__((regparm(3)))
__switch_to(struct task_struct *prev, struct task_struct *next)
{
	struct thread_struct *p = &prev->thread, *n = &next->thread;

	/* lab: switch */
	unlazy_fpu(prev);
	/* lab: end */
	savesegment(fs, p->fs);
	savesegment(gs, p->gs);
	/* lab: switch */
	init_tss[smp_processor_id()].esp0 = n->esp0;
	/* lab: end */
	load_TLS(n);
	loadsegment(fs, n->fs);
	loadsegment(gs, n->gs);
}

#define BOCHS_SHUTDOWN_PORT	0x8900	/* write "Shutdown" */
#define QEMU_EXIT_PORT		0xf4	/* -device isa-debug-exit,iobase=0xf4 */
/* QEMU exits with (value << 1) | 1: 33, which `make qemu` reads as a
 * clean power-off (QEMU's own errors exit with 1) */
#define QEMU_EXIT_POWEROFF	0x10

/*
 * cpu_idle - what each CPU's idle task does when nothing else can run:
 * halt until an interrupt, and schedule when one made a task runnable
 * (a wake-up on another CPU sends a reschedule IPI). Interrupts are off
 * between the test and the hlt, so no wake-up is missed.
 */
void cpu_idle(void)
{
	for (;;) {
		__cli();
		if (!current->need_resched)
			safe_halt();
		else
			__sti();
		if (current->need_resched)
			schedule();
	}
}

/* machine_halt - stop here for good, interrupts off. */
void machine_halt(void)
{
	for (;;)
		asm volatile("cli; hlt");
}

/*
 * machine_power_off - ask the emulator to stop: Bochs's shutdown port
 * takes the word "Shutdown", QEMU's isa-debug-exit device any byte. On
 * real hardware both writes are ignored and we halt.
 */
void machine_power_off(void)
{
	const char *s;

	printk(KERN_NOTICE "Power down.\n");
	for (s = "Shutdown"; *s; s++)
		outb(*s, BOCHS_SHUTDOWN_PORT);
	outb(QEMU_EXIT_POWEROFF, QEMU_EXIT_PORT);
	machine_halt();
}

/*
 * machine_restart - pulse the CPU reset line through the keyboard
 * controller; if that fails, triple-fault with an empty IDT.
 */
void machine_restart(char *cmd)
{
	static const struct { unsigned short len; unsigned long base; }
		__attribute__((packed)) no_idt = { 0, 0 };
	int i;

	__cli();
	for (i = 0; i < 100; i++) {
		outb(0xfe, 0x64);	/* 8042: pulse reset */
		outb(0, 0x80);
	}
	asm volatile("lidt %0; int3" : : "m" (no_idt));
	machine_halt();
}

/*
 * start_thread - the user registers a new program starts with (execve):
 * user segments, @eip, @esp, general registers cleared (%edx = 0: no
 * function for atexit, as the i386 ABI asks), %fs and %gs empty.
 */
void start_thread(struct pt_regs *regs, unsigned long eip, unsigned long esp)
{
	memset(regs, 0, 7 * sizeof(long));	/* ebx ... eax */
	regs->xds = __USER_DS;
	regs->xes = __USER_DS;
	regs->xss = __USER_DS;
	regs->xcs = __USER_CS;
	regs->eip = eip;
	regs->esp = esp;
	regs->eflags = X86_EFLAGS_IF | X86_EFLAGS_FIXED;
	loadsegment(fs, 0);
	loadsegment(gs, 0);
	set_fs(USER_DS);
}

/* sys_execve - execve(2); its arguments are the saved registers. */
asmlinkage long sys_execve(struct pt_regs regs)
{
	char *filename = getname((char *)regs.ebx);
	long error;

	if ((unsigned long)filename >= (unsigned long)-4095)
		return (long)filename;
	error = do_execve(filename, (char **)regs.ecx, (char **)regs.edx,
			  &regs);
	putname(filename);
	return error;
}


/*
 * set_tls_desc - one of @p's three TLS descriptors (GDT 6-8, selectors
 * 0x33-0x43) from the user_desc at @u_info. entry_number -1 asks for a
 * free one, for the current task only, and gets its number back.
 * 0 or -EFAULT, -ESRCH (none free), -EINVAL.
 */
int set_tls_desc(struct task_struct *p, struct user_desc *u_info)
{
	struct desc_struct_tls *d;
	struct user_desc info;
	int idx, i;

	if (copy_from_user(&info, u_info, sizeof(info)))
		return -EFAULT;
	idx = info.entry_number;
	for (i = 0; idx == -1 && p == current && i < GDT_ENTRY_TLS_ENTRIES;
	     i++)
		if (!p->thread.tls_array[i].b)
			idx = GDT_ENTRY_TLS_MIN + i;
	if (idx == -1 && p == current)
		return -ESRCH;
	if (idx < GDT_ENTRY_TLS_MIN || idx > GDT_ENTRY_TLS_MAX)
		return -EINVAL;
	if (p == current && put_user(idx, &u_info->entry_number))
		return -EFAULT;
	d = &p->thread.tls_array[idx - GDT_ENTRY_TLS_MIN];
	d->a = ((info.base_addr & 0xffff) << 16) | (info.limit & 0xffff);
	d->b = (info.base_addr & 0xff000000) |
	       ((info.base_addr >> 16) & 0xff) | (info.limit & 0xf0000) |
	       ((info.read_exec_only ^ 1) << 9) | (info.contents << 10) |
	       0x7000 |			/* a code/data segment, DPL 3 */
	       ((info.seg_not_present ^ 1) << 15) | (info.useable << 20) |
	       (info.seg_32bit << 22) | (info.limit_in_pages << 23);
	if (!info.base_addr && !info.limit && info.read_exec_only &&
	    info.seg_not_present)
		d->a = d->b = 0;		/* the "empty" descriptor */
	return 0;
}

/* sys_set_thread_area - set_thread_area(2): a TLS descriptor, loaded */
asmlinkage long sys_set_thread_area(struct user_desc *u_info)
{
	int error = set_tls_desc(current, u_info);

	if (!error)
		load_TLS(&current->thread);
	return error;
}
