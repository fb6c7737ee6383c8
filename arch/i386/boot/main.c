/*
 * arch/i386/boot/main.c - setup's C entry, still in real mode.
 * Slide "main ()": keep what the loader told us in boot_params, detect
 * memory, check we can run, then go_to_protected_mode. Linux 2.6.24 also
 * sets the video mode, queries APM/EDD and checks the CPU; lk24 does not.
 */
#include "boot.h"

/* The zero page we hand to the kernel in %esi */
struct boot_params boot_params __attribute__((aligned(16)));

/*
 * copy_boot_params - keep the header the loader filled in (command line
 * pointer, initrd, loader type) inside boot_params, where the kernel
 * expects it at offset 0x1f1.
 */
static void copy_boot_params(void)
{
	memcpy(&boot_params.hdr, &hdr, sizeof(hdr));
}

/*
 * check_memory - refuse to go on with less RAM than lk24 needs: the
 * decompressor alone runs at 4 MB. Dies with a message on the screen and
 * the serial line; returns only if there is enough.
 */
static void check_memory(void)
{
	u32 kb = 0;
	int i;

	for (i = 0; i < boot_params.e820_entries; i++) {
		struct e820entry *e = &boot_params.e820_map[i];

		if (e->type == E820_RAM && e->addr >= 0x100000)
			kb += (u32)(e->size >> 10);
	}
	if (!kb)
		kb = boot_params.alt_mem_k;
	kb += 1024;		/* the first megabyte */
	if (kb < MIN_MEMORY_K) {
		/* QEMU -m 8 leaves 7 MB and some: the BIOS keeps the rest */
		puts("setup: ");
		putdec(kb >> 10);
		puts(" MB of RAM found; lk24 needs at least 8 MB: give the "
		     "machine 9 MB or more (make MEGS=9 qemu)\n");
		die("main: not enough memory to boot");
	}
}

/*
 * main - called by start_of_setup in header.S with a stack and a clean
 * BSS. Never returns: the last step leaves real mode for good.
 */
void main(void)
{
	copy_boot_params();
	early_serial_init();
	puts("lk24 setup: real mode, boot protocol ");
	puthex(BOOT_PROTOCOL);
	puts("\n");

	if (!hdr.cmd_line_ptr)
		puts("setup: the loader passed no command line\n");

	if (detect_memory())
		puts("setup: no e820 memory map from the BIOS\n");
	check_memory();

	puts("setup: go_to_protected_mode\n");
	go_to_protected_mode();
}
