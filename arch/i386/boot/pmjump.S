/*
 * arch/i386/boot/pmjump.S - the switch to protected mode.
 * Slide "Moving to protected mode": set CR0.PE, far-jump to load the boot
 * CS, flat data segments, then jump to code32_start. Called from pm.c with
 * gcc's regparm(3): %eax = entry point, %edx = boot_params (linear).
 */
#include <asm/segment.h>

	.code16
	.text
	.globl	protected_mode_jump
	.type	protected_mode_jump, @function
protected_mode_jump:
	movl	%edx, %esi		/* boot_params, for the 32-bit side */

	/* The far jump below needs a linear address but we were linked at
	 * offset 0 of an unknown segment: add our base to its operand. */
	xorl	%ebx, %ebx
	movw	%cs, %bx
	shll	$4, %ebx
	addl	%ebx, 2f

	movw	$__BOOT_DS, %cx
	movw	$__BOOT_TSS, %di

	movl	%cr0, %edx
	orb	$1, %dl			/* PE: protected mode, no paging */
	movl	%edx, %cr0
	jmp	1f			/* flush the real-mode prefetch */
1:
	.byte	0x66, 0xea		/* ljmpl $__BOOT_CS, $in_pm32 */
2:	.long	in_pm32			/* (patched above) */
	.word	__BOOT_CS
	.size	protected_mode_jump, .-protected_mode_jump

	.code32
	.type	in_pm32, @function
in_pm32:
	movl	%ecx, %ds
	movl	%ecx, %es
	movl	%ecx, %fs
	movl	%ecx, %gs
	movl	%ecx, %ss
	addl	%ebx, %esp		/* the same stack, now flat */
	ltr	%di			/* the boot TSS, as the slide's GDT has */

	/* Registers the 32-bit entry must not rely on are cleared. */
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	xorl	%ebx, %ebx
	xorl	%ebp, %ebp
	xorl	%edi, %edi
	jmpl	*%eax			/* to code32_start */
	.size	in_pm32, .-in_pm32
