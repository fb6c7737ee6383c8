/*
 * include/asm-i386/stat.h - what stat(2) and stat64(2) store, Linux
 * i386's layouts. 2.4's __old_kernel_stat (call 18) is left out.
 */
#ifndef _I386_STAT_H
#define _I386_STAT_H

struct stat {
	unsigned long st_dev;
	unsigned long st_ino;
	unsigned short st_mode;
	unsigned short st_nlink;
	unsigned short st_uid;
	unsigned short st_gid;
	unsigned long st_rdev;
	unsigned long st_size;
	unsigned long st_blksize;
	unsigned long st_blocks;
	unsigned long st_atime;
	unsigned long __unused1;
	unsigned long st_mtime;
	unsigned long __unused2;
	unsigned long st_ctime;
	unsigned long __unused3;
	unsigned long __unused4;
	unsigned long __unused5;
};

struct stat64 {
	unsigned long long st_dev;
	unsigned char __pad0[4];
	unsigned long __st_ino;		/* the low 32 bits of st_ino */
	unsigned int st_mode;
	unsigned int st_nlink;
	unsigned long st_uid;
	unsigned long st_gid;
	unsigned long long st_rdev;
	unsigned char __pad3[4];
	long long st_size;
	unsigned long st_blksize;
	unsigned long long st_blocks;	/* 512-byte blocks */
	unsigned long st_atime;
	unsigned long __pad4;
	unsigned long st_mtime;
	unsigned long __pad5;
	unsigned long st_ctime;
	unsigned long __pad6;
	unsigned long long st_ino;
};

#endif
