/*
 * drivers/char/mem.c - the memory devices of major 1: /dev/null (reads
 * end at once, writes vanish), /dev/zero (reads give zeros), /dev/full
 * (writes fail with ENOSPC), and /dev/random and /dev/urandom from
 * random.c, /dev/mem (low physical memory, root only) and /dev/kmsg
 * (kernel/printk.c); and chr_dev_init, which registers them and the
 * ttys at boot. 2.4's /dev/kmem and /dev/port are left out.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/major.h>
#include <linux/kdev_t.h>
#include <linux/random.h>
#include <linux/tty.h>
#include <asm/errno.h>
#include <asm/uaccess.h>

static ssize_t read_null(struct file *file, char *buf, size_t count,
			 loff_t *ppos)
{
	return 0;
}

static ssize_t write_null(struct file *file, const char *buf,
			  size_t count, loff_t *ppos)
{
	return count;
}

/* read_zero - @count zero bytes; what was cleared before a fault, or
 * -EFAULT */
static ssize_t read_zero(struct file *file, char *buf, size_t count,
			 loff_t *ppos)
{
	size_t left = clear_user(buf, count);

	return left == count && count ? -EFAULT : count - left;
}

static ssize_t write_full(struct file *file, const char *buf,
			  size_t count, loff_t *ppos)
{
	return -ENOSPC;
}

/* null_lseek - these devices have no position: always 0 */
static loff_t null_lseek(struct file *file, loff_t offset, int origin)
{
	return file->f_pos = 0;
}

static struct file_operations null_fops = {
	.llseek = null_lseek,
	.read = read_null,
	.write = write_null,
};

static struct file_operations zero_fops = {
	.llseek = null_lseek,
	.read = read_zero,
	.write = write_null,
};

static struct file_operations full_fops = {
	.llseek = null_lseek,
	.read = read_zero,
	.write = write_full,
};

/* mem_range - how much of @count bytes at physical *@ppos lies in low
 * memory, where /dev/mem reaches (0 past its end) */
static size_t mem_range(loff_t *ppos, size_t count)
{
	unsigned long end = __pa(high_memory);

	if (*ppos >= end)
		return 0;
	return count < end - *ppos ? count : end - *ppos;
}

/* read_mem - physical memory at *@ppos, through the kernel's map */
static ssize_t read_mem(struct file *file, char *buf, size_t count,
			loff_t *ppos)
{
	count = mem_range(ppos, count);
	if (copy_to_user(buf, __va((unsigned long)*ppos), count))
		return -EFAULT;
	*ppos += count;
	return count;
}

/* write_mem - into physical memory at *@ppos: root may break anything */
static ssize_t write_mem(struct file *file, const char *buf, size_t count,
			 loff_t *ppos)
{
	count = mem_range(ppos, count);
	if (copy_from_user(__va((unsigned long)*ppos), buf, count))
		return -EFAULT;
	*ppos += count;
	return count;
}

static struct file_operations mem_fops = {
	.llseek = default_llseek,
	.read = read_mem,
	.write = write_mem,
};

/* memory_open - the minor number picks the device's operations;
 * /dev/mem is root's alone (-EPERM), as CAP_SYS_RAWIO is on Linux */
static int memory_open(struct inode *inode, struct file *filp)
{
	switch (MINOR(inode->i_rdev)) {
	case 1:
		if (!suser())
			return -EPERM;
		filp->f_op = &mem_fops;
		break;
	case 11:
		filp->f_op = &kmsg_fops;
		break;
	case 3:
		filp->f_op = &null_fops;
		break;
	case 5:
		filp->f_op = &zero_fops;
		break;
	case 7:
		filp->f_op = &full_fops;
		break;
	case 8:
		filp->f_op = &random_fops;
		break;
	case 9:
		filp->f_op = &urandom_fops;
		break;
	default:
		return -ENXIO;
	}
	return 0;
}

static struct file_operations memory_fops = {
	.open = memory_open,
};

/* chr_dev_init - an initcall: the memory devices, then the ttys */
static int __init chr_dev_init(void)
{
	if (register_chrdev(MEM_MAJOR, "mem", &memory_fops))
		printk(KERN_ERR "chr_dev_init: unable to get major %d for "
		       "memory devices\n", MEM_MAJOR);
	tty_init();
	return 0;
}
__initcall(chr_dev_init);
