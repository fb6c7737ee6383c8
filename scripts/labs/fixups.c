/*
 * scripts/labs/fixups.c - /lab/fixups, what the fixups lab's checker
 * watches (scripts/labs/fixups.py): system calls handed pointers the
 * kernel faults on. Each line is what Linux answers too.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>

#define PAGE	4096

/* say - print @what and the result @r of a call, errno by name. */
static void say(const char *what, long r)
{
	if (r >= 0)
		printf("%s: %ld\n", what, r);
	else if (errno == EFAULT)
		printf("%s: -1 EFAULT\n", what);
	else
		printf("%s: -1 errno %d\n", what, errno);
	fflush(stdout);
}

/* a_file - a file of 200 bytes, open for reading at its start. */
static int a_file(void)
{
	char text[200];
	int fd;

	memset(text, 'x', sizeof(text));
	mkdir("/tmp", 01777);
	fd = open("/tmp/fixups", O_RDWR | O_CREAT | O_TRUNC, 0600);
	write(fd, text, sizeof(text));
	return fd;
}

int main(void)
{
	struct stat st;
	char *page;
	int fd;

	fd = a_file();
	say("stat(NULL)", stat(NULL, &st));
	lseek(fd, 0, SEEK_SET);
	say("read 3 bytes into NULL", read(fd, NULL, 3));
	say("read 100 bytes into NULL", read(fd, NULL, 100));
	page = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(page + PAGE, PAGE);
	lseek(fd, 0, SEEK_SET);
	say("read 10 bytes, 6 before an unmapped page",
	    read(fd, page + PAGE - 6, 10));
	printf("lab: done\n");
	return 0;
}
