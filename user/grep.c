/*
 * user/grep.c - grep [-v] [-c] TEXT [FILE]: the lines that contain TEXT
 * (a plain string; -v: that do not; -c: only how many). Status 0 if a
 * line was selected, 1 if none, 2 on an error.
 */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	int i = 1, invert = 0, count = 0, n = 0;
	char line[4096];
	FILE *f = stdin;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		invert |= strchr(argv[i], 'v') != NULL;
		count |= strchr(argv[i], 'c') != NULL;
	}
	if (i >= argc) {
		fprintf(stderr, "usage: grep [-v] [-c] TEXT [FILE]\n");
		return 2;
	}
	if (i + 1 < argc && !(f = fopen(argv[i + 1], "r"))) {
		perror(argv[i + 1]);
		return 2;
	}
	while (fgets(line, sizeof(line), f)) {
		if (!strstr(line, argv[i]) == !invert)
			continue;
		n++;
		if (!count)
			fputs(line, stdout);
	}
	if (count)
		printf("%d\n", n);
	return n ? 0 : 1;
}
