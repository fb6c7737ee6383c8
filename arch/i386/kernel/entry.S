/*
 * arch/i386/kernel/entry.S - every way into the kernel and back out.
 * Slides "Syscall Dispatcher (i386)", "The syscall Table", "Modular
 * handler management on i386", "Examples" and "error_code on i386":
 * system_call dispatches int $0x80 through sys_call_table, and
 * sysenter_entry does the same for sysenter ("Fast syscall Path"); each
 * exception stub pushes an error code (0 if the CPU pushes none) and its
 * C handler, then jumps to error_code; ret_from_sys_call checks
 * need_resched and sigpending before restore_all. A system call and a
 * signal delivery run under the big kernel lock (entry_lock_kernel,
 * include/asm-i386/smplock.h). The stack frame is
 * struct pt_regs in include/asm-i386/ptrace.h: change one, change both.
 * Linux 2.4's vm86 and ptrace (tracesys) paths are left out, and so is
 * 2.6's care for an NMI on the sysenter instruction (lk24 has no NMIs).
 *
 * Stack layout after SAVE_ALL (offsets from %esp):
 *	 0(%esp) - %ebx		arguments
 *	 4(%esp) - %ecx
 *	 8(%esp) - %edx
 *	 C(%esp) - %esi
 *	10(%esp) - %edi
 *	14(%esp) - %ebp		end of arguments
 *	18(%esp) - %eax		return value
 *	1C(%esp) - %ds
 *	20(%esp) - %es
 *	24(%esp) - orig_eax	system call number, or error code, or -1
 *	28(%esp) - %eip		pushed by the CPU from here on
 *	2C(%esp) - %cs
 *	30(%esp) - %eflags
 *	34(%esp) - %oldesp	only on entry from user mode
 *	38(%esp) - %oldss
 */
#include <linux/linkage.h>
#include <linux/sys.h>
#include <asm/segment.h>
#include <asm/errno.h>
#include <asm/page.h>
#include <asm/processor.h>	/* TSS_sysenter_esp0 */
#include <asm/ptrace.h>
#include <asm/hw_irq.h>

/* Offsets in struct task_struct (include/linux/sched.h) */
#define state		0
#define flags		4
#define sigpending	8
#define addr_limit	12
#define exec_domain	16
#define need_resched	20
#define tsk_ptrace	24


#define SAVE_ALL \
	cld; \
	pushl %es; \
	pushl %ds; \
	pushl %eax; \
	pushl %ebp; \
	pushl %edi; \
	pushl %esi; \
	pushl %edx; \
	pushl %ecx; \
	pushl %ebx; \
	movl $(__KERNEL_DS), %edx; \
	movl %edx, %ds; \
	movl %edx, %es;

/*
 * RESTORE_REGS - pop the registers SAVE_ALL pushed, leaving %esp at
 * orig_eax. A user %ds or %es that has become invalid must not oops the
 * kernel: the fixups load 0 into the segment instead.
 */
#define RESTORE_REGS \
	popl %ebx; \
	popl %ecx; \
	popl %edx; \
	popl %esi; \
	popl %edi; \
	popl %ebp; \
	popl %eax; \
1:	popl %ds; \
2:	popl %es; \
.section .fixup, "ax"; \
3:	movl $0, (%esp); \
	jmp 1b; \
4:	movl $0, (%esp); \
	jmp 2b; \
.previous; \
.section __ex_table, "a"; \
	.align 4; \
	.long 1b, 3b; \
	.long 2b, 4b; \
.previous

/* RESTORE_ALL - pop the frame and iret; an iret the CPU refuses (a bad
 * user %cs or %ss in the frame) kills the task instead of the kernel. */
#define RESTORE_ALL \
	RESTORE_REGS \
	addl $4, %esp; \
1:	iret; \
.section .fixup, "ax"; \
2:	pushl %ss; \
	popl %ds; \
	pushl %ss; \
	popl %es; \
	pushl $11; \
	call do_exit; \
.previous; \
.section __ex_table, "a"; \
	.align 4; \
	.long 1b, 2b; \
.previous

/* The running task: the bottom of the 8 KB kernel stack */
#define GET_CURRENT(reg) \
	movl $-8192, reg; \
	andl %esp, reg

ENTRY(system_call)
	pushl %eax			# the call number becomes orig_eax
	SAVE_ALL
	GET_CURRENT(%ebx)
	cmpl $(NR_syscalls), %eax	# unsigned: -1 is out of range too
	jae badsys
	call entry_lock_kernel		# the big kernel lock (smplock.h)
	movl ORIG_EAX(%esp), %eax	# the call clobbered %eax
	call *sys_call_table(,%eax,4)
	movl %eax, EAX(%esp)		# the return value, for restore_all
	call entry_unlock_kernel
ENTRY(ret_from_sys_call)
	cli				# no interrupt between test and iret
	cmpl $0, need_resched(%ebx)
	jne reschedule
	cmpl $0, sigpending(%ebx)
	jne signal_return
restore_all:
	RESTORE_ALL

/*
 * ret_from_fork - where a new task starts (copy_thread put it in
 * thread.eip): switch_to left the task it switched from in %ebx, which
 * schedule_tail finishes with; then out as from the fork system call,
 * with %eax 0.
 */
ENTRY(ret_from_fork)
	pushl %ebx
	call schedule_tail
	addl $4, %esp
	GET_CURRENT(%ebx)
	jmp ret_from_sys_call

	ALIGN
signal_return:
	sti				# we may have come from an interrupt
	call entry_lock_kernel
	movl %esp, %eax			# struct pt_regs *
	xorl %edx, %edx			# no old signal mask
	call do_signal			# FASTCALL: arguments in eax, edx
	call entry_unlock_kernel
	jmp restore_all

	ALIGN
reschedule:
	call schedule
	jmp ret_from_sys_call

	ALIGN
badsys:
	movl $-ENOSYS, EAX(%esp)
	jmp ret_from_sys_call

/*
 * sysenter_entry - a system call through __kernel_vsyscall (slides "Fast
 * syscall Path", "vDSO Entry Point"). sysenter took %cs, %ss and %esp
 * from the MSRs enable_sep_cpu wrote and cleared IF; it saved nothing.
 * The user stack pointer is in %ebp and user mode always resumes at
 * SYSENTER_RETURN in the vsyscall page, so the frame int $0x80 would
 * have made can be built by hand; from there on it is system_call.
 */
ENTRY(sysenter_entry)
	movl TSS_sysenter_esp0(%esp), %esp	# this task's kernel stack
	sti
	pushl $(__USER_DS)		# ss
	pushl %ebp			# esp
	pushfl				# eflags
	/* sysenter keeps the user's flags: NT would make the kernel's
	 * next iret a task switch, AC and DF change what it does */
	pushl $(X86_EFLAGS_IF | X86_EFLAGS_FIXED)
	popfl
	pushl $(__USER_CS)		# cs
	pushl $SYSENTER_RETURN		# eip
sysenter_frame_built:
	/* The sixth argument: __kernel_vsyscall pushed the user's %ebp.
	 * Never read it through a kernel address a program put in %ebp. */
	cmpl $(__PAGE_OFFSET - 3), %ebp
	jae sysenter_fault
1:	movl (%ebp), %ebp
.section __ex_table, "a"
	.align 4
	.long 1b, sysenter_fault
.previous
	pushl %eax			# the call number becomes orig_eax
	SAVE_ALL
	GET_CURRENT(%ebx)
	cmpl $(NR_syscalls), %eax
	jae sysenter_badsys
	call entry_lock_kernel
	movl ORIG_EAX(%esp), %eax
	call *sys_call_table(,%eax,4)
	movl %eax, EAX(%esp)
	call entry_unlock_kernel
/*
 * Leave by sysexit when nothing stands in its way: it restores only %eip
 * (from %edx) and %esp (from %ecx), which __kernel_vsyscall gets back
 * from its stack. Pending work, a call that moved where user mode
 * resumes (execve, sigreturn) and a single-stepping program (sysexit
 * keeps the kernel's eflags) go out through ret_from_sys_call and iret.
 */
sysenter_exit:
	cli
	cmpl $0, need_resched(%ebx)
	jne ret_from_sys_call
	cmpl $0, sigpending(%ebx)
	jne ret_from_sys_call
	cmpl $SYSENTER_RETURN, EIP(%esp)
	jne restore_all
	testl $(X86_EFLAGS_TF), EFLAGS(%esp)
	jne restore_all
	RESTORE_REGS
	movl 4(%esp), %edx		# eip: SYSENTER_RETURN
	movl 16(%esp), %ecx		# the user's esp
	pushl 12(%esp)			# the user's eflags back, as Linux
	andl $~X86_EFLAGS_IF, (%esp)	# does, but IF only with the sti
	popfl
	sti				# not before sysexit has run
	sysexit

	ALIGN
sysenter_badsys:
	movl $-ENOSYS, EAX(%esp)
	jmp sysenter_exit

/* sysenter_fault - %ebp did not point at a readable user stack. */
	ALIGN
sysenter_fault:
	pushl %eax
	SAVE_ALL
	GET_CURRENT(%ebx)
	movl $-EFAULT, EAX(%esp)
	jmp ret_from_sys_call

/*
 * ret_from_intr, ret_from_exception - back to user mode the way system
 * calls go (signals, rescheduling); back to the kernel straight away.
 */
ENTRY(ret_from_intr)
	GET_CURRENT(%ebx)
ret_from_exception:
	movl EFLAGS(%esp), %eax
	movb CS(%esp), %al
	testl $(0x00020000 | 3), %eax	# vm86 or ring 3?
	jne ret_from_sys_call
	jmp restore_all

/*
 * error_code - the common part of the exception stubs. On entry the stack
 * holds the CPU's frame, the error code (or the stub's 0) where orig_eax
 * goes, and the C handler where %es goes. Build the rest of pt_regs, put
 * %es and orig_eax = -1 in their places, then call the handler as
 * handler(struct pt_regs *regs, long error_code).
 */
error_code:
	pushl %ds
	pushl %eax
	pushl %ebp
	pushl %edi
	pushl %esi
	pushl %edx
	pushl %ecx
	pushl %ebx
	cld
	movl ES(%esp), %edi		# the handler
	movl ORIG_EAX(%esp), %esi	# the error code
	movl %es, %ecx
	movl %ecx, ES(%esp)
	movl $-1, ORIG_EAX(%esp)	# not a system call: no restart
	movl $(__KERNEL_DS), %edx
	movl %edx, %ds
	movl %edx, %es
	movl %esp, %edx
	pushl %esi			# error_code
	pushl %edx			# regs
	call *%edi
	addl $8, %esp
	GET_CURRENT(%ebx)
	jmp ret_from_exception

/* The exception stubs, vectors 0-19: the slide's form, one per vector */
ENTRY(divide_error)
	pushl $0			# no error code
	pushl $do_divide_error
	jmp error_code

ENTRY(debug)
	cmpl $sysenter_entry, (%esp)
	je debug_on_sysenter
	pushl $0
	pushl $do_debug
	jmp error_code

/*
 * debug_on_sysenter - a program single-stepping (TF set) executed
 * sysenter: the CPU trapped before sysenter_entry's first instruction
 * and pushed eip, cs and eflags on the sysenter stack, where no C may
 * run. The step belongs to the user's sysenter; like Linux, report
 * nothing for it. Build the system call frame on the task's stack with
 * the user's eflags (TF kept; IF, which sysenter cleared, set again) and
 * go on as sysenter_entry; the TF in the frame makes the call return
 * through iret, and single-stepping goes on in user mode.
 */
debug_on_sysenter:
	movl %eax, (%esp)		# a free register; eip is known
	movl %esp, %eax
	movl TSS_sysenter_esp0+12(%esp), %esp
	pushl $(__USER_DS)
	pushl %ebp
	pushl 8(%eax)			# the eflags the trap saved
	orl $(X86_EFLAGS_IF), (%esp)
	pushl $(__USER_CS)
	pushl $SYSENTER_RETURN
	movl (%eax), %eax		# the call number again
	sti
	jmp sysenter_frame_built

ENTRY(nmi)
	pushl $0
	pushl $do_nmi
	jmp error_code

ENTRY(int3)
	pushl $0
	pushl $do_int3
	jmp error_code

ENTRY(overflow)
	pushl $0
	pushl $do_overflow
	jmp error_code

ENTRY(bounds)
	/* lab: traps */
	pushl $0
	pushl $do_bounds
	jmp error_code
	/* lab: end */

ENTRY(invalid_op)
	pushl $0
	pushl $do_invalid_op
	jmp error_code

ENTRY(device_not_available)
	pushl $0
	pushl $math_state_restore	# lazy FPU: arch/i386/kernel/i387.c
	jmp error_code

ENTRY(coprocessor_segment_overrun)
	pushl $0
	pushl $do_coprocessor_segment_overrun
	jmp error_code

ENTRY(invalid_TSS)			# the CPU pushes an error code
	pushl $do_invalid_TSS
	jmp error_code

ENTRY(segment_not_present)
	pushl $do_segment_not_present
	jmp error_code

ENTRY(stack_segment)
	pushl $do_stack_segment
	jmp error_code

ENTRY(general_protection)
	pushl $do_general_protection
	jmp error_code

ENTRY(page_fault)
	pushl $do_page_fault
	jmp error_code

ENTRY(spurious_interrupt_bug)
	pushl $0
	pushl $do_spurious_interrupt_bug
	jmp error_code

ENTRY(coprocessor_error)
	pushl $0
	pushl $do_coprocessor_error
	jmp error_code

ENTRY(alignment_check)
	pushl $do_alignment_check
	jmp error_code

ENTRY(machine_check)
	pushl $0
	pushl $do_machine_check
	jmp error_code

ENTRY(simd_coprocessor_error)
	pushl $0
	pushl $do_simd_coprocessor_error
	jmp error_code

/*
 * The IRQ stubs: vector 0x20 + n pushes n - 256 where orig_eax goes (a
 * negative value: not a system call) and joins common_interrupt, which
 * calls do_IRQ (arch/i386/kernel/irq.c) with the frame as its argument.
 * init_IRQ points the IDT at them through interrupt[].
 */
	ALIGN
common_interrupt:
	SAVE_ALL
	call do_IRQ
	jmp ret_from_intr

#define BUILD_IRQ(nr) \
ENTRY(IRQ##nr##_interrupt) \
	pushl $(nr - 256); \
	jmp common_interrupt

BUILD_IRQ(0)
BUILD_IRQ(1)
BUILD_IRQ(2)
BUILD_IRQ(3)
BUILD_IRQ(4)
BUILD_IRQ(5)
BUILD_IRQ(6)
BUILD_IRQ(7)
BUILD_IRQ(8)
BUILD_IRQ(9)
BUILD_IRQ(10)
BUILD_IRQ(11)
BUILD_IRQ(12)
BUILD_IRQ(13)
BUILD_IRQ(14)
BUILD_IRQ(15)

/*
 * The local APIC's vectors (slide "IDT Entries": 0xef, 0xfb-0xff): the
 * same frame as an IRQ, and smp_NAME (apic.c, smp.c) called with it.
 */
#define BUILD_SMP_INTERRUPT(name, vector) \
ENTRY(name) \
	pushl $(vector - 256); \
	SAVE_ALL; \
	call smp_##name; \
	jmp ret_from_intr

BUILD_SMP_INTERRUPT(apic_timer_interrupt, LOCAL_TIMER_VECTOR)
BUILD_SMP_INTERRUPT(call_function_interrupt, CALL_FUNCTION_VECTOR)
BUILD_SMP_INTERRUPT(reschedule_interrupt, RESCHEDULE_VECTOR)
BUILD_SMP_INTERRUPT(invalidate_interrupt, INVALIDATE_TLB_VECTOR)
BUILD_SMP_INTERRUPT(error_interrupt, ERROR_APIC_VECTOR)
BUILD_SMP_INTERRUPT(spurious_interrupt, SPURIOUS_APIC_VECTOR)

	.section .rodata, "a"
	.align 4
	.globl interrupt
interrupt:
	.long IRQ0_interrupt, IRQ1_interrupt, IRQ2_interrupt, IRQ3_interrupt
	.long IRQ4_interrupt, IRQ5_interrupt, IRQ6_interrupt, IRQ7_interrupt
	.long IRQ8_interrupt, IRQ9_interrupt, IRQ10_interrupt, IRQ11_interrupt
	.long IRQ12_interrupt, IRQ13_interrupt, IRQ14_interrupt, IRQ15_interrupt
	.previous

/*
 * The system call table (slide "The syscall Table"): entry N is the
 * function for __NR_ N of include/asm-i386/unistd.h. Calls lk24 does not
 * implement are sys_ni_syscall (-ENOSYS). Place new calls after 252, in
 * the slots the .rept leaves up to NR_syscalls (include/linux/sys.h).
 */
	.section .rodata, "a"
	.align 4
ENTRY(sys_call_table)
	.long sys_ni_syscall          /*   0 old setup() */
	.long sys_exit                /*   1 exit */
	.long sys_fork              /*   2 fork */
	.long sys_read                /*   3 read */
	.long sys_write               /*   4 write */
	.long sys_open                /*   5 open */
	.long sys_close               /*   6 close */
	.long sys_waitpid           /*   7 waitpid */
	.long sys_creat             /*   8 creat */
	.long sys_link              /*   9 link */
	.long sys_unlink            /*  10 unlink */
	.long sys_execve              /*  11 execve */
	.long sys_chdir             /*  12 chdir */
	.long sys_time                /*  13 time */
	.long sys_mknod             /*  14 mknod */
	.long sys_chmod             /*  15 chmod */
	.long sys_lchown16          /*  16 lchown */
	.long sys_ni_syscall          /*  17 break */
	.long sys_ni_syscall          /*  18 oldstat */
	.long sys_lseek               /*  19 lseek */
	.long sys_getpid            /*  20 getpid */
	.long sys_mount             /*  21 mount */
	.long sys_oldumount         /*  22 umount */
	.long sys_setuid16          /*  23 setuid */
	.long sys_getuid16          /*  24 getuid */
	.long sys_stime               /*  25 stime */
	.long sys_ni_syscall          /*  26 ptrace */
	.long sys_alarm             /*  27 alarm */
	.long sys_ni_syscall          /*  28 oldfstat */
	.long sys_pause             /*  29 pause */
	.long sys_utime             /*  30 utime */
	.long sys_ni_syscall          /*  31 stty */
	.long sys_ni_syscall          /*  32 gtty */
	.long sys_access            /*  33 access */
	.long sys_nice              /*  34 nice */
	.long sys_ni_syscall          /*  35 ftime */
	.long sys_sync              /*  36 sync */
	.long sys_kill                /*  37 kill */
	.long sys_rename            /*  38 rename */
	.long sys_mkdir             /*  39 mkdir */
	.long sys_rmdir             /*  40 rmdir */
	.long sys_dup                 /*  41 dup */
	.long sys_pipe                /*  42 pipe */
	.long sys_times             /*  43 times */
	.long sys_ni_syscall          /*  44 prof */
	.long sys_brk                 /*  45 brk */
	.long sys_setgid16          /*  46 setgid */
	.long sys_getgid16          /*  47 getgid */
	.long sys_signal            /*  48 signal */
	.long sys_geteuid16         /*  49 geteuid */
	.long sys_getegid16         /*  50 getegid */
	.long sys_ni_syscall          /*  51 acct */
	.long sys_umount            /*  52 umount2 */
	.long sys_ni_syscall          /*  53 lock */
	.long sys_ioctl               /*  54 ioctl */
	.long sys_fcntl               /*  55 fcntl */
	.long sys_ni_syscall          /*  56 mpx */
	.long sys_setpgid           /*  57 setpgid */
	.long sys_ni_syscall          /*  58 ulimit */
	.long sys_ni_syscall          /*  59 oldolduname */
	.long sys_umask             /*  60 umask */
	.long sys_chroot            /*  61 chroot */
	.long sys_ni_syscall          /*  62 ustat */
	.long sys_dup2                /*  63 dup2 */
	.long sys_getppid           /*  64 getppid */
	.long sys_getpgrp           /*  65 getpgrp */
	.long sys_setsid            /*  66 setsid */
	.long sys_sigaction         /*  67 sigaction */
	.long sys_ni_syscall          /*  68 sgetmask */
	.long sys_ni_syscall          /*  69 ssetmask */
	.long sys_setreuid16        /*  70 setreuid */
	.long sys_setregid16        /*  71 setregid */
	.long sys_sigsuspend        /*  72 sigsuspend */
	.long sys_sigpending        /*  73 sigpending */
	.long sys_sethostname         /*  74 sethostname */
	.long sys_setrlimit         /*  75 setrlimit */
	.long sys_old_getrlimit     /*  76 getrlimit */
	.long sys_getrusage         /*  77 getrusage */
	.long sys_gettimeofday        /*  78 gettimeofday */
	.long sys_settimeofday        /*  79 settimeofday */
	.long sys_getgroups16       /*  80 getgroups */
	.long sys_setgroups16       /*  81 setgroups */
	.long sys_old_select        /*  82 select */
	.long sys_symlink           /*  83 symlink */
	.long sys_ni_syscall          /*  84 oldlstat */
	.long sys_readlink          /*  85 readlink */
	.long sys_ni_syscall          /*  86 uselib */
	.long sys_swapon            /*  87 swapon */
	.long sys_reboot              /*  88 reboot */
	.long sys_ni_syscall          /*  89 readdir */
	.long old_mmap                /*  90 mmap */
	.long sys_munmap              /*  91 munmap */
	.long sys_truncate          /*  92 truncate */
	.long sys_ftruncate         /*  93 ftruncate */
	.long sys_fchmod            /*  94 fchmod */
	.long sys_fchown16          /*  95 fchown */
	.long sys_getpriority       /*  96 getpriority */
	.long sys_setpriority       /*  97 setpriority */
	.long sys_ni_syscall          /*  98 profil */
	.long sys_statfs            /*  99 statfs */
	.long sys_fstatfs           /* 100 fstatfs */
	.long sys_ni_syscall          /* 101 ioperm */
	.long sys_ni_syscall          /* 102 socketcall */
	.long sys_syslog            /* 103 syslog */
	.long sys_setitimer         /* 104 setitimer */
	.long sys_getitimer         /* 105 getitimer */
	.long sys_newstat             /* 106 stat */
	.long sys_newlstat            /* 107 lstat */
	.long sys_newfstat            /* 108 fstat */
	.long sys_ni_syscall          /* 109 olduname */
	.long sys_ni_syscall          /* 110 iopl */
	.long sys_ni_syscall          /* 111 vhangup */
	.long sys_ni_syscall          /* 112 idle */
	.long sys_ni_syscall          /* 113 vm86old */
	.long sys_wait4             /* 114 wait4 */
	.long sys_swapoff           /* 115 swapoff */
	.long sys_sysinfo           /* 116 sysinfo */
	.long sys_ni_syscall          /* 117 ipc */
	.long sys_fsync             /* 118 fsync */
	.long sys_sigreturn           /* 119 sigreturn */
	.long sys_clone             /* 120 clone */
	.long sys_setdomainname       /* 121 setdomainname */
	.long sys_newuname            /* 122 uname */
	.long sys_ni_syscall          /* 123 modify_ldt */
	.long sys_ni_syscall          /* 124 adjtimex */
	.long sys_mprotect          /* 125 mprotect */
	.long sys_sigprocmask       /* 126 sigprocmask */
	.long sys_ni_syscall          /* 127 create_module */
	.long sys_ni_syscall          /* 128 init_module */
	.long sys_ni_syscall          /* 129 delete_module */
	.long sys_ni_syscall          /* 130 get_kernel_syms */
	.long sys_ni_syscall          /* 131 quotactl */
	.long sys_getpgid           /* 132 getpgid */
	.long sys_fchdir            /* 133 fchdir */
	.long sys_ni_syscall          /* 134 bdflush */
	.long sys_ni_syscall          /* 135 sysfs */
	.long sys_ni_syscall          /* 136 personality */
	.long sys_ni_syscall          /* 137 afs_syscall */
	.long sys_setfsuid16        /* 138 setfsuid */
	.long sys_setfsgid16        /* 139 setfsgid */
	.long sys_llseek              /* 140 _llseek */
	.long sys_getdents            /* 141 getdents */
	.long sys_select            /* 142 _newselect */
	.long sys_ni_syscall          /* 143 flock */
	.long sys_msync             /* 144 msync */
	.long sys_readv             /* 145 readv */
	.long sys_writev            /* 146 writev */
	.long sys_getsid            /* 147 getsid */
	.long sys_fdatasync         /* 148 fdatasync */
	.long sys_ni_syscall          /* 149 _sysctl */
	.long sys_mlock             /* 150 mlock */
	.long sys_munlock           /* 151 munlock */
	.long sys_mlockall          /* 152 mlockall */
	.long sys_munlockall        /* 153 munlockall */
	.long sys_sched_setparam    /* 154 sched_setparam */
	.long sys_sched_getparam    /* 155 sched_getparam */
	.long sys_sched_setscheduler/* 156 sched_setscheduler */
	.long sys_sched_getscheduler/* 157 sched_getscheduler */
	.long sys_sched_yield       /* 158 sched_yield */
	.long sys_sched_get_priority_max/* 159 sched_get_priority_max */
	.long sys_sched_get_priority_min/* 160 sched_get_priority_min */
	.long sys_sched_rr_get_interval/* 161 sched_rr_get_interval */
	.long sys_nanosleep           /* 162 nanosleep */
	.long sys_mremap            /* 163 mremap */
	.long sys_setresuid16       /* 164 setresuid */
	.long sys_getresuid16       /* 165 getresuid */
	.long sys_ni_syscall          /* 166 vm86 */
	.long sys_ni_syscall          /* 167 query_module */
	.long sys_poll              /* 168 poll */
	.long sys_ni_syscall          /* 169 nfsservctl */
	.long sys_setresgid16       /* 170 setresgid */
	.long sys_getresgid16       /* 171 getresgid */
	.long sys_prctl             /* 172 prctl */
	.long sys_rt_sigreturn        /* 173 rt_sigreturn */
	.long sys_rt_sigaction        /* 174 rt_sigaction */
	.long sys_rt_sigprocmask      /* 175 rt_sigprocmask */
	.long sys_rt_sigpending     /* 176 rt_sigpending */
	.long sys_rt_sigtimedwait   /* 177 rt_sigtimedwait */
	.long sys_ni_syscall          /* 178 rt_sigqueueinfo */
	.long sys_rt_sigsuspend     /* 179 rt_sigsuspend */
	.long sys_pread               /* 180 pread64 */
	.long sys_pwrite              /* 181 pwrite64 */
	.long sys_chown16           /* 182 chown */
	.long sys_getcwd            /* 183 getcwd */
	.long sys_ni_syscall          /* 184 capget */
	.long sys_ni_syscall          /* 185 capset */
	.long sys_sigaltstack       /* 186 sigaltstack */
	.long sys_sendfile          /* 187 sendfile */
	.long sys_ni_syscall          /* 188 getpmsg */
	.long sys_ni_syscall          /* 189 putpmsg */
	.long sys_vfork             /* 190 vfork */
	.long sys_getrlimit         /* 191 ugetrlimit */
	.long sys_mmap2               /* 192 mmap2 */
	.long sys_truncate64        /* 193 truncate64 */
	.long sys_ftruncate64       /* 194 ftruncate64 */
	.long sys_stat64              /* 195 stat64 */
	.long sys_lstat64             /* 196 lstat64 */
	.long sys_fstat64             /* 197 fstat64 */
	.long sys_lchown            /* 198 lchown32 */
	.long sys_getuid            /* 199 getuid32 */
	.long sys_getgid            /* 200 getgid32 */
	.long sys_geteuid           /* 201 geteuid32 */
	.long sys_getegid           /* 202 getegid32 */
	.long sys_setreuid          /* 203 setreuid32 */
	.long sys_setregid          /* 204 setregid32 */
	.long sys_getgroups         /* 205 getgroups32 */
	.long sys_setgroups         /* 206 setgroups32 */
	.long sys_fchown            /* 207 fchown32 */
	.long sys_setresuid         /* 208 setresuid32 */
	.long sys_getresuid         /* 209 getresuid32 */
	.long sys_setresgid         /* 210 setresgid32 */
	.long sys_getresgid         /* 211 getresgid32 */
	.long sys_chown             /* 212 chown32 */
	.long sys_setuid            /* 213 setuid32 */
	.long sys_setgid            /* 214 setgid32 */
	.long sys_setfsuid          /* 215 setfsuid32 */
	.long sys_setfsgid          /* 216 setfsgid32 */
	.long sys_ni_syscall          /* 217 pivot_root */
	.long sys_ni_syscall          /* 218 mincore */
	.long sys_madvise           /* 219 madvise */
	.long sys_getdents64          /* 220 getdents64 */
	.long sys_fcntl64             /* 221 fcntl64 */
	.long sys_ni_syscall          /* 222 unused */
	.long sys_ni_syscall          /* 223 unused */
	.long sys_gettid            /* 224 gettid */
	.long sys_ni_syscall          /* 225 readahead */
	.long sys_ni_syscall          /* 226 setxattr */
	.long sys_ni_syscall          /* 227 lsetxattr */
	.long sys_ni_syscall          /* 228 fsetxattr */
	.long sys_ni_syscall          /* 229 getxattr */
	.long sys_ni_syscall          /* 230 lgetxattr */
	.long sys_ni_syscall          /* 231 fgetxattr */
	.long sys_ni_syscall          /* 232 listxattr */
	.long sys_ni_syscall          /* 233 llistxattr */
	.long sys_ni_syscall          /* 234 flistxattr */
	.long sys_ni_syscall          /* 235 removexattr */
	.long sys_ni_syscall          /* 236 lremovexattr */
	.long sys_ni_syscall          /* 237 fremovexattr */
	.long sys_tkill             /* 238 tkill */
	.long sys_ni_syscall          /* 239 sendfile64 */
	.long sys_ni_syscall          /* 240 futex */
	.long sys_sched_setaffinity   /* 241 sched_setaffinity */
	.long sys_sched_getaffinity   /* 242 sched_getaffinity */
	.long sys_set_thread_area     /* 243 set_thread_area */
	.long sys_ni_syscall          /* 244 get_thread_area */
	.long sys_ni_syscall          /* 245 io_setup */
	.long sys_ni_syscall          /* 246 io_destroy */
	.long sys_ni_syscall          /* 247 io_getevents */
	.long sys_ni_syscall          /* 248 io_submit */
	.long sys_ni_syscall          /* 249 io_cancel */
	.long sys_ni_syscall          /* 250 fadvise64 */
	.long sys_ni_syscall          /* 251 unused */
	.long sys_exit_group          /* 252 exit_group */
	/* 253 ...: place new system calls here */

	.rept NR_syscalls - (. - sys_call_table) / 4
	.long sys_ni_syscall
	.endr
