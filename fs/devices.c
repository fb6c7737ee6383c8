/*
 * fs/devices.c - character devices: a driver registers its
 * file_operations under a major number, and opening a device node
 * (whose inode init_special_inode set up) hands the file to them. 2.4's
 * block devices and devfs are left out.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/major.h>
#include <linux/kdev_t.h>
#include <asm/errno.h>

/* chrdevs - each major's driver; written at boot by register_chrdev */
static struct device_struct {
	const char *name;
	struct file_operations *fops;
} chrdevs[MAX_CHRDEV];

/* register_chrdev - @fops serve major @major. 0, or -EINVAL for a bad
 * major, -EBUSY if it is taken. */
int register_chrdev(unsigned int major, const char *name,
		    struct file_operations *fops)
{
	if (!major || major >= MAX_CHRDEV)
		return -EINVAL;
	if (chrdevs[major].fops && chrdevs[major].fops != fops)
		return -EBUSY;
	chrdevs[major].name = name;
	chrdevs[major].fops = fops;
	return 0;
}

/* chrdev_open - the open of every device node: the file takes its
 * driver's operations, whose open runs next. -ENXIO with no driver. */
static int chrdev_open(struct inode *inode, struct file *filp)
{
	unsigned int major = MAJOR(inode->i_rdev);

	if (major >= MAX_CHRDEV || !chrdevs[major].fops)
		return -ENXIO;
	filp->f_op = chrdevs[major].fops;
	if (filp->f_op->open)
		return filp->f_op->open(inode, filp);
	return 0;
}

static struct file_operations def_chr_fops = {
	.open = chrdev_open,
};

/* init_special_inode - @inode is a character device node for @rdev,
 * or a FIFO (fs/fifo.c) */
void init_special_inode(struct inode *inode, umode_t mode, int rdev)
{
	inode->i_mode = mode;
	inode->i_rdev = rdev;
	if (S_ISCHR(mode))
		inode->i_fop = &def_chr_fops;
	else if (S_ISFIFO(mode))
		inode->i_fop = &def_fifo_fops;
}
