/* user/mkdir.c - mkdir DIR...: each directory, mode 0777 less the umask. */
#include <stdio.h>
#include <sys/stat.h>

int main(int argc, char **argv)
{
	int i, err = 0;

	for (i = 1; i < argc; i++)
		if (mkdir(argv[i], 0777)) {
			perror(argv[i]);
			err = 1;
		}
	return err;
}
