/*
 * drivers/char/serial.c - the 8250/16550 UART as the kernel console.
 * ttyS0 at I/O port 0x3f8, 115200 8N1: polled output for printk, and
 * received characters on IRQ 4 into the console tty (rs_init), held
 * back in the UART while the tty is full (rs_throttle). Linux 2.4's
 * driver also has /dev/ttyS* with its own termios and modem-line flow
 * control; lk24 has the one console line.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/tty.h>
#include <asm/io.h>

#define SERIAL_PORT	0x3f8
#define BASE_BAUD	115200

#define UART_TX		0	/* out: transmit buffer */
#define UART_DLL	0	/* out: divisor latch low (DLAB=1) */
#define UART_IER	1	/* out: interrupt enable */
#define UART_DLM	1	/* out: divisor latch high (DLAB=1) */
#define UART_FCR	2	/* out: FIFO control */
#define UART_LCR	3	/* out: line control */
#define UART_MCR	4	/* out: modem control */
#define UART_LSR	5	/* in: line status */
#define UART_LCR_DLAB	0x80
#define UART_LCR_WLEN8	0x03
#define UART_LSR_THRE	0x20	/* transmit holding register empty */
#define UART_LSR_DR	0x01	/* a received byte is waiting */
#define UART_RX		0	/* in: receive buffer */
#define UART_IER_RDI	0x01	/* interrupt on received data */
#define UART_MCR_OUT2	0x08	/* on a PC, gates the IRQ line */
#define SERIAL_IRQ	4

static void serial_putc(int c)
{
	int timeout = 100000;

	while (!(inb(SERIAL_PORT + UART_LSR) & UART_LSR_THRE) && --timeout)
		;
	outb(c, SERIAL_PORT + UART_TX);
}

/* serial_console_write - send @count bytes; a \n is sent as \r\n. */
static void serial_console_write(struct console *co, const char *s,
				 unsigned count)
{
	while (count--) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s++);
	}
}

/* serial_console_setup - program the UART: 115200 8N1, FIFOs on. */
static int serial_console_setup(struct console *co, char *options)
{
	unsigned int div = BASE_BAUD / 115200;

	outb(0, SERIAL_PORT + UART_IER);
	outb(UART_LCR_DLAB, SERIAL_PORT + UART_LCR);
	outb(div & 0xff, SERIAL_PORT + UART_DLL);
	outb(div >> 8, SERIAL_PORT + UART_DLM);
	outb(UART_LCR_WLEN8, SERIAL_PORT + UART_LCR);
	outb(0x07, SERIAL_PORT + UART_FCR);	/* enable, clear both */
	outb(0x03, SERIAL_PORT + UART_MCR);	/* DTR, RTS */
	return 0;
}

static struct console sercons = {
	.name	= "ttyS",
	.write	= serial_console_write,
	.setup	= serial_console_setup,
	.flags	= CON_PRINTBUFFER,
	.index	= 0,
};

void serial_console_init(void)
{
	register_console(&sercons);
}

/* rs_throttle - the tty is full: stop taking bytes; they wait in the
 * UART (and the sender waits behind it) until rs_unthrottle */
static void rs_throttle(struct tty_struct *tty)
{
	tty->throttled = 1;
	outb(0, SERIAL_PORT + UART_IER);
}

/* rs_unthrottle - interrupt on received data again; data waiting
 * raises the interrupt at once */
static void rs_unthrottle(struct tty_struct *tty)
{
	outb(UART_IER_RDI, SERIAL_PORT + UART_IER);
}

/* rs_interrupt - what the UART holds goes to the console tty, while it
 * has room. */
static void rs_interrupt(int irq, void *dev_id, struct pt_regs *regs)
{
	while (inb(SERIAL_PORT + UART_LSR) & UART_LSR_DR) {
		if (!n_tty_receive_room(&console_tty)) {
			rs_throttle(&console_tty);
			return;
		}
		tty_insert_flip_char(&console_tty,
				     inb(SERIAL_PORT + UART_RX), 0);
	}
}

/* rs_init - take IRQ 4 and let the UART interrupt on received data. */
static int __init rs_init(void)
{
	if (request_irq(SERIAL_IRQ, rs_interrupt, SA_INTERRUPT, "serial",
			NULL))
		return -1;
	console_tty.driver.throttle = rs_throttle;
	console_tty.driver.unthrottle = rs_unthrottle;
	outb(0x03 | UART_MCR_OUT2, SERIAL_PORT + UART_MCR);
	outb(UART_IER_RDI, SERIAL_PORT + UART_IER);
	rs_interrupt(SERIAL_IRQ, NULL, NULL);	/* what came before */
	return 0;
}
__initcall(rs_init);
