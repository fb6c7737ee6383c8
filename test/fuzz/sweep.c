/*
 * test/fuzz/sweep.c - pointer sweeps in xv6 usertests' manner: pages of
 * the whole 4 GB address space, from 0 past the top of the kernel, given
 * one at a time as the pointer argument of read, write, stat, open,
 * execve, pipe, wait4, rt_sigaction, gettimeofday and uname. A page is
 * classed by /proc/self/maps: NULL, unmapped, no access, read-only,
 * writable (scratch pages of our own: the others hold our variables)
 * or kernel (above TASK_SIZE); the 16 MB the stack may grow into and
 * each kernel's own pages ([vdso], [vsyscall]) are left out. A line per
 * call and class lists every result seen, which must be Linux's
 * ("sweep.read_into.kernel: EFAULT"). Run as process 1:
 * init=/fuzz/sweep step=N (every Nth page; 1, the default: all).
 */
#include "../user/utest.h"
#include <stdlib.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/utsname.h>

#define PAGE		4096UL
#define TASK_SIZE	0xc0000000UL
#define SCRATCH_PAGES	4
#define MAX_MAPS	64
#define NR_CLASSES	6
#define MAX_RESULTS	8
/* below [stack], a fault grows the stack instead: no bad pointer */
#define STACK_GROWTH	(16UL << 20)
#define WAIT4_EVERY	1024	/* each try forks a child: not every page */

enum { NULLPAGE, UNMAPPED, NOACCESS, READONLY, WRITABLE, KERNEL,
	SPECIAL };	/* [vdso], [vvar], ...: each kernel has its own */
static const char *class_name[NR_CLASSES] = {
	"null", "unmapped", "noaccess", "readonly", "writable", "kernel"
};

/* one line of /proc/self/maps: [start, end) and its access */
struct map {
	unsigned long start, end;
	int class;
};

static struct map maps[MAX_MAPS];
static int nr_maps;
static unsigned long scratch;		/* SCRATCH_PAGES of our own */
static int file_fd;
static unsigned long stack_low;		/* the lowest page of [stack] */
static char *noargs[] = { "x", NULL };
static int child_left;		/* wait4 failed and left its child */

/* A probe: one call with the swept page @p as one argument; it returns
 * the call's result (-1 and errno on failure) */
struct probe {
	const char *name;
	long (*call)(unsigned long p);
	int every;	/* try every page (1), or only every Nth */
	int reads_path;	/* @p's bytes are a path or pointers: only if no
			 * byte there can be read (a result from our own
			 * bytes would differ between the kernels) */
	int results[NR_CLASSES][MAX_RESULTS];	/* errno seen, 0: ok */
	int nr_results[NR_CLASSES];
};

/* write_from, read_into - a byte between @p and a file: only our
 * scratch pages are ever written */
static long write_from(unsigned long p)
{
	lseek(file_fd, 0, SEEK_SET);
	return write(file_fd, (void *)p, 1);
}

static long read_into(unsigned long p)
{
	lseek(file_fd, 0, SEEK_SET);
	return read(file_fd, (void *)p, 1);
}

static long stat_path(unsigned long p)
{
	struct stat st;

	return stat((char *)p, &st);
}

static long stat_buf(unsigned long p)
{
	return stat("/", (struct stat *)p);
}

static long open_path(unsigned long p)
{
	long fd = open((char *)p, O_RDONLY);

	if (fd >= 0)
		close(fd);
	return fd;
}

static long execve_path(unsigned long p)
{
	return execve((char *)p, noargs, noargs);
}

/* execve_argv - @p as the argument vector; NULL is no bad pointer
 * (Linux runs the program with an empty one), so page 0 is left out */
static long execve_argv(unsigned long p)
{
	if (!p) {
		errno = EFAULT;
		return -1;
	}
	return execve("/fuzz/sweep", (char **)p, noargs);
}

static long pipe_fds(unsigned long p)
{
	long r = pipe((int *)p);

	if (r == 0) {
		close(((int *)p)[0]);
		close(((int *)p)[1]);
	}
	return r;
}

/* wait4_status - reap a child that has exited, its status to @p; the
 * child is made first, and reaped here if the kernel left it */
static long wait4_status(unsigned long p)
{
	pid_t pid = fork();
	long r;
	int e;

	if (pid == 0)
		_exit(7);
	r = syscall(__NR_wait4, pid, p, 0, NULL);
	e = errno;
	if (r != pid && waitpid(pid, NULL, 0) == pid)
		child_left = 1;
	errno = e;
	return r == pid ? 0 : r;
}

static long sigaction_new(unsigned long p)
{
	long r = syscall(__NR_rt_sigaction, SIGUSR1, p, NULL, 8);

	signal(SIGUSR1, SIG_DFL);
	return r;
}

static long sigaction_old(unsigned long p)
{
	return syscall(__NR_rt_sigaction, SIGUSR1, NULL, p, 8);
}

static long gettimeofday_tv(unsigned long p)
{
	return gettimeofday((struct timeval *)p, NULL);
}

static long uname_buf(unsigned long p)
{
	return uname((struct utsname *)p);
}

static struct probe probes[] = {
	{ "write_from", write_from, 1, 0 },
	{ "read_into", read_into, 1, 0 },
	{ "stat_path", stat_path, 1, 1 },
	{ "stat_buf", stat_buf, 1, 0 },
	{ "open_path", open_path, 1, 1 },
	{ "execve_path", execve_path, 1, 1 },
	{ "execve_argv", execve_argv, 1, 1 },
	{ "pipe_fds", pipe_fds, 1, 0 },
	{ "wait4_status", wait4_status, WAIT4_EVERY, 0 },
	{ "sigaction_new", sigaction_new, 1, 1 },
	{ "sigaction_old", sigaction_old, 1, 0 },
	{ "gettimeofday_tv", gettimeofday_tv, 1, 0 },
	{ "uname_buf", uname_buf, 1, 0 },
};

#define NR_PROBES	(sizeof(probes) / sizeof(probes[0]))

/* map_class - the class of a maps line's permissions "rwxp" */
static int map_class(const char *perms)
{
	if (perms[0] != 'r')
		return NOACCESS;
	return perms[1] == 'w' ? WRITABLE : READONLY;
}

/* read_maps - our mappings from /proc/self/maps; -1 if unreadable */
static int read_maps(void)
{
	char line[256], perms[8];
	FILE *f = fopen("/proc/self/maps", "r");

	if (!f)
		return -1;
	while (nr_maps < MAX_MAPS && fgets(line, sizeof(line), f)) {
		struct map *m = &maps[nr_maps];

		if (sscanf(line, "%lx-%lx %7s", &m->start, &m->end, perms) != 3)
			continue;
		m->class = map_class(perms);
		if (strstr(line, "[stack]"))
			stack_low = m->start;
		else if (strchr(line, '[') && !strstr(line, "[heap]"))
			m->class = SPECIAL;
		nr_maps++;
	}
	fclose(f);
	return 0;
}

/* page_class - what @p is to us; -1 for a page of ours we must not
 * write, and for the kernels' special pages ([vdso], [vvar], ...) */
static int page_class(unsigned long p)
{
	int i;

	if (!p)
		return NULLPAGE;	/* NULL may mean "none" */
	if (p >= scratch && p < scratch + SCRATCH_PAGES * PAGE)
		return WRITABLE;
	for (i = 0; i < nr_maps; i++)
		if (p >= maps[i].start && p < maps[i].end)
			return maps[i].class == WRITABLE ||
			       maps[i].class == SPECIAL ? -1 : maps[i].class;
	if (p < stack_low && p >= stack_low - STACK_GROWTH)
		return -1;
	return p >= TASK_SIZE ? KERNEL : UNMAPPED;
}

/* note - remember @probe's result for @class */
static void note(struct probe *probe, int class, long r)
{
	int e = r < 0 ? errno : 0, i;

	for (i = 0; i < probe->nr_results[class]; i++)
		if (probe->results[class][i] == e)
			return;
	if (i < MAX_RESULTS)
		probe->results[class][probe->nr_results[class]++] = e;
}

/* sweep_page - every probe that may touch page @p, by its class; the
 * costly ones only on every probe->every'th page unless @all */
static void sweep_page(unsigned long p, int class, int all)
{
	unsigned int i;

	for (i = 0; i < NR_PROBES; i++) {
		struct probe *probe = &probes[i];

		if (!all && (p / PAGE) % probe->every)
			continue;
		if (probe->reads_path && (class == READONLY ||
					  class == WRITABLE))
			continue;
		errno = 0;
		note(probe, class, probe->call(p));
	}
}

/* sweep_maps - every page of the mappings we may not write; returns
 * how many pages that was */
static unsigned long sweep_maps(void)
{
	unsigned long p, pages = 0;
	int i;

	for (i = 0; i < nr_maps; i++)
		for (p = maps[i].start; p < maps[i].end; p += PAGE) {
			if (page_class(p) < 0)
				continue;
			sweep_page(p, page_class(p), 1);
			pages++;
		}
	return pages;
}

/* report - a line per probe and class: the results, sorted */
static void report(void)
{
	unsigned int i, c, j, k;

	for (i = 0; i < NR_PROBES; i++)
		for (c = 0; c < NR_CLASSES; c++) {
			struct probe *probe = &probes[i];
			int n = probe->nr_results[c], *r = probe->results[c];

			if (!n)
				continue;
			for (j = 0; j < n; j++)	/* few: insertion sort */
				for (k = j; k > 0 && r[k] < r[k - 1]; k--) {
					int t = r[k];

					r[k] = r[k - 1];
					r[k - 1] = t;
				}
			printf("sweep.%s.%s:", probe->name, class_name[c]);
			for (j = 0; j < n; j++)
				printf(" %s", r[j] ? errname(r[j]) : "ok");
			printf("\n");
		}
	printf("sweep.wait4_status.child_reaped_on_efault: %s\n",
	       child_left ? "no" : "yes");
}

/* arg_value - the number after NAME= among the arguments or, as the
 * kernel passes NAME=value to init, in the environment; else @dflt */
static unsigned long arg_value(int argc, char **argv, const char *name,
			       unsigned long dflt)
{
	size_t len = strlen(name);
	int i;

	for (i = 1; i < argc; i++)
		if (!strncmp(argv[i], name, len) && argv[i][len] == '=')
			return strtoul(argv[i] + len + 1, NULL, 0);
	return getenv(name) ? strtoul(getenv(name), NULL, 0) : dflt;
}

int main(int argc, char **argv)
{
	unsigned long step = arg_value(argc, argv, "step", 1), p, pages = 0;
	int class;

	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL);
	scratch = (unsigned long)mmap(NULL, SCRATCH_PAGES * PAGE,
				      PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (step == 0 || scratch == (unsigned long)MAP_FAILED ||
	    (file_fd = open("/sweep", O_CREAT | O_RDWR, 0644)) < 0 ||
	    write(file_fd, "x", 1) != 1 || read_maps()) {
		printf("sweep: cannot start (step %lu, errno %d)\n", step,
		       errno);
		return 1;
	}
	/* the whole space in @step pages; our own pages always */
	for (p = 0; ; p += step * PAGE) {
		class = page_class(p);
		if (class >= 0) {
			sweep_page(p, class, 0);
			pages++;
		}
		if (p > ~0UL - step * PAGE)
			break;
	}
	for (p = scratch; p < scratch + SCRATCH_PAGES * PAGE; p += PAGE)
		sweep_page(p, WRITABLE, 1);
	pages += sweep_maps();
	report();
	fprintf(stderr, "sweep: %lu pages, every %lu\n", pages, step);
	return 0;
}
