/*
 * scripts/labs/traps.c - /lab/traps, what the traps lab's checker
 * watches (scripts/labs/traps.py): a bound instruction out of range
 * (#BR, vector 5) in a child, with the signal unhandled and handled.
 * Each line is what Linux answers too.
 */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/time.h>
#include <sys/wait.h>

extern char lab_bound[];	/* the bound instruction, labelled below */

/* out_of_range - bound index 10 against [0, 3]: the CPU raises #BR. */
static void out_of_range(void)
{
	static int limits[2] = { 0, 3 };

	asm volatile(".globl lab_bound\n"
		     "lab_bound:	boundl %0, %1" : : "r" (10),
		     "m" (limits[0]));
}

/* caught - the SIGSEGV handler: say what siginfo tells, then leave. */
static void caught(int sig, siginfo_t *info, void *context)
{
	printf("bound, handled: signal %d, si_code %d, si_addr %p\n", sig,
	       info->si_code, info->si_addr);
	fflush(stdout);
	_exit(3);
}

/* child - run the bound in a child (with @handled, under a handler) and
 * say how the child ended. */
static void child(const char *what, int handled)
{
	struct itimerval soon = { { 0, 0 }, { 0, 10000 } };
	struct sigaction sa;
	int status;

	if (fork() == 0) {
		/* if the kernel just returns to it, the bound runs forever */
		setitimer(ITIMER_REAL, &soon, NULL);
		memset(&sa, 0, sizeof(sa));
		sa.sa_sigaction = caught;
		sa.sa_flags = SA_SIGINFO;
		if (handled)
			sigaction(SIGSEGV, &sa, NULL);
		out_of_range();
		_exit(0);
	}
	wait(&status);
	if (WIFSIGNALED(status))
		printf("%s: killed by signal %d\n", what, WTERMSIG(status));
	else
		printf("%s: exit status %d\n", what, WEXITSTATUS(status));
	fflush(stdout);
}

int main(void)
{
	printf("the bound instruction is at %p\n", (void *)lab_bound);
	fflush(stdout);
	getppid();	/* where the checker reads the IDT */
	child("bound", 0);
	child("bound with a handler", 1);
	printf("lab: done\n");
	return 0;
}
