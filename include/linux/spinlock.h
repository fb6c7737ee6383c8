/*
 * include/linux/spinlock.h - the lock forms kernel code uses, built on
 * asm/spinlock.h. A lock that an interrupt handler also takes must be
 * held with interrupts off on this CPU (_irq, _irqsave), or the handler
 * would spin on its own CPU's lock for ever; _bh keeps softirqs away.
 * The debug builds of 2.4 (SPINLOCK_DEBUG) are always on: each lock
 * knows its holder.
 */
#ifndef __LINUX_SPINLOCK_H
#define __LINUX_SPINLOCK_H

#include <asm/system.h>
#include <asm/spinlock.h>

#define spin_lock_irqsave(x, flags) \
	do { local_irq_save(flags); spin_lock(x); } while (0)
#define spin_unlock_irqrestore(x, flags) \
	do { spin_unlock(x); local_irq_restore(flags); } while (0)
#define spin_lock_irq(x)	do { __cli(); spin_lock(x); } while (0)
#define spin_unlock_irq(x)	do { spin_unlock(x); __sti(); } while (0)
#define spin_lock_bh(x) \
	do { local_bh_disable(); spin_lock(x); } while (0)
#define spin_unlock_bh(x)	do { spin_unlock(x); local_bh_enable(); } \
				while (0)

#define read_lock_irq(x)	do { __cli(); read_lock(x); } while (0)
#define read_unlock_irq(x)	do { read_unlock(x); __sti(); } while (0)
#define read_lock_irqsave(x, flags) \
	do { local_irq_save(flags); read_lock(x); } while (0)
#define read_unlock_irqrestore(x, flags) \
	do { read_unlock(x); local_irq_restore(flags); } while (0)
#define write_lock_irq(x)	do { __cli(); write_lock(x); } while (0)
#define write_unlock_irq(x)	do { write_unlock(x); __sti(); } while (0)
#define write_lock_irqsave(x, flags) \
	do { local_irq_save(flags); write_lock(x); } while (0)
#define write_unlock_irqrestore(x, flags) \
	do { write_unlock(x); local_irq_restore(flags); } while (0)

#endif
