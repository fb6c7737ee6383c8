/*
 * include/asm-i386/segment.h - GDT layout and segment selectors.
 * The final GDT of the slide "Final GDT" (the 2.6 layout: kernel code at
 * 0x60); GDT_ENTRY builds a descriptor as setup_gdt in arch/i386/boot/pm.c
 * uses it. The table itself is gdt_table in arch/i386/kernel/head.S.
 */
#ifndef _ASM_SEGMENT_H
#define _ASM_SEGMENT_H

/* Descriptor from 16 bits of flags (access byte | granularity<<12),
 * base and 20-bit limit: the CPU scatters the fields over 8 bytes. */
#define GDT_ENTRY(flags, base, limit)				\
	((((base) & 0xff000000ULL) << (56 - 24)) |		\
	 (((flags) & 0x0000f0ffULL) << 40) |			\
	 (((limit) & 0x000f0000ULL) << (48 - 16)) |		\
	 (((base) & 0x00ffffffULL) << 16) |			\
	 ((limit) & 0x0000ffffULL))

/* Boot GDT, used by setup and the decompressor (slide "setup_gdt()") */
#define GDT_ENTRY_BOOT_CS	2
#define GDT_ENTRY_BOOT_DS	3
#define GDT_ENTRY_BOOT_TSS	4
#define __BOOT_CS		(GDT_ENTRY_BOOT_CS * 8)
#define __BOOT_DS		(GDT_ENTRY_BOOT_DS * 8)
#define __BOOT_TSS		(GDT_ENTRY_BOOT_TSS * 8)

/* The final GDT: one row per line of the slide's table */
#define GDT_ENTRY_TLS_MIN	6
#define GDT_ENTRY_TLS_ENTRIES	3
#define GDT_ENTRY_TLS_MAX	(GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES - 1)
#define GDT_ENTRY_KERNEL_CS	12
#define GDT_ENTRY_KERNEL_DS	13
#define GDT_ENTRY_USER_CS	14
#define GDT_ENTRY_USER_DS	15
#define GDT_ENTRY_TSS		16
#define GDT_ENTRY_LDT		17
#define GDT_ENTRY_PNPBIOS_BASE	18
#define GDT_ENTRY_APMBIOS_BASE	23
#define GDT_ENTRY_DOUBLEFAULT_TSS 31
#define GDT_ENTRIES		32

#define __KERNEL_CS	(GDT_ENTRY_KERNEL_CS * 8)		/* 0x60 */
#define __KERNEL_DS	(GDT_ENTRY_KERNEL_DS * 8)		/* 0x68 */
#define __USER_CS	(GDT_ENTRY_USER_CS * 8 + 3)		/* 0x73 */
#define __USER_DS	(GDT_ENTRY_USER_DS * 8 + 3)		/* 0x7b */
#define __TSS_SEL	(GDT_ENTRY_TSS * 8)			/* 0x80 */
#define __LDT_SEL	(GDT_ENTRY_LDT * 8)			/* 0x88 */
#define __DOUBLEFAULT_TSS (GDT_ENTRY_DOUBLEFAULT_TSS * 8)	/* 0xf8 */

#endif
