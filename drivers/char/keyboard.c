/*
 * drivers/char/keyboard.c - from scancodes to characters: set-1
 * scancodes of a US keyboard, with Shift, Ctrl and Caps Lock, queued to
 * the console tty; Ctrl-Alt-Del goes to ctrl_alt_del (kernel/sys.c).
 * Keymaps, function keys, the numeric pad and SysRq are left out.
 */
#include <linux/kernel.h>
#include <linux/tty.h>
#include <linux/kbd_ll.h>
#include <linux/reboot.h>

#define SC_LSHIFT	0x2a
#define SC_RSHIFT	0x36
#define SC_CTRL		0x1d
#define SC_CAPS		0x3a
#define SC_ALT		0x38
#define SC_DEL		0x53	/* keypad Del; with the 0xe0 prefix, grey Del */

/* Scancodes 0x00-0x39, unshifted and shifted; 0 = no character */
static const char plain_map[0x3a] =
	"\0\0331234567890-=\b\tqwertyuiop[]\n\0asdfghjkl;'`\0\\zxcvbnm,./\0*\0 ";
static const char shift_map[0x3a] =
	"\0\033!@#$%^&*()_+\b\tQWERTYUIOP{}\n\0ASDFGHJKL:\"~\0|ZXCVBNM<>?\0*\0 ";

static int shift_down, ctrl_down, alt_down, caps_lock;

/* put_queue - one character for whoever reads the console. */
static void put_queue(int ch)
{
	tty_insert_flip_char(&console_tty, ch, 0);
}

/*
 * handle_scancode - a key went down (@down) or up. Modifier keys change
 * state; other keys, when pressed, become a character.
 */
void handle_scancode(unsigned char scancode, int down)
{
	char c;

	if (scancode == SC_LSHIFT || scancode == SC_RSHIFT) {
		shift_down = down;
		return;
	}
	if (scancode == SC_CTRL) {
		ctrl_down = down;
		return;
	}
	if (scancode == SC_ALT) {
		alt_down = down;
		return;
	}
	if (scancode == SC_DEL && down && ctrl_down && alt_down) {
		ctrl_alt_del();
		return;
	}
	if (!down || scancode >= sizeof(plain_map))
		return;
	if (scancode == SC_CAPS) {
		caps_lock = !caps_lock;
		return;
	}
	c = (shift_down ? shift_map : plain_map)[scancode];
	if (caps_lock && c >= 'a' && c <= 'z')
		c -= 'a' - 'A';
	else if (caps_lock && c >= 'A' && c <= 'Z' && shift_down)
		c += 'a' - 'A';
	if (ctrl_down && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
		c = (c | 0x20) - 'a' + 1;
	if (c)
		put_queue(c);
}
