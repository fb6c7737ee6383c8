/*
 * init/initramfs.c - unpack the initrd, a cpio archive in the "newc"
 * format, into the root file system (ramfs). File contents stay where
 * the boot loader put them; the initrd's pages are never freed. This is
 * Linux 2.6's file: 2.4 loaded an initrd as a RAM disk image instead.
 * Compressed archives are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/major.h>
#include <linux/kdev_t.h>

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
		if (strcmp(name, ".") && !ramfs_lookup(name) &&
		    ramfs_add(name, mode, rdev, buf + pos, filesize))
			count++;
		pos = ALIGN4(pos + filesize);
	}
bad:
	printk(KERN_ERR "initramfs: bad cpio header at offset %lu; "
	       "unpacking stopped\n", pos);
	return -1;
}

/* populate_rootfs - /dev/console, as Linux makes it before the initrd
 * (init needs it even without one), then the initrd's files and device
 * nodes. */
void __init populate_rootfs(void)
{
	int n;

	ramfs_add("dev", S_IFDIR | 0755, 0, NULL, 0);
	ramfs_add("dev/console", S_IFCHR | 0600, MKDEV(TTYAUX_MAJOR, 1),
		  NULL, 0);
	if (!initrd_start) {
		printk(KERN_WARNING "initramfs: no initrd\n");
		return;
	}
	n = unpack_to_rootfs((const char *)initrd_start,
			     initrd_end - initrd_start);
	if (n >= 0)
		printk(KERN_INFO "initramfs: %d entries unpacked from the "
		       "initrd\n", n);
}
