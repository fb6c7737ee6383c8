/*
 * include/linux/init.h - boot-only code and data, and boot options.
 * __init code and __initdata live in sections that mem_init frees after
 * boot (slide "Kernel Initialization Signature"). __setup("name=", fn)
 * registers a command-line option handler, as in Linux 2.4.
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#define __init		__attribute__((__section__(".text.init")))
#define __initdata	__attribute__((__section__(".data.init")))

#ifndef __ASSEMBLY__

struct kernel_param {
	const char *str;
	int (*setup_func)(char *);
};

extern struct kernel_param __setup_start[], __setup_end[];
extern char __init_begin[], __init_end[];

/* The handler gets the text after "name="; it returns 1 if it used it. */
#define __setup(str, fn)						\
	static char __setup_str_##fn[] __initdata = str;		\
	static struct kernel_param __setup_##fn				\
		__attribute__((used, __section__(".setup.init"))) =	\
		{ __setup_str_##fn, fn }

/* Run once at the end of boot, in link order (do_initcalls). */
typedef int (*initcall_t)(void);
extern initcall_t __initcall_start[], __initcall_end[];

#define __initcall(fn)							\
	static initcall_t __initcall_##fn				\
		__attribute__((used, __section__(".initcall.init"))) = fn

#endif
#endif
