/*
 * include/linux/kdev_t.h - a device number as 2.4 keeps it in i_rdev:
 * the major (which driver) in the high byte, the minor (which of its
 * devices) in the low one.
 */
#ifndef _LINUX_KDEV_T_H
#define _LINUX_KDEV_T_H

typedef unsigned short kdev_t;	/* major << 8 | minor */

#define MINORBITS	8
#define MINORMASK	((1U << MINORBITS) - 1)

#define MAJOR(dev)	((unsigned int)(dev) >> MINORBITS)
#define MINOR(dev)	((unsigned int)(dev) & MINORMASK)
#define MKDEV(ma, mi)	(((ma) << MINORBITS) | (mi))

#endif
