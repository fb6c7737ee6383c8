/*
 * include/linux/kbd_ll.h - between the keyboard controller's driver
 * (drivers/char/pc_keyb.c) and the scancode translation above it
 * (drivers/char/keyboard.c), as in 2.4.
 */
#ifndef _LINUX_KBD_LL_H
#define _LINUX_KBD_LL_H

void handle_scancode(unsigned char scancode, int down);

#endif
