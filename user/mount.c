/*
 * user/mount.c - mount: the mounts (/proc/mounts); mount -t TYPE DEV
 * DIR: mount(2) one.
 */
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>

int main(int argc, char **argv)
{
	char line[512];
	FILE *f;

	if (argc == 5 && !strcmp(argv[1], "-t")) {
		if (mount(argv[3], argv[4], argv[2], 0, NULL)) {
			perror("mount");
			return 1;
		}
		return 0;
	}
	if (argc != 1) {
		fprintf(stderr, "usage: mount [-t TYPE DEVICE DIR]\n");
		return 1;
	}
	f = fopen("/proc/mounts", "r");
	if (!f) {
		perror("/proc/mounts");
		return 1;
	}
	while (fgets(line, sizeof(line), f))
		fputs(line, stdout);
	return 0;
}
