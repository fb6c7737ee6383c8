/*
 * init/initramfs.c - unpack the initrd, a cpio archive in the "newc"
 * format, into the root file system (the rootfs) through the system
 * calls a program would use: mkdir, open and write, symlink, mknod.
 * This is Linux 2.6's file: 2.4 loaded an initrd as a RAM disk image
 * instead. Compressed archives and hard links are left out, and the
 * initrd's pages are not freed.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/major.h>
#include <linux/kdev_t.h>
#include <asm/uaccess.h>
#include <asm/current.h>

extern unsigned long initrd_start, initrd_end;

#define NEWC_HDR	110	/* "070701" and 13 fields of 8 hex digits */

/* hex8 - one 8-digit header field; -1 if it is not hex. */
static long __init hex8(const char *p)
{
	long v = 0;
	int i;

	for (i = 0; i < 8; i++) {
		char c = p[i];

		if (c >= '0' && c <= '9')
			v = v * 16 + c - '0';
		else if (c >= 'a' && c <= 'f')
			v = v * 16 + c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v = v * 16 + c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

#define ALIGN4(x)	(((x) + 3) & ~3UL)

/* do_copy - a regular file @name with permissions @mode holding the
 * @size bytes at @body. Returns 0 or -errno. */
static int __init do_copy(const char *name, int mode, const char *body,
			  unsigned long size)
{
	int fd = sys_open(name, O_WRONLY | O_CREAT | O_TRUNC, mode);
	long n = 0;

	if (fd < 0)
		return fd;
	if (size)
		n = sys_write(fd, body, size);
	sys_close(fd);
	return n < 0 ? n : 0;
}

/* do_name - make entry @name of type and permissions @mode: @size bytes
 * at @body for a file or a symlink's target, @rdev for a device.
 * Returns 0 or -errno (-EEXIST for a name made before). */
static int __init do_name(const char *name, int mode, int rdev,
			  const char *body, unsigned long size)
{
	char target[PATH_MAX];

	if (S_ISREG(mode))
		return do_copy(name, mode, body, size);
	if (S_ISDIR(mode))
		return sys_mkdir(name, mode);
	if (!S_ISLNK(mode))
		return sys_mknod(name, mode, rdev);
	if (size >= PATH_MAX)
		return -ENAMETOOLONG;
	memcpy(target, body, size);
	target[size] = '\0';
	return sys_symlink(target, name);
}

/*
 * unpack_to_rootfs - add every entry of the archive at @buf (@len bytes)
 * to ramfs. Returns the number of entries, or -1 at the first malformed
 * header (what was added before it stays).
 */
static int __init unpack_to_rootfs(const char *buf, unsigned long len)
{
	unsigned long pos = 0, namesize, filesize, mode, rdev;
	int count = 0;

	while (pos + NEWC_HDR <= len) {
		const char *h = buf + pos, *name = h + NEWC_HDR;

		if (memcmp(h, "070701", 6))
			goto bad;
		mode = hex8(h + 14);
		filesize = hex8(h + 54);
		rdev = MKDEV(hex8(h + 78) & 0xff, hex8(h + 86) & 0xff);
		namesize = hex8(h + 94);
		if ((long)mode < 0 || (long)filesize < 0 || (long)namesize < 1 ||
		    pos + NEWC_HDR + namesize > len || name[namesize - 1])
			goto bad;
		pos = ALIGN4(pos + NEWC_HDR + namesize);
		if (pos + filesize > len)
			goto bad;
		if (!strcmp(name, "TRAILER!!!"))
			return count;
		if (strcmp(name, ".") &&
		    !do_name(name, mode, rdev, buf + pos, filesize))
			count++;
		pos = ALIGN4(pos + filesize);
	}
bad:
	printk(KERN_ERR "initramfs: bad cpio header at offset %lu; "
	       "unpacking stopped\n", pos);
	return -1;
}

/* unpack - the archive into the root, as system calls from the kernel
 * (KERNEL_DS), with no umask so that each entry keeps its mode */
static int __init unpack(const char *buf, unsigned long len)
{
	mm_segment_t old_fs = get_fs();
	int old_umask = current->fs->umask, n;

	set_fs(KERNEL_DS);
	current->fs->umask = 0;
	n = unpack_to_rootfs(buf, len);
	current->fs->umask = old_umask;
	set_fs(old_fs);
	return n;
}

/* default_rootfs - /dev/console, as Linux makes it before the initrd:
 * init needs it even without one */
static void __init default_rootfs(void)
{
	mm_segment_t old_fs = get_fs();

	set_fs(KERNEL_DS);
	sys_mkdir("/dev", 0755);
	sys_mknod("/dev/console", S_IFCHR | 0600, MKDEV(TTYAUX_MAJOR, 1));
	set_fs(old_fs);
}

/* populate_rootfs - /dev/console, then the initrd's files, symlinks and
 * device nodes */
void __init populate_rootfs(void)
{
	int n;

	default_rootfs();
	if (!initrd_start) {
		printk(KERN_WARNING "initramfs: no initrd\n");
		return;
	}
	n = unpack((const char *)initrd_start, initrd_end - initrd_start);
	if (n >= 0)
		printk(KERN_INFO "initramfs: %d entries unpacked from the "
		       "initrd\n", n);
}
