/*
 * arch/i386/kernel/vsyscall-sysenter.S - __kernel_vsyscall through
 * sysenter (slides "Fast syscall Path", "vDSO Entry Point"). Linked on
 * its own as a small shared object at 0xffffe000 (vsyscall.lds), which
 * sysenter_setup copies into the vsyscall page every process sees; a C
 * library finds the entry through AT_SYSINFO. Linux 2.6's signal
 * trampolines and unwind tables in this page are left out.
 */

/*
 * __kernel_vsyscall - a system call: %eax the number, %ebx ... %ebp the
 * arguments, as for int $0x80; every register but %eax is kept. sysenter
 * records no user %esp or %eip, so the stack pointer travels in %ebp
 * (sysenter_entry reads the sixth argument from the stack) and sysexit
 * always comes back to SYSENTER_RETURN, the offsets of the slide.
 */
	.text
	.globl __kernel_vsyscall
	.type __kernel_vsyscall, @function
__kernel_vsyscall:
	pushl %ecx		# sysexit takes the user %esp from %ecx
	pushl %edx		# and the user %eip from %edx
	pushl %ebp
	movl %esp, %ebp
	sysenter
	.space 7, 0x90		# nops, to put the next two at 14 and 16

	/*
	 * 14: the restart point. A call the kernel restarts gets %eip
	 * moved back 2 bytes, as after int $0x80, and comes in again
	 * here (lk24 restarts no calls yet).
	 */
	int $0x80

	/* 16: the normal return point */
	.globl SYSENTER_RETURN
	.hidden SYSENTER_RETURN	# the kernel's business, not the library's
SYSENTER_RETURN:
	popl %ebp
	popl %edx
	popl %ecx
	ret
	.size __kernel_vsyscall, . - __kernel_vsyscall
