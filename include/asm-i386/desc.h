/*
 * include/asm-i386/desc.h - segment and gate descriptors: the IDT and
 * GDT as C sees them, and the helpers that write TSS and LDT entries.
 * The gate setters (set_intr_gate ...) are in arch/i386/kernel/traps.c.
 */
#ifndef __ARCH_DESC_H
#define __ARCH_DESC_H

#include <asm/segment.h>

struct desc_struct {
	unsigned long a, b;
};

extern struct desc_struct idt_table[256];
extern struct desc_struct gdt_table[GDT_ENTRIES];

/* Descriptor types in the access byte */
#define DESC_TSS	0x89	/* present, 32-bit available TSS */
#define DESC_LDT	0x82	/* present, LDT */

/* set_system_desc - a 16-byte-granular system descriptor at GDT @entry. */
static inline void set_system_desc(int entry, unsigned long base,
				   unsigned long limit, int type)
{
	struct desc_struct *d = &gdt_table[entry];

	d->a = ((base & 0xffff) << 16) | (limit & 0xffff);
	d->b = (base & 0xff000000) | ((base >> 16) & 0xff) |
	       (limit & 0xf0000) | (type << 8);
}

#define set_tss_desc(entry, addr) \
	set_system_desc(entry, (unsigned long)(addr), 103, DESC_TSS)
#define set_ldt_desc(entry, addr, size) \
	set_system_desc(entry, (unsigned long)(addr), (size) * 8 - 1, DESC_LDT)

static inline void load_TR(int entry)
{
	asm volatile("ltr %w0" : : "q" (entry * 8));
}

static inline void load_LDT_desc(int entry)
{
	asm volatile("lldt %w0" : : "q" (entry * 8));
}

void set_intr_gate(unsigned int n, void *addr);

#endif
