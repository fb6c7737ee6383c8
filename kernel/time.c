/*
 * kernel/time.c - the time system calls: time, stime, gettimeofday and
 * settimeofday (book 6.2.3). The time zone is only kept, as in 2.4:
 * the kernel's clock is UTC. adjtimex (NTP's slewing) is left out.
 */
#include <linux/kernel.h>
#include <linux/time.h>
#include <linux/sched.h>
#include <asm/errno.h>
#include <asm/uaccess.h>

#define MAX_TZ_MINUTES	(15 * 60)	/* the furthest zone from UTC */

struct timezone sys_tz;		/* what settimeofday was told */

/* sys_time - seconds since 1970, also stored at @tloc if not NULL. */
asmlinkage long sys_time(int *tloc)
{
	struct timeval now;

	do_gettimeofday(&now);
	if (tloc && put_user((int)now.tv_sec, tloc))
		return -EFAULT;
	return now.tv_sec;
}

/* sys_stime - set the clock to *@tptr seconds (root only, -EPERM). */
asmlinkage long sys_stime(int *tptr)
{
	struct timeval tv = { 0, 0 };
	int sec;

	if (get_user(sec, tptr))
		return -EFAULT;
	if (!suser())
		return -EPERM;
	tv.tv_sec = sec;
	do_settimeofday(&tv);
	return 0;
}

/* sys_gettimeofday - the time to the microsecond, and the zone last
 * given to settimeofday. */
asmlinkage long sys_gettimeofday(struct timeval *tv, struct timezone *tz)
{
	struct timeval now;

	if (tv) {
		do_gettimeofday(&now);
		if (copy_to_user(tv, &now, sizeof(now)))
			return -EFAULT;
	}
	if (tz && copy_to_user(tz, &sys_tz, sizeof(sys_tz)))
		return -EFAULT;
	return 0;
}

/* do_sys_settimeofday - set the clock to @tv and the zone to @tz, either
 * may be NULL: -EINVAL for a time or zone out of range (checked before
 * the caller's right to, as Linux does), -EPERM unless root. */
static int do_sys_settimeofday(struct timeval *tv, struct timezone *tz)
{
	if (tv && !timeval_valid(tv))
		return -EINVAL;
	if (!suser())
		return -EPERM;
	if (tz) {
		if (tz->tz_minuteswest > MAX_TZ_MINUTES ||
		    tz->tz_minuteswest < -MAX_TZ_MINUTES)
			return -EINVAL;
		sys_tz = *tz;
	}
	if (tv)
		do_settimeofday(tv);
	return 0;
}

/* sys_settimeofday - copy the new time and zone in; see above. A bad
 * time is -EINVAL before the zone is read, as on Linux. */
asmlinkage long sys_settimeofday(struct timeval *tv, struct timezone *tz)
{
	struct timeval new_tv;
	struct timezone new_tz;

	if (tv && copy_from_user(&new_tv, tv, sizeof(new_tv)))
		return -EFAULT;
	if (tv && !timeval_valid(&new_tv))
		return -EINVAL;
	if (tz && copy_from_user(&new_tz, tz, sizeof(new_tz)))
		return -EFAULT;
	return do_sys_settimeofday(tv ? &new_tv : NULL, tz ? &new_tz : NULL);
}
