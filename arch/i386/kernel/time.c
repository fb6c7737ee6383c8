/*
 * arch/i386/kernel/time.c - the PC's clocks (book 6.1 and 4.6.1:
 * time_init ends with setup_irq(0, &irq0)). The 8254 PIT interrupts HZ
 * times a second on IRQ 0; the CMOS RTC gives the date at boot; the
 * PIT's counter gives the microseconds within a tick. The TSC and HPET
 * are left out.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/interrupt.h>
#include <linux/time.h>
#include <linux/sched.h>
#include <asm/io.h>
#include <asm/param.h>
#include <asm/system.h>

static void timer_interrupt(int irq, void *dev_id, struct pt_regs *regs)
{
	do_timer(regs);
}

static struct irqaction irq0 = {
	.handler = timer_interrupt, .flags = SA_INTERRUPT, .name = "timer",
};

/* do_gettimeoffset - microseconds since the last tick, from the PIT's
 * down-counter (latched so the two bytes belong together). */
static unsigned long do_gettimeoffset(void)
{
	unsigned int count;

	outb_p(0x00, 0x43);		/* latch channel 0 */
	count = inb_p(0x40);
	count |= inb_p(0x40) << 8;
	if (count > LATCH)
		count = LATCH;
	return ((LATCH - count) * (1000000 / HZ)) / LATCH;
}

/* do_gettimeofday - xtime plus the part of the current tick. */
void do_gettimeofday(struct timeval *tv)
{
	unsigned long flags;

	local_irq_save(flags);
	tv->tv_sec = xtime.tv_sec;
	tv->tv_usec = xtime.tv_usec + do_gettimeoffset();
	local_irq_restore(flags);
	while (tv->tv_usec >= 1000000) {
		tv->tv_usec -= 1000000;
		tv->tv_sec++;
	}
}

/* do_settimeofday - set the clock to @tv: xtime is the time of the
 * last tick, so the part of the current tick comes off first. */
void do_settimeofday(struct timeval *tv)
{
	unsigned long flags;
	long usec;

	local_irq_save(flags);
	usec = tv->tv_usec - do_gettimeoffset();
	xtime.tv_sec = tv->tv_sec;
	if (usec < 0) {
		usec += USEC_PER_SEC;
		xtime.tv_sec--;
	}
	xtime.tv_usec = usec;
	local_irq_restore(flags);
}

static unsigned int cmos_read(unsigned int reg)
{
	outb_p(reg, 0x70);
	return inb_p(0x71);
}

#define BCD_TO_BIN(v)	((v) = ((v) & 15) + ((v) >> 4) * 10)

/* get_cmos_time - the RTC's date and time as seconds since 1970. */
static unsigned long __init get_cmos_time(void)
{
	unsigned int year, mon, day, hour, min, sec;
	int i;

	/* wait out an update in progress (at most about 2 ms) */
	for (i = 0; i < 1000000 && (cmos_read(10) & 0x80); i++)
		;
	sec = cmos_read(0);
	min = cmos_read(2);
	hour = cmos_read(4);
	day = cmos_read(7);
	mon = cmos_read(8);
	year = cmos_read(9);
	if (!(cmos_read(11) & 4)) {	/* BCD, the usual case */
		BCD_TO_BIN(sec);
		BCD_TO_BIN(min);
		BCD_TO_BIN(hour);
		BCD_TO_BIN(day);
		BCD_TO_BIN(mon);
		BCD_TO_BIN(year);
	}
	year += year < 70 ? 2000 : 1900;
	return mktime(year, mon, day, hour, min, sec);
}

/* time_init - the date from the RTC, the PIT at HZ, IRQ 0 to do_timer. */
void __init time_init(void)
{
	xtime.tv_sec = get_cmos_time();
	xtime.tv_usec = 0;
	outb_p(0x34, 0x43);		/* channel 0, lo/hi byte, mode 2 */
	outb_p(LATCH & 0xff, 0x40);
	outb(LATCH >> 8, 0x40);
	setup_irq(0, &irq0);
	printk(KERN_INFO "time_init: PIT at %d Hz (latch %d), RTC time %lu\n",
	       HZ, LATCH, xtime.tv_sec);
}
