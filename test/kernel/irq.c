/*
 * test/kernel/irq.c - self-tests of IRQ dispatch and the timer (book
 * 4.6: irq_desc, request_irq, do_IRQ; time_init with HZ = 100).
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <linux/interrupt.h>
#include <linux/time.h>
#include <asm/io.h>
#include <asm/param.h>
#include <asm/system.h>
#include <asm/errno.h>
#include <asm/unistd.h>
#include "lktest.h"

static unsigned int rtc_seconds(void)
{
	outb(0, 0x70);
	return inb(0x71);
}

/* wait_rtc_tick - halt until the RTC's seconds change; returns jiffies
 * at that moment, or 0 after 5 s of ticks without a change. */
static unsigned long wait_rtc_tick(void)
{
	unsigned int sec = rtc_seconds();
	unsigned long start = jiffies;

	while (rtc_seconds() == sec) {
		if (jiffies - start > 5 * HZ)
			return 0;
		safe_halt();
	}
	return jiffies;
}

/* One RTC second holds HZ timer ticks, within 10 %. */
LKTEST(irq, timer_ticks_at_hz)
{
	unsigned long t0, t1;

	LKT_ASSERT(wait_rtc_tick() != 0);
	t0 = wait_rtc_tick();
	t1 = wait_rtc_tick();
	LKT_ASSERT(t0 && t1);
	LKT_ASSERT(t1 - t0 >= HZ * 9 / 10 && t1 - t0 <= HZ * 11 / 10);
	LKT_ASSERT(kstat_irqs[0] >= t1);	/* every tick was IRQ 0 */
}

static int hits_a, hits_b;

static void handler_a(int irq, void *dev_id, struct pt_regs *regs)
{
	hits_a += (dev_id == &hits_a && irq == 5);
}

static void handler_b(int irq, void *dev_id, struct pt_regs *regs)
{
	hits_b += (dev_id == &hits_b && irq == 5);
}

/* IRQ 5's vector raised by software walks the whole path: the stub,
 * common_interrupt, do_IRQ, both handlers of the shared chain. */
LKTEST(irq, shared_line_dispatch_and_free)
{
	unsigned int before = kstat_irqs[5];

	LKT_EQ(request_irq(5, handler_a, SA_SHIRQ, "lktest-a", &hits_a), 0);
	LKT_EQ(request_irq(5, handler_b, SA_SHIRQ, "lktest-b", &hits_b), 0);
	LKT_EQ(request_irq(5, handler_b, 0, "lktest-c", &hits_b), -EBUSY);
	LKT_EQ(request_irq(16, handler_b, 0, "lktest-d", NULL), -EINVAL);
	asm volatile("int $0x25");
	LKT_EQ(hits_a, 1);
	LKT_EQ(hits_b, 1);
	LKT_EQ(kstat_irqs[5], before + 1);
	free_irq(5, &hits_a);
	asm volatile("int $0x25");
	LKT_EQ(hits_a, 1);
	LKT_EQ(hits_b, 2);
	free_irq(5, &hits_b);
	LKT_ASSERT(irq_desc[5].status & IRQ_DISABLED);
	asm volatile("int $0x25");
	LKT_EQ(hits_b, 2);
	LKT_EQ(kstat_irqs[5], before + 3);
}

/* gettimeofday moves forward with the tick, and time(2) agrees. */
LKTEST(time, gettimeofday_and_time)
{
	struct timeval a, b;
	long t;

	do_gettimeofday(&a);
	LKT_ASSERT(a.tv_sec > 1000000000);	/* after 2001 */
	LKT_ASSERT(a.tv_usec >= 0 && a.tv_usec < 1000000);
	safe_halt();
	safe_halt();
	do_gettimeofday(&b);
	LKT_ASSERT(b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec &&
					   b.tv_usec > a.tv_usec));
	asm volatile("int $0x80" : "=a" (t) : "0" (__NR_time), "b" (0));
	LKT_ASSERT(t == b.tv_sec || t == b.tv_sec + 1);
}
