/* user/head.c - head [-n N] [FILE]: the first N (10) lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	int n = 10, i = 1;
	char line[4096];
	FILE *f = stdin;

	if (argc > 2 && !strcmp(argv[1], "-n")) {
		n = atoi(argv[2]);
		i = 3;
	}
	if (i < argc && !(f = fopen(argv[i], "r"))) {
		perror(argv[i]);
		return 1;
	}
	while (n-- > 0 && fgets(line, sizeof(line), f))
		fputs(line, stdout);
	return 0;
}
