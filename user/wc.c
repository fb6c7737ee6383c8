/*
 * user/wc.c - wc [-l] [-w] [-c] [FILE]: lines, words and bytes of a
 * file or standard input (only those asked for, if any are).
 */
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

static long lines, words, bytes;

/* count - the lines, words and bytes read from @fd */
static void count(int fd)
{
	char buf[4096];
	int n, i, in = 0;

	while ((n = read(fd, buf, sizeof(buf))) > 0) {
		bytes += n;
		for (i = 0; i < n; i++) {
			char c = buf[i];
			int space = c == ' ' || c == '\t' || c == '\n';

			lines += c == '\n';
			words += !space && !in;
			in = !space;
		}
	}
}

int main(int argc, char **argv)
{
	int i = 1, l = 0, w = 0, c = 0, fd = 0;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		l |= strchr(argv[i], 'l') != NULL;
		w |= strchr(argv[i], 'w') != NULL;
		c |= strchr(argv[i], 'c') != NULL;
	}
	if (!l && !w && !c)
		l = w = c = 1;
	if (i < argc && (fd = open(argv[i], O_RDONLY)) < 0) {
		perror(argv[i]);
		return 1;
	}
	count(fd);
	if (l)
		printf(w || c ? "%7ld " : "%ld", lines);
	if (w)
		printf(c ? "%7ld " : "%7ld", words);
	if (c)
		printf("%7ld", bytes);
	printf("%s%s\n", i < argc ? " " : "", i < argc ? argv[i] : "");
	return 0;
}
