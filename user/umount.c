/* user/umount.c - umount DIR: umount(2). */
#include <stdio.h>
#include <sys/mount.h>

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: umount DIR\n");
		return 1;
	}
	if (umount(argv[1])) {
		perror("umount");
		return 1;
	}
	return 0;
}
