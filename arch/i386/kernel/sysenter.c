/*
 * arch/i386/kernel/sysenter.c - the fast system call path (slides "Fast
 * syscall Path", "Model-Specific Registers for syscalls", "Virtual
 * Dynamic Shared Object"): enable_sep_cpu programs the SYSENTER MSRs,
 * and the vsyscall page with __kernel_vsyscall is mapped at 0xffffe000.
 * Until the page exists, vsyscall_page_addr says there is none.
 */
#include <linux/kernel.h>

/* vsyscall_page_addr - the user address of the vsyscall page, or 0. */
unsigned long vsyscall_page_addr(void)
{
	return 0;
}
