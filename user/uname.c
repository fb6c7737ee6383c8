/*
 * user/uname.c - uname [-a]: the system's name, or with -a all five
 * fields of uname(2).
 */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

int main(int argc, char **argv)
{
	struct utsname u;

	uname(&u);
	if (argc > 1 && !strcmp(argv[1], "-a"))
		printf("%s %s %s %s %s\n", u.sysname, u.nodename, u.release,
		       u.version, u.machine);
	else if (argc > 1 && !strcmp(argv[1], "-r"))
		printf("%s\n", u.release);
	else
		printf("%s\n", u.sysname);
	return 0;
}
