/* user/ln.c - ln [-s] TARGET NAME: a hard link, or with -s a symlink. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int s = argc > 1 && !strcmp(argv[1], "-s");

	if (argc != 3 + s) {
		fprintf(stderr, "usage: ln [-s] TARGET NAME\n");
		return 1;
	}
	if ((s ? symlink : link)(argv[1 + s], argv[2 + s])) {
		perror("ln");
		return 1;
	}
	return 0;
}
