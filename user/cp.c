/* user/cp.c - cp FROM TO: a new file TO with FROM's bytes and mode. */
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static char buf[4096];

int main(int argc, char **argv)
{
	struct stat st;
	int in, out, n;

	if (argc != 3) {
		fprintf(stderr, "usage: cp FROM TO\n");
		return 1;
	}
	in = open(argv[1], O_RDONLY);
	if (in < 0 || fstat(in, &st)) {
		perror(argv[1]);
		return 1;
	}
	out = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 07777);
	if (out < 0) {
		perror(argv[2]);
		return 1;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, n) != n) {
			perror(argv[2]);
			return 1;
		}
	return n < 0;
}
