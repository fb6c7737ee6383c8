/*
 * include/linux/reboot.h - the reboot call's magic numbers and commands
 * (Linux's values), the machine_* functions that stop the machine
 * (arch/i386/kernel/process.c) and Ctrl-Alt-Del. 2.4's reboot notifier
 * chain is left out.
 */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

#define LINUX_REBOOT_MAGIC1		0xfee1dead
#define LINUX_REBOOT_MAGIC2		672274793	/* 0x28121969 */
#define LINUX_REBOOT_MAGIC2A		85072278	/* 0x05121996 */
#define LINUX_REBOOT_MAGIC2B		369367448	/* 0x16041998 */
#define LINUX_REBOOT_MAGIC2C		537993216	/* 0x20112000 */

#define LINUX_REBOOT_CMD_RESTART	0x01234567
#define LINUX_REBOOT_CMD_HALT		0xCDEF0123
#define LINUX_REBOOT_CMD_CAD_ON		0x89ABCDEF
#define LINUX_REBOOT_CMD_CAD_OFF	0x00000000
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321FEDC

void machine_restart(char *cmd) __attribute__((noreturn));
void machine_halt(void) __attribute__((noreturn));
void machine_power_off(void) __attribute__((noreturn));

/* kernel/sys.c: what the keyboard's Ctrl-Alt-Del does */
extern int C_A_D;
void ctrl_alt_del(void);

#endif
