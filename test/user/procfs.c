/*
 * test/user/procfs.c - mounting /proc and reading it as ps and free do:
 * /proc/self and its stat, status, cmdline, environ, fd/, cwd and exe;
 * the shapes of meminfo, uptime, loadavg, version, filesystems and
 * mounts; mount and umount with their errors (a busy mount, a file as
 * mountpoint, an unknown type, a user who is not root); sysinfo(2)
 * against meminfo and uptime. Values that
 * differ between kernels (memory, times, inode numbers) are reduced to
 * their format, and mount options are not compared. Run as process 1
 * on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/mount.h>
#include <sys/vfs.h>
#include <sys/sysinfo.h>

static char buf[8192];

/* slurp - @path's text into buf, '\0'-terminated; its length or -1 */
static int slurp(const char *path)
{
	int fd = open(path, O_RDONLY), n, len = 0;

	if (fd < 0)
		return -1;
	while ((n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += n;
	close(fd);
	buf[len] = '\0';
	return len;
}

/* line_of - the line of buf starting with @key, or "(none)" */
static const char *line_of(const char *key)
{
	static char line[256];
	char *p = buf;
	size_t n = strlen(key);

	while (p && *p) {
		if (!strncmp(p, key, n)) {
			size_t len = strcspn(p, "\n");

			memcpy(line, p, len < 255 ? len : 255);
			line[len < 255 ? len : 255] = '\0';
			return line;
		}
		p = strchr(p, '\n');
		p = p ? p + 1 : NULL;
	}
	return "(none)";
}

/* shape - @s with each run of digits made "9" and each run of spaces
 * one space, to compare formats */
static const char *shape(const char *s)
{
	static char out[512];
	char *o = out;

	while (*s && o < out + sizeof(out) - 2) {
		if (*s >= '0' && *s <= '9') {
			*o++ = '9';
			while (*s >= '0' && *s <= '9')
				s++;
		} else if (*s == ' ') {
			*o++ = *s;
			while (*s == ' ')
				s++;
		} else {
			*o++ = *s++;
		}
	}
	*o = '\0';
	return out;
}

static void link_of(const char *tag, const char *path)
{
	int n = readlink(path, buf, sizeof(buf) - 1);

	buf[n > 0 ? n : 0] = '\0';
	if (n < 0)
		printf("procfs.%s: -1 %s\n", tag, errname(errno));
	else
		printf("procfs.%s: %s\n", tag, shape(buf));
}

static void self(void)
{
	char want[32];
	int p[2], i, n;

	link_of("self", "/proc/self");
	sprintf(want, "%d", getpid());
	n = readlink("/proc/self", buf, sizeof(buf));
	OK("procfs.self_is_pid", n == (int)strlen(want) &&
	   !memcmp(buf, want, n));
	slurp("/proc/self/stat");
	printf("procfs.stat_head: %.*s\n", (int)strcspn(buf, ")") + 1, buf);
	for (n = 0, i = 0; buf[i]; i++)
		n += buf[i] == ' ';
	printf("procfs.stat_fields: %d\n", n + 1);
	slurp("/proc/self/status");
	printf("procfs.%s\n", line_of("Name:"));
	printf("procfs.%s\n", line_of("State:"));
	printf("procfs.%s\n", line_of("PPid:"));
	printf("procfs.%s\n", line_of("Uid:"));
	printf("procfs.%s\n", shape(line_of("VmSize:")));
	printf("procfs.%s\n", line_of("SigBlk:"));
	n = slurp("/proc/self/cmdline");
	printf("procfs.cmdline: %d %s\n", n, buf);
	pipe(p);
	link_of("fd0", "/proc/self/fd/0");
	link_of("fd_pipe", "/proc/self/fd/3");
	link_of("fd_missing", "/proc/self/fd/9");
	link_of("cwd", "/proc/self/cwd");
	link_of("exe", "/proc/self/exe");
	RES("procfs.open_through_fd", close(open("/proc/self/fd/0",
						  O_RDONLY)));
	close(p[0]);
	close(p[1]);
}

static void global_files(void)
{
	slurp("/proc/meminfo");
	printf("procfs.meminfo: %s\n", shape(line_of("MemTotal:")));
	printf("procfs.memfree: %s\n", shape(line_of("MemFree:")));
	slurp("/proc/uptime");
	printf("procfs.uptime: %s", shape(buf));
	slurp("/proc/loadavg");
	printf("procfs.loadavg: %s", shape(buf));
	slurp("/proc/version");
	OK("procfs.version", !strncmp(buf, "Linux version ", 14));
	slurp("/proc/filesystems");
	OK("procfs.filesystems_proc", strstr(buf, "nodev\tproc\n") != NULL);
	slurp("/proc/mounts");
	printf("procfs.mounts_proc: %.16s\n", line_of("proc /proc"));
	slurp("/proc/stat");
	printf("procfs.stat_ctxt: %s\n", shape(line_of("ctxt")));
	printf("procfs.stat_processes: %s\n", shape(line_of("processes")));
	RES("procfs.write_ro", open("/proc/meminfo", O_WRONLY));
	RES("procfs.creat_in_proc", open("/proc/x", O_CREAT | O_RDWR, 0600));
}

/* sysinfo_view - sysinfo(2) tells what /proc does: the same total
 * memory, in bytes below 4 GB; less free than that; an uptime within a
 * second of /proc/uptime's; a bad pointer is EFAULT */
static void sysinfo_view(void)
{
	struct sysinfo si;
	unsigned long total_kb, up;

	RES("procfs.sysinfo", sysinfo(&si));
	RES("procfs.sysinfo_bad_pointer", sysinfo((struct sysinfo *)16));
	printf("procfs.sysinfo_mem_unit: %u\n", si.mem_unit);
	slurp("/proc/meminfo");
	total_kb = strtoul(line_of("MemTotal:") + strlen("MemTotal:"), NULL,
			   10);
	OK("procfs.sysinfo_totalram_is_memtotal",
	   si.totalram / 1024 * si.mem_unit == total_kb);
	OK("procfs.sysinfo_freeram_below_total",
	   si.freeram > 0 && si.freeram < si.totalram);
	OK("procfs.sysinfo_no_swap", si.totalswap == 0 && si.freeswap == 0);
	slurp("/proc/uptime");
	up = strtoul(buf, NULL, 10);
	OK("procfs.sysinfo_uptime_is_proc_uptime",
	   si.uptime >= (long)up && si.uptime <= (long)up + 2);
	OK("procfs.sysinfo_procs", si.procs >= 1);
}

static void as_user(void)
{
	setuid(1000);
	RES("procfs.mount_user", mount("proc", "/mnt", "proc", 0, NULL));
	RES("procfs.umount_user", umount("/proc"));
}

int main(void)
{
	struct statfs sfs;
	struct stat st;

	mkdir("/proc", 0555);
	mkdir("/mnt", 0755);
	RES("procfs.mount", mount("proc", "/proc", "proc", 0, NULL));
	RES("procfs.stat_proc", stat("/proc", &st));
	printf("procfs.proc_mode: %o\n", (unsigned)st.st_mode);
	RES("procfs.statfs", statfs("/proc", &sfs));
	printf("procfs.f_type: %lx\n", (unsigned long)sfs.f_type);
	self();
	global_files();
	sysinfo_view();
	RES("procfs.mount_unknown", mount("x", "/mnt", "nofs", 0, NULL));
	RES("procfs.mount_missing", mount("proc", "/nope", "proc", 0, NULL));
	RES("procfs.mount_on_file", mount("proc", "/proc/version", "proc",
					  0, NULL));
	RES("procfs.umount_not_mounted", umount("/mnt"));
	RES("procfs.umount_root", umount("/"));
	printf("procfs.user: %d\n", status_of(as_user));
	chdir("/proc");
	RES("procfs.umount_busy", umount("/proc"));
	chdir("/");
	RES("procfs.umount", umount("/proc"));
	RES("procfs.gone", stat("/proc/self", &st));
	return 0;
}
