/* user/free.c - free: memory in kB, from /proc/meminfo. */
#include <stdio.h>
#include <string.h>

/* field - the kB value of line @key in /proc/meminfo, or 0 */
static unsigned long field(FILE *f, const char *key)
{
	char line[128];
	unsigned long v = 0;

	rewind(f);
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, key, strlen(key)))
			sscanf(line + strlen(key), "%lu", &v);
	return v;
}

int main(void)
{
	FILE *f = fopen("/proc/meminfo", "r");
	unsigned long total, mfree;

	if (!f) {
		perror("/proc/meminfo");
		return 1;
	}
	total = field(f, "MemTotal:");
	mfree = field(f, "MemFree:");
	printf("%15s %11s %11s\n", "total", "used", "free");
	printf("Mem:   %11lu %11lu %11lu\n", total, total - mfree, mfree);
	printf("Swap:  %11d %11d %11d\n", 0, 0, 0);
	return 0;
}
