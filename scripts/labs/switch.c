/*
 * scripts/labs/switch.c - /lab/switch, what the process-switch lab's
 * checker watches (scripts/labs/switch.py): a fork whose child says
 * what fork returned to it, then two processes that pass a byte back
 * and forth through pipes, each with its own x87 control word, checking
 * after every switch that it is still its own. Linux prints the same.
 */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

#define ROUNDS		200
#define CW_NEAREST	0x037f	/* the control word after finit */
#define CW_CHOP		0x0f7f	/* rounding toward zero */

/* set_cw, get_cw - the x87 control word of this process */
static void set_cw(unsigned short cw)
{
	asm volatile("fldcw %0" : : "m" (cw));
}

static unsigned short get_cw(void)
{
	unsigned short cw;

	asm volatile("fnstcw %0" : "=m" (cw));
	return cw;
}

/* first_fork - what fork returns in the child, told by the child (known
 * by its pid, whatever fork returned to it). */
static void first_fork(void)
{
	int parent = getpid(), status;
	int r = fork();

	if (getpid() != parent) {
		printf("child: fork returned %d\n", r);
		fflush(stdout);
		_exit(0);
	}
	wait(&status);
}

/* ping_pong - @rounds times: read a byte from @in, check the control
 * word is still @cw, write the byte to @out. Returns the rounds in
 * which it was not. */
static int ping_pong(int in, int out, unsigned short cw, int first)
{
	int i, wrong = 0;
	char c = 'x';

	set_cw(cw);
	for (i = 0; i < ROUNDS; i++) {
		if (!first || i)
			read(in, &c, 1);
		if (get_cw() != cw)
			wrong++;
		write(out, &c, 1);
	}
	return wrong;
}

int main(void)
{
	int there[2], back[2], status, wrong, parent = getpid();

	first_fork();
	pipe(there);
	pipe(back);
	fork();
	if (getpid() != parent) {
		wrong = ping_pong(there[0], back[1], CW_CHOP, 0);
		printf("fpu: the child's control word changed in %d of %d "
		       "rounds\n", wrong, ROUNDS);
		fflush(stdout);
		_exit(0);
	}
	wrong = ping_pong(back[0], there[1], CW_NEAREST, 1);
	read(back[0], &status, 1);
	wait(&status);
	printf("fpu: the parent's control word changed in %d of %d rounds\n",
	       wrong, ROUNDS);
	printf("lab: done\n");
	return 0;
}
