/*
 * test/inflate-host.c - run lib/inflate.c's gunzip on the build host.
 * Usage: inflate-host IN OUT MAXBYTES. Writes the output, or prints the
 * decoder's error message and exits 1. Used by test/inflate.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../lib/inflate.c"

int main(int argc, char **argv)
{
	static unsigned char in[16 << 20];
	unsigned long max, len = 0;
	unsigned char *out;
	size_t n;
	FILE *f;
	int err;

	if (argc != 4)
		return 2;
	f = fopen(argv[1], "rb");
	if (!f)
		return 2;
	n = fread(in, 1, sizeof(in), f);
	fclose(f);
	max = strtoul(argv[3], NULL, 0);
	out = malloc(max + 1);
	err = gunzip(in, n, out, max, &len);
	if (err) {
		printf("%s\n", inflate_messages[err]);
		return 1;
	}
	f = fopen(argv[2], "wb");
	fwrite(out, 1, len, f);
	fclose(f);
	return 0;
}
