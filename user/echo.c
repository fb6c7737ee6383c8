/*
 * user/echo.c - echo [-n] WORDS: the words, separated by spaces, and a
 * newline unless -n.
 */
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int i = 1, nl = 1;

	if (argc > 1 && !strcmp(argv[1], "-n")) {
		nl = 0;
		i++;
	}
	for (; i < argc; i++) {
		write(1, argv[i], strlen(argv[i]));
		if (i + 1 < argc)
			write(1, " ", 1);
	}
	if (nl)
		write(1, "\n", 1);
	return 0;
}
