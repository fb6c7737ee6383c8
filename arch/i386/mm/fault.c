/*
 * arch/i386/mm/fault.c - do_page_fault (slides "Page Fault Handler",
 * "Kernel Exception Handling", "Kernel Fixups", "Fixup Activation
 * Steps"). The faulting address is in CR2; the error code says
 * protection fault or not present (X86_PF_PROT), write or read
 * (X86_PF_WRITE), user mode or kernel (X86_PF_USER). Inside a VMA the
 * page is made (demand zero) or the stack grows, a write to a
 * copy-on-write page gets its own copy, and when memory runs out the
 * OOM killer chooses a process; elsewhere a user task gets SIGSEGV, and
 * the kernel goes to its fixup or oopses. Swap is left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/smp_lock.h>
#include <linux/interrupt.h>
#include <asm/processor.h>
#include <asm/hw_irq.h>
#include <asm/ptrace.h>
#include <asm/signal.h>
#include <asm/uaccess.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

/*
 * vmalloc_fault - a kernel address above PAGE_OFFSET missing from this
 * page directory but present in swapper_pg_dir (vmalloc added a table
 * after the directory was copied): copy the entry. Returns 0 if fixed.
 */
static int vmalloc_fault(unsigned long address)
{
	int offset = pgd_index(address);
	pgd_t *pgd = (pgd_t *)__va(read_cr3()) + offset;
	pgd_t *pgd_k = swapper_pg_dir + offset;

	if (!pgd_val(*pgd_k))
		return -1;
	set_pgd(pgd, *pgd_k);
	return 0;
}

/*
 * access_error - does the VMA allow this access? A write needs VM_WRITE;
 * a read of a present page that still faulted is a protection fault.
 */
static int access_error(struct vm_area_struct *vma, unsigned long error_code)
{
	if (error_code & X86_PF_WRITE)
		return !(vma->vm_flags & VM_WRITE);
	if (error_code & X86_PF_PROT)
		return 1;
	return !(vma->vm_flags & (VM_READ | VM_EXEC));
}

/*
 * no_context - the kernel faulted on an address it cannot map: resume at
 * the fixup if the instruction has one, else oops.
 */
static void no_context(struct pt_regs *regs, unsigned long error_code,
		       unsigned long address)
{
	unsigned long fixup = search_exception_table(regs->eip);

	if (fixup) {
		regs->eip = fixup;
		return;
	}
	if (address < PAGE_SIZE)
		printk(KERN_ALERT "Unable to handle kernel NULL pointer "
		       "dereference at virtual address %08lx\n", address);
	else
		printk(KERN_ALERT "Unable to handle kernel paging request at "
		       "virtual address %08lx\n", address);
	die("Oops", regs, error_code);
}

/* find_area - the VMA for @address, growing the stack down if the access
 * is just below it. NULL if the address is in no area. */
static struct vm_area_struct *find_area(struct mm_struct *mm,
					struct pt_regs *regs,
					unsigned long error_code,
					unsigned long address)
{
	struct vm_area_struct *vma = find_vma(mm, address);

	if (!vma || vma->vm_start <= address)
		return vma;
	if (!(vma->vm_flags & VM_GROWSDOWN))
		return NULL;
	/* pushes and enter may touch 32 bytes below %esp; no further */
	if ((error_code & X86_PF_USER) && address + 32 < regs->esp)
		return NULL;
	return expand_stack(vma, address) ? NULL : vma;
}

/* force_sigsegv_at - SIGSEGV for the current task, with @si_code and
 * the faulting @address in its siginfo */
static void force_sigsegv_at(int si_code, unsigned long address)
{
	struct siginfo info;

	memset(&info, 0, sizeof(info));
	info.si_signo = SIGSEGV;
	info.si_code = si_code;
	info.si_addr = (void *)address;
	force_sig_info(SIGSEGV, &info, current);
}

/*
 * oom - no memory for the page: the OOM killer chooses a process. If it
 * chose us, we die on the way out (the kernel's own access fails
 * through its fixup); else we let the victim run and exit, and the
 * caller tries the fault again. Returns 1 to retry.
 */
static int oom(struct pt_regs *regs, unsigned long error_code,
	       unsigned long address)
{
	out_of_memory();
	if (!sigismember(&current->pending.signal, SIGKILL)) {
		current->policy |= SCHED_YIELD;
		schedule();
		return 1;
	}
	if (!(error_code & X86_PF_USER))
		no_context(regs, error_code, address);
	return 0;
}

/*
 * __do_page_fault - the fault at @address, with interrupts as the
 * faulting code had them and the big kernel lock held: map the page,
 * signal the user task, or take the kernel to its fixup.
 */
static void __do_page_fault(struct pt_regs *regs, unsigned long error_code,
			    unsigned long address)
{
	struct mm_struct *mm = current->mm;
	int si_code = SEGV_MAPERR;	/* nothing mapped there */
	struct vm_area_struct *vma;

	if (address >= TASK_SIZE &&
	    !(error_code & (X86_PF_PROT | X86_PF_USER))) {
		if (!vmalloc_fault(address))
			return;
		goto bad_area;
	}
	if (!mm)
		goto bad_area;		/* a kernel thread, on user space */
retry:
	vma = find_area(mm, regs, error_code, address);
	if (!vma)
		goto bad_area;
	si_code = SEGV_ACCERR;		/* mapped, but not for this access */
	if (access_error(vma, error_code))
		goto bad_area;
	if (handle_mm_fault(mm, vma, address,
			    error_code & X86_PF_WRITE) >= 0)
		return;
	if (oom(regs, error_code, address))
		goto retry;
	return;

bad_area:
	/* user_mode too: a fault raised in user mode that says
	 * "supervisor" (an implicit access; test/fuzz/crashme meets one
	 * under QEMU) is still the user program's */
	if ((error_code & X86_PF_USER) || user_mode(regs)) {
		if (printk_ratelimit())
			printk(KERN_INFO "%s[%d]: segfault at %08lx eip "
			       "%08lx error %lx\n", current->comm,
			       current->pid, address, regs->eip, error_code);
		force_sigsegv_at(si_code, address);
		return;
	}
	no_context(regs, error_code, address);
}

/*
 * do_page_fault - called from the page_fault stub in entry.S with
 * interrupts off (an interrupt gate: CR2 must be read first). The page
 * tables and the VMAs are the big kernel lock's; an interrupt handler
 * (only a vmalloc fault is legal there) does not take it.
 */
asmlinkage void do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	unsigned long address = read_cr2();
	int locked = !in_interrupt();

	if (regs->eflags & X86_EFLAGS_IF)
		__sti();
	if (locked)
		lock_kernel();
	__do_page_fault(regs, error_code, address);
	if (locked)
		unlock_kernel();
}
