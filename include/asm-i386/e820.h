/*
 * include/asm-i386/e820.h - the BIOS e820 memory map as setup hands it over.
 * Filled by detect_memory_e820 in arch/i386/boot/memory.c (real mode), read
 * by setup_arch in arch/i386/kernel/setup.c (slide "e820 dump in dmesg").
 */
#ifndef __E820_HEADER
#define __E820_HEADER

#define E820MAP		0x2d0	/* our map's offset in the zero page */
#define E820MAX		128	/* number of entries in E820MAP */
#define E820NR		0x1e8	/* # entries in E820MAP */

#define E820_RAM	1
#define E820_RESERVED	2
#define E820_ACPI	3	/* usable as RAM once ACPI tables are read */
#define E820_NVS	4

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct e820entry {
	u64 addr;	/* start of memory segment */
	u64 size;	/* size of memory segment */
	u32 type;	/* type of memory segment */
} __attribute__((packed));

struct e820map {
	int nr_map;
	struct e820entry map[E820MAX];
};

extern struct e820map e820;
#endif

#endif
