/*
 * test/user/vsyscall.c - the vsyscall page and the fast system call path
 * (slides "Fast syscall Path", "Exposing vDSO", "vDSO Entry Point").
 * AT_SYSINFO_EHDR names an ELF image that exports __kernel_vsyscall at
 * AT_SYSINFO; a call through it and one through int $0x80 give the same
 * answers, also while the program single-steps itself (the registers
 * each call keeps are test/user/syscall_regs.c's). Compared with the host's Linux, whose vDSO need
 * not use sysenter; the lk24.* lines check raw sysenter with a user
 * stack pointer that points nowhere, which only lk24 can be asked.
 */
#include "utest.h"
#include <elf.h>
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/utsname.h>
#include <sys/ucontext.h>

#define KERNEL_PTR	((void *)0xc0100000)
#define UNMAPPED	((void *)0x10000)

/* Globals, so the inline assembly below can name them while it has
 * taken every register, %ebp included. */
unsigned long vsys;		/* AT_SYSINFO: __kernel_vsyscall */
long arg6;			/* the sixth argument, for %ebp */
volatile int traps;		/* SIGTRAPs while single-stepping */

/* VIA - @name makes a call with up to five arguments through the gate
 * @insn; the sixth comes from arg6. The raw result: -errno on failure. */
#define VIA(name, insn)							\
static long name(long nr, long a, long b, long c, long d, long e)	\
{									\
	long res;							\
									\
	asm volatile("pushl %%ebp; movl arg6, %%ebp; " insn "; popl %%ebp" \
		     : "=a" (res)					\
		     : "0" (nr), "b" (a), "c" (b), "d" (c), "S" (d), "D" (e) \
		     : "memory");					\
	return res;							\
}

VIA(via_int80, "int $0x80")
VIA(via_vsys, "call *vsys")

/* same - call @nr both ways and print the result if they agree (or just
 * "agree" where the value differs between systems, like a pid). */
static void same(const char *name, int show, long nr, long a, long b,
		 long c)
{
	long r1 = via_int80(nr, a, b, c, 0, 0);
	long r2 = via_vsys(nr, a, b, c, 0, 0);

	if (r1 != r2)
		printf("same.%s: int80 %ld, vsyscall %ld\n", name, r1, r2);
	else if (show)
		printf("same.%s: %ld\n", name, r1);
	else
		printf("same.%s: agree\n", name);
}

/*
 * vdso_sym - look @name up in the vsyscall page's dynamic symbol table,
 * the way a dynamic linker does (PT_DYNAMIC, DT_HASH, DT_SYMTAB,
 * DT_STRTAB). Returns its address, or 0.
 */
static unsigned long vdso_sym(const Elf32_Ehdr *eh, const char *name)
{
	const Elf32_Phdr *ph = (const void *)((char *)eh + eh->e_phoff);
	const Elf32_Dyn *dyn = NULL;
	const Elf32_Word *hash = NULL;
	const Elf32_Sym *sym = NULL;
	const char *str = NULL;
	long bias = 0;
	int i;

	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_LOAD && !ph[i].p_offset)
			bias = (long)eh - ph[i].p_vaddr;
		if (ph[i].p_type == PT_DYNAMIC)
			dyn = (const void *)ph[i].p_vaddr;
	}
	if (!dyn)
		return 0;
	for (dyn = (const void *)((char *)dyn + bias); dyn->d_tag; dyn++) {
		if (dyn->d_tag == DT_HASH)
			hash = (const void *)(dyn->d_un.d_ptr + bias);
		if (dyn->d_tag == DT_SYMTAB)
			sym = (const void *)(dyn->d_un.d_ptr + bias);
		if (dyn->d_tag == DT_STRTAB)
			str = (const char *)(dyn->d_un.d_ptr + bias);
	}
	for (i = 0; hash && sym && str && i < (int)hash[1]; i++)
		if (sym[i].st_name && !strcmp(str + sym[i].st_name, name))
			return sym[i].st_value + bias;
	return 0;
}

static sigjmp_buf env;
static long fault_eax;

/* segv - the interrupted %eax (a system call's result), then out. */
static void segv(int sig, siginfo_t *si, void *uc)
{
	fault_eax = ((ucontext_t *)uc)->uc_mcontext.eax;
	siglongjmp(env, 1);
}

/* catch_segv - SIGSEGV to segv (1) or back to its default (0). segv
 * runs on an alternate stack: raw_sysenter faults with %esp pointing
 * anywhere, up to the very top of the stack, where a frame written at
 * %esp would land on main's own. */
static void catch_segv(int on)
{
	static char altstack[16384];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack) };
	struct sigaction sa = { .sa_sigaction = segv,
				.sa_flags = SA_SIGINFO | SA_ONSTACK };

	sigaltstack(&ss, NULL);
	if (!on) {
		sa.sa_handler = SIG_DFL;
		sa.sa_flags = 0;
	}
	sigaction(SIGSEGV, &sa, NULL);
}

/* write_faults - does a store to @p raise SIGSEGV? */
static int write_faults(volatile char *p)
{
	int faulted = 1;

	catch_segv(1);
	if (!sigsetjmp(env, 1)) {
		*p = *p;
		faulted = 0;
	}
	catch_segv(0);
	return faulted;
}

static void vdso(void)
{
	const Elf32_Ehdr *eh = (const void *)getauxval(AT_SYSINFO_EHDR);

	OK("vdso.at_sysinfo", vsys != 0);
	OK("vdso.at_sysinfo_ehdr", eh != NULL);
	if (!eh)
		return;
	OK("vdso.is_elf32_i386_shared_object",
	   !memcmp(eh->e_ident, ELFMAG, SELFMAG) &&
	   eh->e_ident[EI_CLASS] == ELFCLASS32 && eh->e_type == ET_DYN &&
	   eh->e_machine == EM_386);
	OK("vdso.exports___kernel_vsyscall_at_at_sysinfo",
	   vdso_sym(eh, "__kernel_vsyscall") == vsys);
	OK("vdso.read_only", write_faults((char *)eh));
}

static void results(void)
{
	struct utsname u1, u2;
	long m1, m2;

	same("getpid", 0, 20, 0, 0, 0);
	same("brk_0", 0, 45, 0, 0, 0);
	same("nr_9999", 1, 9999, 0, 0, 0);
	same("nr_minus_1", 1, -1, 0, 0, 0);
	same("write_empty", 1, 4, 1, (long)"", 0);
	same("write_null_buf", 1, 4, 1, 0, 5);
	same("write_kernel_buf", 1, 4, 1, (long)KERNEL_PTR, 5);
	same("write_bad_fd", 1, 4, -1, (long)"x", 1);
	same("open_missing", 1, 5, (long)"no/such/file", 0, 0);
	same("time_unmapped", 1, 13, (long)UNMAPPED, 0, 0);
	same("gettimeofday_kernel_ptr", 1, 78, (long)KERNEL_PTR, 0, 0);
	same("uname_null", 1, 122, 0, 0, 0);
	same("nanosleep_null", 1, 162, 0, 0, 0);
	OK("same.uname_contents", via_int80(122, (long)&u1, 0, 0, 0, 0) == 0 &&
	   via_vsys(122, (long)&u2, 0, 0, 0, 0) == 0 &&
	   !memcmp(&u1, &u2, sizeof(u1)));
	/* mmap2 takes six arguments: %ebp carries the page offset */
	arg6 = 0;
	m1 = via_int80(192, 0, 8192, 3, 0x22, -1);
	m2 = via_vsys(192, 0, 8192, 3, 0x22, -1);
	OK("same.mmap2_anonymous", (unsigned long)m1 < -4095UL &&
	   (unsigned long)m2 < -4095UL && m1 != m2);
	OK("same.munmap", via_vsys(91, m1, 8192, 0, 0, 0) == 0 &&
	   via_int80(91, m2, 8192, 0, 0, 0) == 0);
}

static void count_trap(int sig)
{
	traps++;
}

/*
 * STEP - getpid through @insn with TF set (a program single-stepping
 * itself); *@pid gets the result, *@during the traps counted until the
 * call came back. Three nops follow, each a trap if stepping goes on.
 */
#define STEP(insn, pid, during)						\
	asm volatile("pushfl; orl $0x100, (%%esp); popfl\n\t"		\
		     insn "\n\t"					\
		     "movl traps, %%ecx\n\t"				\
		     "nop; nop; nop\n\t"				\
		     "pushfl; andl $~0x100, (%%esp); popfl"		\
		     : "=a" (pid), "=c" (during)			\
		     : "0" (20) : "edx", "memory")

static void single_step(void)
{
	struct sigaction sa = { .sa_handler = count_trap };
	long pid, during;

	sigaction(SIGTRAP, &sa, NULL);
	traps = 0;
	STEP("int $0x80", pid, during);
	OK("step.int80_result", pid == getpid());
	OK("step.int80_stepping_goes_on", traps - during >= 3);
	traps = 0;
	STEP("call *vsys", pid, during);
	OK("step.vsyscall_result", pid == getpid());
	OK("step.vsyscall_stepping_goes_on", traps - during >= 3);
	sa.sa_handler = SIG_DFL;
	sigaction(SIGTRAP, &sa, NULL);
}

/*
 * raw_sysenter - getpid by a bare sysenter with %ebp = @sp, as if
 * __kernel_vsyscall's stack were there. The kernel must answer -EFAULT
 * without reading kernel memory; SYSENTER_RETURN then pops from @sp and
 * faults, and the SIGSEGV handler keeps the result. Returns it, or 1 if
 * no fault came.
 */
static long raw_sysenter(unsigned long sp)
{
	catch_segv(1);
	fault_eax = 1;
	if (!sigsetjmp(env, 1))
		asm volatile("pushl %%ebp; movl %1, %%ebp; sysenter"
			     : : "a" (20), "r" (sp) : "memory");
	catch_segv(0);
	return fault_eax;
}

/* cpu_has_sep - cpuid's SEP bit, less the early Pentium Pro steppings
 * that set it wrongly: what the kernel decides by. */
static int cpu_has_sep(void)
{
	unsigned int eax, ebx, ecx, edx;

	asm volatile("cpuid" : "=a" (eax), "=b" (ebx), "=c" (ecx), "=d" (edx)
		     : "0" (1));
	if (((eax >> 8) & 15) == 6 && ((eax >> 4) & 15) < 3 && (eax & 15) < 3)
		return 0;
	return (edx >> 11) & 1;
}

/*
 * lk24_only - facts about lk24 alone; on another kernel the lines are
 * printed as "not lk24" so the harness knows to expect them. A raw
 * sysenter with a bad user stack pointer answers -EFAULT where the
 * kernel enabled sysenter; where it did not (no SEP), sysenter itself
 * faults and %eax still holds the call number.
 */
static void lk24_only(void)
{
	int sep = cpu_has_sep();
	long expect = sep ? -EFAULT : 20;
	struct utsname u;
	char *page;

	uname(&u);
	if (!strstr(u.release, "lk24")) {
		printf("lk24.vsyscall_page_at_0xffffe000: not lk24\n");
		printf("lk24.vsyscall_image_matches_cpu: not lk24\n");
		printf("lk24.sysenter_stack_past_a_mapping: not lk24\n");
		printf("lk24.sysenter_stack_at_kernel: not lk24\n");
		return;
	}
	OK("lk24.vsyscall_page_at_0xffffe000",
	   getauxval(AT_SYSINFO_EHDR) == 0xffffe000);
	OK("lk24.vsyscall_image_matches_cpu",
	   (memcmp((char *)vsys + 5, "\x0f\x34", 2) == 0) == sep);
	/* the word at %ebp is on an unmapped page: the fixup path */
	page = sbrk(8192);
	page = (char *)(((unsigned long)page + 4095) & ~4095UL);
	brk(page + 4096);		/* this page mapped, the next not */
	OK("lk24.sysenter_stack_past_a_mapping",
	   raw_sysenter((unsigned long)page + 4096) == expect);
	/* the word at %ebp would reach into the kernel: the range check */
	OK("lk24.sysenter_stack_at_kernel", raw_sysenter(0xbffffffe) == expect);
}

int main(void)
{
	vsys = getauxval(AT_SYSINFO);
	vdso();
	if (!vsys)
		return 1;
	results();
	single_step();
	lk24_only();
	return 0;
}
