/*
 * arch/i386/kernel/vsyscall.S - the two vsyscall page images, linked
 * shared objects (vsyscall-sysenter.so, vsyscall-int80.so), carried in
 * init data: sysenter_setup copies one into a page at boot, and the rest
 * is freed with the other __init memory.
 */
	.section .data.init, "aw"

	.globl vsyscall_sysenter_start, vsyscall_sysenter_end
vsyscall_sysenter_start:
	.incbin "arch/i386/kernel/vsyscall-sysenter.so"
vsyscall_sysenter_end:

	.globl vsyscall_int80_start, vsyscall_int80_end
vsyscall_int80_start:
	.incbin "arch/i386/kernel/vsyscall-int80.so"
vsyscall_int80_end:
