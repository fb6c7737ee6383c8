/*
 * test/user/badstack.c - a signal arrives while the user stack pointer
 * points nowhere: the kernel cannot write the handler's frame, so the
 * task dies of SIGSEGV (uncatchable now), and the kernel goes on. The
 * same for a fault (ud2: SIGILL), which would come back at once if the
 * task returned to it. Compared with Linux: same output, same death.
 */
#include "utest.h"
#include <signal.h>

static void handler(int sig)
{
	printf("badstack.handler_ran: yes\n");
}

/* ill_on_bad_stack - a SIGILL handler, no stack, then ud2 */
static void ill_on_bad_stack(void)
{
	struct sigaction sa = { .sa_handler = handler };

	sigaction(SIGILL, &sa, NULL);
	asm volatile("movl $16, %esp; ud2");
}

int main(void)
{
	struct sigaction sa = { .sa_handler = handler };
	int status = status_of(ill_on_bad_stack);

	printf("badstack.ud2_child_signal: %d\n",
	       WIFSIGNALED(status) ? WTERMSIG(status) : -1);

	sigaction(SIGTRAP, &sa, NULL);
	sigaction(SIGSEGV, &sa, NULL);
	printf("badstack.before: yes\n");
	fflush(stdout);
	asm volatile("movl $16, %esp; int3");
	printf("badstack.after: no\n");
	return 0;
}
