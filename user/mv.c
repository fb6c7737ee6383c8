/* user/mv.c - mv FROM TO: rename(2). */
#include <stdio.h>

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: mv FROM TO\n");
		return 1;
	}
	if (rename(argv[1], argv[2])) {
		perror("mv");
		return 1;
	}
	return 0;
}
