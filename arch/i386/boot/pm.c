/*
 * arch/i386/boot/pm.c - prepare for protected mode and switch.
 * Slides "main ()", "Interrupt Descriptor Table", "setup_gdt()": A20,
 * interrupts masked at the PICs, a null IDT, a flat boot GDT, then
 * protected_mode_jump in pmjump.S. The realmode_swtch hook is left out.
 */
#include "boot.h"

struct gdt_ptr {
	u16 len;
	u32 ptr;
} __attribute__((packed));

/* mask_all_interrupts - no IRQ may arrive before the kernel has an IDT. */
static void mask_all_interrupts(void)
{
	outb(0xff, 0xa1);	/* all of the slave PIC */
	io_delay();
	outb(0xfb, 0x21);	/* all of the master but the cascade */
	io_delay();
}

/* reset_coprocessor - clear a pending x87 error (ports 0xf0, 0xf1). */
static void reset_coprocessor(void)
{
	outb(0, 0xf0);
	io_delay();
	outb(0, 0xf1);
	io_delay();
}

/*
 * setup_idt - an IDT of limit 0: any interrupt or exception now would
 * shut the CPU down, which is why interrupts are masked above.
 */
static void setup_idt(void)
{
	static const struct gdt_ptr null_idt = { 0, 0 };

	asm volatile("lidtl %0" : : "m" (null_idt));
}

/*
 * setup_gdt - flat 4 GB code and data segments for the boot, plus a TSS
 * descriptor that only keeps Intel VT happy. The GDT's linear address is
 * its offset plus our segment base.
 */
static void setup_gdt(void)
{
	static const u64 boot_gdt[] __attribute__((aligned(16))) = {
		[GDT_ENTRY_BOOT_CS] = GDT_ENTRY(0xc09b, 0, 0xfffff),
		[GDT_ENTRY_BOOT_DS] = GDT_ENTRY(0xc093, 0, 0xfffff),
		[GDT_ENTRY_BOOT_TSS] = GDT_ENTRY(0x0089, 4096, 103),
	};
	static struct gdt_ptr gdt;

	gdt.len = sizeof(boot_gdt) - 1;
	gdt.ptr = (u32)&boot_gdt + (ds() << 4);
	asm volatile("lgdtl %0" : : "m" (gdt));
}

/*
 * go_to_protected_mode - the steps the slide lists, in order. Never
 * returns: protected_mode_jump enters the 32-bit code at code32_start
 * (compressed/head.S) with %esi pointing at boot_params.
 */
void go_to_protected_mode(void)
{
	if (enable_a20())
		die("go_to_protected_mode: A20 gate not responding");
	reset_coprocessor();
	mask_all_interrupts();
	setup_idt();
	setup_gdt();
	protected_mode_jump(boot_params.hdr.code32_start,
			    (u32)&boot_params + (ds() << 4));
}
