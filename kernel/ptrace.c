/*
 * kernel/ptrace.c - reading another process's memory: access_process_vm
 * walks its page tables, as /proc/PID/cmdline and environ need. 2.4's
 * ptrace(2) itself is left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/highmem.h>
#include <asm/pgtable.h>
#include <asm/errno.h>

/* present_page - the page mapped at @addr in @mm, or NULL if none is */
static struct page *present_page(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd = pgd_offset(mm, addr);
	pmd_t *pmd = pmd_offset(pgd, addr);
	pte_t *pte;

	if (addr >= TASK_SIZE || pmd_none(*pmd))
		return NULL;
	pte = pte_offset(pmd, addr);
	return pte_present(*pte) ? pte_page(*pte) : NULL;
}

/*
 * access_process_vm - copy @len bytes at @addr of @tsk's memory into
 * kernel @buf. Only reading (@write 0) is done; pages not yet faulted
 * in end the copy. Returns the bytes copied.
 */
int access_process_vm(struct task_struct *tsk, unsigned long addr,
		      void *buf, int len, int write)
{
	int done = 0;

	if (write || !tsk->mm)
		return 0;
	while (done < len) {
		struct page *page = present_page(tsk->mm, addr);
		int off = addr & ~PAGE_MASK, n = PAGE_SIZE - off;
		char *kaddr;

		if (!page)
			break;
		if (n > len - done)
			n = len - done;
		kaddr = kmap_atomic(page, KM_USER0);
		memcpy((char *)buf + done, kaddr + off, n);
		kunmap_atomic(kaddr, KM_USER0);
		done += n;
		addr += n;
	}
	return done;
}
