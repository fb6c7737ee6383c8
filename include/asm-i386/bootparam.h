/*
 * include/asm-i386/bootparam.h - the "zero page" handed from setup to the
 * kernel: the real-mode header (`HdrS`, Linux/x86 boot protocol 2.06) and
 * what setup detected (e820 map). Slide "start_of_setup()": boot options.
 * Linux 2.4 addressed these by offset (PARAM + 0x1e0); 2.6.24 made this
 * struct, which is what lk24 keeps. Video, APM, EDD and EFI data are left out.
 */
#ifndef _ASM_BOOTPARAM_H
#define _ASM_BOOTPARAM_H

#include <asm/e820.h>

/* loadflags */
#define LOADED_HIGH	(1 << 0)	/* protected-mode code at 0x100000 */
#define QUIET_FLAG	(1 << 5)
#define KEEP_SEGMENTS	(1 << 6)
#define CAN_USE_HEAP	(1 << 7)	/* heap_end_ptr is valid */

#define BOOT_PROTOCOL	0x0206
#define COMMAND_LINE_SIZE 512
#define PARAM_SIZE	4096

#ifndef __ASSEMBLY__
#include <linux/types.h>

/* The header at offset 0x1f1 of the bzImage: written by the build, read
 * and partly filled in by the boot loader (GRUB legacy, QEMU -kernel). */
struct setup_header {
	u8	setup_sects;		/* 0x1f1 512-byte sectors of setup */
	u16	root_flags;
	u32	syssize;		/* protected-mode size, 16-byte units */
	u16	ram_size;
	u16	vid_mode;
	u16	root_dev;
	u16	boot_flag;		/* 0x1fe 0xAA55 */
	u16	jump;			/* 0x200 _start: the short jump */
	u32	header;			/* 0x202 "HdrS" */
	u16	version;		/* 0x206 protocol version */
	u32	realmode_swtch;
	u16	start_sys_seg;
	u16	kernel_version;		/* 0x20e string offset - 0x200 */
	u8	type_of_loader;		/* 0x210 set by the loader */
	u8	loadflags;		/* 0x211 */
	u16	setup_move_size;
	u32	code32_start;		/* 0x214 where to jump in 32-bit mode */
	u32	ramdisk_image;		/* 0x218 initrd address, by loader */
	u32	ramdisk_size;		/* 0x21c initrd size, by loader */
	u32	bootsect_kludge;
	u16	heap_end_ptr;		/* 0x224 */
	u16	pad1;
	u32	cmd_line_ptr;		/* 0x228 command line, by loader */
	u32	initrd_addr_max;	/* 0x22c highest initrd byte allowed */
	u32	kernel_alignment;
	u8	relocatable_kernel;
	u8	pad2[3];
	u32	cmdline_size;		/* 0x238 */
} __attribute__((packed));

struct boot_params {
	u8	pad0[0x1e0];
	u32	alt_mem_k;		/* 0x1e0 e801 memory above 1M, in KB */
	u32	scratch;
	u8	e820_entries;		/* 0x1e8 */
	u8	pad1[8];
	struct setup_header hdr;	/* 0x1f1 */
	u8	pad2[0x2d0 - 0x1f1 - sizeof(struct setup_header)];
	struct e820entry e820_map[E820MAX];	/* 0x2d0 */
	u8	pad3[PARAM_SIZE - 0x2d0 - E820MAX * sizeof(struct e820entry)];
} __attribute__((packed));

#endif /* __ASSEMBLY__ */
#endif
