/*
 * fs/exec.c - execve: open the file, copy the argument and environment
 * strings out of the old address space, then let the binary format
 * (only ELF, fs/binfmt_elf.c) replace the address space and the user
 * registers. Scripts (#!) and a list of formats are left out.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/binfmts.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
#include <asm/pgalloc.h>


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

/*
 * copy_strings - append the NULL-terminated array of strings @argv (an
 * address in the caller's space) to bprm->strings. Returns the number of
 * strings, -EFAULT or -E2BIG.
 */
static int copy_strings(struct linux_binprm *bprm, char **argv)
{
	char *str;
	long len;
	int n = 0;

	for (; argv; argv++, n++) {
		if (get_user(str, argv))
			return -EFAULT;
		if (!str)
			break;
		len = strnlen_user(str, MAX_ARG_BYTES);
		if (!len)
			return -EFAULT;
		if (bprm->len + len > MAX_ARG_BYTES)
			return -E2BIG;
		if (copy_from_user(bprm->strings + bprm->len, str, len))
			return -EFAULT;
		bprm->len += len;
	}
	return n;
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

/*
 * flush_old_exec - the point of no return: a new, empty address space
 * replaces the old one (a vfork parent may go on), TLS and FPU state
 * go, handlers go back to SIG_DFL while ignored signals stay ignored and
 * the blocked and pending signals stay, as on Linux; the task takes the
 * program's name. Returns 0 or -ENOMEM.
 */
int flush_old_exec(struct linux_binprm *bprm)
{
	struct mm_struct *mm, *old = current->mm;
	const char *name = strrchr(bprm->filename, '/');

	if (make_private_signals())
		return -ENOMEM;
	mm = mm_alloc();
	if (!mm)
		return -ENOMEM;
	if (old)
		mm_release();
	current->mm = mm;
	current->active_mm = mm;
	load_cr3(mm->pgd);
	if (old)
		mmput(old);
	current->flags &= ~(PF_KTHREAD | PF_FORKNOEXEC);
	current->did_exec = 1;
	flush_thread();
	flush_signal_handlers(current);
	current->sas_ss_sp = current->sas_ss_size = 0;
	strlcpy(current->comm, name ? name + 1 : bprm->filename,
		sizeof(current->comm));
	return 0;
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
	struct linux_binprm bprm = { .filename = filename };
	int retval;

	bprm.file = filp_open(filename, O_RDONLY);
	if (IS_ERR(bprm.file))
		return (long)bprm.file;
	retval = -EACCES;
	if (!S_ISREG(bprm.file->f_inode->i_mode))
		goto out_file;
	retval = -ENOMEM;
	bprm.strings = kmalloc(MAX_ARG_BYTES, GFP_KERNEL);
	if (!bprm.strings)
		goto out_file;
	bprm.argc = retval = copy_strings(&bprm, argv);
	if (retval < 0)
		goto out_strings;
	bprm.envc = retval = copy_strings(&bprm, envp);
	if (retval < 0)
		goto out_strings;
	memset(bprm.buf, 0, BINPRM_BUF_SIZE);
	retval = kernel_read(bprm.file, 0, bprm.buf, BINPRM_BUF_SIZE);
	if (retval >= 0)
		retval = load_elf_binary(&bprm, regs);
out_strings:
	kfree(bprm.strings);
out_file:
	fput(bprm.file);
	return retval;
}
