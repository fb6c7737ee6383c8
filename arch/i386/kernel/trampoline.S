/*
 * arch/i386/kernel/trampoline.S - a secondary CPU's first instructions
 * (Intel's MP specification, appendix B.4). The STARTUP IPI starts the
 * CPU in real mode at the start of a page below 1 MB, to which
 * smpboot.c copies this code: load the kernel's GDT, set CR0.PE and
 * jump to startup_32_smp (head.S) at its physical address, the boot
 * slides' "pmjump" in five instructions. Only position-independent code
 * and link-time constants, since it runs where it was copied.
 */
#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/page.h>

#define X86_CR0_PE	0x00000001

	.data
	.code16
ENTRY(trampoline_data)
r_base = .
	cli
	movw	%cs, %ax		/* the page the IPI named */
	movw	%ax, %ds
	lgdtl	boot_gdt_descr - r_base
	movl	%cr0, %eax
	orl	$X86_CR0_PE, %eax
	movl	%eax, %cr0		/* protected mode */
	ljmpl	$__KERNEL_CS, $(startup_32_smp - __PAGE_OFFSET)

	/* gdt_table by its physical address: paging is still off */
boot_gdt_descr:
	.word	GDT_ENTRIES * 8 - 1
	.long	gdt_table - __PAGE_OFFSET
ENTRY(trampoline_end)
	.code32
