/* user/rm.c - rm [-f] FILE...: each name unlinked (-f: quietly). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int i = 1, err = 0, force = argc > 1 && !strcmp(argv[1], "-f");

	for (i += force; i < argc; i++)
		if (unlink(argv[i]) && !force) {
			perror(argv[i]);
			err = 1;
		}
	return err;
}
