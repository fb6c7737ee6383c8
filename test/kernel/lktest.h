/*
 * test/kernel/lktest.h - lk24's in-kernel self-tests (not part of Linux).
 * LKTEST(suite, name) { ... } defines a test; the LKT_* checks end it on
 * the first failure, naming the file, line and values. Booting with
 * lktest=all (or lktest=suite,suite) runs them after the initcalls, prints
 * "lktest: PASS suite/name" or "lktest: FAIL ...", a summary, and powers
 * the machine off. test/run reads those lines from the serial console.
 */
#ifndef _LKTEST_H
#define _LKTEST_H

#include <linux/kernel.h>

struct lktest {
	const char *suite;
	const char *name;
	void (*fn)(void);
};

void lktest_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
extern int lktest_failed;

#define LKTEST(suite, name)						\
	static void lktest_##suite##_##name(void);			\
	static const struct lktest __lktest_##suite##_##name		\
		__attribute__((used, __section__(".lktest"))) =	\
		{ #suite, #name, lktest_##suite##_##name };		\
	static void lktest_##suite##_##name(void)

#define LKT_ASSERT(cond)						\
	do {								\
		if (!(cond)) {						\
			lktest_fail(__FILE__, __LINE__, "%s", #cond);	\
			return;						\
		}							\
	} while (0)

/* LKT_EQ - compare two integers, print both on mismatch. */
#define LKT_EQ(a, b)							\
	do {								\
		long long __a = (long long)(a), __b = (long long)(b);	\
		if (__a != __b) {					\
			lktest_fail(__FILE__, __LINE__,			\
				    "%s == %s: 0x%llx != 0x%llx",	\
				    #a, #b, __a, __b);			\
			return;						\
		}							\
	} while (0)

/* LKT_STREQ - compare two strings, print both on mismatch. */
#define LKT_STREQ(a, b)							\
	do {								\
		const char *__a = (a), *__b = (b);			\
		if (strcmp(__a, __b)) {					\
			lktest_fail(__FILE__, __LINE__,			\
				    "%s: \"%s\" != \"%s\"", #a, __a, __b); \
			return;						\
		}							\
	} while (0)

#endif
