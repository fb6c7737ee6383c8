/*
 * arch/i386/boot/compressed/misc.c - decompress_kernel, called from head.S.
 * Slide "Decompressing the Kernel": unpack the gzip'd vmlinux.bin to 1 MB,
 * check its CRC, return the entry point. Messages go to the VGA screen and
 * COM1. Linux 2.4's version also knows about low-memory ("zImage") kernels.
 */
#include <linux/linkage.h>
#include <linux/types.h>
#include <asm/bootparam.h>
#include <asm/io.h>

#include "../../../../lib/inflate.c"

#define KERNEL_LOAD	0x100000	/* physical address of vmlinux.bin */
#define COM1		0x3f8

extern unsigned char input_data[], input_data_end[];
extern char startup_32[];

static unsigned char *vidmem = (unsigned char *)0xb8000;
static int vid_x, vid_y;

static void serial_putc(int c)
{
	int timeout = 0xffff;

	while (!(inb(COM1 + 5) & 0x20) && --timeout)
		;
	outb(c, COM1);
}

/* vga_putc - the screen as setup left it: 80x25 text, we write below. */
static void vga_putc(int c)
{
	int i;

	if (c == '\n' || vid_x == 80) {
		vid_x = 0;
		if (++vid_y == 25) {
			for (i = 0; i < 80 * 24 * 2; i++)
				vidmem[i] = vidmem[i + 160];
			for (i = 80 * 24 * 2; i < 80 * 25 * 2; i += 2)
				vidmem[i] = ' ';
			vid_y = 24;
		}
		if (c == '\n')
			return;
	}
	vidmem[(vid_y * 80 + vid_x) * 2] = c;
	vidmem[(vid_y * 80 + vid_x) * 2 + 1] = 0x07;
	vid_x++;
}

static void putstr(const char *s)
{
	for (; *s; s++) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s);
		vga_putc(*s);
	}
}

static void puthex(unsigned long v)
{
	char buf[11];
	int i;

	buf[0] = '0';
	buf[1] = 'x';
	for (i = 0; i < 8; i++)
		buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
	buf[10] = 0;
	putstr(buf);
}

static void error(const char *msg) __attribute__((noreturn));
static void error(const char *msg)
{
	putstr("\ndecompress_kernel: ");
	putstr(msg);
	putstr("\n\n -- System halted\n");
	for (;;)
		asm volatile("cli; hlt");
}

/*
 * decompress_kernel - unpack the kernel to KERNEL_LOAD. Everything from
 * there up to our own code is free for it: head.S moved us out of the way.
 * @bp is the boot_params setup built (only used to place the cursor).
 * Returns the kernel's physical entry point; on corrupt data it halts.
 */
asmlinkage unsigned long decompress_kernel(struct boot_params *bp)
{
	unsigned long room = (unsigned long)startup_32 - KERNEL_LOAD;
	unsigned long len = 0;
	int err;

	(void)bp;
	vid_y = 22;		/* below setup's lines, if the BIOS was used */
	putstr("Decompressing lk24 (");
	puthex(input_data_end - input_data);
	putstr(" bytes)... ");
	err = gunzip(input_data, input_data_end - input_data,
		     (unsigned char *)KERNEL_LOAD, room, &len);
	if (err)
		error(inflate_messages[err]);
	putstr("done, ");
	puthex(len);
	putstr(" bytes. Booting the kernel.\n");
	return KERNEL_LOAD;
}
