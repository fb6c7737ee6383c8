/*
 * init/main.c - start_kernel, the architecture-independent entry point.
 * Slides "Kernel Initialization" and "Kernel Initialization Signature":
 * called once by arch/i386/kernel/head.S on CPU 0 with paging on. It runs
 * the init steps that exist so far, parses boot options, runs initcalls,
 * then idles. Linux 2.4 starts init as a kernel thread here; lk24 will
 * when processes exist.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/console.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/setup.h>
#include <asm/smp.h>
#include <asm/system.h>

#define MAX_INIT_ARGS	8
#define MAX_INIT_ENVS	8

extern void cpu_idle(void);
extern void trap_init(void);
extern void init_IRQ(void);
extern void time_init(void);

char *argv_init[MAX_INIT_ARGS + 2] = { "init", NULL, };
char *envp_init[MAX_INIT_ENVS + 2] = { "HOME=/", "TERM=linux", NULL, };
char *execute_command;

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

/*
 * rest_init - the end of boot, in ordinary .text: it frees the __init
 * sections, start_kernel included, so it must not be inlined into it or
 * return to it. Linux 2.4 does this in the init thread; lk24 will too
 * once processes exist.
 */
static void __attribute__((noinline)) rest_init(void)
{
	printk(KERN_INFO "rest_init: init would run %s\n",
	       execute_command ? execute_command : "/sbin/init");
	do_initcalls();
	free_initmem();
	printk(KERN_NOTICE "rest_init: boot complete, CPU 0 idle\n");
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
	time_init();
	console_init();
	kmem_cache_init();
	mem_init();
	kmem_cache_sizes_init();
	sti();
	rest_init();
}
