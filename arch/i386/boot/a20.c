/*
 * arch/i386/boot/a20.c - open the A20 gate (slide "main ()": "Enabling
 * A20 line"). With A20 closed, address bit 20 is forced to 0 and 1 MB
 * wraps to 0, as on the 8086. Tries the BIOS, the keyboard controller and
 * the "fast A20" port 0x92, testing after each.
 */
#include "boot.h"

#define A20_TEST_ADDR	(4 * 0x80)	/* int 0x80's vector: harmless */
#define A20_TEST_LOOPS	32
#define A20_ENABLE_LOOPS 255

/*
 * a20_test - write to 0000:0200 and read back at ffff:0210, the same
 * address plus 1 MB. If they track each other the gate is closed.
 * Returns nonzero if A20 is open.
 */
static int a20_test(int loops)
{
	int ok = 0;
	u32 saved, ctr;

	set_fs(0x0000);
	set_gs(0xffff);
	saved = ctr = rdfs32(A20_TEST_ADDR);
	while (loops--) {
		wrfs32(++ctr, A20_TEST_ADDR);
		io_delay();
		ok = rdgs32(A20_TEST_ADDR + 0x10) ^ ctr;
		if (ok)
			break;
	}
	wrfs32(saved, A20_TEST_ADDR);
	return ok;
}

/* The 8042 keyboard controller: wait until it takes a command */
static int empty_8042(void)
{
	int loops = 100000;

	while (loops--) {
		io_delay();
		if (inb(0x64) & 1) {	/* output buffer full: drain it */
			io_delay();
			(void)inb(0x60);
		} else if (!(inb(0x64) & 2)) {
			return 0;	/* input buffer empty */
		}
	}
	return -1;
}

static void enable_a20_bios(void)
{
	asm volatile("pushal; int $0x15; popal" : : "a" (0x2401));
}

static void enable_a20_kbc(void)
{
	if (empty_8042())
		return;
	outb(0xd1, 0x64);	/* command: write output port */
	empty_8042();
	outb(0xdf, 0x60);	/* output port with A20 set */
	empty_8042();
}

static void enable_a20_fast(void)
{
	u8 port_a = inb(0x92);

	port_a |= 0x02;		/* A20 on */
	port_a &= ~0x01;	/* and do not reset the machine */
	outb(port_a, 0x92);
}

/* enable_a20 - returns 0 once A20 is open, -1 if nothing worked. */
int enable_a20(void)
{
	int loops = A20_ENABLE_LOOPS;

	while (loops--) {
		if (a20_test(A20_TEST_LOOPS))
			return 0;
		enable_a20_bios();
		if (a20_test(A20_TEST_LOOPS))
			return 0;
		enable_a20_kbc();
		if (a20_test(A20_TEST_LOOPS * 4))
			return 0;
		enable_a20_fast();
		if (a20_test(A20_TEST_LOOPS * 4))
			return 0;
	}
	return -1;
}
