/*
 * include/linux/binfmts.h - what execve hands a binary format loader:
 * the open file, its first bytes, and the argument and environment
 * strings, already copied out of the old address space.
 */
#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H

#include <asm/ptrace.h>

#define BINPRM_BUF_SIZE	128
#define MAX_ARG_BYTES	PAGE_SIZE	/* argv and envp strings, in all */

struct file;

struct linux_binprm {
	char buf[BINPRM_BUF_SIZE];
	struct file *file;
	const char *filename;
	int argc, envc;
	char *strings;		/* argv then envp, each NUL-terminated */
	unsigned long len;	/* bytes used in strings */
};

int kernel_read(struct file *file, unsigned long offset, char *addr,
		unsigned long count);
int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs);
int flush_old_exec(struct linux_binprm *bprm);
int do_execve(char *filename, char **argv, char **envp,
	      struct pt_regs *regs);

#endif
