/*
 * fs/exec.c - execve: open the file, copy the argument and environment
 * strings out of the old address space into argument pages (2.4's
 * MAX_ARG_PAGES, 128 KB: more is E2BIG), then let the binary format
 * (only ELF, fs/binfmt_elf.c) replace the address space, map those pages
 * as the top of the new stack (setup_arg_pages) and set the registers.
 * Scripts (#!) and a list of formats are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/binfmts.h>
#include <asm/uaccess.h>
#include <asm/bitops.h>
#include <asm/errno.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <linux/highmem.h>
#include <asm/mmu_context.h>


/* kernel_read - @count bytes of @file at @offset into kernel @addr.
 * Returns the bytes read or -errno. */
int kernel_read(struct file *file, unsigned long offset, char *addr,
		unsigned long count)
{
	mm_segment_t old_fs = get_fs();
	loff_t pos = offset;
	int ret;

	set_fs(KERNEL_DS);
	ret = file->f_op->read(file, addr, count, &pos);
	set_fs(old_fs);
	return ret;
}

/* count - the strings in the user array @argv, at most @max; -EFAULT
 * or -E2BIG. */
static int count(char **argv, int max)
{
	int i = 0;
	char *p;

	for (; argv; argv++) {
		if (get_user(p, argv))
			return -EFAULT;
		if (!p)
			break;
		if (++i > max)
			return -E2BIG;
	}
	return i;
}

/*
 * copy_to_arg_pages - @len bytes of user string @str to offset @pos of
 * the argument pages, allocating them as they are reached. 0, -EFAULT
 * or -ENOMEM.
 */
static int copy_to_arg_pages(struct linux_binprm *bprm, unsigned long pos,
			     const char *str, unsigned long len)
{
	unsigned long offset, n;
	struct page **page;
	char *kaddr;
	int err;

	while (len) {
		page = &bprm->page[pos / PAGE_SIZE];
		offset = pos % PAGE_SIZE;
		n = min(len, PAGE_SIZE - offset);
		if (!*page) {
			*page = alloc_page(GFP_HIGHUSER);
			if (!*page)
				return -ENOMEM;
			clear_user_highpage(*page, 0);
		}
		kaddr = kmap(*page);
		err = copy_from_user(kaddr + offset, str, n);
		kunmap(*page);
		if (err)
			return -EFAULT;
		pos += n;
		str += n;
		len -= n;
	}
	return 0;
}

/*
 * copy_strings - the @argc strings of the user array @argv, last first,
 * just below bprm->p, which moves down; so argv[0] ends up lowest.
 * Returns 0, -EFAULT, -ENOMEM or -E2BIG when they do not fit.
 */
static int copy_strings(int argc, char **argv, struct linux_binprm *bprm)
{
	char *str;
	long len;
	int err;

	while (argc-- > 0) {
		if (get_user(str, argv + argc))
			return -EFAULT;
		len = strnlen_user(str, bprm->p);
		if (!len)
			return -EFAULT;
		if (len > (long)bprm->p)
			return -E2BIG;
		bprm->p -= len;
		err = copy_to_arg_pages(bprm, bprm->p, str, len);
		if (err)
			return err;
	}
	return 0;
}

/* free_arg_pages - the argument pages exec did not get to map */
static void free_arg_pages(struct linux_binprm *bprm)
{
	int i;

	for (i = 0; i < MAX_ARG_PAGES; i++)
		if (bprm->page[i])
			__free_page(bprm->page[i]);
}

/*
 * setup_arg_pages - map the argument pages as the top MAX_ARG_PAGES
 * pages below @stack_top of the new address space, which must have a
 * stack area there; the pages belong to it from now on. 0 or -ENOMEM.
 */
int setup_arg_pages(struct linux_binprm *bprm, unsigned long stack_top)
{
	unsigned long addr = stack_top - MAX_ARG_PAGES * PAGE_SIZE;
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma = find_vma(mm, addr);
	pte_t *pte;
	int i;

	for (i = 0; i < MAX_ARG_PAGES; i++, addr += PAGE_SIZE) {
		if (!bprm->page[i])
			continue;
		pte = pte_alloc(mm, pmd_alloc(mm, pgd_offset(mm, addr), addr),
				addr);
		if (!pte)
			return -ENOMEM;
		set_pte(pte, pte_mkdirty(mk_pte(bprm->page[i],
						vma->vm_page_prot)));
		bprm->page[i] = NULL;
	}
	return 0;
}

/*
 * make_private_signals - a task that shares its handlers (CLONE_SIGHAND)
 * gets a copy of its own before exec changes them. 0 or -ENOMEM.
 */
static int make_private_signals(void)
{
	struct signal_struct *newsig;

	if (atomic_read(&current->sig->count) <= 1)
		return 0;
	newsig = dup_sighand();
	if (!newsig)
		return -ENOMEM;
	atomic_dec(&current->sig->count);
	current->sig = newsig;
	return 0;
}

/* flush_old_files - close the descriptors marked close-on-exec. A table
 * shared through CLONE_FILES loses them for every sharer, as in 2.4
 * (later Linux unshares it first). */
static void flush_old_files(struct files_struct *files)
{
	unsigned int fd;

	for (fd = 0; files && fd < files->max_fds; fd++)
		if (test_bit(fd, files->close_on_exec))
			sys_close(fd);
}

/*
 * flush_old_exec - the point of no return: a new, empty address space
 * replaces the old one (a vfork parent may go on), TLS and FPU state
 * go, handlers go back to SIG_DFL while ignored signals stay ignored and
 * the blocked and pending signals stay, as on Linux; descriptors marked
 * close-on-exec are closed; the task takes the program's name. Returns
 * 0 or -ENOMEM.
 */
int flush_old_exec(struct linux_binprm *bprm)
{
	struct mm_struct *mm, *old = current->mm, *active;
	const char *name = strrchr(bprm->filename, '/');

	if (make_private_signals())
		return -ENOMEM;
	mm = mm_alloc();
	if (!mm)
		return -ENOMEM;
	if (old)
		mm_release();
	active = current->active_mm;
	current->mm = mm;
	current->active_mm = mm;
	activate_mm(active, mm);
	if (old)
		mmput(old);
	else
		mmdrop(active);		/* a kernel thread borrowed it */
	current->flags &= ~(PF_KTHREAD | PF_FORKNOEXEC);
	current->did_exec = 1;
	flush_thread();
	flush_signal_handlers(current);
	flush_old_files(current->files);
	current->sas_ss_sp = current->sas_ss_size = 0;
	strlcpy(current->comm, name ? name + 1 : bprm->filename,
		sizeof(current->comm));
	return 0;
}

/*
 * open_exec - open kernel path @name to run it: a regular file with an
 * x bit the task may use (read permission is not needed). The file or
 * an ERR pointer: -EACCES, or the walk's error.
 */
struct file *open_exec(const char *name)
{
	struct nameidata nd;
	struct inode *inode;
	int err;

	path_init(name, LOOKUP_FOLLOW, &nd);
	err = path_walk(name, &nd);
	if (err)
		return ERR_PTR(err);
	inode = nd.dentry->d_inode;
	err = -EACCES;
	if (S_ISREG(inode->i_mode))
		err = permission(inode, MAY_EXEC);
	if (!err) {
		dget(nd.dentry);
		mntget(nd.mnt);
	}
	path_release(&nd);
	return err ? ERR_PTR(err) : dentry_open(nd.dentry, nd.mnt, O_RDONLY);
}

/*
 * do_execve - run @filename with @argv and @envp (addresses in the
 * caller's space) in the current task. On success @regs hold the new
 * program's entry; on failure before the point of no return the old
 * program goes on with -errno.
 */
int do_execve(char *filename, char **argv, char **envp,
	      struct pt_regs *regs)
{
	struct linux_binprm bprm = { .filename = filename };	/* pages NULL */
	int retval;

	bprm.file = open_exec(filename);
	if (IS_ERR(bprm.file))
		return PTR_ERR(bprm.file);
	bprm.p = MAX_ARG_PAGES * PAGE_SIZE;
	bprm.argc = retval = count(argv, bprm.p / sizeof(void *));
	if (retval < 0)
		goto out_file;
	bprm.envc = retval = count(envp, bprm.p / sizeof(void *));
	if (retval < 0)
		goto out_file;
	retval = copy_strings(bprm.envc, envp, &bprm);
	if (!retval)
		retval = copy_strings(bprm.argc, argv, &bprm);
	if (retval < 0)
		goto out_pages;
	memset(bprm.buf, 0, BINPRM_BUF_SIZE);
	retval = kernel_read(bprm.file, 0, bprm.buf, BINPRM_BUF_SIZE);
	if (retval >= 0)
		retval = load_elf_binary(&bprm, regs);
	if (retval >= 0) {
		atomic_inc(&bprm.file->f_count);	/* the mm's */
		current->mm->exe_file = bprm.file;
	}
out_pages:
	free_arg_pages(&bprm);
out_file:
	fput(bprm.file);
	return retval;
}
