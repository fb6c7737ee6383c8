/*
 * drivers/video/vgacon.c - the VGA text screen as a console.
 * 80x25 characters at physical 0xb8000, seen through the PAGE_OFFSET map,
 * scrolled by copying and with the hardware cursor moved through the CRTC.
 * Linux 2.4 puts a virtual-terminal layer (drivers/char/console.c) between
 * printk and this driver; lk24 writes the text buffer directly.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/string.h>
#include <linux/init.h>
#include <asm/io.h>

#define VGA_COLS	80
#define VGA_ROWS	25
#define VGA_ATTR	0x0700		/* light grey on black */
#define VGA_CRTC_INDEX	0x3d4
#define VGA_CRTC_DATA	0x3d5

static unsigned short *vga_mem;
static int vga_x, vga_y;

static void vga_set_cursor(void)
{
	unsigned int pos = vga_y * VGA_COLS + vga_x;

	outb(14, VGA_CRTC_INDEX);
	outb(pos >> 8, VGA_CRTC_DATA);
	outb(15, VGA_CRTC_INDEX);
	outb(pos & 0xff, VGA_CRTC_DATA);
}

static void vga_scroll(void)
{
	int i;

	memmove(vga_mem, vga_mem + VGA_COLS,
		(VGA_ROWS - 1) * VGA_COLS * sizeof(*vga_mem));
	for (i = 0; i < VGA_COLS; i++)
		vga_mem[(VGA_ROWS - 1) * VGA_COLS + i] = VGA_ATTR | ' ';
	vga_y = VGA_ROWS - 1;
}

static void vga_putc(char c)
{
	switch (c) {
	case '\n':
		vga_x = 0;
		vga_y++;
		break;
	case '\r':
		vga_x = 0;
		break;
	case '\b':
		if (vga_x)
			vga_x--;
		break;
	case '\t':
		vga_x = (vga_x + 8) & ~7;
		break;
	default:
		vga_mem[vga_y * VGA_COLS + vga_x++] = VGA_ATTR | (u8)c;
	}
	if (vga_x >= VGA_COLS) {
		vga_x = 0;
		vga_y++;
	}
	if (vga_y >= VGA_ROWS)
		vga_scroll();
}

static void vgacon_write(struct console *co, const char *s, unsigned count)
{
	while (count--)
		vga_putc(*s++);
	vga_set_cursor();
}

/* vgacon_setup - start on a clean screen. */
static int vgacon_setup(struct console *co, char *options)
{
	int i;

	vga_mem = phys_to_virt(0xb8000);
	for (i = 0; i < VGA_COLS * VGA_ROWS; i++)
		vga_mem[i] = VGA_ATTR | ' ';
	vga_x = vga_y = 0;
	return 0;
}

static struct console vga_console = {
	.name	= "tty",
	.write	= vgacon_write,
	.setup	= vgacon_setup,
	.flags	= CON_PRINTBUFFER,
	.index	= 0,
};

void vga_console_init(void)
{
	register_console(&vga_console);
}
