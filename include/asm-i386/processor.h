/*
 * include/asm-i386/processor.h - CPU identification and control registers.
 * cpuid as on the slide "CPUID Identification"; load_cr3 as on the slide
 * "load_cr3()" (the 2.4 file; 2.6 moved the write to special_insns.h).
 */
#ifndef __ASM_I386_PROCESSOR_H
#define __ASM_I386_PROCESSOR_H

#include <linux/threads.h>
#include <asm/page.h>

/*
 * Where sysenter_entry (entry.S) finds esp0: sysenter leaves %esp at
 * tss->esp1, the end of this CPU's struct tss_struct below, and esp0 is
 * at offset 4 of the struct's 120 bytes. sysenter.c checks the sum.
 */
#define TSS_sysenter_esp0	(4 - 120)

/* X86_EFLAGS bits the kernel looks at (C and entry.S) */
#define X86_EFLAGS_FIXED	0x00000002	/* always 1 */
#define X86_EFLAGS_TF	0x00000100
#define X86_EFLAGS_IF	0x00000200
#define X86_EFLAGS_DF	0x00000400
#define X86_EFLAGS_NT	0x00004000	/* iret returns to another task */
#define X86_EFLAGS_AC	0x00040000

#ifndef __ASSEMBLY__

/* arch/i386/kernel/setup.c: /proc/cpuinfo's text */
int get_cpuinfo(char *buffer);

/* cpuid - leaf @op into the four registers. */
static inline void cpuid(unsigned int op, unsigned int *eax,
			 unsigned int *ebx, unsigned int *ecx,
			 unsigned int *edx)
{
	asm volatile("cpuid"
		     : "=a" (*eax), "=b" (*ebx), "=c" (*ecx), "=d" (*edx)
		     : "0" (op), "2" (0));
}

static inline unsigned long read_cr0(void)
{
	unsigned long v;

	asm volatile("movl %%cr0, %0" : "=r" (v));
	return v;
}

static inline unsigned long read_cr2(void)
{
	unsigned long v;

	asm volatile("movl %%cr2, %0" : "=r" (v));
	return v;
}

static inline unsigned long read_cr3(void)
{
	unsigned long v;

	asm volatile("movl %%cr3, %0" : "=r" (v));
	return v;
}

/* load_cr3 - switch page tables; @pgdir is a kernel virtual address. */
#define load_cr3(pgdir) \
	asm volatile("movl %0, %%cr3" : : "r" (__pa(pgdir)) : "memory")

/*
 * The hardware task-state segment (the first 104 bytes). lk24 uses it
 * for the kernel stack of ring 3 (esp0, ss0) and for the double-fault
 * task. Ring 1 is never used, so esp1 holds where sysenter puts %esp:
 * the end of this struct, below which sysenter_stack takes the three
 * words a debug trap pushes on the sysenter instruction (entry.S).
 */
struct tss_struct {
	unsigned short	back_link, __blh;
	unsigned long	esp0;
	unsigned short	ss0, __ss0h;
	unsigned long	esp1;
	unsigned short	ss1, __ss1h;
	unsigned long	esp2;
	unsigned short	ss2, __ss2h;
	unsigned long	__cr3, eip, eflags;
	unsigned long	eax, ecx, edx, ebx, esp, ebp, esi, edi;
	unsigned short	es, __esh, cs, __csh, ss, __ssh;
	unsigned short	ds, __dsh, fs, __fsh, gs, __gsh;
	unsigned short	ldt, __ldth;
	unsigned short	trace, bitmap;
	unsigned long	sysenter_stack[4];	/* not part of the hardware TSS */
} __attribute__((packed));

/* An I/O bitmap offset beyond the TSS limit: no port access in ring 3 */
#define INVALID_IO_BITMAP_OFFSET	0x8000

extern struct tss_struct init_tss[NR_CPUS];

/* The FPU state FNSAVE stores (108 bytes) */
struct i387_fsave_struct {
	long cwd, swd, twd, fip, fcs, foo, fos;
	long st_space[20];	/* 8 registers of 10 bytes */
	long status;		/* the software status, for math emulation */
};

/* The FPU, MMX and SSE state FXSAVE stores: 512 bytes, 16-aligned */
struct i387_fxsave_struct {
	unsigned short cwd, swd, twd, fop;
	long fip, fcs, foo, fos;
	long mxcsr;
	long mxcsr_mask;
	long st_space[32];	/* 8 registers of 16 bytes */
	long xmm_space[32];	/* 8 registers of 16 bytes */
	long padding[56];
} __attribute__((aligned(16)));

union i387_union {
	struct i387_fsave_struct fsave;
	struct i387_fxsave_struct fxsave;
};

/* What switch_to keeps of a task that is not running (2.4's thread) */
struct thread_struct {
	unsigned long esp0;	/* the top of its kernel stack, for the TSS */
	unsigned long eip;	/* where switch_to resumes it */
	unsigned long esp;
	unsigned long fs, gs;	/* user %fs, %gs (a TLS selector, say) */
	struct desc_struct_tls {
		unsigned long a, b;
	} tls_array[3];		/* GDT entries 6-8 while it runs */
	unsigned long cr2, trap_no, error_code;	/* the last fault */
	union i387_union i387;	/* FPU state while another task has it */
};

#define INIT_THREAD	{ .esp0 = (unsigned long)&init_task_union + THREAD_SIZE }

/* The user_desc of set_thread_area(2) and clone(CLONE_SETTLS) */
struct user_desc {
	unsigned int entry_number;
	unsigned long base_addr;
	unsigned int limit;
	unsigned int seg_32bit:1;
	unsigned int contents:2;
	unsigned int read_exec_only:1;
	unsigned int limit_in_pages:1;
	unsigned int seg_not_present:1;
	unsigned int useable:1;
};

struct task_struct;
int set_tls_desc(struct task_struct *p, struct user_desc *u_info);

/* CR0 and CR4 bits the kernel sets */
#define X86_CR0_PE	0x00000001	/* protected mode */
#define X86_CR0_MP	0x00000002	/* wait honours TS */
#define X86_CR0_EM	0x00000004	/* no FPU: emulate it */
#define X86_CR0_TS	0x00000008	/* the next FPU instruction traps */
#define X86_CR0_NE	0x00000020	/* x87 errors as #MF, not IRQ 13 */
#define X86_CR0_WP	0x00010000	/* ring 0 honours read-only pages */
#define X86_CR0_AM	0x00040000	/* EFLAGS.AC checks alignment */
#define X86_CR0_PG	0x80000000	/* paging */
#define X86_CR4_OSFXSR	0x00000200	/* SSE enabled */
#define X86_CR4_OSXMMEXCPT 0x00000400	/* SSE errors as #XM */

/* The page fault error code (do_page_fault) */
#define X86_PF_PROT	0x1	/* 1: a protection fault; 0: not present */
#define X86_PF_WRITE	0x2	/* 1: a write; 0: a read */
#define X86_PF_USER	0x4	/* 1: in user mode; 0: in the kernel */


struct pt_regs;
void start_thread(struct pt_regs *regs, unsigned long eip, unsigned long esp);

/* where copy_thread starts a new task: a user one (entry.S), a kernel
 * thread (arch/i386/kernel/process.c) */
asmlinkage void ret_from_fork(void);
void kernel_thread_helper(void);

/* an oops backtrace from frame pointer @ebp (arch/i386/kernel/traps.c) */
void show_trace(unsigned long *ebp);

static inline void cpu_relax(void)
{
	asm volatile("rep; nop" : : : "memory");
}

#endif /* __ASSEMBLY__ */
#endif
