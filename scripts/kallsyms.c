/*
 * scripts/kallsyms.c - the kernel's own symbol table, for a symbolic
 * oops (a host program, as in Linux 2.6). Reads `nm -n vmlinux` on stdin
 * and writes assembly for kernel/kallsyms.c: kallsyms_addresses (sorted),
 * kallsyms_num_syms and kallsyms_names, one NUL-terminated name per
 * address. Only code symbols (nm types t and T) are kept: a backtrace
 * names functions, never data or absolute values such as PAGE_SIZE.
 * Linux compresses the names; lk24 keeps them plain, readable in a dump.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SYMS	65536
#define NAME_MAX_LEN	127

struct sym {
	unsigned long addr;
	char name[NAME_MAX_LEN + 1];
};

static struct sym syms[MAX_SYMS];

/* read_symbols - the code symbols of nm's output, one per address. */
static int read_symbols(FILE *in)
{
	char line[512], type, name[NAME_MAX_LEN + 1];
	unsigned long addr;
	int n = 0;

	while (fgets(line, sizeof(line), in)) {
		if (sscanf(line, "%lx %c %127s", &addr, &type, name) != 3)
			continue;
		if (type != 't' && type != 'T')
			continue;
		if (n > 0 && syms[n - 1].addr == addr)
			continue;	/* an alias: keep nm's first name */
		if (n > 0 && syms[n - 1].addr > addr) {
			fprintf(stderr, "kallsyms: input not sorted (nm -n)\n");
			exit(1);
		}
		if (n == MAX_SYMS) {
			fprintf(stderr, "kallsyms: more than %d symbols\n",
				MAX_SYMS);
			exit(1);
		}
		syms[n].addr = addr;
		strcpy(syms[n++].name, name);
	}
	return n;
}

int main(void)
{
	int i, n = read_symbols(stdin);

	printf("/* made by scripts/kallsyms from nm -n vmlinux */\n"
	       "\t.section .rodata\n\t.align 4\n"
	       "\t.globl kallsyms_addresses\nkallsyms_addresses:\n");
	for (i = 0; i < n; i++)
		printf("\t.long 0x%08lx\n", syms[i].addr);
	printf("\t.globl kallsyms_num_syms\nkallsyms_num_syms:\n"
	       "\t.long %d\n\t.globl kallsyms_names\nkallsyms_names:\n", n);
	for (i = 0; i < n; i++)
		printf("\t.asciz \"%s\"\n", syms[i].name);
	return 0;
}
