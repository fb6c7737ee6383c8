/* user/rmdir.c - rmdir DIR...: each empty directory removed. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int i, err = 0;

	for (i = 1; i < argc; i++)
		if (rmdir(argv[i])) {
			perror(argv[i]);
			err = 1;
		}
	return err;
}
