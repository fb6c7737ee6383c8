/*
 * include/asm-i386/io.h - port I/O and physical/virtual address helpers.
 * Slide "Logical/Physical Address Translation": virt_to_phys, phys_to_virt
 * (direct-mapped memory only). Linux 2.4's string I/O variants are left out.
 */
#ifndef _ASM_IO_H
#define _ASM_IO_H

#include <asm/page.h>

static inline unsigned char inb(unsigned short port)
{
	unsigned char v;

	asm volatile("inb %1, %0" : "=a" (v) : "Nd" (port));
	return v;
}

static inline void outb(unsigned char v, unsigned short port)
{
	asm volatile("outb %0, %1" : : "a" (v), "Nd" (port));
}

static inline unsigned short inw(unsigned short port)
{
	unsigned short v;

	asm volatile("inw %1, %0" : "=a" (v) : "Nd" (port));
	return v;
}

static inline void outw(unsigned short v, unsigned short port)
{
	asm volatile("outw %0, %1" : : "a" (v), "Nd" (port));
}

/* A write to an unused port: about a microsecond on ISA, for slow chips */
static inline void outb_p(unsigned char v, unsigned short port)
{
	outb(v, port);
	outb(0, 0x80);
}

static inline unsigned char inb_p(unsigned short port)
{
	unsigned char v = inb(port);

	outb(0, 0x80);
	return v;
}

static inline unsigned long virt_to_phys(volatile void *address)
{
	return __pa(address);
}

static inline void *phys_to_virt(unsigned long address)
{
	return __va(address);
}

#endif
