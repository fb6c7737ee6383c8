/*
 * include/linux/time.h - wall-clock time: xtime, seconds and microseconds
 * since 1970, advanced by every timer tick; mktime for the RTC's date.
 */
#ifndef _LINUX_TIME_H
#define _LINUX_TIME_H

#include <linux/types.h>

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

extern volatile unsigned long jiffies;
extern volatile struct timeval xtime;

void do_gettimeofday(struct timeval *tv);

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
