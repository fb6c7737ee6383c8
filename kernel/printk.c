/*
 * kernel/printk.c - the kernel's log: printk, the log buffer, consoles.
 * Every message is kept in log_buf with its "<n>" level; consoles get it
 * without the prefix if the level is below console_loglevel. Messages
 * printed before any console exists are replayed when one registers, so
 * printk works from start_kernel's first line. syslog(2) reads the
 * buffer back (dmesg), as does /dev/kmsg a message at a time; syslog's
 * blocking read (type 2) is left out.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <asm/system.h>
#include <asm/uaccess.h>
#include <asm/errno.h>

#define LOG_BUF_LEN	16384		/* a power of two */
#define LOG_BUF_MASK	(LOG_BUF_LEN - 1)
#define DEFAULT_MESSAGE_LOGLEVEL 4	/* KERN_WARNING when none given */
#define DEFAULT_CONSOLE_LOGLEVEL 7	/* everything but KERN_DEBUG */

int console_loglevel = DEFAULT_CONSOLE_LOGLEVEL;
struct console *console_drivers;

static char log_buf[LOG_BUF_LEN];
static unsigned long log_start;	/* first byte not yet shown on consoles */
static unsigned long log_end;	/* next byte to write; never wraps back */
static int msg_level = -1;	/* level of the line being written */
static unsigned long log_clear;	/* syslog's CLEAR: reads start here */
static DECLARE_WAIT_QUEUE_HEAD(log_wait);	/* /dev/kmsg readers */
/* logbuf_lock guards the log buffer, its indexes and the console list,
 * and keeps two CPUs' lines apart on the consoles; interrupts off, as
 * printk runs in interrupt handlers */
static spinlock_t logbuf_lock = SPIN_LOCK_UNLOCKED;

/* syslog(2)'s actions */
#define SYSLOG_ACTION_CLOSE	0
#define SYSLOG_ACTION_OPEN	1
#define SYSLOG_ACTION_READ_ALL	3
#define SYSLOG_ACTION_READ_CLEAR 4
#define SYSLOG_ACTION_CLEAR	5
#define SYSLOG_ACTION_SIZE_BUFFER 10

/* call_consoles - show log bytes [start, end) on every enabled console. */
static void call_consoles(unsigned long start, unsigned long end)
{
	struct console *con;

	for (con = console_drivers; con; con = con->next) {
		if (!(con->flags & CON_ENABLED) || !con->write)
			continue;
		/* The buffer is a ring: the range may wrap once. */
		if ((start & LOG_BUF_MASK) > ((end - 1) & LOG_BUF_MASK)) {
			con->write(con, &log_buf[start & LOG_BUF_MASK],
				   LOG_BUF_LEN - (start & LOG_BUF_MASK));
			con->write(con, log_buf, end & LOG_BUF_MASK);
		} else {
			con->write(con, &log_buf[start & LOG_BUF_MASK],
				   end - start);
		}
	}
}

/*
 * flush_log - walk the unseen part of the log line by line, stripping the
 * "<n>" prefix, and pass lines below console_loglevel to the consoles.
 */
static void flush_log(void)
{
	static int level = DEFAULT_MESSAGE_LOGLEVEL;
	unsigned long p = log_start, line;
	char c;

	while (p < log_end) {
		if (log_end - p >= 3 && log_buf[p & LOG_BUF_MASK] == '<' &&
		    log_buf[(p + 2) & LOG_BUF_MASK] == '>') {
			level = log_buf[(p + 1) & LOG_BUF_MASK] - '0';
			p += 3;
		}
		for (line = p; p < log_end; ) {
			c = log_buf[p++ & LOG_BUF_MASK];
			if (c == '\n')
				break;
		}
		if (level < console_loglevel && p > line)
			call_consoles(line, p);
	}
	log_start = p;
}

static void emit_log_char(char c)
{
	log_buf[log_end & LOG_BUF_MASK] = c;
	log_end++;
}

/*
 * printk_timed_ratelimit - may a warning that fires over and over print
 * now? Yes once @interval_msecs have passed since *@last said yes (or it
 * never did); *@last, the caller's, is then the time of this one (2.6).
 */
int printk_timed_ratelimit(unsigned long *last, unsigned int interval_msecs)
{
	if (*last && jiffies - *last < interval_msecs * HZ / 1000)
		return 0;
	*last = jiffies ? jiffies : 1;	/* 0 means "never" */
	return 1;
}

/*
 * printk_ratelimit - may a message that a user program can cause at will
 * (a segfault line) print now? Up to PRINTK_RATELIMIT_BURST in each
 * window of PRINTK_RATELIMIT_JIFFIES; the first message of the next
 * window is preceded by the count of those held back (2.6's; 2.4 had
 * none). The window is guarded by ratelimit_lock. Returns 1 or 0.
 */
int printk_ratelimit(void)
{
	static spinlock_t ratelimit_lock = SPIN_LOCK_UNLOCKED;
	static unsigned long window;
	static int printed, missed;
	unsigned long flags;
	int ok, held_back = 0;

	spin_lock_irqsave(&ratelimit_lock, flags);
	if (!window || jiffies - window >= PRINTK_RATELIMIT_JIFFIES) {
		held_back = missed;
		window = jiffies ? jiffies : 1;
		printed = missed = 0;
	}
	ok = printed < PRINTK_RATELIMIT_BURST;
	if (ok)
		printed++;
	else
		missed++;
	spin_unlock_irqrestore(&ratelimit_lock, flags);
	if (held_back)
		printk(KERN_WARNING "printk: %d messages suppressed.\n",
		       held_back);
	return ok;
}

/*
 * printk - format a message into the log and show it on the consoles.
 * A line without a "<n>" prefix gets the default level. Safe with
 * interrupts off; returns the number of characters formatted.
 */
asmlinkage int printk(const char *fmt, ...)
{
	static char buf[1024];
	unsigned long flags;
	va_list args;
	char *p;
	int n;

	spin_lock_irqsave(&logbuf_lock, flags);
	va_start(args, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (n >= (int)sizeof(buf))
		n = sizeof(buf) - 1;

	for (p = buf; *p; p++) {
		if (msg_level < 0) {
			/* start of a line: make sure it carries a level */
			if (p[0] != '<' || !p[1] || p[2] != '>') {
				emit_log_char('<');
				emit_log_char('0' + DEFAULT_MESSAGE_LOGLEVEL);
				emit_log_char('>');
			}
			msg_level = 1;
		}
		emit_log_char(*p);
		if (*p == '\n')
			msg_level = -1;
	}
	if (console_drivers)
		flush_log();
	spin_unlock_irqrestore(&logbuf_lock, flags);
	wake_up_interruptible(&log_wait);
	return n;
}

/*
 * register_console - add @con to the list printk writes to. With
 * CON_PRINTBUFFER, what is still in the log buffer is replayed on @con
 * alone (the consoles already registered have shown it).
 */
void register_console(struct console *con)
{
	struct console *others;
	unsigned long flags;

	if (con->setup && con->setup(con, NULL))
		return;
	spin_lock_irqsave(&logbuf_lock, flags);
	con->flags |= CON_ENABLED;
	others = console_drivers;
	if (con->flags & CON_PRINTBUFFER) {
		con->next = NULL;
		console_drivers = con;
		/* Only the newest LOG_BUF_LEN bytes are still there. */
		log_start = log_end > LOG_BUF_LEN ? log_end - LOG_BUF_LEN : 0;
		flush_log();
	}
	con->next = others;
	console_drivers = con;
	spin_unlock_irqrestore(&logbuf_lock, flags);
}

/* unregister_console - returns 0 if @con was registered, 1 if not. */
int unregister_console(struct console *con)
{
	struct console **pp;

	for (pp = &console_drivers; *pp; pp = &(*pp)->next) {
		if (*pp == con) {
			*pp = con->next;
			return 0;
		}
	}
	return 1;
}

static int __init console_loglevel_setup(char *str)
{
	console_loglevel = simple_strtoul(str, NULL, 0);
	return 1;
}
__setup("loglevel=", console_loglevel_setup);

/* log_copy - the newest whole lines of the log that fit in @len bytes,
 * at most what is there since the last CLEAR, to user @buf; the bytes
 * copied (0 if not one line fits, as Linux's records) or -EFAULT */
static int log_copy(char *buf, int len)
{
	unsigned long start = log_end > LOG_BUF_LEN ? log_end - LOG_BUF_LEN : 0;
	unsigned long i;

	if (start < log_clear)
		start = log_clear;
	if (log_end - start > len) {
		start = log_end - len;
		/* a cut line is left out: start after the next newline */
		while (start < log_end && log_buf[(start - 1) & LOG_BUF_MASK]
		       != '\n')
			start++;
	}
	for (i = start; i < log_end; i++)
		if (put_user(log_buf[i & LOG_BUF_MASK], buf + i - start))
			return -EFAULT;
	return log_end - start;
}

/*
 * sys_syslog - the log buffer (dmesg): READ_ALL copies up to @len of the
 * newest bytes to @buf, READ_CLEAR then forgets them, CLEAR only
 * forgets, SIZE_BUFFER is its size. Root only (-EPERM), as Debian's
 * Linux with dmesg_restrict. -EINVAL for a bad action or buffer,
 * -EFAULT for one not in user space even when no line would fit.
 */
asmlinkage long sys_syslog(int type, char *buf, int len)
{
	int n = 0;

	if (!suser())
		return -EPERM;
	switch (type) {
	case SYSLOG_ACTION_CLOSE:
	case SYSLOG_ACTION_OPEN:
		return 0;
	case SYSLOG_ACTION_SIZE_BUFFER:
		return LOG_BUF_LEN;
	case SYSLOG_ACTION_READ_ALL:
	case SYSLOG_ACTION_READ_CLEAR:
		if (!buf || len < 0)
			return -EINVAL;
		if (!access_ok(VERIFY_WRITE, buf, len))
			return -EFAULT;
		n = len ? log_copy(buf, len) : 0;
		if (n < 0 || type == SYSLOG_ACTION_READ_ALL)
			return n;
		/* fall through: READ_CLEAR forgets what it read */
	case SYSLOG_ACTION_CLEAR:
		log_clear = log_end;
		return n;
	}
	return -EINVAL;
}

/* log_char - byte @i of the log's history */
static char log_char(unsigned long i)
{
	return log_buf[i & LOG_BUF_MASK];
}

/* kmsg_record - the message at history byte *@pos (moved past it) as
 * /dev/kmsg shows it: "level,seq,usec,-;text\n", the sequence number
 * being its place in the history and the time 0. Its length. */
static int kmsg_record(unsigned long *pos, char *rec, int size)
{
	unsigned long p = *pos;
	int level = DEFAULT_MESSAGE_LOGLEVEL, n;

	if (log_end - p >= 3 && log_char(p) == '<' && log_char(p + 2) == '>') {
		level = log_char(p + 1) - '0';
		p += 3;
	}
	n = snprintf(rec, size, "%d,%lu,0,-;", level, *pos);
	while (p < log_end && log_char(p) != '\n' && n < size - 1)
		rec[n++] = log_char(p++);
	rec[n++] = '\n';
	while (p < log_end && log_char(p++) != '\n')
		;
	*pos = p;
	return n;
}

/*
 * kmsg_read - /dev/kmsg: one message per read, from the oldest still
 * in the buffer on; waits for the next (-EAGAIN with O_NONBLOCK).
 * -EINVAL if @count cannot hold the message, -EFAULT.
 */
static ssize_t kmsg_read(struct file *file, char *buf, size_t count,
			 loff_t *ppos)
{
	static char rec[1100];
	unsigned long pos = *ppos;
	int n;

	if ((file->f_flags & O_NONBLOCK) && pos >= log_end)
		return -EAGAIN;
	if (wait_event_interruptible(log_wait, pos < log_end))
		return -ERESTARTSYS;
	if (log_end - pos > LOG_BUF_LEN)
		pos = log_end - LOG_BUF_LEN;	/* lost: the oldest left */
	n = kmsg_record(&pos, rec, sizeof(rec));
	if (n > count)
		return -EINVAL;
	if (copy_to_user(buf, rec, n))
		return -EFAULT;
	*ppos = pos;
	return n;
}

/* kmsg_write - a message from user space into the log: its "<n>"
 * level, or the default; cut at 1023 bytes */
static ssize_t kmsg_write(struct file *file, const char *buf, size_t count,
			  loff_t *ppos)
{
	char line[1024];
	size_t n = count < sizeof(line) - 1 ? count : sizeof(line) - 1;

	if (copy_from_user(line, buf, n))
		return -EFAULT;
	line[n] = '\0';
	/* the level is the writer's "<n>", else printk's default */
	printk("%s%s", line, n && line[n - 1] == '\n' ? "" : "\n");
	return count;
}

struct file_operations kmsg_fops = {
	.read	= kmsg_read,
	.write	= kmsg_write,
};
