/*
 * arch/i386/kernel/process.c - the idle loop and machine power control.
 * cpu_idle halts until an interrupt (slide "cpu_idle()"); machine_*
 * stop the machine, including the emulators' exit ports so that test
 * runs end by themselves. Context switch and kernel_thread arrive with
 * process management.
 */
#include <linux/kernel.h>
#include <asm/io.h>
#include <asm/system.h>

#define BOCHS_SHUTDOWN_PORT	0x8900	/* write "Shutdown" */
#define QEMU_EXIT_PORT		0xf4	/* -device isa-debug-exit,iobase=0xf4 */

/* cpu_idle - what CPU 0 does when nothing else wants to run. */
void cpu_idle(void)
{
	for (;;)
		safe_halt();
}

/* machine_halt - stop here for good, interrupts off. */
void machine_halt(void)
{
	for (;;)
		asm volatile("cli; hlt");
}

/*
 * machine_power_off - ask the emulator to stop: Bochs's shutdown port
 * takes the word "Shutdown", QEMU's isa-debug-exit device any byte. On
 * real hardware both writes are ignored and we halt.
 */
void machine_power_off(void)
{
	const char *s;

	printk(KERN_NOTICE "Power down.\n");
	for (s = "Shutdown"; *s; s++)
		outb(*s, BOCHS_SHUTDOWN_PORT);
	outb(0, QEMU_EXIT_PORT);	/* QEMU exits with status 1 */
	machine_halt();
}

/*
 * machine_restart - pulse the CPU reset line through the keyboard
 * controller; if that fails, triple-fault with an empty IDT.
 */
void machine_restart(char *cmd)
{
	static const struct { unsigned short len; unsigned long base; }
		__attribute__((packed)) no_idt = { 0, 0 };
	int i;

	__cli();
	for (i = 0; i < 100; i++) {
		outb(0xfe, 0x64);	/* 8042: pulse reset */
		outb(0, 0x80);
	}
	asm volatile("lidt %0; int3" : : "m" (no_idt));
	machine_halt();
}
