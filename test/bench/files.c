/*
 * test/bench/files.c - instructions per file operation, run as init by
 * test/bench/files on lk24 and on Linux 686, both under QEMU -icount
 * shift=0, where rdtsc counts executed instructions: open+close, stat
 * and a 4 KB pread of a file of the root file system (this program's
 * own binary). Each figure is the best of several windows, so a timer
 * tick inside one does not count. Prints; asserts nothing.
 */
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "bench.h"

#define WINDOWS	5
#define ROUNDS	200
#define FILE_PATH	"/bench/files"

static char buf[4096];
static int fd;

static void open_close(void)
{
	close(open(FILE_PATH, O_RDONLY));
}

static void do_stat(void)
{
	struct stat st;

	stat(FILE_PATH, &st);
}

static void do_pread(void)
{
	pread(fd, buf, sizeof(buf), 0);
}

/* measure - the fewest ticks per call of @fn over WINDOWS of ROUNDS */
static void measure(const char *what, void (*fn)(void))
{
	unsigned long long t, min = ~0ULL;
	char line[120];
	int i, n;

	for (i = 0; i < WINDOWS; i++) {
		t = rdtsc();
		for (n = 0; n < ROUNDS; n++)
			fn();
		t = rdtsc() - t;
		if (t < min)
			min = t;
	}
	n = snprintf(line, sizeof(line), "bench: %s: %llu\n", what,
		     min / ROUNDS);
	write(1, line, n);
}

int main(void)
{
	fd = open(FILE_PATH, O_RDONLY);
	measure("open+close " FILE_PATH, open_close);
	measure("stat " FILE_PATH, do_stat);
	measure("pread 4 KB at 0", do_pread);
	write(1, "bench: done\n", 12);
	return 0;
}
