/*
 * include/linux/time.h - wall-clock time: xtime, seconds and microseconds
 * since 1970, advanced by every timer tick; mktime for the RTC's date.
 */
#ifndef _LINUX_TIME_H
#define _LINUX_TIME_H

#include <linux/types.h>
#include <asm/param.h>

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

struct timeval {
	time_t tv_sec;
	long tv_usec;
};

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

#define USEC_PER_SEC	1000000L
#define NSEC_PER_SEC	1000000000L
#define NSEC_PER_USEC	1000L

/* timespec_valid, timeval_valid - may @t be a time or an interval: no
 * negative part, less than a second in the fraction (2.6's names) */
static inline int timespec_valid(const struct timespec *t)
{
	return t->tv_sec >= 0 && t->tv_nsec >= 0 && t->tv_nsec < NSEC_PER_SEC;
}

static inline int timeval_valid(const struct timeval *t)
{
	return t->tv_sec >= 0 && t->tv_usec >= 0 && t->tv_usec < USEC_PER_SEC;
}

extern volatile unsigned long jiffies;
extern volatile struct timeval xtime;
extern struct timezone sys_tz;		/* kernel/time.c */

void do_gettimeofday(struct timeval *tv);
void do_settimeofday(struct timeval *tv);
void time_init(void);		/* arch/i386/kernel/time.c */

/* Ticks and timespecs (HZ ticks a second), rounding up to whole ticks */
#define NSEC_PER_TICK	(NSEC_PER_SEC / HZ)

static inline unsigned long timespec_to_jiffies(const struct timespec *t)
{
	unsigned long sec = t->tv_sec;

	if (sec >= (0x7fffffffL / HZ) - 1)
		return 0x7fffffffL - 1;
	return sec * HZ + (t->tv_nsec + NSEC_PER_TICK - 1) / NSEC_PER_TICK;
}

static inline void jiffies_to_timespec(unsigned long j, struct timespec *t)
{
	t->tv_nsec = (j % HZ) * NSEC_PER_TICK;
	t->tv_sec = j / HZ;
}

/*
 * mktime - seconds since 1970-01-01 00:00:00 for a Gregorian date. The
 * year is shifted to start in March so that February's leap day comes
 * last, and the day count is a closed formula.
 */
static inline unsigned long mktime(unsigned int year, unsigned int mon,
				   unsigned int day, unsigned int hour,
				   unsigned int min, unsigned int sec)
{
	if ((int)(mon -= 2) <= 0) {	/* March is month 1 */
		mon += 12;
		year -= 1;
	}
	return ((((unsigned long)(year / 4 - year / 100 + year / 400 +
				  367 * mon / 12 + day) + year * 365 -
		  719499) * 24 + hour) * 60 + min) * 60 + sec;
}

#endif
