/*
 * test/kernel/boot.c - self-tests of what the boot path handed over:
 * the boot protocol header, the e820 map, the command line, the paging
 * and segment state head.S left (slides "Initial Life of the Linux
 * Kernel" to "startup_32 () (second version)").
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/setup.h>
#include <asm/segment.h>
#include <asm/processor.h>
#include "lktest.h"

extern char _text[], swapper_pg_dir[], idt_table[], gdt_table[];
extern unsigned long pg0[];

LKTEST(boot, header_from_loader)
{
	struct setup_header *h = &boot_params.hdr;

	LKT_EQ(h->header, 0x53726448);		/* "HdrS" */
	LKT_EQ(h->version, BOOT_PROTOCOL);
	LKT_EQ(h->boot_flag, 0xaa55);
	LKT_EQ(h->code32_start, 0x100000);
	LKT_ASSERT(h->loadflags & LOADED_HIGH);
	LKT_ASSERT(h->type_of_loader != 0);	/* the loader signed it */
	LKT_ASSERT(h->cmd_line_ptr != 0);
}

LKTEST(boot, e820_map)
{
	int i, low = 0, high = 0;

	LKT_ASSERT(e820.nr_map >= 2);
	for (i = 0; i < e820.nr_map; i++) {
		struct e820entry *e = &e820.map[i];

		LKT_ASSERT(e->size > 0);
		if (e->type == E820_RAM && e->addr == 0)
			low = 1;
		if (e->type == E820_RAM && e->addr <= 0x100000 &&
		    e->addr + e->size > 0x800000)
			high = 1;
	}
	LKT_ASSERT(low);	/* conventional memory from 0 */
	LKT_ASSERT(high);	/* and RAM above 1 MB for the kernel */
}

LKTEST(boot, e820_short_map_rejected)
{
	struct e820map saved = e820;
	struct e820entry one = { 0, 64 << 20, E820_RAM };

	/* A single range cannot describe the hole below 1 MB: setup_arch
	 * must fall back to e801 rather than trust it. */
	LKT_EQ(copy_e820_map(&one, 1), -1);
	LKT_EQ(copy_e820_map(&one, 0), -1);
	LKT_EQ(e820.nr_map, saved.nr_map);
	e820 = saved;
}

/* The loader's copy is in low memory the kernel has reused by now;
 * test/boot-qemu compares the text with what was passed. */
LKTEST(boot, command_line)
{
	LKT_ASSERT(strstr(saved_command_line, "lktest=") != NULL);
	LKT_ASSERT(strlen(saved_command_line) < COMMAND_LINE_SIZE);
	LKT_ASSERT(boot_params.hdr.cmd_line_ptr < 0x100000);
}

LKTEST(boot, memory_size)
{
	LKT_ASSERT(max_pfn >= (MIN_MEMORY_KB >> 2));
	LKT_ASSERT(max_low_pfn <= max_pfn);
	LKT_ASSERT(max_low_pfn <= MAXMEM_PFN);
}

LKTEST(boot, paging_enabled)
{
	LKT_ASSERT(read_cr0() & 0x80000000);	/* PG */
	LKT_ASSERT(read_cr0() & 1);		/* PE */
	LKT_EQ(read_cr3(), __pa(swapper_pg_dir));
	LKT_EQ((unsigned long)_text, 0xC0100000);
	/* pg0 maps frame n at entry n: the same memory at 0 and 3 GB */
	LKT_EQ(pg0[0x100] & PAGE_MASK, 0x100000);
	LKT_EQ(*(unsigned char *)__va(__pa(_text)), *(unsigned char *)_text);
}

LKTEST(boot, segments_and_tables)
{
	unsigned short cs, ds, ss;
	struct { unsigned short limit; unsigned long base; }
		__attribute__((packed)) gdtr, idtr;

	asm("movw %%cs, %0; movw %%ds, %1; movw %%ss, %2"
	    : "=r" (cs), "=r" (ds), "=r" (ss));
	asm("sgdt %0; sidt %1" : "=m" (gdtr), "=m" (idtr));
	LKT_EQ(cs, __KERNEL_CS);
	LKT_EQ(ds, __KERNEL_DS);
	LKT_EQ(ss, __KERNEL_DS);
	LKT_EQ(gdtr.base, (unsigned long)gdt_table);
	LKT_EQ(gdtr.limit, GDT_ENTRIES * 8 - 1);
	LKT_EQ(idtr.base, (unsigned long)idt_table);
	LKT_EQ(idtr.limit, 256 * 8 - 1);
	/* user segments are DPL 3: bits 45-46 of the descriptor */
	LKT_EQ((((unsigned long long *)gdt_table)[GDT_ENTRY_USER_CS] >> 45) & 3, 3);
	LKT_EQ((((unsigned long long *)gdt_table)[GDT_ENTRY_KERNEL_CS] >> 45) & 3, 0);
}

/* sanitize_e820_map on a map with everything wrong: unsorted, with an
 * overlap of RAM by reserved, two touching RAM ranges, a hole. */
LKTEST(boot, e820_sanitize_overlaps_and_order)
{
	struct e820entry map[5] = {
		{ 0x100000, 0x700000, E820_RAM },	/* 1-8 MB */
		{ 0x0, 0x9f000, E820_RAM },		/* 0-636 KB */
		{ 0x700000, 0x200000, E820_RESERVED },	/* 7-9 MB: overlaps */
		{ 0x900000, 0x100000, E820_RAM },	/* 9-10 MB */
		{ 0xa00000, 0x100000, E820_RAM },	/* 10-11 MB: touches */
	};
	char nr = 5;

	LKT_EQ(sanitize_e820_map(map, &nr), 0);
	LKT_EQ(nr, 4);
	LKT_EQ(map[0].addr, 0);
	LKT_EQ(map[0].size, 0x9f000);
	LKT_EQ(map[1].addr, 0x100000);		/* RAM cut where reserved */
	LKT_EQ(map[1].size, 0x600000);
	LKT_EQ(map[1].type, E820_RAM);
	LKT_EQ(map[2].addr, 0x700000);
	LKT_EQ(map[2].size, 0x200000);
	LKT_EQ(map[2].type, E820_RESERVED);
	LKT_EQ(map[3].addr, 0x900000);		/* the two RAM ranges joined */
	LKT_EQ(map[3].size, 0x200000);
	LKT_EQ(map[3].type, E820_RAM);
}
