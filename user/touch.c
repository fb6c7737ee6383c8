/* user/touch.c - touch FILE...: made if missing, its times set to now. */
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <utime.h>

int main(int argc, char **argv)
{
	int i, fd, err = 0;

	for (i = 1; i < argc; i++) {
		fd = open(argv[i], O_WRONLY | O_CREAT, 0666);
		if (fd >= 0)
			close(fd);
		if (fd < 0 || utime(argv[i], NULL)) {
			perror(argv[i]);
			err = 1;
		}
	}
	return err;
}
