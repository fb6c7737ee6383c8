/*
 * include/asm-i386/setup.h - what setup_arch finds out about memory.
 */
#ifndef _i386_SETUP_H
#define _i386_SETUP_H

#include <asm/bootparam.h>

#define PFN_UP(x)	(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)	((x) >> PAGE_SHIFT)
#define PFN_PHYS(x)	((unsigned long long)(x) << PAGE_SHIFT)

/* Lowmem ends where the 1 GB of kernel space minus 128 MB for vmalloc,
 * fixmaps and kmap ends: 896 MB (slide "Zones"). */
#define VMALLOC_RESERVE	(128UL << 20)
#define MAXMEM		(-__PAGE_OFFSET - VMALLOC_RESERVE)
#define MAXMEM_PFN	PFN_DOWN(MAXMEM)

#define MIN_MEMORY_KB	(8 * 1024)

#ifndef __ASSEMBLY__
extern struct boot_params boot_params;
extern unsigned long max_pfn, max_low_pfn, highstart_pfn, highend_pfn;
extern char saved_command_line[];

void setup_arch(char **cmdline_p);
int copy_e820_map(struct e820entry *biosmap, int nr_map);
int sanitize_e820_map(struct e820entry *biosmap, char *pnr_map);
void print_memory_map(const char *who);
#endif

#endif
