/*
 * test/bench/uptime.c - typed at the shell's first prompt by
 * test/bench/boot-to-prompt: the time-stamp counter, which under QEMU
 * -icount shift=0,sleep=off counts executed instructions plus the
 * nanoseconds the CPU spent halted (the clock jumps to the next timer),
 * and /proc/uptime's idle seconds, which are those halts. Prints both
 * as "bench: " lines; the difference is the instructions executed.
 */
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mount.h>
#include <sys/stat.h>

static unsigned long long rdtsc(void)
{
	unsigned long long t;

	asm volatile("rdtsc" : "=A" (t));
	return t;
}

int main(void)
{
	unsigned long long tsc = rdtsc();
	char buf[64] = "";
	int fd;

	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL);
	fd = open("/proc/uptime", O_RDONLY);
	read(fd, buf, sizeof(buf) - 1);
	printf("bench: tsc: %llu\n", tsc);
	printf("bench: uptime and idle: %s", buf);
	return 0;
}
