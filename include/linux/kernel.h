/*
 * include/linux/kernel.h - printk and its levels, panic, small helpers.
 * Every printk names a KERN_* level; the console shows levels below
 * console_loglevel and the log buffer keeps all of them.
 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <stdarg.h>
#include <linux/linkage.h>
#include <linux/types.h>

#define INT_MAX		((int)(~0U >> 1))
#define INT_MIN		(-INT_MAX - 1)

#define KERN_EMERG	"<0>"	/* system is unusable */
#define KERN_ALERT	"<1>"	/* action must be taken immediately */
#define KERN_CRIT	"<2>"	/* critical conditions */
#define KERN_ERR	"<3>"	/* error conditions */
#define KERN_WARNING	"<4>"	/* warning conditions */
#define KERN_NOTICE	"<5>"	/* normal but significant condition */
#define KERN_INFO	"<6>"	/* informational */
#define KERN_DEBUG	"<7>"	/* debug-level messages */

extern int console_loglevel;

asmlinkage int printk(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
int printk_timed_ratelimit(unsigned long *last, unsigned int interval_msecs);
int printk_ratelimit(void);
#define PRINTK_RATELIMIT_JIFFIES	(5 * HZ)
#define PRINTK_RATELIMIT_BURST		10
void panic(const char *fmt, ...)
	__attribute__((noreturn, format(printf, 1, 2)));

int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int sprintf(char *buf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base);
long simple_strtol(const char *cp, char **endp, unsigned int base);
unsigned long long memparse(const char *ptr, char **retptr);
int get_option(char **str, int *pint);

void do_exit(long code) __attribute__((noreturn));
void dump_stack(void);

/* might_sleep - a self-check where the kernel may sleep: interrupts on,
 * no interrupt handler or bottom half running (kernel/sched.c) */
void __might_sleep(const char *file, int line);
#define might_sleep()	__might_sleep(__FILE__, __LINE__)
/* true until start_kernel first enables interrupts (init/main.c) */
extern int early_boot_irqs_disabled;

extern int panic_timeout;
extern const char linux_banner[];

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define min(x, y)	((x) < (y) ? (x) : (y))
#define max(x, y)	((x) > (y) ? (x) : (y))
/* min_t - the smaller of @x and @y, both taken as @type, each read once */
#define min_t(type, x, y) \
	({ type __x = (x); type __y = (y); __x < __y ? __x : __y; })

/* sysinfo(2)'s answer (kernel/info.c): memory in units of mem_unit
 * bytes, the loads as fixed point with SI_LOAD_SHIFT bits */
#define SI_LOAD_SHIFT	16
struct sysinfo {
	long uptime;			/* seconds since boot */
	unsigned long loads[3];		/* 1, 5 and 15 minutes */
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;		/* tasks */
	unsigned short pad;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;
	char _f[20 - 2 * sizeof(long) - sizeof(int)];
};

#endif
