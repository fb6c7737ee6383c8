/*
 * include/linux/spinlock.h - spinlocks, uniprocessor version.
 * On one CPU a spinlock only has to keep interrupts away: the _irqsave
 * forms do that, the plain forms do nothing. 2.4's SMP lock, a lock
 * prefixed decrement and a spin (slide "Traps vs. Interrupts"), is left
 * out.
 */
#ifndef __LINUX_SPINLOCK_H
#define __LINUX_SPINLOCK_H

#include <asm/system.h>

typedef struct { int unused; } spinlock_t;

#define SPIN_LOCK_UNLOCKED	(spinlock_t) { 0 }
#define spin_lock_init(x)	do { (void)(x); } while (0)
#define spin_lock(x)		do { (void)(x); } while (0)
#define spin_unlock(x)		do { (void)(x); } while (0)
#define spin_lock_irqsave(x, flags) \
	do { (void)(x); local_irq_save(flags); } while (0)
#define spin_unlock_irqrestore(x, flags) \
	do { (void)(x); local_irq_restore(flags); } while (0)
#define spin_lock_irq(x)	do { (void)(x); __cli(); } while (0)
#define spin_unlock_irq(x)	do { (void)(x); __sti(); } while (0)

/* Reader-writer locks: on one CPU, the same as spinlocks */
typedef struct { int unused; } rwlock_t;

#define RW_LOCK_UNLOCKED	(rwlock_t) { 0 }
#define read_lock(x)		do { (void)(x); } while (0)
#define read_unlock(x)		do { (void)(x); } while (0)
#define write_lock_irq(x)	do { (void)(x); __cli(); } while (0)
#define write_unlock_irq(x)	do { (void)(x); __sti(); } while (0)
#define write_lock_irqsave(x, flags) \
	do { (void)(x); local_irq_save(flags); } while (0)
#define write_unlock_irqrestore(x, flags) \
	do { (void)(x); local_irq_restore(flags); } while (0)

#endif
