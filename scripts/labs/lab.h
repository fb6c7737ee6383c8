/*
 * scripts/labs/lab.h - what the labs' programs share: /proc, which
 * nobody mounts for a process 1 of theirs, and the free memory
 * /proc/meminfo reports, for the labs' leak checks.
 */
#ifndef LAB_H
#define LAB_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>

/* mount_proc - mount /proc (making the directory if need be) */
static inline void mount_proc(void)
{
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL);
}

/* free_kb - MemFree from /proc/meminfo, in kB; -1 if unreadable */
static inline long free_kb(void)
{
	char text[1024];
	char *p;
	FILE *f = fopen("/proc/meminfo", "r");
	size_t n;

	if (!f)
		return -1;
	n = fread(text, 1, sizeof(text) - 1, f);
	text[n] = '\0';
	fclose(f);
	p = strstr(text, "MemFree:");
	return p ? atol(p + 8) : -1;
}

#endif
