/* user/env.c - env: the environment, a variable a line. */
#include <stdio.h>

int main(int argc, char **argv, char **envp)
{
	while (*envp)
		printf("%s\n", *envp++);
	return 0;
}
