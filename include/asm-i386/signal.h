/*
 * include/asm-i386/signal.h - signal numbers (Linux i386's).
 * Signal delivery to handlers arrives with processes; until then a
 * signal sent to a task takes its default action: the task is killed.
 */
#ifndef _ASMi386_SIGNAL_H
#define _ASMi386_SIGNAL_H

#define SIGHUP		 1
#define SIGINT		 2
#define SIGQUIT		 3
#define SIGILL		 4
#define SIGTRAP		 5
#define SIGABRT		 6
#define SIGBUS		 7
#define SIGFPE		 8
#define SIGKILL		 9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGSTKFLT	16
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define _NSIG		64

#endif
