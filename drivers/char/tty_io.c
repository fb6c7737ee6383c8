/*
 * drivers/char/tty_io.c - for now only console_init.
 * Linux 2.4's tty layer (line discipline, /dev/tty*) arrives with the
 * shell; console_init registers the consoles the console= options chose.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/string.h>
#include <linux/init.h>

static int want_serial = 1, want_vga = 1, console_chosen;

/*
 * console_setup - "console=ttyS0" or "console=tty0"; given one or more
 * times, only the consoles named are used (the default is both).
 */
static int __init console_setup(char *str)
{
	if (!console_chosen) {
		want_serial = want_vga = 0;
		console_chosen = 1;
	}
	if (!strncmp(str, "ttyS", 4))
		want_serial = 1;
	else if (!strncmp(str, "tty", 3))
		want_vga = 1;
	else
		printk(KERN_WARNING "console_setup: unknown console %s\n", str);
	return 1;
}
__setup("console=", console_setup);

/* console_init - register the chosen consoles; each replays the log. */
void console_init(void)
{
	if (console_drivers)
		return;
	if (want_vga)
		vga_console_init();
	if (want_serial)
		serial_console_init();
}
