/*
 * fs/binfmt_elf.c - load a static ELF32 i386 executable (book 20.4).
 * Checks the header and segments before the point of no return, then
 * maps each PT_LOAD segment (its pages are filled from the file now,
 * not on fault), the bss, the stack topped by the argument pages, with
 * argc, argv, envp and the auxiliary vector below (create_elf_tables),
 * and points the user registers at the entry. Dynamic linking
 * (PT_INTERP) and core dumps are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/elf.h>
#include <linux/binfmts.h>
#include <linux/highmem.h>
#include <linux/time.h>
#include <linux/random.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/pgalloc.h>
#include <asm/processor.h>
#include <asm/mman.h>
#include <asm/elf.h>
#include <asm/param.h>


#define STACK_TOP	TASK_SIZE
#define STACK_PAGES	MAX_ARG_PAGES	/* mapped at exec; grows on faults */
#define ELF_PAGESTART(v)	((v) & PAGE_MASK)

extern unsigned int boot_cpu_features;

/* check_header - an i386 executable ELF32 file, little endian. */
static int check_header(const Elf32_Ehdr *eh, loff_t size)
{
	if (memcmp(eh->e_ident, ELFMAG, 4) ||
	    eh->e_ident[EI_CLASS] != ELFCLASS32 ||
	    eh->e_ident[EI_DATA] != ELFDATA2LSB ||
	    eh->e_type != ET_EXEC || eh->e_machine != EM_386 ||
	    eh->e_phentsize != sizeof(Elf32_Phdr) || eh->e_phnum < 1 ||
	    eh->e_phnum > PAGE_SIZE / sizeof(Elf32_Phdr) ||
	    eh->e_phoff + eh->e_phnum * sizeof(Elf32_Phdr) > size)
		return -ENOEXEC;
	return 0;
}

/*
 * check_segments - every PT_LOAD inside the file and below the kernel,
 * no interpreter. Sets *@brk to the end of the highest segment.
 */
static int check_segments(const Elf32_Phdr *ph, int n, loff_t size,
			  unsigned long *brk)
{
	unsigned long end;
	int i;

	*brk = 0;
	for (i = 0; i < n; i++, ph++) {
		if (ph->p_type == PT_INTERP)
			return -ENOEXEC;	/* dynamic: not supported */
		if (ph->p_type != PT_LOAD)
			continue;
		end = ph->p_vaddr + ph->p_memsz;
		if (ph->p_filesz > ph->p_memsz || end < ph->p_vaddr ||
		    end > STACK_TOP - STACK_PAGES * PAGE_SIZE ||
		    ph->p_offset + ph->p_filesz > size ||
		    ph->p_offset + ph->p_filesz < ph->p_offset ||
		    (ph->p_vaddr & ~PAGE_MASK) != (ph->p_offset & ~PAGE_MASK))
			return -ENOEXEC;
		if (end > *brk)
			*brk = end;
	}
	return *brk ? 0 : -ENOEXEC;
}

/*
 * fill_page - the user page at @addr of the new address space: its
 * frame (made if absent) gets the bytes of @file that belong there.
 */
static int fill_page(struct vm_area_struct *vma, unsigned long addr,
		     struct file *file, const Elf32_Phdr *ph)
{
	struct mm_struct *mm = vma->vm_mm;
	pte_t *pte = pte_alloc(mm, pmd_alloc(mm, pgd_offset(mm, addr), addr),
			       addr);
	unsigned long from = max(addr, (unsigned long)ph->p_vaddr);
	unsigned long to = min(addr + PAGE_SIZE,
			       (unsigned long)(ph->p_vaddr + ph->p_filesz));
	struct page *page;
	char *kaddr;

	if (!pte)
		return -ENOMEM;
	if (pte_none(*pte)) {
		page = alloc_page(GFP_HIGHUSER);
		if (!page)
			return -ENOMEM;
		clear_user_highpage(page, addr);
		set_pte(pte, mk_pte(page, vma->vm_page_prot));
	}
	if (from >= to)
		return 0;	/* all bss */
	kaddr = kmap(pte_page(*pte));
	kernel_read(file, ph->p_offset + (from - ph->p_vaddr),
		    kaddr + (from & ~PAGE_MASK), to - from);
	kunmap(pte_page(*pte));
	return 0;
}

/* map_segment - a PT_LOAD segment's area, filled from the file. */
static int map_segment(struct file *file, const Elf32_Phdr *ph)
{
	unsigned long start = ELF_PAGESTART(ph->p_vaddr);
	unsigned long end = PAGE_ALIGN(ph->p_vaddr + ph->p_memsz);
	unsigned long prot = 0, addr;
	struct vm_area_struct *vma;

	/* on i386 a readable page is executable; writable implies read */
	if (ph->p_flags & (PF_R | PF_X))
		prot |= PROT_READ | PROT_EXEC;
	if (ph->p_flags & PF_W)
		prot |= PROT_READ | PROT_WRITE;
	addr = do_mmap_pgoff(NULL, start, end - start, prot,
			     MAP_FIXED | MAP_PRIVATE, 0);
	if (addr != start)
		return -ENOMEM;
	vma = find_vma(current->mm, start);
	for (addr = start; addr < end; addr += PAGE_SIZE)
		if (fill_page(vma, addr, file, ph))
			return -ENOMEM;
	return 0;
}

/* push_aux - the auxiliary vector, in the order Linux i386 gives it. */
static unsigned long *push_aux(unsigned long *p, const Elf32_Ehdr *eh,
			       unsigned long phdr, unsigned long random)
{
#define NEW_AUX_ENT(id, val)	do { *p++ = (id); *p++ = (val); } while (0)
	ARCH_DLINFO;
	NEW_AUX_ENT(AT_HWCAP, boot_cpu_features);
	NEW_AUX_ENT(AT_PAGESZ, PAGE_SIZE);
	NEW_AUX_ENT(AT_CLKTCK, HZ);
	NEW_AUX_ENT(AT_PHDR, phdr);
	NEW_AUX_ENT(AT_PHENT, sizeof(Elf32_Phdr));
	NEW_AUX_ENT(AT_PHNUM, eh->e_phnum);
	NEW_AUX_ENT(AT_BASE, 0);
	NEW_AUX_ENT(AT_FLAGS, 0);
	NEW_AUX_ENT(AT_ENTRY, eh->e_entry);
	NEW_AUX_ENT(AT_UID, current->uid);
	NEW_AUX_ENT(AT_EUID, current->euid);
	NEW_AUX_ENT(AT_GID, current->gid);
	NEW_AUX_ENT(AT_EGID, current->egid);
	NEW_AUX_ENT(AT_SECURE, 0);
	NEW_AUX_ENT(AT_RANDOM, random);
	NEW_AUX_ENT(AT_NULL, 0);
#undef NEW_AUX_ENT
	return p;
}

/*
 * create_elf_tables - below the strings setup_arg_pages mapped at the
 * top of the stack: 16 AT_RANDOM bytes, then (16-byte aligned) argc,
 * argv[], NULL, envp[], NULL and the auxiliary vector. Returns the new
 * %esp or -errno.
 */
static unsigned long create_elf_tables(struct linux_binprm *bprm,
				       const Elf32_Ehdr *eh,
				       unsigned long phdr)
{
	unsigned long str = STACK_TOP - MAX_ARG_PAGES * PAGE_SIZE + bprm->p;
	unsigned long random = (str - 16) & ~15UL, aux[2 * 24 + 4], *end;
	int nptr = 1 + bprm->argc + 1 + bprm->envc + 1, i;
	unsigned long *ptrs = kmalloc(nptr * sizeof(long), GFP_KERNEL);
	unsigned long sp = -EFAULT;
	char bytes[16];

	if (!ptrs)
		return -ENOMEM;
	ptrs[0] = bprm->argc;
	current->mm->arg_start = str;
	for (i = 1; i < nptr; i++) {
		if (i == 1 + bprm->argc)
			current->mm->arg_end = current->mm->env_start = str;
		if (i == nptr - 1)
			current->mm->env_end = str;
		if (i == 1 + bprm->argc || i == nptr - 1) {
			ptrs[i] = 0;	/* the end of argv, of envp */
			continue;
		}
		ptrs[i] = str;
		str += strnlen_user((char *)str, PAGE_SIZE * MAX_ARG_PAGES);
	}
	end = push_aux(aux, eh, phdr, random);
	get_random_bytes(bytes, sizeof(bytes));
	sp = (random - (nptr + (end - aux)) * sizeof(long)) & ~15UL;
	if (copy_to_user((void *)random, bytes, sizeof(bytes)) ||
	    copy_to_user((void *)sp, ptrs, nptr * sizeof(long)) ||
	    copy_to_user((void *)(sp + nptr * sizeof(long)), aux,
			 (end - aux) * sizeof(long)))
		sp = -EFAULT;
	kfree(ptrs);
	return sp;
}

/* read_phdrs - the program headers, in a kmalloc'd buffer. */
static Elf32_Phdr *read_phdrs(struct file *file, const Elf32_Ehdr *eh)
{
	int size = eh->e_phnum * sizeof(Elf32_Phdr);
	Elf32_Phdr *ph = kmalloc(size, GFP_KERNEL);

	if (ph && kernel_read(file, eh->e_phoff, (char *)ph, size) != size) {
		kfree(ph);
		ph = NULL;
	}
	return ph;
}

/* map_binary - after the point of no return: segments, brk, stack. */
static unsigned long map_binary(struct linux_binprm *bprm,
				const Elf32_Ehdr *eh, const Elf32_Phdr *ph,
				unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long phdr = 0;
	int i;

	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD)
			continue;
		if (map_segment(bprm->file, &ph[i]))
			return -ENOMEM;
		if (!phdr && ph[i].p_offset <= eh->e_phoff)
			phdr = ph[i].p_vaddr - ph[i].p_offset + eh->e_phoff;
		if (!mm->start_code)
			mm->start_code = ph[i].p_vaddr;
	}
	mm->start_brk = mm->brk = PAGE_ALIGN(brk);
	if (do_mmap_pgoff(NULL, STACK_TOP - STACK_PAGES * PAGE_SIZE,
			  STACK_PAGES * PAGE_SIZE,
			  PROT_READ | PROT_WRITE | PROT_EXEC,
			  MAP_FIXED | MAP_PRIVATE | MAP_GROWSDOWN, 0) !=
	    STACK_TOP - STACK_PAGES * PAGE_SIZE)
		return -ENOMEM;
	mm->start_stack = STACK_TOP;
	if (setup_arg_pages(bprm, STACK_TOP))
		return -ENOMEM;
	return create_elf_tables(bprm, eh, phdr);
}

/*
 * load_elf_binary - replace the current program with @bprm's. Returns
 * -ENOEXEC (not an executable we can run: the old program goes on), or 0
 * with @regs at the new entry. A failure after the point of no return
 * kills the task.
 */
int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs)
{
	const Elf32_Ehdr *eh = (const Elf32_Ehdr *)bprm->buf;
	loff_t size = bprm->file->f_dentry->d_inode->i_size;
	unsigned long brk, sp;
	Elf32_Phdr *ph;
	int retval;

	retval = check_header(eh, size);
	if (retval)
		return retval;
	ph = read_phdrs(bprm->file, eh);
	if (!ph)
		return -ENOEXEC;
	retval = check_segments(ph, eh->e_phnum, size, &brk);
	if (retval || (retval = flush_old_exec(bprm)))
		goto out;
	sp = map_binary(bprm, eh, ph, brk);
	if ((long)sp < 0 && (long)sp > -4096) {
		printk(KERN_ERR "load_elf_binary: %s: cannot map it (%ld)\n",
		       bprm->filename, (long)sp);
		do_exit(SIGKILL);
	}
	start_thread(regs, eh->e_entry, sp);
out:
	kfree(ph);
	return retval;
}
