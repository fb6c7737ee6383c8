/*
 * arch/i386/boot/boot.h - shared by the real-mode setup files.
 * Setup is C compiled with gcc -m16: 32-bit code with size prefixes, run in
 * real mode with cs = ds = es = ss = the segment setup was loaded at. The
 * helpers here touch other segments (fs, gs) and the BIOS.
 */
#ifndef BOOT_BOOT_H
#define BOOT_BOOT_H

#define STACK_SIZE	1024	/* used only if the loader gave no stack */
#define MIN_MEMORY_K	(8 * 1024)	/* lk24 needs 8 MB of RAM */

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/bootparam.h>
#include <asm/segment.h>
#include <asm/io.h>

extern struct setup_header hdr;
extern struct boot_params boot_params;

/* Segment register access: real-mode addresses are segment*16 + offset */
static inline u16 ds(void)
{
	u16 seg;

	asm("movw %%ds, %0" : "=rm" (seg));
	return seg;
}

static inline void set_fs(u16 seg)
{
	asm volatile("movw %0, %%fs" : : "rm" (seg));
}

static inline void set_gs(u16 seg)
{
	asm volatile("movw %0, %%gs" : : "rm" (seg));
}

static inline u32 rdfs32(u16 off)
{
	u32 v;

	asm volatile("movl %%fs:(%1), %0" : "=r" (v) : "r" ((u32)off));
	return v;
}

static inline void wrfs32(u32 v, u16 off)
{
	asm volatile("movl %0, %%fs:(%1)" : : "r" (v), "r" ((u32)off)
		     : "memory");
}

static inline u32 rdgs32(u16 off)
{
	u32 v;

	asm volatile("movl %%gs:(%1), %0" : "=r" (v) : "r" ((u32)off));
	return v;
}

/* About a microsecond: an I/O write to the POST port */
static inline void io_delay(void)
{
	outb(0, 0x80);
}

/* string.c */
void *memcpy(void *dst, const void *src, size_t len);
void *memset(void *dst, int c, size_t len);
int memcmp(const void *a, const void *b, size_t len);

/* tty.c: output goes to the BIOS screen and to COM1 */
void early_serial_init(void);
void putchar(int ch);
void puts(const char *s);
void puthex(u32 v);
void putdec(u32 v);
void die(const char *msg) __attribute__((noreturn));

/* memory.c */
int detect_memory(void);

/* a20.c */
int enable_a20(void);

/* pm.c, pmjump.S */
void go_to_protected_mode(void) __attribute__((noreturn));
void protected_mode_jump(u32 entrypoint, u32 bootparams)
	__attribute__((noreturn));

#endif /* __ASSEMBLY__ */
#endif
