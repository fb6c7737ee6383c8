/*
 * kernel/panic.c - give up: panic() and the BUG() backend.
 * panic prints, then halts or, with panic=N on the command line, restarts
 * the machine (QEMU run with -no-reboot then exits). Linux 2.4 waits N
 * seconds first; lk24 restarts at once until the timer exists. The
 * other CPUs are halted first (smp_send_stop).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include <asm/system.h>
#include <asm/smp.h>

int panic_timeout;

static int __init panic_setup(char *str)
{
	panic_timeout = simple_strtol(str, NULL, 0);
	return 1;
}
__setup("panic=", panic_setup);

/*
 * panic - print "Kernel panic: " and the message, then stop for good.
 * By convention the message starts with the name of the function that
 * found the problem. Brings up the consoles if none is registered yet.
 */
void panic(const char *fmt, ...)
{
	static char buf[256];
	va_list args;

	__cli();
	va_start(args, fmt);
	vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (!console_drivers)
		console_init();
	smp_send_stop();
	printk(KERN_EMERG "Kernel panic: %s\n", buf);
	if (panic_timeout) {
		printk(KERN_EMERG "Rebooting (panic=%d)\n", panic_timeout);
		machine_restart(NULL);
	}
	machine_halt();
}

/* __bug - what BUG() calls: name the place and its callers, then panic. */
void __bug(const char *file, int line)
{
	printk(KERN_EMERG "kernel BUG at %s:%d!\n", file, line);
	dump_stack();
	panic("BUG");
}
