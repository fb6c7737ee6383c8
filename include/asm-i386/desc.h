/*
 * include/asm-i386/desc.h - segment and gate descriptors: the IDT and
 * GDT as C sees them, and the helpers that write TSS and LDT entries.
 * The gate setters (set_intr_gate ...) are in arch/i386/kernel/traps.c.
 */
#ifndef __ARCH_DESC_H
#define __ARCH_DESC_H

#include <linux/threads.h>
#include <asm/segment.h>

struct desc_struct {
	unsigned long a, b;
};

extern struct desc_struct idt_table[256];
extern struct desc_struct gdt_table[GDT_ENTRIES];	/* CPU 0's */
/* each CPU's GDT: CPU 0 uses gdt_table, the others a copy (cpu_init) */
extern struct desc_struct *cpu_gdt_table[NR_CPUS];

/* The operand of lgdt and lidt */
struct Xgt_desc_struct {
	unsigned short size;
	unsigned long address __attribute__((packed));
};

/* Descriptor types in the access byte */
#define DESC_TSS	0x89	/* present, 32-bit available TSS */
#define DESC_LDT	0x82	/* present, LDT */

/* set_system_desc - a byte-granular system descriptor at @entry of
 * @gdt. */
static inline void set_system_desc(struct desc_struct *gdt, int entry,
				   unsigned long base, unsigned long limit,
				   int type)
{
	struct desc_struct *d = &gdt[entry];

	d->a = ((base & 0xffff) << 16) | (limit & 0xffff);
	d->b = (base & 0xff000000) | ((base >> 16) & 0xff) |
	       (limit & 0xf0000) | (type << 8);
}

#define set_tss_desc(gdt, entry, addr) \
	set_system_desc(gdt, entry, (unsigned long)(addr), 103, DESC_TSS)
#define set_ldt_desc(gdt, entry, addr, size) \
	set_system_desc(gdt, entry, (unsigned long)(addr), (size) * 8 - 1, \
			DESC_LDT)

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
