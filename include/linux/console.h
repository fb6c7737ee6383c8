/*
 * include/linux/console.h - the console drivers printk writes to.
 * A console is anything with a write method: the 8250 serial port
 * (drivers/char/serial.c) and the VGA text screen (drivers/video/vgacon.c).
 */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#define CON_PRINTBUFFER	(1)	/* replay the log buffer on register */
#define CON_CONSDEV	(2)	/* the preferred console (/dev/console) */
#define CON_ENABLED	(4)

struct console {
	char	name[8];
	void	(*write)(struct console *, const char *, unsigned);
	int	(*setup)(struct console *, char *);
	short	flags;
	short	index;
	struct console *next;
};

void register_console(struct console *);
int unregister_console(struct console *);
void console_init(void);
void serial_console_init(void);
void vga_console_init(void);

extern struct console *console_drivers;

#endif
