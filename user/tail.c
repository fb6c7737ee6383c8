/* user/tail.c - tail [-n N] [FILE]: the last N (10) lines, N <= 100. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXN	100

static char lines[MAXN][512];

int main(int argc, char **argv)
{
	int n = 10, i = 1, count = 0;
	FILE *f = stdin;

	if (argc > 2 && !strcmp(argv[1], "-n")) {
		n = atoi(argv[2]);
		i = 3;
	}
	if (n > MAXN)
		n = MAXN;
	if (i < argc && !(f = fopen(argv[i], "r"))) {
		perror(argv[i]);
		return 1;
	}
	while (n > 0 && fgets(lines[count % n], sizeof(lines[0]), f))
		count++;
	for (i = count > n ? count - n : 0; i < count; i++)
		fputs(lines[i % n], stdout);
	return 0;
}
