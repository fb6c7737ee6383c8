/*
 * include/linux/sys.h - the size of sys_call_table (slide "Limitations").
 * Linux 2.4 ends at exit_group (252); entries 253 to 269 are free for new
 * system calls (slide: "By default, we have space from 253 to 269").
 * Changing it means rebuilding everything that includes this file.
 */
#ifndef _LINUX_SYS_H
#define _LINUX_SYS_H

#define NR_syscalls	270

#endif
