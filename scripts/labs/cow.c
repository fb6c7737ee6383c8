/*
 * scripts/labs/cow.c - /lab/cow, what the copy-on-write lab's checker
 * watches (scripts/labs/cow.py). A variable alone on its page is
 * written before a fork, by the child after it and by the parent once
 * the child is gone. At each moment the program calls close(1000 + n),
 * a harmless EBADF where the checker's gdb reads the page's PTE.
 */
#include "lab.h"
#include <limits.h>
#include <unistd.h>
#include <sys/wait.h>

#define CYCLES	20	/* forks in the shorter of two measured runs */

/* value, alone on its page: nothing else the program writes is there */
struct {
	int value;
	char rest[4096 - sizeof(int)];
} cow_page __attribute__((aligned(4096))) = { 1234 };

/* mark - let the checker look at value's PTE: moment @n. */
static void mark(int n)
{
	close(1000 + n);
}

/* cycle - fork; the child writes value and exits; then the parent
 * writes it. With @say, mark each moment and print what each saw. */
static void cycle(int say)
{
	int status;

	cow_page.value = 1234;
	if (say)
		mark(0);		/* before fork */
	if (fork() == 0) {
		if (say)
			mark(2);	/* child, before its write */
		cow_page.value = 5678;
		if (say) {
			mark(3);	/* child, after its write */
			printf("child: value %d\n", cow_page.value);
			fflush(stdout);
		}
		_exit(0);
	}
	if (say)
		mark(1);		/* parent, after fork */
	wait(&status);
	if (say) {
		printf("parent: value %d after the child's write\n",
		       cow_page.value);
		fflush(stdout);
		mark(4);		/* parent, the child gone */
	}
	cow_page.value = 42;
	if (say)
		mark(5);		/* parent, after its own write */
}

/* lost_kb - free memory lost over @n cycles, in kB; LONG_MIN if
 * /proc/meminfo cannot be read. */
static long lost_kb(int n)
{
	long before = free_kb(), after;

	while (n--)
		cycle(0);
	after = free_kb();
	return before < 0 || after < 0 ? LONG_MIN : before - after;
}

int main(void)
{
	long short_run, long_run;
	int i;

	mount_proc();
	printf("value is at %p\n", (void *)&cow_page.value);
	cycle(1);
	for (i = 0; i < CYCLES; i++)	/* caches and quicklists fill up */
		cycle(0);
	short_run = lost_kb(CYCLES);
	long_run = lost_kb(3 * CYCLES);
	/* what each fork leaks, the longer run loses 2 * CYCLES times
	 * more of; the rest (a few pages, either way) is what happened to
	 * be held when free memory was read */
	if (short_run == LONG_MIN || long_run == LONG_MIN)
		printf("free memory lost per fork: unknown\n");
	else
		printf("free memory lost per fork: %ld kB\n",
		       (long_run - short_run) / (2 * CYCLES));
	printf("lab: done\n");
	return 0;
}
