/*
 * test/user/paths.c - how a path is walked: ".", "..", doubled and
 * trailing slashes, symlinks (relative, absolute, chained, dangling,
 * looping: ELOOP), lstat and readlink, chdir, fchdir and getcwd (also of
 * a removed directory), chroot, and the errno Linux gives a long name,
 * a long path, a file used as a directory and a bad pointer. Run as
 * process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>

static char buf[PATH_MAX + 100];

/* kind - what @path is, following symlinks or (@l) not */
static void kind(const char *tag, const char *path, int l)
{
	struct stat st;

	if ((l ? lstat : stat)(path, &st))
		printf("paths.%s: -1 %s\n", tag, errname(errno));
	else
		printf("paths.%s: mode %o size %ld\n", tag,
		       (unsigned)st.st_mode, (long)st.st_size);
}

static void cwd(const char *tag)
{
	long n = syscall(__NR_getcwd, buf, sizeof(buf));

	if (n < 0)
		printf("paths.%s: -1 %s\n", tag, errname(errno));
	else
		printf("paths.%s: %ld %s\n", tag, n, buf);
}

static void dots(void)
{
	mkdir("/p", 0755);
	mkdir("/p/d", 0755);
	close(open("/p/d/f", O_CREAT | O_WRONLY, 0644));
	kind("dot", "/p/./d/./f", 0);
	kind("dotdot", "/p/d/../d/f", 0);
	kind("root_dotdot", "/../../p/d", 0);
	kind("slashes", "//p///d//f", 0);
	kind("trailing_dir", "/p/d/", 0);
	kind("trailing_file", "/p/d/f/", 0);
	kind("file_as_dir", "/p/d/f/g", 0);
	kind("missing", "/p/nope/f", 0);
	kind("empty", "", 0);
}

static void links(void)
{
	RES("paths.symlink_rel", symlink("d/f", "/p/lf"));
	RES("paths.symlink_abs", symlink("/p/d", "/p/ld"));
	RES("paths.symlink_dangling", symlink("/p/none", "/p/dang"));
	RES("paths.symlink_loop", symlink("/p/loop", "/p/loop"));
	RES("paths.symlink_exists", symlink("x", "/p/lf"));
	RES("paths.symlink_empty", symlink("", "/p/empty"));
	kind("stat_lf", "/p/lf", 0);
	kind("lstat_lf", "/p/lf", 1);
	kind("through_ld", "/p/ld/f", 0);
	kind("ld_slash", "/p/ld/", 1);
	kind("stat_dang", "/p/dang", 0);
	kind("lstat_dang", "/p/dang", 1);
	kind("stat_loop", "/p/loop", 0);
	kind("loop_in_path", "/p/loop/x", 1);
	RES("paths.readlink", readlink("/p/ld", buf, sizeof(buf)));
	RES("paths.readlink_short", readlink("/p/ld", buf, 2));
	RES("paths.readlink_file", readlink("/p/d/f", buf, sizeof(buf)));
	RES("paths.readlink_zero", readlink("/p/ld", buf, 0));
	RES("paths.open_dangling_creat",
	    close(open("/p/dang", O_CREAT | O_WRONLY, 0600)));
	kind("dangling_made", "/p/none", 0);
	RES("paths.open_nofollow", open("/p/lf", O_RDONLY | O_NOFOLLOW));
	RES("paths.open_dir_flag", open("/p/lf", O_RDONLY | O_DIRECTORY));
	RES("paths.unlink_link", unlink("/p/lf"));
	kind("target_stays", "/p/d/f", 0);
}

static void chain(void)
{
	char from[32], to[32];
	int i;

	for (i = 0; i < 45; i++) {
		sprintf(from, "/p/c%d", i);
		sprintf(to, i == 44 ? "d" : "c%d", i + 1);
		symlink(to, from);
	}
	kind("chain_40", "/p/c4", 0);
	kind("chain_41", "/p/c3", 0);
	kind("chain_45", "/p/c0", 0);
}

static void walk_dirs(void)
{
	int fd = open("/p/d", O_RDONLY);

	cwd("cwd_start");
	RES("paths.chdir", chdir("/p/ld"));
	cwd("cwd_link");
	kind("relative", "f", 0);
	RES("paths.chdir_file", chdir("/p/d/f"));
	RES("paths.chdir_missing", chdir("/p/zz"));
	RES("paths.chdir_up", chdir(".."));
	cwd("cwd_up");
	RES("paths.fchdir", fchdir(fd));
	cwd("cwd_fchdir");
	close(fd);
	RES("paths.getcwd_small", syscall(__NR_getcwd, buf, 3));
	RES("paths.getcwd_fault", syscall(__NR_getcwd, (void *)16, 100));
	mkdir("/p/gone", 0755);
	chdir("/p/gone");
	RES("paths.rmdir_cwd", rmdir("/p/gone"));
	cwd("cwd_removed");
	RES("paths.creat_in_removed", open("x", O_CREAT | O_RDWR, 0600));
	kind("dot_of_removed", ".", 0);
	chdir("/");
}

static void limits(void)
{
	memset(buf, 'a', NAME_MAX + 1);
	buf[NAME_MAX + 1] = '\0';
	RES("paths.name_too_long", open(buf, O_RDONLY));
	buf[NAME_MAX] = '\0';
	RES("paths.name_max", open(buf, O_RDONLY));
	memset(buf, '/', PATH_MAX);
	buf[PATH_MAX] = '\0';
	RES("paths.path_too_long", open(buf, O_RDONLY));
	buf[PATH_MAX - 1] = '\0';
	RES("paths.path_max", access(buf, F_OK));
	RES("paths.bad_pointer", open((char *)16, O_RDONLY));
	RES("paths.kernel_pointer", open((char *)0xc0100000, O_RDONLY));
}

static void in_chroot(void)
{
	RES("paths.chroot", chroot("/p/d"));
	kind("chroot_file", "/f", 0);
	kind("chroot_escape", "/../../f", 0);
	RES("paths.chdir_root", chdir("/"));
	cwd("cwd_chroot");
	RES("paths.symlink_in_chroot", symlink("/f", "/abs"));
	kind("abs_in_chroot", "/abs", 0);
	_exit(0);
}

int main(void)
{
	dots();
	links();
	chain();
	walk_dirs();
	limits();
	printf("paths.chroot_child: %d\n", status_of(in_chroot));
	kind("outside_again", "/p/d/f", 0);
	return 0;
}
