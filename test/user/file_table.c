/*
 * test/user/file_table.c - the limit on open files and /proc/sys: with
 * fs/file-max below the files open, root still opens files but any
 * other user gets ENFILE, from open and from pipe; file-nr is "open,
 * 0, max"; a variable takes only a number in range, a read-only one
 * cannot be opened for writing even by root, and kernel/hostname is the
 * name sethostname sets. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mount.h>

/* open_sysctl - /proc/sys/@name opened with @flags */
static int open_sysctl(const char *name, int flags)
{
	char path[80];

	snprintf(path, sizeof(path), "/proc/sys/%s", name);
	return open(path, flags);
}

/* put - write @text to /proc/sys/@name; the result of the write */
static long put(const char *name, const char *text)
{
	int fd = open_sysctl(name, O_WRONLY);
	long r;

	if (fd < 0)
		return fd;
	r = write(fd, text, strlen(text));
	close(fd);
	return r;
}

/* get - the text of /proc/sys/@name into @buf */
static long get(const char *name, char *buf, int size)
{
	int fd = open_sysctl(name, O_RDONLY);
	long r;

	if (fd < 0)
		return fd;
	r = read(fd, buf, size - 1);
	buf[r > 0 ? r : 0] = '\0';
	close(fd);
	return r;
}

static void as_user(void)
{
	int p[2], i;

	setuid(1000);
	/* Linux counts files per CPU and adds them up only every 32 or
	 * so: the limit may let a few through before it bites */
	for (i = 0; i < 200 && open("/dev/null", O_RDONLY) >= 0; i++)
		;
	printf("file_table.user_open: %s\n", i < 200 ? errname(errno) :
	       "no limit");
	RES("file_table.user_pipe", pipe(p));
	RES("file_table.user_write_file_max", put("fs/file-max", "9"));
}

static void variables(void)
{
	char buf[128];
	long nr, zero, max;

	get("fs/file-nr", buf, sizeof(buf));
	OK("file_table.file_nr_three",
	   sscanf(buf, "%ld\t%ld\t%ld\n", &nr, &zero, &max) == 3);
	OK("file_table.file_nr_counts", nr >= 0 && zero == 0 && max >= 8192);
	RES("file_table.write_not_number", put("fs/file-max", "many"));
	RES("file_table.write_negative", put("fs/file-max", "-1"));
	RES("file_table.write_file_nr", put("fs/file-nr", "1"));
	get("kernel/ostype", buf, sizeof(buf));
	printf("file_table.ostype: %s", buf);
	RES("file_table.write_hostname", put("kernel/hostname", "lab\n"));
	get("kernel/hostname", buf, sizeof(buf));
	printf("file_table.hostname: %s", buf);
	sethostname("bench", 5);
	get("kernel/hostname", buf, sizeof(buf));
	printf("file_table.hostname_set: %s", buf);
}

int main(void)
{
	char old[32];

	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL);
	variables();
	get("fs/file-max", old, sizeof(old));
	RES("file_table.lower_file_max", put("fs/file-max", "1"));
	RES("file_table.root_open", close(open("/dev/null", O_RDONLY)));
	printf("file_table.user: %d\n", status_of(as_user));
	put("fs/file-max", old);
	printf("file_table.user_after: %d\n", status_of(as_user));
	return 0;
}
