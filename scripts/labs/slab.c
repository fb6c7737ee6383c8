/*
 * scripts/labs/slab.c - /lab/slab, what the slab lab's checker watches
 * (scripts/labs/slab.py): the lab_obj line of /proc/slabinfo before,
 * while and after labobj(2), number 254, makes and frees 100 objects,
 * /proc/labobj, and free memory before and after.
 */
#include "lab.h"
#include <errno.h>
#include <unistd.h>
#include <sys/syscall.h>

#define NR_LABOBJ	254	/* the lab's number */
#define OBJECTS		100

/* show - print the line of @path that starts with @name, as "@what:
 * line", or "@what: none". */
static void show(const char *what, const char *path, const char *name)
{
	char line[256];
	FILE *f = fopen(path, "r");
	int found = 0;

	while (f && fgets(line, sizeof(line), f))
		if (!strncmp(line, name, strlen(name))) {
			printf("%s: %s", what, line);
			found = 1;
			break;
		}
	if (!found)
		printf("%s: none\n", what);
	if (f)
		fclose(f);
	fflush(stdout);
}

/* call - labobj(@n), its result printed after @what */
static void call(const char *what, int n)
{
	long r = syscall(NR_LABOBJ, n);

	if (r < 0)
		printf("%s: -1 errno %d\n", what, errno);
	else
		printf("%s: %ld\n", what, r);
	fflush(stdout);
}

int main(void)
{
	long before, after;

	mount_proc();
	show("slabinfo at boot", "/proc/slabinfo", "lab_obj ");
	before = free_kb();	/* after stdio has its buffers */
	call("labobj(100)", OBJECTS);
	show("slabinfo with 100", "/proc/slabinfo", "lab_obj ");
	show("/proc/labobj with 100", "/proc/labobj", "lab_obj ");
	call("labobj(-100)", -OBJECTS);
	show("slabinfo after freeing them", "/proc/slabinfo", "lab_obj ");
	after = free_kb();
	if (before < 0 || after < 0)
		printf("free memory after: unknown\n");
	else
		printf("free memory after: %ld kB less\n", before - after);
	printf("lab: done\n");
	return 0;
}
