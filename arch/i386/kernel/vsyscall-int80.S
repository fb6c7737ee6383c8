/*
 * arch/i386/kernel/vsyscall-int80.S - __kernel_vsyscall for a CPU
 * without sysenter (cpuid's SEP bit clear): the same entry point, at the
 * same address, going through the int $0x80 gate. sysenter_setup picks
 * this image or vsyscall-sysenter.S's, so a C library calls through
 * AT_SYSINFO either way.
 */

/* __kernel_vsyscall - %eax the number, %ebx ... %ebp the arguments. */
	.text
	.globl __kernel_vsyscall
	.type __kernel_vsyscall, @function
__kernel_vsyscall:
	int $0x80
	ret
	.size __kernel_vsyscall, . - __kernel_vsyscall
