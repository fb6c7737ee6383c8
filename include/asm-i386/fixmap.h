/*
 * include/asm-i386/fixmap.h - virtual addresses fixed at compile time,
 * counted down from the top of the address space: the vsyscall page at
 * 0xffffe000, the local APIC's registers and each CPU's kmap_atomic
 * slots. Their page tables are built by paging_init; set_fixmap points
 * a slot at a physical page.
 */
#ifndef _ASM_FIXMAP_H
#define _ASM_FIXMAP_H

#include <linux/threads.h>
#include <asm/kmap_types.h>

enum fixed_addresses {
	FIX_HOLE,		/* 0xfffff000: never mapped */
	FIX_VSYSCALL,		/* 0xffffe000: __kernel_vsyscall's page */
	FIX_APIC_BASE,		/* 0xffffd000: this CPU's local APIC */
	FIX_KMAP_BEGIN,		/* kmap_atomic slots: per CPU, per km_type */
	FIX_KMAP_END = FIX_KMAP_BEGIN + KM_TYPE_NR * NR_CPUS - 1,
	__end_of_fixed_addresses
};

#define FIXADDR_TOP	(0xfffff000UL)
#define FIXADDR_SIZE	(__end_of_fixed_addresses << PAGE_SHIFT)
#define FIXADDR_START	(FIXADDR_TOP - FIXADDR_SIZE + PAGE_SIZE)

#define __fix_to_virt(x)	(FIXADDR_TOP - ((x) << PAGE_SHIFT))

/* Below the fixmaps, the 4 MB window kmap uses (asm/highmem.h) */
#define PKMAP_BASE	(0xfe000000UL)
#define LAST_PKMAP	1024

void __set_fixmap(enum fixed_addresses idx, unsigned long phys,
		  pgprot_t flags);
#define set_fixmap(idx, phys)	__set_fixmap(idx, phys, PAGE_KERNEL)
#define set_fixmap_nocache(idx, phys) \
	__set_fixmap(idx, phys, PAGE_KERNEL_NOCACHE)

#endif
