/*
 * include/asm-i386/spinlock.h - spinlocks and reader-writer locks for
 * several CPUs (slide "Traps vs. Interrupts": cli is not enough on SMP;
 * the kernel spins on an atomic test-and-set). A spinlock is a byte, 0
 * when free (so zeroed memory holds free locks), taken by an xchg that
 * stores 1; a waiter spins reading it (pause) so the cache line is not
 * bounced, and says that it waits in break_lock. Each lock remembers its
 * holder, so that
 * __spin_lock_wait (arch/i386/kernel/smp.c) can name it when a CPU
 * spins too long. rwlocks count readers down from RW_LOCK_BIAS.
 */
#ifndef __ASM_SPINLOCK_H
#define __ASM_SPINLOCK_H

#include <asm/system.h>

typedef struct {
	volatile unsigned char lock;	/* 0: free, 1: held */
	volatile unsigned char break_lock; /* 1: a CPU waits for it */
	void *owner;			/* the holder's task, for lockups */
	void *owner_pc;			/* where it took the lock */
} spinlock_t;

#define SPIN_LOCK_UNLOCKED	(spinlock_t) { 0, 0, 0, 0 }
#define spin_lock_init(x)	do { *(x) = SPIN_LOCK_UNLOCKED; } while (0)
#define spin_is_locked(x)	((x)->lock != 0)
/* spin_needbreak - does another CPU wait for @x? A holder in a long loop
 * then lets it go for a moment (2.6's; cond_resched, kernel/sched.c) */
#define spin_needbreak(x)	((x)->break_lock != 0)

/* the task running on this CPU, from the stack (asm/current.h's way,
 * without needing struct task_struct here) */
#define __spin_owner() \
	({ unsigned long __sp; asm("movl %%esp, %0" : "=r" (__sp)); \
	   (void *)(__sp & ~8191UL); })

/* __spin_here - the address of the code that takes the lock */
#define __spin_here() ({ __label__ __here; __here: &&__here; })

void __spin_lock_wait(spinlock_t *lock, void *pc);

/* spin_trylock - take @lock if it is free: 1 if we got it, else 0 */
static inline int spin_trylock(spinlock_t *lock)
{
	unsigned char old = 1;

	asm volatile("xchgb %0, %1" : "+q" (old), "+m" (lock->lock)
		     : : "memory");
	if (old)
		return 0;
	lock->owner = __spin_owner();
	return 1;
}

#define spin_lock(x)							\
do {									\
	if (!spin_trylock(x))						\
		__spin_lock_wait((x), __spin_here());			\
	(x)->owner_pc = __spin_here();					\
} while (0)

/* spin_unlock - a plain store frees it: x86 does not move a store
 * ahead of the critical section's earlier loads and stores */
static inline void spin_unlock(spinlock_t *lock)
{
	lock->owner = 0;
	barrier();
	lock->lock = 0;
}

#define spin_unlock_wait(x)	do { while (spin_is_locked(x)) cpu_relax(); } \
				while (0)

/*
 * Reader-writer locks: the counter starts at RW_LOCK_BIAS; a reader
 * takes 1, a writer takes all of it. A reader that drove it negative,
 * or a writer that did not reach exactly 0, gives back what it took
 * and waits (__read_lock_wait, __write_lock_wait in smp.c).
 */
typedef struct {
	volatile int lock;
} rwlock_t;

#define RW_LOCK_BIAS		0x01000000
#define RW_LOCK_UNLOCKED	(rwlock_t) { RW_LOCK_BIAS }
#define rwlock_init(x)		do { *(x) = RW_LOCK_UNLOCKED; } while (0)

void __read_lock_wait(rwlock_t *rw);
void __write_lock_wait(rwlock_t *rw);

static inline void read_lock(rwlock_t *rw)
{
	unsigned char negative;

	asm volatile("lock; decl %0; sets %1" : "+m" (rw->lock),
		     "=qm" (negative) : : "memory");
	if (negative)
		__read_lock_wait(rw);
}

static inline void read_unlock(rwlock_t *rw)
{
	asm volatile("lock; incl %0" : "+m" (rw->lock) : : "memory");
}

static inline void write_lock(rwlock_t *rw)
{
	unsigned char busy;

	asm volatile("lock; subl %2, %0; setnz %1" : "+m" (rw->lock),
		     "=qm" (busy) : "i" (RW_LOCK_BIAS) : "memory");
	if (busy)
		__write_lock_wait(rw);
}

static inline void write_unlock(rwlock_t *rw)
{
	asm volatile("lock; addl %1, %0" : "+m" (rw->lock)
		     : "i" (RW_LOCK_BIAS) : "memory");
}

#endif
