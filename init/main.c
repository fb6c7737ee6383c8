/*
 * init/main.c - start_kernel, the architecture-independent entry point.
 * Slides "Kernel Initialization" and "Kernel Initialization Signature":
 * called once by arch/i386/kernel/head.S on CPU 0 with paging on. It runs
 * 2.4's init steps in 2.4's order as far as lk24 has them, parses boot
 * options, starts process 1 (init, a kernel thread until it execs the
 * first program) and becomes the idle task. calibrate_delay and the
 * page and buffer caches of 2.4 are left out.
 */
#define __KERNEL_SYSCALLS__
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>
#include <linux/slab.h>
#include <asm/unistd.h>
#include <linux/string.h>
#include <linux/console.h>
#include <linux/mm.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/time.h>
#include <asm/setup.h>
#include <asm/hw_irq.h>
#include <linux/smp.h>
#include <linux/smp_lock.h>
#include <asm/system.h>

#define MAX_INIT_ARGS	8
#define MAX_INIT_ENVS	8

char *argv_init[MAX_INIT_ARGS + 2] = { "init", NULL, };
char *envp_init[MAX_INIT_ENVS + 2] = { "HOME=/", "TERM=linux", NULL, };
char *execute_command;
/* might_sleep stays quiet while it is set: boot code before the first
 * sti may allocate with GFP_KERNEL, as nothing can make it wait */
int early_boot_irqs_disabled = 1;

static int __init init_setup(char *str)
{
	execute_command = str;
	return 1;
}
__setup("init=", init_setup);

static int __init quiet_kernel(char *str)
{
	console_loglevel = 4;	/* KERN_WARNING and worse */
	return 1;
}
__setup("quiet", quiet_kernel);

static int __init debug_kernel(char *str)
{
	console_loglevel = 10;	/* everything */
	return 1;
}
__setup("debug", debug_kernel);

/* checksetup - run the __setup handler whose name prefixes @line. */
static int __init checksetup(char *line)
{
	struct kernel_param *p;

	for (p = __setup_start; p < __setup_end; p++) {
		int n = strlen(p->str);

		if (!strncmp(line, p->str, n) && p->setup_func(line + n))
			return 1;
	}
	return 0;
}

/* pass_to_init - an option no handler took: an argument or, with '=',
 * an environment variable for init, as Linux 2.4 does. */
static void __init pass_to_init(char *line)
{
	char **list = strchr(line, '=') ? envp_init : argv_init;
	int max = strchr(line, '=') ? MAX_INIT_ENVS : MAX_INIT_ARGS;
	int i;

	printk(KERN_WARNING "Unknown boot option `%s': passing it to init\n",
	       line);
	for (i = 0; list[i]; i++)
		;
	if (i < max) {
		list[i] = line;
		list[i + 1] = NULL;
	} else {
		printk(KERN_ERR "pass_to_init: too many options for init, "
		       "`%s' dropped\n", line);
	}
}

/*
 * parse_options - split the command line at spaces and give each word to
 * its __setup handler, or to init. Words after "--" all go to init.
 */
static void __init parse_options(char *line)
{
	char *word;
	int to_init = 0;

	while ((word = strsep(&line, " ")) != NULL) {
		if (!*word)
			continue;
		if (!to_init && !strcmp(word, "--")) {
			to_init = 1;
			continue;
		}
		if (to_init || !checksetup(word))
			pass_to_init(word);
	}
}

/* do_initcalls - the one-time init functions, in link order. */
static void __init do_initcalls(void)
{
	initcall_t *call;

	for (call = __initcall_start; call < __initcall_end; call++)
		(*call)();
}

/* run_init_process - execve from the kernel: returns only on failure,
 * with the -errno it failed with */
static int run_init_process(char *init_filename)
{
	argv_init[0] = init_filename;
	execve(init_filename, argv_init, envp_init);
	return -errno;
}

struct task_struct *child_reaper = &init_task;

/* open_console - process 1's descriptors 0, 1 and 2: the console. */
static void open_console(void)
{
	if (open("/dev/console", O_RDWR, 0) < 0)
		printk(KERN_WARNING "Warning: unable to open an initial "
		       "console.\n");
	(void)dup(0);
	(void)dup(0);
}

/*
 * init - process 1, a kernel thread until it execs: keventd, the initcalls, the
 * root file system from the initrd, freeing __init memory (this runs in
 * .text, so that is safe), the console on fds 0-2, then the first user
 * program. It holds the big kernel lock until then, as 2.4's does. If
 * no program can be run, there is nothing left to do.
 */
static int init(void *unused)
{
	lock_kernel();
	child_reaper = current;
	printk(KERN_INFO "init: process %d, running initcalls\n",
	       current->pid);
	start_context_thread();
	do_initcalls();
	populate_rootfs();
	free_initmem();
	open_console();
	unlock_kernel();	/* execve takes it as any system call does */
	printk(KERN_NOTICE "init: starting %s\n",
	       execute_command ? execute_command : "/sbin/init");
	if (execute_command)
		printk(KERN_WARNING "init=%s failed (%d), trying /sbin/init\n",
		       execute_command, run_init_process(execute_command));
	run_init_process("/sbin/init");
	run_init_process("/etc/init");
	run_init_process("/bin/init");
	run_init_process("/bin/sh");
	panic("init: no init found. Try passing init= option to kernel.");
}

/* smp_init - the other CPUs, if the MP table lists any (smpboot.c) */
static void __init smp_init(void)
{
	smp_boot_cpus();
	smp_selftest();
}

/*
 * rest_init - start process 1 and become the idle task. Not __init:
 * start_kernel's memory is freed while this CPU idles here.
 */
static void __attribute__((noinline)) rest_init(void)
{
	kernel_thread(init, NULL, CLONE_FS | CLONE_FILES | CLONE_SIGHAND);
	printk(KERN_INFO "rest_init: CPU 0 idle, process 1 started\n");
	cpu_idle();
}

/*
 * start_kernel - bring the kernel up, step by step, and never return.
 * printk works from the first line: messages wait in the log buffer until
 * console_init registers the consoles.
 */
asmlinkage void __init start_kernel(void)
{
	char *command_line;

	printk(KERN_NOTICE "%s", linux_banner);
	printk(KERN_INFO "start_kernel: CPU %d (APIC id %d), paging on, "
	       "running at %p\n", smp_processor_id(),
	       hard_smp_processor_id(), start_kernel);
	setup_arch(&command_line);
	printk(KERN_NOTICE "Kernel command line: %s\n", saved_command_line);
	parse_options(command_line);
	trap_init();
	init_IRQ();
	sched_init();
	softirq_init();
	time_init();
	console_init();
	kmem_cache_init();
	early_boot_irqs_disabled = 0;
	sti();
	mem_init();
	kmem_cache_sizes_init();
	fork_init(num_physpages);
	signals_init();
	vfs_caches_init(num_physpages);
	proc_root_init();
	smp_init();
	rest_init();
}
