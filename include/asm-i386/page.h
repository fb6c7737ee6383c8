/*
 * include/asm-i386/page.h - page size, the entry types, __pa/__va.
 * Slides "Splitting the address", "Page Table Data Structures" (pte_t,
 * pmd_t, pgd_t are one-field structs so that C's weak typing cannot mix
 * them up: slide "Fighting against weak typing") and "__set_pmd() and
 * __pa()". Only the 2-level (non-PAE) layout.
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

typedef struct { unsigned long pte_low; } pte_t;
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pgd; } pgd_t;
typedef struct { unsigned long pgprot; } pgprot_t;

#define pte_val(x)	((x).pte_low)
#define pmd_val(x)	((x).pmd)
#define pgd_val(x)	((x).pgd)
#define pgprot_val(x)	((x).pgprot)
#define __pte(x)	((pte_t) { (x) })
#define __pmd(x)	((pmd_t) { (x) })
#define __pgd(x)	((pgd_t) { (x) })
#define __pgprot(x)	((pgprot_t) { (x) })

/* to align the pointer to the (next) page boundary */
#define PAGE_ALIGN(addr)	(((addr) + PAGE_SIZE - 1) & PAGE_MASK)

#define __pa(x)		((unsigned long)(x) - PAGE_OFFSET)
#define __va(x)		((void *)((unsigned long)(x) + PAGE_OFFSET))
#define virt_to_page(kaddr)	(mem_map + (__pa(kaddr) >> PAGE_SHIFT))
#define VALID_PAGE(page)	((page) - mem_map < max_mapnr)

/*
 * clear_page and copy_page work on one page's kernel address, for pages
 * handed to user space and page tables. clear_page stores 8 bytes at a
 * time with MMX where it may (arch/i386/lib/mmx.c); a copy with MMX
 * would take as many instructions as rep movsl, so copy_page is memcpy.
 */
void mmx_clear_page(void *page);
#define clear_page(page)	mmx_clear_page((void *)(page))
#define copy_page(to, from)	memcpy((void *)(to), (void *)(from), PAGE_SIZE)
#define clear_user_page(page, vaddr)	clear_page(page)
#define copy_user_page(to, from, vaddr)	copy_page(to, from)

/* BUG() traps with ud2 after saying where; the trap handler oopses. */
extern void __bug(const char *file, int line) __attribute__((noreturn));
#define BUG()		__bug(__FILE__, __LINE__)
#define BUG_ON(cond)	do { if (cond) BUG(); } while (0)

#endif /* __ASSEMBLY__ */
#endif
