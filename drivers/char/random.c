/*
 * drivers/char/random.c - get_random_bytes, for the 16 AT_RANDOM bytes
 * every new program gets. The state is stirred with the time stamp
 * counter at every call, so bytes differ from run to run and call to
 * call, and mixed with a 64-bit xorshift-multiply; /dev/random and
 * /dev/urandom read the same bytes and never block. 2.4's entropy pool
 * fed by interrupt timings is left out: these bytes are unpredictable
 * enough for a stack canary, not for keys.
 */
#include <linux/kernel.h>
#include <linux/time.h>
#include <linux/random.h>
#include <linux/fs.h>
#include <asm/uaccess.h>
#include <asm/errno.h>

/* pool - the generator's state; guarded by nothing: a lost update only
 * mixes in less */
static unsigned long long pool = 0x9e3779b97f4a7c15ULL;

static inline unsigned long long rdtsc(void)
{
	unsigned long long t;

	asm volatile("rdtsc" : "=A" (t));
	return t;
}

/* next_word - stir in the counter, then one xorshift-multiply round */
static unsigned long long next_word(void)
{
	unsigned long long x = pool ^ rdtsc() ^ ((unsigned long long)jiffies
						 << 32);

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	pool = x;
	return x * 0x2545f4914f6cdd1dULL;
}

/* get_random_bytes - fill @buf with @nbytes bytes */
void get_random_bytes(void *buf, int nbytes)
{
	unsigned char *p = buf;
	unsigned long long w;
	int i;

	while (nbytes > 0) {
		w = next_word();
		for (i = 0; i < 8 && nbytes > 0; i++, nbytes--, w >>= 8)
			*p++ = w;
	}
}

/* random_read - @count random bytes to user @buf, a chunk at a time.
 * Returns the count, what was copied before a fault, or -EFAULT. */
static ssize_t random_read(struct file *file, char *buf, size_t count,
			   loff_t *ppos)
{
	char chunk[64];
	size_t done = 0, n;

	while (done < count) {
		n = count - done < sizeof(chunk) ? count - done : sizeof(chunk);
		get_random_bytes(chunk, n);
		if (copy_to_user(buf + done, chunk, n))
			return done ? done : -EFAULT;
		done += n;
	}
	return done;
}

/* random_write - bytes written are taken and, here, not mixed in */
static ssize_t random_write(struct file *file, const char *buf,
			    size_t count, loff_t *ppos)
{
	return count;
}

/* random_llseek - there is no position: stays at 0, as Linux's does */
static loff_t random_llseek(struct file *file, loff_t offset, int origin)
{
	return file->f_pos;
}

struct file_operations random_fops = {
	.llseek = random_llseek,
	.read = random_read,
	.write = random_write,
};

struct file_operations urandom_fops = {
	.llseek = random_llseek,
	.read = random_read,
	.write = random_write,
};
