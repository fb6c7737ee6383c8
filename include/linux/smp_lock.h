/*
 * include/linux/smp_lock.h - lock_kernel/unlock_kernel for generic
 * code; the lock itself is in include/asm-i386/smplock.h.
 */
#ifndef __LINUX_SMPLOCK_H
#define __LINUX_SMPLOCK_H

#include <asm/smplock.h>

#endif
