/*
 * arch/i386/mm/extable.c - search_exception_table (slide "Fixup
 * Activation Steps", step 5): the .fixup address for a faulting kernel
 * instruction, from the __ex_table section the linker collects. Linux
 * 2.4 binary-searches the table and relies on it being sorted; lk24's is
 * short, so it is searched in order, which needs no sorting.
 */
#include <linux/kernel.h>
#include <asm/uaccess.h>

extern const struct exception_table_entry __start___ex_table[];
extern const struct exception_table_entry __stop___ex_table[];

/* search_exception_table - the fixup for @addr, or 0 if there is none. */
unsigned long search_exception_table(unsigned long addr)
{
	/* lab: fixups */
	const struct exception_table_entry *e;

	for (e = __start___ex_table; e < __stop___ex_table; e++)
		if (e->insn == addr)
			return e->fixup;
	return 0;
	/* lab: end */
}
