/*
 * include/asm-i386/page.h - page size, the PAGE_OFFSET split, __pa/__va.
 * Slides "Splitting the address" and "__set_pmd() and __pa()". The
 * page-table entry types join this file with the memory issue.
 */
#ifndef _I386_PAGE_H
#define _I386_PAGE_H

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))

#define __PAGE_OFFSET	0xC0000000

#ifdef __ASSEMBLY__
#define PAGE_OFFSET	__PAGE_OFFSET
#else
#define PAGE_OFFSET	((unsigned long)__PAGE_OFFSET)

/* to align the pointer to the (next) page boundary */
#define PAGE_ALIGN(addr)	(((addr) + PAGE_SIZE - 1) & PAGE_MASK)

#define __pa(x)		((unsigned long)(x) - PAGE_OFFSET)
#define __va(x)		((void *)((unsigned long)(x) + PAGE_OFFSET))

/* BUG() traps with ud2 after saying where; the trap handler oopses. */
extern void __bug(const char *file, int line) __attribute__((noreturn));
#define BUG()		__bug(__FILE__, __LINE__)
#define BUG_ON(cond)	do { if (cond) BUG(); } while (0)

#endif /* __ASSEMBLY__ */
#endif
