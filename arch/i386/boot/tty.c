/*
 * arch/i386/boot/tty.c - setup's output: the BIOS screen and COM1.
 * Linux 2.6.24 writes to the BIOS only; lk24 also drives the 8250 so the
 * serial log shows setup's steps before the kernel's console exists.
 */
#include "boot.h"

#define COM1		0x3f8
#define UART_LSR_THRE	0x20

/* early_serial_init - program COM1 for 115200 8N1, no interrupts. */
void early_serial_init(void)
{
	outb(0x00, COM1 + 1);	/* IER: no interrupts */
	outb(0x80, COM1 + 3);	/* LCR: DLAB on, to set the divisor */
	outb(0x01, COM1 + 0);	/* 115200 = 115200 / 1 */
	outb(0x00, COM1 + 1);
	outb(0x03, COM1 + 3);	/* LCR: 8N1, DLAB off */
	outb(0x03, COM1 + 4);	/* MCR: DTR and RTS */
}

static void serial_putchar(int ch)
{
	int timeout = 0xffff;

	while (!(inb(COM1 + 5) & UART_LSR_THRE) && --timeout)
		;
	outb(ch, COM1);
}

/* int 0x10, AH=0x0e: teletype output on the current page */
static void bios_putchar(int ch)
{
	asm volatile("pushal; int $0x10; popal"
		     : : "a" (0x0e00 | (ch & 0xff)), "b" (0x0007));
}

/* putchar - one character to both outputs; \n becomes \r\n. */
void putchar(int ch)
{
	if (ch == '\n')
		putchar('\r');
	bios_putchar(ch);
	serial_putchar(ch);
}

void puts(const char *s)
{
	while (*s)
		putchar(*s++);
}

/* puthex - eight hex digits, for addresses and sizes. */
void puthex(u32 v)
{
	int i;

	puts("0x");
	for (i = 28; i >= 0; i -= 4)
		putchar("0123456789abcdef"[(v >> i) & 15]);
}

/* putdec - @v in decimal, for what a user reads as a number. */
void putdec(u32 v)
{
	char digits[10];
	int n = 0;

	do {
		digits[n++] = '0' + v % 10;
		v /= 10;
	} while (v);
	while (n)
		putchar(digits[--n]);
}

/* die - say why we stop, then halt for good. */
void die(const char *msg)
{
	puts(msg);
	puts("\n -- System halted\n");
	for (;;)
		asm volatile("hlt");
}
