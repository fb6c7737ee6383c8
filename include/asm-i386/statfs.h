/*
 * include/asm-i386/statfs.h - what statfs(2) stores, Linux i386's
 * layout. statfs64 came after 2.4 and is left out.
 */
#ifndef _I386_STATFS_H
#define _I386_STATFS_H

typedef struct {
	int val[2];
} __kernel_fsid_t;

struct statfs {
	long f_type;
	long f_bsize;
	long f_blocks;
	long f_bfree;
	long f_bavail;
	long f_files;
	long f_ffree;
	__kernel_fsid_t f_fsid;
	long f_namelen;
	long f_frsize;
	long f_flags;
	long f_spare[4];
};

#endif
