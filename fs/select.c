/*
 * fs/select.c - select(2), its old one-argument form, and poll(2): ask
 * each file's poll what is ready; if nothing is, sleep on all their
 * wait queues at once (poll_wait) until one changes, a signal comes or
 * the timeout runs out, then ask again. As in 2.4, the table of wait
 * entries grows a page at a time.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/time.h>
#include <linux/poll.h>
#include <asm/errno.h>
#include <asm/uaccess.h>
#include <asm/current.h>

struct poll_table_entry {
	struct file *filp;
	wait_queue_t wait;
	wait_queue_head_t *wait_address;
};

/* One page of entries; the table is a chain of them */
struct poll_table_page {
	struct poll_table_page *next;
	struct poll_table_entry *entry;	/* the next free one */
	struct poll_table_entry entries[0];
};

#define POLL_TABLE_FULL(table) \
	((unsigned long)((table)->entry + 1) > PAGE_SIZE + \
	 (unsigned long)(table))

void poll_initwait(poll_table *pt)
{
	pt->error = 0;
	pt->table = NULL;
}

/* poll_freewait - off every wait queue, the files let go, pages freed */
void poll_freewait(poll_table *pt)
{
	struct poll_table_page *p = pt->table, *old;

	while (p) {
		struct poll_table_entry *entry;

		for (entry = p->entries; entry < p->entry; entry++) {
			remove_wait_queue(entry->wait_address, &entry->wait);
			fput(entry->filp);
		}
		old = p;
		p = p->next;
		free_page((unsigned long)old);
	}
}

/* __pollwait - the caller waits on @wait_address too; a reference to
 * @filp is kept while it does */
void __pollwait(struct file *filp, wait_queue_head_t *wait_address,
		poll_table *p)
{
	struct poll_table_page *table = p->table;
	struct poll_table_entry *entry;

	if (!table || POLL_TABLE_FULL(table)) {
		struct poll_table_page *new;

		new = (struct poll_table_page *)__get_free_page(GFP_KERNEL);
		if (!new) {
			p->error = -ENOMEM;
			return;
		}
		new->entry = new->entries;
		new->next = table;
		p->table = table = new;
	}
	entry = table->entry++;
	atomic_inc(&filp->f_count);
	entry->filp = filp;
	entry->wait_address = wait_address;
	init_waitqueue_entry(&entry->wait, current);
	add_wait_queue(wait_address, &entry->wait);
}

/* file_poll - what is ready on @file now (putting the caller on its
 * queues if @wait) */
static unsigned int file_poll(struct file *file, poll_table *wait)
{
	if (!file->f_op || !file->f_op->poll)
		return DEFAULT_POLLMASK;
	return file->f_op->poll(file, wait);
}

/* timeval_to_wait - a select timeout as ticks, rounded up; -EINVAL
 * for a negative one. Microseconds past a second count as seconds, as
 * Linux takes them. */
static long timeval_to_wait(struct timeval *tv)
{
	long sec = tv->tv_sec + tv->tv_usec / 1000000;
	long usec = tv->tv_usec % 1000000;

	if (tv->tv_sec < 0 || tv->tv_usec < 0)
		return -EINVAL;
	if (sec >= (MAX_SCHEDULE_TIMEOUT - 1) / HZ - 1)
		return MAX_SCHEDULE_TIMEOUT;
	return sec * HZ + (usec * HZ + 999999) / 1000000;
}

/* The sets of select: in, out, ex and the three results */
typedef struct {
	unsigned long *in, *out, *ex;
	unsigned long *res_in, *res_out, *res_ex;
} fd_set_bits;

#define POLLIN_SET	(POLLRDNORM | POLLRDBAND | POLLIN | POLLHUP | POLLERR)
#define POLLOUT_SET	(POLLWRBAND | POLLWRNORM | POLLOUT | POLLERR)
#define POLLEX_SET	(POLLPRI)

#define FDS_BITS	(8 * sizeof(unsigned long))
#define BIT_OF(set, i)	((set)[(i) / FDS_BITS] & (1UL << ((i) % FDS_BITS)))
#define SET_BIT(set, i)	((set)[(i) / FDS_BITS] |= 1UL << ((i) % FDS_BITS))

/* select_one - fd @i of the sets: ask its file, mark the results;
 * 1 if it is ready for something asked, 0 if not, -EBADF */
static int select_one(fd_set_bits *fds, int i, poll_table *wait)
{
	struct file *file = fget(i);
	unsigned int mask;
	int ready = 0;

	if (!file)
		return -EBADF;
	mask = file_poll(file, wait);
	fput(file);
	if (BIT_OF(fds->in, i) && (mask & POLLIN_SET)) {
		SET_BIT(fds->res_in, i);
		ready = 1;
	}
	if (BIT_OF(fds->out, i) && (mask & POLLOUT_SET)) {
		SET_BIT(fds->res_out, i);
		ready = 1;
	}
	if (BIT_OF(fds->ex, i) && (mask & POLLEX_SET)) {
		SET_BIT(fds->res_ex, i);
		ready = 1;
	}
	return ready;
}

/* select_pass - one look at fds 0..@n-1; the count ready or -EBADF */
static int select_pass(int n, fd_set_bits *fds, poll_table *wait)
{
	int i, r, count = 0;

	for (i = 0; i < n; i++) {
		if (!BIT_OF(fds->in, i) && !BIT_OF(fds->out, i) &&
		    !BIT_OF(fds->ex, i))
			continue;
		r = select_one(fds, i, wait);
		if (r < 0)
			return r;
		count += r;
	}
	return count;
}

/*
 * wait_for_events - call @pass, which looks at every file once (the
 * first time also putting the caller on their wait queues), until it
 * counts something ready, a signal comes (-ERESTARTNOHAND) or *@timeout
 * ticks pass (it is left with what remains). Returns @pass's count or
 * error, or -ENOMEM if the wait table could not grow.
 */
static int wait_for_events(int (*pass)(void *, poll_table *), void *arg,
			   long *timeout)
{
	poll_table table, *wait = &table;
	int count;

	poll_initwait(&table);
	if (!*timeout)
		wait = NULL;
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		count = pass(arg, wait);
		wait = NULL;	/* on the queues once is enough */
		if (count || !*timeout || table.error)
			break;
		if (signal_pending(current)) {
			count = -ERESTARTNOHAND;
			break;
		}
		*timeout = schedule_timeout(*timeout);
	}
	current->state = TASK_RUNNING;
	poll_freewait(&table);
	return count ? count : table.error;
}

/* What select's pass looks at: the first @n descriptors of @fds */
struct select_args {
	int n;
	fd_set_bits *fds;
};

static int select_pass_args(void *arg, poll_table *wait)
{
	struct select_args *a = arg;

	return select_pass(a->n, a->fds, wait);
}

/* get_sets - the three user sets of @n bits into the zeroed kernel
 * bitmaps of @fds (a NULL set stays empty); 0 or -EFAULT */
static int get_sets(int n, fd_set_bits *fds, unsigned long **user)
{
	unsigned long *sets[3] = { fds->in, fds->out, fds->ex };
	int bytes = (n + FDS_BITS - 1) / FDS_BITS * sizeof(long), i;

	for (i = 0; i < 3; i++)
		if (user[i] && copy_from_user(sets[i], user[i], bytes))
			return -EFAULT;
	return 0;
}

/* put_sets - the results back into the user sets given; 0 or -EFAULT */
static int put_sets(int n, fd_set_bits *fds, unsigned long **user)
{
	unsigned long *res[3] = { fds->res_in, fds->res_out, fds->res_ex };
	int bytes = (n + FDS_BITS - 1) / FDS_BITS * sizeof(long), i;

	for (i = 0; i < 3; i++)
		if (user[i] && copy_to_user(user[i], res[i], bytes))
			return -EFAULT;
	return 0;
}

/* put_timeout - the time left, @left ticks, into user @tvp */
static void put_timeout(struct timeval *tvp, long left)
{
	struct timeval tv;

	tv.tv_sec = left / HZ;
	tv.tv_usec = (left % HZ) * (1000000 / HZ);
	copy_to_user(tvp, &tv, sizeof(tv));
}

/*
 * sys_select - _newselect(2): wait until one of the first @n
 * descriptors of @inp is readable, of @outp writable or of @exp has
 * urgent data, or *@tvp passes (NULL: for ever). The sets come back
 * with only the ready ones; *@tvp with the time left, as on Linux.
 * Returns their number; -EINVAL, -EBADF, -EFAULT, -EINTR.
 */
asmlinkage long sys_select(int n, unsigned long *inp, unsigned long *outp,
			   unsigned long *exp, struct timeval *tvp)
{
	unsigned long *user[3] = { inp, outp, exp }, *bits;
	long timeout = MAX_SCHEDULE_TIMEOUT;
	struct select_args args;
	struct timeval tv;
	fd_set_bits fds;
	int ret, words;

	if (tvp && copy_from_user(&tv, tvp, sizeof(tv)))
		return -EFAULT;
	if (tvp && (timeout = timeval_to_wait(&tv)) < 0)
		return -EINVAL;
	if (n < 0)
		return -EINVAL;
	if (n > current->files->max_fds)
		n = current->files->max_fds;
	words = (n + FDS_BITS - 1) / FDS_BITS;
	bits = kmalloc(6 * words * sizeof(long) + 1, GFP_KERNEL);
	if (!bits)
		return -ENOMEM;
	memset(bits, 0, 6 * words * sizeof(long));
	fds.in = bits;
	fds.out = bits + words;
	fds.ex = bits + 2 * words;
	fds.res_in = bits + 3 * words;
	fds.res_out = bits + 4 * words;
	fds.res_ex = bits + 5 * words;
	ret = get_sets(n, &fds, user);
	args.n = n;
	args.fds = &fds;
	if (!ret)
		ret = wait_for_events(select_pass_args, &args, &timeout);
	if (tvp && ret != -EFAULT && ret != -EBADF)
		put_timeout(tvp, timeout == MAX_SCHEDULE_TIMEOUT ? 0 : timeout);
	if (ret >= 0 && put_sets(n, &fds, user))
		ret = -EFAULT;
	kfree(bits);
	return ret;
}

/* sys_old_select - select(2) as call 82: its five arguments in a
 * struct in user memory */
struct sel_arg_struct {
	unsigned long n;
	unsigned long *inp, *outp, *exp;
	struct timeval *tvp;
};

asmlinkage long sys_old_select(struct sel_arg_struct *arg)
{
	struct sel_arg_struct a;

	if (copy_from_user(&a, arg, sizeof(a)))
		return -EFAULT;
	return sys_select(a.n, a.inp, a.outp, a.exp, a.tvp);
}

/* poll_pass - one look at the @nfds entries of @fds, revents set;
 * the count with something to report */
static int poll_pass(struct pollfd *fds, unsigned int nfds, poll_table *wait)
{
	unsigned int i, count = 0;

	for (i = 0; i < nfds; i++) {
		struct file *file;
		unsigned int mask = 0;

		if (fds[i].fd >= 0) {
			file = fget(fds[i].fd);
			mask = POLLNVAL;
			if (file) {
				mask = file_poll(file, wait);
				fput(file);
			}
			mask &= fds[i].events | POLLERR | POLLHUP | POLLNVAL;
		}
		fds[i].revents = mask;
		count += mask != 0;
	}
	return count;
}

/* What poll's pass looks at: @nfds entries at @fds */
struct poll_args {
	struct pollfd *fds;
	unsigned int nfds;
};

static int poll_pass_args(void *arg, poll_table *wait)
{
	struct poll_args *a = arg;

	return poll_pass(a->fds, a->nfds, wait);
}

/*
 * sys_poll - poll(2): wait until one of the @nfds entries at @ufds has
 * an event it asks for (or POLLERR, POLLHUP, POLLNVAL), or @timeout_msecs
 * pass (negative: for ever). Returns how many entries have revents;
 * -EINVAL past RLIMIT_NOFILE entries, -EFAULT, -EINTR, -ENOMEM.
 */
asmlinkage long sys_poll(struct pollfd *ufds, unsigned int nfds,
			 long timeout_msecs)
{
	long timeout = MAX_SCHEDULE_TIMEOUT;
	struct poll_args args;
	struct pollfd *fds;
	int ret;

	if (nfds > current->rlim[RLIMIT_NOFILE].rlim_cur)
		return -EINVAL;
	if (timeout_msecs >= 0)
		timeout = (timeout_msecs * HZ + 999) / 1000;
	fds = kmalloc(nfds * sizeof(*fds) + 1, GFP_KERNEL);
	if (!fds)
		return -ENOMEM;
	ret = -EFAULT;
	args.fds = fds;
	args.nfds = nfds;
	if (!copy_from_user(fds, ufds, nfds * sizeof(*fds)))
		ret = wait_for_events(poll_pass_args, &args, &timeout);
	if (ret >= 0 && copy_to_user(ufds, fds, nfds * sizeof(*fds)))
		ret = -EFAULT;
	kfree(fds);
	return ret;
}
