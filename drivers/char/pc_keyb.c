/*
 * drivers/char/pc_keyb.c - the PC keyboard controller (i8042) on IRQ 1:
 * each byte it has for us is a scancode for keyboard.c. The PS/2 mouse
 * and controller self-tests are left out.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/kbd_ll.h>
#include <asm/io.h>

#define KBD_STATUS_REG	0x64
#define KBD_DATA_REG	0x60
#define KBD_STAT_OBF	0x01	/* a byte is waiting */
#define KBD_STAT_MOUSE	0x20	/* ...and it is from the mouse */
#define KEYBOARD_IRQ	1

static void keyboard_interrupt(int irq, void *dev_id, struct pt_regs *regs)
{
	unsigned char status, code;

	while ((status = inb(KBD_STATUS_REG)) & KBD_STAT_OBF) {
		code = inb(KBD_DATA_REG);
		if (status & KBD_STAT_MOUSE)
			continue;
		handle_scancode(code & 0x7f, !(code & 0x80));
	}
}

static int __init kbd_init(void)
{
	while (inb(KBD_STATUS_REG) & KBD_STAT_OBF)
		(void)inb(KBD_DATA_REG);	/* stale bytes from the BIOS */
	return request_irq(KEYBOARD_IRQ, keyboard_interrupt, 0, "keyboard",
			   NULL);
}
__initcall(kbd_init);
