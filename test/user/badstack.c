/*
 * test/user/badstack.c - a signal arrives while the user stack pointer
 * points nowhere: the kernel cannot write the handler's frame, so the
 * task dies of SIGSEGV (uncatchable now), and the kernel goes on.
 * Compared with the host's Linux: same output, same death.
 */
#include "utest.h"
#include <signal.h>

static void handler(int sig)
{
	printf("badstack.handler_ran: yes\n");
}

int main(void)
{
	struct sigaction sa = { .sa_handler = handler };

	sigaction(SIGTRAP, &sa, NULL);
	sigaction(SIGSEGV, &sa, NULL);
	printf("badstack.before: yes\n");
	fflush(stdout);
	asm volatile("movl $16, %esp; int3");
	printf("badstack.after: no\n");
	return 0;
}
