/*
 * test/kernel/selftest.c - the runner for LKTEST()s (lk24's own tool).
 * An initcall: with lktest= on the command line it runs the chosen suites
 * in link order, prints one line per test and a summary, then powers off
 * so the emulator exits.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <asm/smp.h>
#include <asm/current.h>
#include "lktest.h"

extern const struct lktest __lktest_start[], __lktest_end[];
extern void machine_power_off(void);

int lktest_failed;
static char *lktest_suites;	/* "all" or a comma-separated list */

static int __init lktest_setup(char *str)
{
	lktest_suites = str;
	return 1;
}
__setup("lktest=", lktest_setup);

/* lktest_fail - mark the running test failed and say why. */
void lktest_fail(const char *file, int line, const char *fmt, ...)
{
	char buf[200];
	va_list args;

	va_start(args, fmt);
	vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk(KERN_ERR "lktest:   %s:%d: %s\n", file, line, buf);
	lktest_failed = 1;
}

/* suite_selected - is @suite in the lktest= list? "all" leaves out the
 * crash_* suites: they end in a deliberate BUG and must run alone. */
static int suite_selected(const char *suite)
{
	const char *p = lktest_suites;
	int n = strlen(suite);

	if (!strcmp(p, "all"))
		return strncmp(suite, "crash_", 6) != 0;
	while ((p = strstr(p, suite)) != NULL) {
		if ((p == lktest_suites || p[-1] == ',') &&
		    (p[n] == ',' || p[n] == '\0'))
			return 1;
		p += n;
	}
	return 0;
}

/* lktest_init - run the selected tests, report, power off. */
static int lktest_init(void)
{
	const struct lktest *t;
	int passed = 0, failed = 0;

	if (!lktest_suites)
		return 0;
	current->cpus_allowed = 1UL;	/* they check CPU 0's tables */
	while (smp_processor_id())
		schedule();
	printk(KERN_NOTICE "lktest: running %s\n", lktest_suites);
	for (t = __lktest_start; t < __lktest_end; t++) {
		if (!suite_selected(t->suite))
			continue;
		lktest_failed = 0;
		t->fn();
		printk(KERN_NOTICE "lktest: %s %s/%s\n",
		       lktest_failed ? "FAIL" : "PASS", t->suite, t->name);
		if (lktest_failed)
			failed++;
		else
			passed++;
	}
	printk(KERN_NOTICE "lktest: %d passed, %d failed\n", passed, failed);
	machine_power_off();
	return 0;
}
__initcall(lktest_init);
