/*
 * include/linux/binfmts.h - what execve hands a binary format loader:
 * the open file, its first bytes, and the argument and environment
 * strings, already copied out of the old address space into up to
 * MAX_ARG_PAGES pages, filled from the top down (bprm->p is where they
 * start), which become the top of the new stack.
 */
#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H

#include <asm/ptrace.h>

#define BINPRM_BUF_SIZE	128
#define MAX_ARG_PAGES	32	/* 128 KB of argv and envp strings */

struct file;
struct page;

struct linux_binprm {
	char buf[BINPRM_BUF_SIZE];
	struct file *file;
	const char *filename;
	int argc, envc;
	struct page *page[MAX_ARG_PAGES];	/* NULL until used */
	unsigned long p;	/* the strings start at this offset */
};

int setup_arg_pages(struct linux_binprm *bprm, unsigned long stack_top);

int kernel_read(struct file *file, unsigned long offset, char *addr,
		unsigned long count);
int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs);
int flush_old_exec(struct linux_binprm *bprm);
int do_execve(char *filename, char **argv, char **envp,
	      struct pt_regs *regs);

#endif
