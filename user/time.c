/*
 * user/time.c - time PROGRAM [ARGS]: run it, then say how long it took
 * (real, from gettimeofday; user and sys, from wait4's rusage).
 */
#include <stdio.h>
#include <unistd.h>
#include <sys/time.h>
#include <sys/resource.h>
#include <sys/wait.h>

int main(int argc, char **argv, char **envp)
{
	struct timeval t0, t1;
	struct rusage ru;
	int status;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: time PROGRAM [ARGS]\n");
		return 1;
	}
	gettimeofday(&t0, NULL);
	pid = fork();
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		perror(argv[1]);
		_exit(127);
	}
	wait4(pid, &status, 0, &ru);
	gettimeofday(&t1, NULL);
	t1.tv_sec -= t0.tv_sec;
	if ((t1.tv_usec -= t0.tv_usec) < 0) {
		t1.tv_usec += 1000000;
		t1.tv_sec--;
	}
	fprintf(stderr, "real %ld.%02lds\nuser %ld.%02lds\nsys  %ld.%02lds\n",
		(long)t1.tv_sec, (long)t1.tv_usec / 10000,
		(long)ru.ru_utime.tv_sec, (long)ru.ru_utime.tv_usec / 10000,
		(long)ru.ru_stime.tv_sec, (long)ru.ru_stime.tv_usec / 10000);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}
