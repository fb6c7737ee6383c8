/*
 * scripts/labs/syscall.c - /lab/syscall, what the syscall lab's checker
 * watches (scripts/labs/syscall.py): reverse(2), number 253, called
 * through syscall() with good and bad buffers, then the lab's own
 * programs /bin/reverse and /bin/reverse-syscall if they exist.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#define NR_REVERSE	253	/* the lab's number, whatever unistd.h says */
#define PAGE		4096
#define KERNEL_ADDRESS	((char *)0xc0100000)

/* say - print @what and the result @r of a call, errno by name. */
static void say(const char *what, long r, const char *buf)
{
	printf("%s: ", what);
	if (r >= 0 && buf)
		printf("%ld \"%.*s\"\n", r, (int)r, buf);
	else if (r >= 0)
		printf("%ld\n", r);
	else if (errno == EFAULT || errno == EINVAL || errno == ENOSYS)
		printf("-1 %s\n", errno == EFAULT ? "EFAULT" :
		       errno == EINVAL ? "EINVAL" : "ENOSYS");
	else
		printf("-1 errno %d\n", errno);
	fflush(stdout);
}

/* run - run @path if it exists, its output going to the console. */
static void run(const char *path)
{
	char *argv[] = { (char *)path, NULL };
	int status;

	if (access(path, X_OK))
		return;
	if (fork() == 0) {
		execv(path, argv);
		_exit(127);
	}
	wait(&status);
}

int main(void)
{
	char text[] = "hello, kernel";
	char big[300], *page;
	long r;

	say("reverse(\"hello, kernel\", 13)",
	    syscall(NR_REVERSE, text, strlen(text)), text);
	say("reverse(NULL, 5)", syscall(NR_REVERSE, NULL, 5), NULL);
	say("reverse(a kernel address, 5)",
	    syscall(NR_REVERSE, KERNEL_ADDRESS, 5), NULL);
	page = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(page + PAGE, PAGE);
	say("reverse(3 bytes before an unmapped page, 6)",
	    syscall(NR_REVERSE, page + PAGE - 3, 6), NULL);
	memset(big, 'x', sizeof(big));
	big[0] = 'a';
	say("reverse(a buffer, 0)", syscall(NR_REVERSE, big, 0), NULL);
	r = syscall(NR_REVERSE, big, 256);
	say("reverse(a buffer, 256)", r, NULL);
	printf("the last byte after it: %c\n", big[255]);
	say("reverse(a buffer, 257)", syscall(NR_REVERSE, big, 257), NULL);
	fflush(stdout);
	run("/bin/reverse");
	run("/bin/reverse-syscall");
	printf("lab: done\n");
	return 0;
}
