/*
 * kernel/kallsyms.c - addresses to function names from the table the
 * build links in (scripts/kallsyms, three links of vmlinux: Makefile),
 * so that an oops names where it happened without System.map. From
 * Linux 2.6; the names are kept plain (2.6 compresses them) and there
 * are no modules to search.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/kallsyms.h>

/* Weak: the first link of vmlinux has no table yet (Makefile). */
extern const unsigned long kallsyms_addresses[] __attribute__((weak));
extern const unsigned long kallsyms_num_syms __attribute__((weak));
extern const char kallsyms_names[] __attribute__((weak));

extern char _text[], _etext[];

/* is_kernel_text - is @addr in the kernel's code, resident or __init? */
static int is_kernel_text(unsigned long addr)
{
	if (addr >= (unsigned long)_text && addr < (unsigned long)_etext)
		return 1;
	return addr >= (unsigned long)__init_begin &&
	       addr < (unsigned long)__init_end;
}

/* symbol_index - the last symbol at or below @addr (binary search). */
static unsigned long symbol_index(unsigned long addr)
{
	unsigned long low = 0, high = kallsyms_num_syms, mid;

	while (high - low > 1) {
		mid = low + (high - low) / 2;
		if (kallsyms_addresses[mid] <= addr)
			low = mid;
		else
			high = mid;
	}
	return low;
}

/* symbol_name - the @i'th name: names are stored one after another. */
static const char *symbol_name(unsigned long i)
{
	const char *name = kallsyms_names;

	while (i--)
		name += strlen(name) + 1;
	return name;
}

/*
 * kallsyms_lookup - the function @addr lies in. Fills *@symbolsize (up
 * to the next symbol, or the end of the code), *@offset and @namebuf
 * (KSYM_NAME_LEN bytes). Returns @namebuf, or NULL if @addr is not in
 * the kernel's code or the table is empty.
 */
const char *kallsyms_lookup(unsigned long addr, unsigned long *symbolsize,
			    unsigned long *offset, char *namebuf)
{
	unsigned long i, end;

	if (!&kallsyms_num_syms || !kallsyms_num_syms ||
	    !is_kernel_text(addr) || addr < kallsyms_addresses[0])
		return NULL;
	i = symbol_index(addr);
	end = addr < (unsigned long)_etext ? (unsigned long)_etext
					     : (unsigned long)__init_end;
	if (i + 1 < kallsyms_num_syms && kallsyms_addresses[i + 1] < end)
		end = kallsyms_addresses[i + 1];
	*symbolsize = end - kallsyms_addresses[i];
	*offset = addr - kallsyms_addresses[i];
	strlcpy(namebuf, symbol_name(i), KSYM_NAME_LEN);
	return namebuf;
}

/*
 * sprint_symbol - "name+0xoff/0xsize" for @addr into @buffer
 * (KSYM_SYMBOL_LEN bytes), or the bare address if it names no function.
 * Returns the length written.
 */
int sprint_symbol(char *buffer, unsigned long addr)
{
	char name[KSYM_NAME_LEN];
	unsigned long size, offset;

	if (!kallsyms_lookup(addr, &size, &offset, name))
		return sprintf(buffer, "0x%08lx", addr);
	return sprintf(buffer, "%s+0x%lx/0x%lx", name, offset, size);
}

/*
 * sprint_backtrace - sprint_symbol for a return address: a call to a
 * function that never returns (BUG) may be a function's last
 * instruction, so its return address already belongs to the next one.
 * Looks up @addr - 1 instead and prints the offset of @addr.
 */
int sprint_backtrace(char *buffer, unsigned long addr)
{
	char name[KSYM_NAME_LEN];
	unsigned long size, offset;

	if (!kallsyms_lookup(addr - 1, &size, &offset, name))
		return sprintf(buffer, "0x%08lx", addr);
	return sprintf(buffer, "%s+0x%lx/0x%lx", name, offset + 1, size);
}

/* __print_symbol - printk @fmt, whose one %s becomes @addr's name. */
void __print_symbol(const char *fmt, unsigned long addr)
{
	char buffer[KSYM_SYMBOL_LEN];

	sprint_symbol(buffer, addr);
	printk(fmt, buffer);
}
