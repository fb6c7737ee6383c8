/*
 * kernel/time.c - the time system calls: time(2) and gettimeofday(2).
 * Setting the clock (stime, settimeofday, adjtimex) is left out.
 */
#include <linux/kernel.h>
#include <linux/time.h>
#include <asm/uaccess.h>

/* sys_time - seconds since 1970, also stored at @tloc if not NULL. */
asmlinkage long sys_time(int *tloc)
{
	struct timeval now;

	do_gettimeofday(&now);
	if (tloc && put_user((int)now.tv_sec, tloc))
		return -EFAULT;
	return now.tv_sec;
}

/* sys_gettimeofday - the time to the microsecond; lk24 keeps no time
 * zone, so @tz reads as UTC. */
asmlinkage long sys_gettimeofday(struct timeval *tv, struct timezone *tz)
{
	struct timeval now;
	struct timezone utc = { 0, 0 };

	if (tv) {
		do_gettimeofday(&now);
		if (copy_to_user(tv, &now, sizeof(now)))
			return -EFAULT;
	}
	if (tz && copy_to_user(tz, &utc, sizeof(utc)))
		return -EFAULT;
	return 0;
}
