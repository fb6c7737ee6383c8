/*
 * include/linux/stat.h - file types and permission bits of i_mode.
 */
#ifndef _LINUX_STAT_H
#define _LINUX_STAT_H

#define S_IFMT		00170000
#define S_IFREG		 0100000
#define S_IFDIR		 0040000
#define S_IFCHR		 0020000
#define S_IFLNK		 0120000
#define S_IFIFO		 0010000

#define S_IRUSR		00400
#define S_IWUSR		00200

#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)
#define S_ISDIR(m)	(((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m)	(((m) & S_IFMT) == S_IFCHR)
#define S_ISFIFO(m)	(((m) & S_IFMT) == S_IFIFO)

#endif
