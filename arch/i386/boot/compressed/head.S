/*
 * arch/i386/boot/compressed/head.S - the decompressor's entry point.
 * Slide "Decompressing the Kernel": boot segments, find where we were loaded
 * with call/pop, move there-to-where-we-were-linked, clear BSS, stack, call
 * decompress_kernel (misc.c), jump to the kernel. Linux 2.4 instead moved
 * the decompressed kernel; 2.6 is position independent. lk24 relocates.
 */
#include <linux/linkage.h>
#include <asm/segment.h>

	.text
ENTRY(startup_32)
	cld
	cli
	movl	$(__BOOT_DS), %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %fs
	movl	%eax, %gs
	movl	%eax, %ss

	/* Where are we? The loader put us at code32_start (0x100000) but
	 * we were linked higher, where the kernel will not be unpacked over
	 * us. A call pushes our real address; pop it. */
	call	1f
1:	popl	%ebp
	subl	$(1b - startup_32), %ebp

	movl	%esi, %ebx		/* boot_params: keep it for the kernel */

	/* Copy code, data and the compressed kernel to the link address.
	 * The destination lies above the source and the linker script
	 * asserts they do not overlap, so a forward copy is safe. */
	movl	%ebp, %esi
	movl	$startup_32, %edi
	movl	$(_edata - startup_32 + 3), %ecx
	shrl	$2, %ecx
	rep;	movsl
	movl	$relocated, %eax
	jmp	*%eax

relocated:
	/* Clear BSS: the C code's statics, stack and inflate's tables. */
	xorl	%eax, %eax
	movl	$__bss_start, %edi
	movl	$_end, %ecx
	subl	%edi, %ecx
	shrl	$2, %ecx
	rep;	stosl

	movl	$boot_stack_end, %esp
	pushl	%ebx			/* struct boot_params * */
	call	decompress_kernel	/* returns the kernel's entry */
	addl	$4, %esp

	movl	%ebx, %esi		/* the kernel wants boot_params here */
	xorl	%ebx, %ebx
	jmp	*%eax			/* arch/i386/kernel/head.S startup_32 */

	.bss
	.balign	16
boot_stack:
	.fill	4096, 1, 0
boot_stack_end:
