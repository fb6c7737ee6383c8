/* user/sleep.c - sleep SECONDS: nanosleep(2) that long. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv)
{
	struct timespec ts = { 0, 0 };

	if (argc < 2) {
		fprintf(stderr, "usage: sleep SECONDS\n");
		return 1;
	}
	ts.tv_sec = atoi(argv[1]);
	return nanosleep(&ts, NULL) ? 1 : 0;
}
