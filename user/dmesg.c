/* user/dmesg.c - dmesg: the kernel's message buffer, from syslog(2),
 * without the "<n>" level at the start of each line. */
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>

#define SYSLOG_ACTION_READ_ALL	3

static char buf[65536];

int main(void)
{
	int n = syscall(__NR_syslog, SYSLOG_ACTION_READ_ALL, buf,
			sizeof(buf));
	int i, start = 1;

	if (n < 0) {
		perror("syslog");
		return 1;
	}
	for (i = 0; i < n; i++) {
		if (start && buf[i] == '<' && i + 2 < n && buf[i + 2] == '>')
			i += 3;
		if (i < n)
			putchar(buf[i]);
		start = i < n && buf[i] == '\n';
	}
	return 0;
}
