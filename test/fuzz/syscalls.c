/*
 * test/fuzz/syscalls.c - a system-call fuzzer in trinity's manner, run
 * as init (init=/fuzz/syscalls seed=N batches=N calls=N uid=N). Each
 * batch is a child in its own process group (as user uid, root if 0)
 * making random calls, also numbers past the table and negative ones,
 * with arguments of random kinds: descriptors open, closed and out of
 * range; pointers valid, unmapped, read-only, across a page end, in the
 * kernel and the vsyscall page; lengths 0, 1, a page, huge, negative;
 * flag bits; pids of itself, init and nobody; never the batch's own
 * descriptors. A call that copied bytes at a kernel address it was
 * given ends the batch with a "fuzz: BUG" line naming it (a missing
 * access_ok), as does a report pipe holding what no batch sends (a
 * write the kernel misdirected). SIGALRM ends a call that waits; a
 * batch silent for STUCK_MS, or still there after BATCH_SECONDS, is
 * killed. replay=B reruns batch B alone, printing each call first.
 * Prints what the calls returned and how the children ended; a kernel
 * crash or hang shows as a missing "fuzz: done".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <sys/times.h>

#define NR_TRIED	272	/* numbers tried: two past the table */
#define MAX_ERRNO	140
#define BATCH_SECONDS	3	/* then the child is killed, */
#define STUCK_MS	250	/* or after this long without a report */
#define PAGE		4096
#define TRACE_FD	200	/* the console, for replay's lines */
#define REPORT_FD	201	/* counts to init: out of the calls' reach */
#define SEND_EVERY	8	/* calls between two reports to init */
#define CLOSED_FD	99	/* a descriptor closed when a batch starts */

static unsigned int rng;
static int replay = -1;
static int uid;			/* the batches run as this user */
static int fds[8];		/* the child's own: file, dir, pipe, ... */
static char *buf, *edge;	/* a valid buffer; 8 bytes before a hole */

/* Calls whose success would end the run or the machine, not test it */
static int excluded(long nr)
{
	switch (nr) {
	case __NR_fork: case __NR_vfork: case __NR_clone:
	case __NR_reboot: case __NR_execve: case __NR_exit:
	case __NR_exit_group:
		return 1;
	}
	return 0;
}

static unsigned int next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static long pick(const long *v, int n)
{
	return v[next() % n];
}

/* pointer - one of the kinds of address a careless program passes */
static long pointer(void)
{
	static const char *paths[] = { "/fuzz-scratch/a", "/fuzz-scratch",
		"/proc/self/stat", "/dev/null", "/", "/nonexistent/x", "" };
	const long kinds[] = {
		0, (long)buf, (long)buf + (next() % PAGE), (long)edge,
		0x10000000L, 0xc0000000L, 0xc0100000L, 0xffffe000L,
		0xfffff000L, 0x08048000L, -1L,
		(long)paths[next() % (sizeof(paths) / sizeof(paths[0]))],
	};

	return pick(kinds, sizeof(kinds) / sizeof(kinds[0]));
}

/* draw - a value of a random kind for any argument */
static long draw(void)
{
	const long lengths[] = { 0, 1, 2, 8, 64, PAGE, PAGE + 1, 0x7fffffffL,
		0x80000000L, -1L, -PAGE };
	const long pids[] = { 0, 1, -1, 99999, -99999 };

	switch (next() % 7) {
	case 0:
		return fds[next() % 8];
	case 1:
		return pointer();
	case 2:
		return pick(lengths, sizeof(lengths) / sizeof(lengths[0]));
	case 3:
		return next() % 2 ? getpid() : pick(pids, 5);
	case 4:
		return 1L << (next() % 32);	/* a flag bit */
	case 5:
		return next() % 70;		/* a small number, a signal */
	}
	return (long)next();
}

/* argument - a value drawn for any argument, but never the batch's own
 * TRACE_FD or REPORT_FD, which pids reach: seed 212's batch 196 ran as
 * pid 201 and wrote its own text into its report pipe with
 * write(getpid(), ...). Such a value becomes CLOSED_FD, not a new draw,
 * so that replay=B, where the pid is small, draws the same numbers. */
static long argument(void)
{
	long v = draw();

	return v == TRACE_FD || v == REPORT_FD ? CLOSED_FD : v;
}

/* Calls that copy to or from user memory at argument @arg, @len bytes
 * (argument @len_arg, -1: a fixed size). Given a kernel address there,
 * Linux fails (EFAULT) or copies nothing: success with bytes copied
 * means a missing access_ok. One call in BUFFER_CALLS_EVERY is one of
 * these, and half of those get a pointer there. */
static const struct buffer_call {
	long nr;
	int arg, len_arg;
	const char *name;
} buffer_calls[] = {
	{ __NR_read, 1, 2, "read" }, { __NR_write, 1, 2, "write" },
	{ __NR_pread64, 1, 2, "pread64" }, { __NR_pwrite64, 1, 2, "pwrite64" },
	{ __NR_getdents, 1, 2, "getdents" },
	{ __NR_readlink, 1, 2, "readlink" },
	{ __NR_getcwd, 0, 1, "getcwd" }, { __NR_stat, 1, -1, "stat" },
	{ __NR_lstat, 1, -1, "lstat" }, { __NR_fstat, 1, -1, "fstat" },
	{ __NR_pipe, 0, -1, "pipe" }, { __NR_uname, 0, -1, "uname" },
	{ __NR_gettimeofday, 0, -1, "gettimeofday" },
};

#define NR_BUFFER_CALLS	(sizeof(buffer_calls) / sizeof(buffer_calls[0]))
#define BUFFER_CALLS_EVERY	4
#define EXIT_KERNEL_POINTER	99	/* a batch that found one ends so */

/* find_buffer_call - @nr's entry in buffer_calls, or NULL */
static const struct buffer_call *find_buffer_call(long nr)
{
	unsigned int i;

	for (i = 0; i < NR_BUFFER_CALLS; i++)
		if (buffer_calls[i].nr == nr)
			return &buffer_calls[i];
	return NULL;
}

/* kernel_address - above TASK_SIZE, and not the vsyscall page, which
 * is lk24's user-readable page (Linux 686 has none there) */
static int kernel_address(unsigned long a)
{
	return a >= 0xc0000000UL && (a & ~(PAGE - 1UL)) != 0xffffe000UL;
}

/*
 * kernel_pointer_taken - did call @nr with arguments @a, which returned
 * @r, copy bytes to or from a kernel address it was given? Then the
 * call is named with the seed, the batch and the call's index.
 */
static int kernel_pointer_taken(long nr, long *a, long r, int seed, int b,
				int i)
{
	const struct buffer_call *c = find_buffer_call(nr);
	char line[200];

	if (!c || r < 0 || !kernel_address(a[c->arg]))
		return 0;
	if (c->len_arg >= 0 && (a[c->len_arg] == 0 || r == 0))
		return 0;	/* nothing was copied */
	write(TRACE_FD, line, snprintf(line, sizeof(line),
	      "fuzz: BUG: seed %d batch %d call %d: %s(%lx, %lx, %lx) = %ld "
	      "took the kernel address %lx\n", seed, b, i, c->name, a[0],
	      a[1], a[2], r, a[c->arg]));
	return 1;
}

/* number - a system call to make: mostly lk24's, sometimes nonsense */
static long number(void)
{
	long nr;

	if (next() % BUFFER_CALLS_EVERY == 0)
		return buffer_calls[next() % NR_BUFFER_CALLS].nr;
	do {
		nr = next() % 16 ? (long)(next() % NR_TRIED) : (long)next();
	} while (excluded(nr));
	return nr;
}

/* wake - SIGALRM's handler: it only interrupts a call that waits (no
 * SA_RESTART), in init's waits and in each fuzzed call */
static void wake(int sig)
{
}

/* interrupting - SIGALRM to end any wait of the caller */
static void interrupting(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = wake;
	sigaction(SIGALRM, &sa, NULL);
}

/* prepare - what a batch's calls work on: descriptors and memory; the
 * console is kept out of reach (what it writes goes to /dev/null) */
static void prepare(void)
{
	int p[2], null = open("/dev/null", O_RDWR);

	setpgid(0, 0);
	dup2(2, TRACE_FD);
	dup2(null, 0);
	dup2(null, 1);
	dup2(null, 2);
	close(null);
	/* the scratch file and directory new for every batch, however
	 * the last one left them, so that replay=B meets what the run met */
	mkdir("/fuzz-scratch", 0777);
	chmod("/fuzz-scratch", 0777);
	unlink("/fuzz-scratch/a");
	buf = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mprotect(buf + 2 * PAGE, PAGE, PROT_NONE);
	edge = buf + 2 * PAGE - 8;
	fds[0] = open("/fuzz-scratch/a", O_CREAT | O_RDWR, 0666);
	fds[1] = open("/fuzz-scratch", O_RDONLY);
	pipe(p);
	fds[2] = p[0];
	fds[3] = p[1];
	fds[4] = open("/dev/null", O_RDWR);
	fds[5] = CLOSED_FD;
	fds[6] = -1;
	fds[7] = 1 << 20;	/* beyond any limit */
	if (uid)
		setuid(uid);
}

/* send_counts - the counts so far to init, then from zero again */
static void send_counts(int out, int *count)
{
	write(out, count, (MAX_ERRNO + 1) * sizeof(int));
	memset(count, 0, (MAX_ERRNO + 1) * sizeof(int));
}

/* batch - @calls random calls, each given 10 ms before SIGALRM ends its
 * wait; the results, per errno, go to @out */
static void batch(int seed, int b, int calls, int out)
{
	struct itimerval soon = { { 0, 0 }, { 0, 10000 } };
	int count[MAX_ERRNO + 1] = { 0 }, i, j;
	long nr, a[6], r;
	char line[160];

	rng = seed * 2654435761u + b * 40503u + 1;
	prepare();
	for (i = 0; i < calls; i++) {
		if (i % SEND_EVERY == 0)
			send_counts(out, count);
		nr = number();
		for (j = 0; j < 6; j++)
			a[j] = argument();
		if (find_buffer_call(nr) && next() % 2)
			a[find_buffer_call(nr)->arg] = pointer();
		if (b == replay)
			write(TRACE_FD, line, snprintf(line, sizeof(line),
			      "fuzz: call %d: %ld(%lx, %lx, %lx, %lx, %lx, "
			      "%lx)\n", i, nr, a[0], a[1], a[2], a[3], a[4],
			      a[5]));
		setitimer(ITIMER_REAL, &soon, NULL);
		r = syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
		count[r == -1 && errno <= MAX_ERRNO ? errno : 0]++;
		if (b == replay)
			write(TRACE_FD, line, snprintf(line, sizeof(line),
			      "fuzz: call %d = %ld %d\n", i, r,
			      r == -1 ? errno : 0));
		if (kernel_pointer_taken(nr, a, r, seed, b, i)) {
			send_counts(out, count);
			_exit(EXIT_KERNEL_POINTER);
		}
	}
	send_counts(out, count);
	_exit(0);
}

struct totals {
	long calls_done[MAX_ERRNO + 1];
	int exited, signalled[65], killed_stuck, batches, kernel_pointers;
};

/* How collect found a batch: done (it closed the pipe), stuck, or
 * sending what no batch sends */
enum { BATCH_DONE, BATCH_STUCK, BATCH_GARBLED };

/* plausible - could a batch have sent @count? At most SEND_EVERY calls.
 * No call names REPORT_FD (argument), so anything else in the pipe is a
 * write the kernel misdirected, or a report it mangled. */
static int plausible(const int *count)
{
	int i, sum = 0;

	for (i = 0; i <= MAX_ERRNO; i++) {
		if (count[i] < 0 || count[i] > SEND_EVERY)
			return 0;
		sum += count[i];
	}
	return sum <= SEND_EVERY;
}

/* collect - add the counts the child sends on @in to @t until it closes
 * the pipe (BATCH_DONE), sends nothing for STUCK_MS or has run
 * BATCH_SECONDS (BATCH_STUCK), or sends a report no batch could
 * (BATCH_GARBLED). SIGALRM ends the read: no polling, so a batch costs
 * its calls. */
static int collect(int in, struct totals *t)
{
	struct itimerval stuck = { { 0, 0 }, { 0, STUCK_MS * 1000 } };
	struct itimerval off = { { 0, 0 }, { 0, 0 } };
	int count[MAX_ERRNO + 1], i, how = BATCH_STUCK;
	struct tms tms;
	clock_t start = times(&tms);
	ssize_t n;

	do {
		setitimer(ITIMER_REAL, &stuck, NULL);
		n = read(in, count, sizeof(count));
		if (n == sizeof(count) && !plausible(count)) {
			how = BATCH_GARBLED;
			break;
		}
		for (i = 0; n == sizeof(count) && i <= MAX_ERRNO; i++)
			t->calls_done[i] += count[i];
	} while (n == sizeof(count) &&
		 times(&tms) - start < BATCH_SECONDS * sysconf(_SC_CLK_TCK));
	setitimer(ITIMER_REAL, &off, NULL);
	return n == 0 ? BATCH_DONE : how;
}

/* wait_for - wait up to @seconds for child @pid; 1 if it ended */
static int wait_for(pid_t pid, int *status, int seconds)
{
	pid_t r;

	alarm(seconds);
	r = waitpid(pid, status, 0);
	alarm(0);
	return r == pid;
}

/* reap - wait for batch child @pid, taking its counts from @in, and kill
 * it when it is stuck (collect; or it closed the pipe itself and stays);
 * how it ended goes to @t. How collect found it (BATCH_*), or -1 if it
 * cannot be reaped. */
static int reap(pid_t pid, int in, struct totals *t)
{
	int status, how = collect(in, t);

	if (how != BATCH_DONE || !wait_for(pid, &status, BATCH_SECONDS)) {
		if (how != BATCH_GARBLED)
			t->killed_stuck++;
		kill(-pid, SIGKILL);
		kill(pid, SIGKILL);
		/* ten seconds: one that cannot be killed ends the run */
		return wait_for(pid, &status, 10) ? how : -1;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == EXIT_KERNEL_POINTER)
		t->kernel_pointers++;
	else if (WIFEXITED(status))
		t->exited++;
	else if (WIFSIGNALED(status))
		t->signalled[WTERMSIG(status) & 63]++;
	return 0;
}

/* run_batch - batch @b in a child; its counts added to @t. 0, or -1 if
 * the child cannot be killed. */
static int run_batch(int seed, int b, int calls, struct totals *t)
{
	int p[2], how;
	pid_t pid;

	pipe(p);
	pid = fork();
	if (pid == 0) {
		close(p[0]);
		dup2(p[1], REPORT_FD);
		close(p[1]);
		batch(seed, b, calls, REPORT_FD);
	}
	close(p[1]);
	how = reap(pid, p[0], t);
	close(p[0]);
	if (how == BATCH_GARBLED)
		printf("fuzz: BUG: seed %d batch %d: its report pipe held what "
		       "no batch sends\n", seed, b);
	kill(-pid, SIGKILL);	/* anything it left behind */
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
	t->batches++;
	return how < 0 ? -1 : 0;
}

/* report - the totals: calls, errors by errno, how the children ended;
 * @start is when the run began in clock ticks, for the calls per second
 * of the machine's own time (times(2): the fuzzed calls may set the
 * time of day, not this) */
static void report(int seed, struct totals *t, clock_t start)
{
	struct tms tms;
	long calls = 0, ms;
	int i;

	ms = (times(&tms) - start) * 1000L / sysconf(_SC_CLK_TCK);
	for (i = 0; i <= MAX_ERRNO; i++)
		calls += t->calls_done[i];
	printf("fuzz: seed %d, %d batches, %ld calls returned in %ld ms "
	       "(%ld a second)\n", seed, t->batches, calls, ms,
	       ms ? calls * 1000 / ms : 0);
	for (i = 1; i <= MAX_ERRNO; i++)
		if (t->calls_done[i])
			printf("fuzz: errno %d (%s): %ld\n", i, strerror(i),
			       t->calls_done[i]);
	printf("fuzz: children exited %d, killed when stuck %d\n",
	       t->exited, t->killed_stuck);
	if (t->kernel_pointers)
		printf("fuzz: BUG: %d batches saw a kernel address taken\n",
		       t->kernel_pointers);
	for (i = 1; i < 65; i++)
		if (t->signalled[i])
			printf("fuzz: children ended by signal %d: %d\n", i,
			       t->signalled[i]);
}

static int number_from(const char *name, int dflt)
{
	const char *v = getenv(name);

	return v ? atoi(v) : dflt;
}

int main(void)
{
	static struct totals t;
	struct tms tms;
	clock_t start;
	int seed = number_from("seed", 1), batches, calls, b;

	batches = number_from("batches", 20);
	calls = number_from("calls", 1000);
	replay = number_from("replay", -1);
	uid = number_from("uid", 0);
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL);
	interrupting();
	start = times(&tms);
	for (b = 0; b < batches; b++) {
		if (replay >= 0 && b != replay)
			continue;
		printf("fuzz: batch %d of seed %d\n", b, seed);
		if (run_batch(seed, b, calls, &t) < 0) {
			printf("fuzz: batch %d of seed %d: a child that "
			       "cannot be killed\n", b, seed);
			break;
		}
	}
	report(seed, &t, start);
	printf("fuzz: done\n");
	sync();
	reboot(RB_POWER_OFF);
	return 0;
}
