/*
 * test/user/hostname_clock.c - what root may set and others may not:
 * the host and domain names (uname shows them; longer than 64 bytes is
 * EINVAL), the clock through settimeofday and stime (a bad time or zone
 * is EINVAL, checked before the caller's right), and the time zone
 * gettimeofday gives back. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/utsname.h>

#define DAY_2030	1893456000L	/* 2030-01-01 00:00:00 UTC */

static void names(void)
{
	struct utsname u;
	char long_name[70];

	memset(long_name, 'x', sizeof(long_name));
	RES("hostname_clock.sethostname", sethostname("student", 7));
	RES("hostname_clock.setdomainname", setdomainname("course", 6));
	uname(&u);
	printf("hostname_clock.uname: %s %s\n", u.nodename, u.domainname);
	RES("hostname_clock.sethostname_64", sethostname(long_name, 64));
	RES("hostname_clock.sethostname_65", sethostname(long_name, 65));
	RES("hostname_clock.sethostname_negative", sethostname("x", -1));
	RES("hostname_clock.sethostname_empty", sethostname("", 0));
	uname(&u);
	printf("hostname_clock.uname_empty: [%s]\n", u.nodename);
}

static void set_clock(void)
{
	struct timeval tv = { DAY_2030, 500000 }, now;
	struct timezone tz = { -60, 0 }, got, far = { 16 * 60, 0 };
	int t = DAY_2030 + 3600;

	RES("hostname_clock.settimeofday", settimeofday(&tv, NULL));
	gettimeofday(&now, NULL);
	OK("hostname_clock.clock_set", now.tv_sec - DAY_2030 < 2);
	tv.tv_usec = 1000000;
	RES("hostname_clock.settimeofday_usec", settimeofday(&tv, NULL));
	RES("hostname_clock.settimeofday_tz", settimeofday(NULL, &tz));
	gettimeofday(&now, &got);
	printf("hostname_clock.tz: %d %d\n", got.tz_minuteswest,
	       got.tz_dsttime);
	RES("hostname_clock.settimeofday_far_tz", settimeofday(NULL, &far));
	RES("hostname_clock.stime", syscall(__NR_stime, &t));
	OK("hostname_clock.stime_set", time(NULL) - t < 2);
}

/* as_user - uid 1000 may set nothing; a bad value still says EINVAL */
static void as_user(void)
{
	struct timeval tv = { DAY_2030, 0 };
	int t = DAY_2030;

	setuid(1000);
	RES("hostname_clock.user_sethostname", sethostname("x", 1));
	RES("hostname_clock.user_settimeofday", settimeofday(&tv, NULL));
	tv.tv_usec = -1;
	RES("hostname_clock.user_settimeofday_bad",
	    settimeofday(&tv, NULL));
	RES("hostname_clock.user_stime", syscall(__NR_stime, &t));
}

int main(void)
{
	names();
	set_clock();
	printf("hostname_clock.user: %d\n", status_of(as_user));
	return 0;
}
