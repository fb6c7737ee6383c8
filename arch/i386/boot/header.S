/*
 * arch/i386/boot/header.S - the first bytes of the bzImage.
 * A boot sector that only says "use a boot loader", the Linux/x86 boot
 * protocol header (HdrS) at 0x1f1, _start (slide "Initial Life of the
 * Linux Kernel") and start_of_setup: stack, BSS, call main (slide
 * "start_of_setup()"). Linux 2.4's bootsect.S floppy loader is left out.
 */
#include <asm/bootparam.h>
#include <asm/segment.h>
#include "boot.h"

	.code16
	.section ".bstext", "ax"
	.globl	bootsect_start
bootsect_start:
	/* Only reached if the BIOS boots the image itself. */
	ljmp	$0x07c0, $1f
1:	movw	%cs, %ax
	movw	%ax, %ds
	movw	$bs_msg, %si
2:	lodsb
	testb	%al, %al
	jz	3f
	movb	$0x0e, %ah
	movw	$0x0007, %bx
	int	$0x10
	jmp	2b
3:	xorw	%ax, %ax		/* wait for a key, then reboot */
	int	$0x16
	int	$0x19

	.section ".bsdata", "a"
bs_msg:
	.ascii	"lk24 cannot boot on its own: load it with GRUB or QEMU -kernel.\r\n"
	.asciz	"Press a key to reboot.\r\n"

	/* The header: field by field as in struct setup_header */
	.section ".header", "a"
	.globl	hdr
hdr:
setup_sects:	.byte	0		/* filled in by tools/build */
root_flags:	.word	0
syssize:	.long	0		/* filled in by tools/build */
ram_size:	.word	0
vid_mode:	.word	0xffff		/* normal 80x25 text */
root_dev:	.word	0
boot_flag:	.word	0xaa55

	.globl	_start
_start:
	/* The very first instruction of the kernel: jump over the header. */
	.byte	0xeb
	.byte	start_of_setup - 1f
1:
	.ascii	"HdrS"
	.word	BOOT_PROTOCOL
realmode_swtch:	.long	0
start_sys_seg:	.word	0x1000		/* obsolete */
		.word	kernel_version - 512
type_of_loader:	.byte	0		/* filled in by the loader */
loadflags:	.byte	LOADED_HIGH	/* bzImage: load at 0x100000 */
setup_move_size: .word	0x8000
code32_start:	.long	0x100000	/* compressed/head.S startup_32 */
ramdisk_image:	.long	0		/* filled in by the loader */
ramdisk_size:	.long	0		/* filled in by the loader */
bootsect_kludge: .long	0
heap_end_ptr:	.word	0		/* filled in by the loader */
pad1:		.word	0
cmd_line_ptr:	.long	0		/* filled in by the loader */
initrd_addr_max: .long	0x37ffffff	/* the initrd must be in lowmem */
kernel_alignment: .long	0x1000
relocatable_kernel: .byte 0		/* we run where we are linked */
pad2:		.byte	0, 0, 0
cmdline_size:	.long	COMMAND_LINE_SIZE - 1

kernel_version:	.asciz	"lk24 0.1 (Linux 2.4 interfaces)"

	.section ".inittext", "ax"
start_of_setup:
	movw	%ds, %ax
	movw	%ax, %es
	cld
	/* GRUB legacy and QEMU hand over ss = ds with sp at the top of our
	 * heap; anyone else gets a stack just past our BSS. */
	movw	%ss, %dx
	cmpw	%ax, %dx
	je	1f
	movw	%ax, %ss
	movw	$(_end + STACK_SIZE), %sp
1:	movzwl	%sp, %esp
	andl	$~3, %esp

	/* We entered with cs = ds + 0x20 and ip = 0; make cs = ds so the
	 * addresses the linker gave us (from offset 0) are right. */
	pushw	%ds
	pushw	$2f
	lretw
2:
	/* A loader that read too few sectors leaves the signature out. */
	cmpl	$0x5a5aaa55, setup_sig
	jne	setup_bad

	/* Zero the BSS: C expects its statics to start at 0. */
	movw	$__bss_start, %di
	movw	$_end + 3, %cx
	subw	%di, %cx
	shrw	$2, %cx
	xorl	%eax, %eax
	rep;	stosl

	calll	main			/* main.c; never returns */

setup_bad:
	movw	$setup_bad_msg, %si
3:	lodsb
	testb	%al, %al
	jz	4f
	movb	$0x0e, %ah
	movw	$0x0007, %bx
	int	$0x10
	jmp	3b
4:	hlt
	jmp	4b

	.section ".rodata", "a"
setup_bad_msg:
	.asciz	"start_of_setup: setup signature not found, loader read too little\r\n"
