/*
 * user/ps.c - ps: every process from /proc/PID/stat: its pid, parent,
 * state, CPU time and name.
 */
#include <stdio.h>
#include <string.h>
#include <dirent.h>

/* show - the line for process directory @name of /proc */
static void show(const char *name)
{
	char path[300], comm[64], state;
	int pid, ppid;
	unsigned long utime, stime;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%s/stat", name);
	f = fopen(path, "r");
	if (!f)
		return;
	if (fscanf(f, "%d (%63[^)]) %c %d %*d %*d %*d %*d %*u %*u %*u %*u "
		   "%*u %lu %lu", &pid, comm, &state, &ppid, &utime,
		   &stime) == 6)
		printf("%5d %5d %c %4lu:%02lu %s\n", pid, ppid, state,
		       (utime + stime) / 6000, (utime + stime) / 100 % 60,
		       comm);
	fclose(f);
}

int main(void)
{
	DIR *d = opendir("/proc");
	struct dirent *e;

	if (!d) {
		perror("/proc");
		return 1;
	}
	printf("  PID  PPID S   TIME CMD\n");
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] >= '1' && e->d_name[0] <= '9')
			show(e->d_name);
	closedir(d);
	return 0;
}
