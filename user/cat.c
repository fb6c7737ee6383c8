/*
 * user/cat.c - cat [FILE...]: each file (or standard input) copied to
 * standard output.
 */
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

static char buf[4096];

/* copy - @fd to standard output; 0, or 1 after a read or write error */
static int copy(int fd, const char *name)
{
	int n;

	while ((n = read(fd, buf, sizeof(buf))) > 0)
		if (write(1, buf, n) != n)
			return 1;
	if (n < 0)
		perror(name);
	return n < 0;
}

int main(int argc, char **argv)
{
	int i, fd, err = 0;

	if (argc == 1)
		return copy(0, "stdin");
	for (i = 1; i < argc; i++) {
		fd = strcmp(argv[i], "-") ? open(argv[i], O_RDONLY) : 0;
		if (fd < 0) {
			perror(argv[i]);
			err = 1;
			continue;
		}
		err |= copy(fd, argv[i]);
		if (fd)
			close(fd);
	}
	return err;
}
