/*
 * arch/i386/boot/tools/build.c - glue setup and the compressed kernel
 * into a bzImage: pad setup to whole sectors, write setup_sects and
 * syssize into the header, append the protected-mode part. Runs on the
 * build host. Linux 2.4's version also handles zImage; lk24's does not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define SETUP_SECTS_OFF	0x1f1
#define SYSSIZE_OFF	0x1f4
#define BOOT_FLAG_OFF	0x1fe
#define HDRS_OFF	0x202
#define MAX_SETUP_SECTS	64

static void die(const char *msg, const char *arg)
{
	fprintf(stderr, "build: %s%s\n", msg, arg ? arg : "");
	exit(1);
}

/* read_file - the whole file into a malloc'd buffer with slack. */
static unsigned char *read_file(const char *path, size_t *len, size_t slack)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf;
	long n;

	if (!f)
		die("cannot open ", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = calloc(1, n + slack);
	if (!buf || fread(buf, 1, n, f) != (size_t)n)
		die("cannot read ", path);
	fclose(f);
	*len = n;
	return buf;
}

static void put_le32(unsigned char *p, uint32_t v)
{
	p[0] = v;
	p[1] = v >> 8;
	p[2] = v >> 16;
	p[3] = v >> 24;
}

int main(int argc, char **argv)
{
	size_t setup_len, sys_len, sects;
	unsigned char *setup, *sys;
	FILE *out;

	if (argc != 4)
		die("usage: build setup.bin vmlinux.bin bzImage", NULL);
	setup = read_file(argv[1], &setup_len, 6 * 512);
	sys = read_file(argv[2], &sys_len, 0);

	if (setup_len < 0x300 || memcmp(setup + HDRS_OFF, "HdrS", 4))
		die("no HdrS header in ", argv[1]);
	if (setup[BOOT_FLAG_OFF] != 0x55 || setup[BOOT_FLAG_OFF + 1] != 0xaa)
		die("no 0xAA55 boot flag in ", argv[1]);

	/* setup_sects counts the sectors after the boot sector */
	sects = (setup_len + 511) / 512;
	if (sects < 5)
		sects = 5;	/* old loaders assume at least 4 */
	if (sects - 1 > MAX_SETUP_SECTS)
		die("setup too large: ", argv[1]);
	setup[SETUP_SECTS_OFF] = sects - 1;
	put_le32(setup + SYSSIZE_OFF, (sys_len + 15) / 16);

	out = fopen(argv[3], "wb");
	if (!out)
		die("cannot create ", argv[3]);
	if (fwrite(setup, 1, sects * 512, out) != sects * 512 ||
	    fwrite(sys, 1, sys_len, out) != sys_len || fclose(out))
		die("cannot write ", argv[3]);
	printf("  bzImage: setup %zu sectors, system %zu bytes\n",
	       sects, sys_len);
	return 0;
}
