/*
 * arch/i386/kernel/head.S - the decompressed kernel's first code.
 * Slides "(Actual) Kernel entry point", "startup_32 () (second version)",
 * "Enabling Paging": clear BSS, keep boot_params, fill the provisional page
 * tables pg0/pg1 (8 MB at 0 and at PAGE_OFFSET), paging on, the final GDT,
 * an IDT whose every gate is ignore_int, then start_kernel. A secondary
 * CPU comes in at startup_32_smp from trampoline.S. The 387 checks of
 * Linux 2.4 are left out.
 */
#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/page.h>
#include <asm/bootparam.h>

/* Before paging is on, symbols must be used by physical address. */
#define pa(X)		((X) - __PAGE_OFFSET)

#define PTE_KERNEL	0x063	/* __PAGE_KERNEL: present, rw, accessed, dirty */
#define PDE_KERNEL	0x063	/* _KERNPG_TABLE */
#define BOOT_PGD_INDEX	(__PAGE_OFFSET >> 22)	/* 768: 0xC0000000 */

	.text
ENTRY(startup_32)
	/* Interrupts are off (decompressor). Load our GDT at once: the
	 * boot GDT lives in setup's memory, which we will reuse. */
	cld
	lgdt	pa(early_gdt_descr)
	ljmp	$(__KERNEL_CS), $pa(1f)
1:	movl	$(__KERNEL_DS), %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %fs
	movl	%eax, %gs
	movl	%eax, %ss

	/* Clear BSS: nothing in C may rely on it before this. */
	xorl	%eax, %eax
	movl	$pa(__bss_start), %edi
	movl	$pa(__bss_stop), %ecx
	subl	%edi, %ecx
	shrl	$2, %ecx
	rep;	stosl

	/* Keep the zero page setup built (%esi): setup's memory is free
	 * for reuse once we run. */
	movl	$pa(boot_params), %edi
	movl	$(PARAM_SIZE / 4), %ecx
	rep;	movsl

	/* pg0 and pg1 map physical 0-8 MB, one 4 KB page per entry.
	 * swapper_pg_dir already points at them twice (see below). */
	movl	$pa(pg0), %edi
	movl	$PTE_KERNEL, %eax
2:	stosl
	addl	$PAGE_SIZE, %eax
	cmpl	$pa(empty_zero_page), %edi
	jne	2b

	/* Enable paging: the five lines of the slide. */
	/* lab: paging */
	movl	$pa(swapper_pg_dir), %eax
	movl	%eax, %cr3		/* set the page table pointer */
	movl	%cr0, %eax
	orl	$0x80000000, %eax
	movl	%eax, %cr0		/* set paging (PG) bit */
	ljmp	$(__KERNEL_CS), $3f	/* now run at 0xC01xxxxx */
	/* lab: end */
3:
	lgdt	gdt_descr		/* the same GDT, by virtual address */
	lss	stack_start, %esp	/* process 0's stack */
	call	setup_idt
	lidt	idt_descr
	pushl	$0			/* clear EFLAGS: IF, DF, NT, AC */
	popfl
	call	start_kernel		/* init/main.c; does not return */
4:	hlt
	jmp	4b

/*
 * startup_32_smp - a secondary CPU, in protected mode with paging off
 * (trampoline.S): the same page tables as CPU 0 (smpboot.c maps the
 * first 8 MB at 0 again while CPUs start, for the jump below), its idle
 * task's stack from stack_start, the IDT, then start_secondary.
 */
ENTRY(startup_32_smp)
	cld
	movl	$(__KERNEL_DS), %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %fs
	movl	%eax, %gs
	movl	%eax, %ss
	movl	$pa(swapper_pg_dir), %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$0x80000000, %eax
	movl	%eax, %cr0		/* paging on */
	ljmp	$(__KERNEL_CS), $5f
5:	lgdt	gdt_descr		/* by virtual address */
	lss	stack_start, %esp
	lidt	idt_descr
	pushl	$0
	popfl
	call	start_secondary		/* arch/i386/kernel/smpboot.c */
6:	hlt
	jmp	6b

/*
 * setup_idt - fill all 256 IDT entries with an interrupt gate to
 * ignore_int. trap_init replaces them with the real handlers.
 */
setup_idt:
	movl	$ignore_int, %edx
	movl	$(__KERNEL_CS << 16), %eax
	movw	%dx, %ax		/* selector | offset 15..0 */
	movw	$0x8e00, %dx		/* present, DPL 0, 32-bit interrupt gate */
	movl	$idt_table, %edi
	movl	$256, %ecx
5:	movl	%eax, (%edi)
	movl	%edx, 4(%edi)
	addl	$8, %edi
	loop	5b
	ret

/*
 * ignore_int - the placeholder handler: say that something came in and
 * return. Exceptions that push an error code or fault again will repeat.
 */
ignore_int:
	cld
	pushl	%eax
	pushl	%ecx
	pushl	%edx
	pushl	%es
	pushl	%ds
	movl	$(__KERNEL_DS), %eax
	movl	%eax, %ds
	movl	%eax, %es
	pushl	20(%esp)		/* the interrupted EIP */
	pushl	$int_msg
	call	printk
	addl	$8, %esp
	popl	%ds
	popl	%es
	popl	%edx
	popl	%ecx
	popl	%eax
	iret

	.section .rodata
int_msg:
	.asciz	"<4>ignore_int: unknown interrupt or fault at EIP %08lx\n"

	.data
	.align	4
	.globl	stack_start
stack_start:
	.long	init_task_union + 8192
	.long	__KERNEL_DS

	.word	0
early_gdt_descr:
	.word	GDT_ENTRIES * 8 - 1
	.long	pa(gdt_table)
	.word	0
	.globl	gdt_descr
gdt_descr:
	.word	GDT_ENTRIES * 8 - 1
	.long	gdt_table
	.word	0
idt_descr:
	.word	256 * 8 - 1
	.long	idt_table

/*
 * The final GDT, laid out as on the slide "Final GDT". Entries left zero
 * are filled at run time (TSS, LDT, TLS) or unused by lk24 (PNP, APM).
 */
	.align	32
	.globl	gdt_table
gdt_table:
	.quad	0x0000000000000000	/* 0x00 null */
	.quad	0, 0, 0			/* 0x08-0x18 reserved */
	.quad	0, 0			/* 0x20-0x28 not used */
	.quad	0, 0, 0			/* 0x33-0x43 TLS #1-#3 */
	.quad	0, 0, 0			/* 0x48-0x58 reserved */
	.quad	0x00cf9a000000ffff	/* 0x60 kernel 4GB code at 0 */
	.quad	0x00cf92000000ffff	/* 0x68 kernel 4GB data at 0 */
	.quad	0x00cffa000000ffff	/* 0x73 user 4GB code at 0 */
	.quad	0x00cff2000000ffff	/* 0x7b user 4GB data at 0 */
	.quad	0			/* 0x80 TSS */
	.quad	0			/* 0x88 LDT */
	.quad	0, 0, 0, 0, 0		/* 0x90-0xb0 PNPBIOS */
	.quad	0, 0, 0			/* 0xb8-0xc8 APMBIOS */
	.quad	0, 0, 0, 0		/* 0xd0-0xe8 not used */
	.quad	0			/* 0xf0 not used */
	.quad	0			/* 0xf8 double fault TSS */

/*
 * swapper_pg_dir is built at compile time (slide "Page Table Data
 * Structures"): entries 0-1 and 768-769 both point at pg0/pg1, so the
 * first 8 MB are seen at 0 (while we still run there) and at 3 GB.
 */
	.section .data.page_aligned, "aw"
	.align	PAGE_SIZE
	.globl	swapper_pg_dir
swapper_pg_dir:
	.long	pa(pg0) + PDE_KERNEL
	.long	pa(pg1) + PDE_KERNEL
	.fill	BOOT_PGD_INDEX - 2, 4, 0
	.long	pa(pg0) + PDE_KERNEL
	.long	pa(pg1) + PDE_KERNEL
	.fill	1024 - BOOT_PGD_INDEX - 2, 4, 0
	.globl	pg0
pg0:
	.fill	1024, 4, 0
	.globl	pg1
pg1:
	.fill	1024, 4, 0
	.globl	empty_zero_page
empty_zero_page:
	.fill	1024, 4, 0

/* The IDT, 256 gates; setup_idt above fills it. */
	.section .bss.page_aligned, "aw", @nobits
	.align	PAGE_SIZE
	.globl	idt_table
idt_table:
	.skip	256 * 8
