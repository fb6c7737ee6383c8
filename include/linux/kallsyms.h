/*
 * include/linux/kallsyms.h - the kernel's own symbol table (Linux 2.6;
 * 2.4 left symbolising an oops to ksymoops in user space). An address
 * in the kernel's code becomes "function+0xoffset/0xsize", as an oops
 * backtrace, a self-check and the soft-lockup detector print it.
 */
#ifndef _LINUX_KALLSYMS_H
#define _LINUX_KALLSYMS_H

#define KSYM_NAME_LEN		64
/* "name+0xoffset/0xsize" with room for both numbers */
#define KSYM_SYMBOL_LEN		(KSYM_NAME_LEN + 24)

const char *kallsyms_lookup(unsigned long addr, unsigned long *symbolsize,
			    unsigned long *offset, char *namebuf);
int sprint_symbol(char *buffer, unsigned long addr);
int sprint_backtrace(char *buffer, unsigned long addr);
void __print_symbol(const char *fmt, unsigned long addr);

/* print_symbol - printk @fmt with its one %s replaced by @addr's name */
#define print_symbol(fmt, addr)	__print_symbol(fmt, addr)

#endif
