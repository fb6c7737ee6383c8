/*
 * test/user/perms.c - the mode bits as a user who is not root meets
 * them (permission()): reading, writing and searching by owner, group
 * and others, EACCES for each, access() by the real ids, chmod and
 * chown by owner and stranger, the sticky bit on a shared directory,
 * umask, and what root may still not do (execute a file without an x
 * bit). Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <utime.h>

static void mode_of(const char *tag, const char *path)
{
	struct stat st;

	if (stat(path, &st))
		printf("perms.%s: -1 %s\n", tag, errname(errno));
	else
		printf("perms.%s: %o uid %u gid %u\n", tag,
		       (unsigned)st.st_mode, (unsigned)st.st_uid,
		       (unsigned)st.st_gid);
}

static void setup(void)
{
	umask(0);
	mkdir("/m", 0777);
	mkdir("/m/private", 0700);
	mkdir("/m/noexec", 0766);
	close(open("/m/noexec/f", O_CREAT | O_WRONLY, 0666));
	close(open("/m/owner_only", O_CREAT | O_WRONLY, 0600));
	close(open("/m/group_r", O_CREAT | O_WRONLY, 0640));
	close(open("/m/world_r", O_CREAT | O_WRONLY, 0644));
	close(open("/m/noexec_file", O_CREAT | O_WRONLY, 0644));
	mkdir("/m/sticky", 01777);
	close(open("/m/sticky/roots", O_CREAT | O_WRONLY, 0666));
	chown("/m/group_r", 0, 100);
	umask(022);
}

/* as_user - what uid 1000, group 100, meets */
static void as_user(void)
{
	int fd;

	setgid(100);
	setuid(1000);
	RES("perms.read_owner_only", open("/m/owner_only", O_RDONLY));
	fd = open("/m/group_r", O_RDONLY);
	OK("perms.read_group", fd >= 0);
	close(fd);
	RES("perms.write_group_r", open("/m/group_r", O_WRONLY));
	fd = open("/m/world_r", O_RDONLY);
	OK("perms.read_world", fd >= 0);
	close(fd);
	RES("perms.search_private", open("/m/private/x", O_RDONLY));
	RES("perms.search_noexec", open("/m/noexec/f", O_RDONLY));
	RES("perms.stat_noexec", access("/m/noexec/f", F_OK));
	RES("perms.creat_private",
	    open("/m/private/y", O_CREAT | O_RDWR, 0600));
	RES("perms.access_r", access("/m/world_r", R_OK));
	RES("perms.access_w", access("/m/world_r", W_OK));
	RES("perms.access_x", access("/m/world_r", X_OK));
	RES("perms.access_bad_mode", access("/m/world_r", 8));
	RES("perms.chmod_not_owner", chmod("/m/world_r", 0777));
	RES("perms.chown_not_root", chown("/m/world_r", 1000, 100));
	RES("perms.mkdir_mine", mkdir("/m/mine", 0777));
	mode_of("mine", "/m/mine");
	fd = open("/m/mine/f", O_CREAT | O_RDWR, 0666);
	OK("perms.creat_mine", fd >= 0);
	close(fd);
	mode_of("mine_f", "/m/mine/f");
	RES("perms.chmod_mine", chmod("/m/mine/f", 0400));
	RES("perms.write_after_chmod", open("/m/mine/f", O_WRONLY));
	RES("perms.chown_mine_to_root", chown("/m/mine/f", 0, -1));
	RES("perms.chgrp_mine_same", chown("/m/mine/f", -1, 100));
	RES("perms.chgrp_mine_other", chown("/m/mine/f", -1, 5));
	RES("perms.unlink_sticky_roots", unlink("/m/sticky/roots"));
	RES("perms.creat_sticky", close(open("/m/sticky/u", O_CREAT, 0600)));
	RES("perms.unlink_sticky_mine", unlink("/m/sticky/u"));
	RES("perms.rename_into_private", rename("/m/mine", "/m/private/x"));
	RES("perms.rmdir_root_dir", rmdir("/m/noexec"));
	RES("perms.truncate_ro", truncate("/m/world_r", 0));
	RES("perms.utime_not_owner", utime("/m/world_r", NULL));
	RES("perms.chroot_user", chroot("/m"));
	RES("perms.mknod_dev_user", mknod("/m/mine/dev", S_IFCHR | 0600,
					   0x0103));
	RES("perms.mknod_dir", mknod("/m/mine/dir", S_IFDIR | 0700, 0));
}

static void as_root(void)
{
	RES("perms.root_reads_0600",
	    close(open("/m/owner_only", O_RDONLY)));
	RES("perms.root_search_private", access("/m/private", X_OK));
	RES("perms.root_x_no_bits", access("/m/noexec_file", X_OK));
	RES("perms.root_exec_no_bits",
	    execve("/m/noexec_file", (char *[]){ "x", NULL }, NULL));
	RES("perms.exec_dir", execve("/m", (char *[]){ "x", NULL }, NULL));
	umask(077);
	close(open("/m/umasked", O_CREAT | O_WRONLY, 0666));
	mode_of("umasked", "/m/umasked");
	RES("perms.chmod_setgid", chmod("/m/umasked", 02755));
	mode_of("setgid", "/m/umasked");
	RES("perms.chown_clears_setgid", chown("/m/umasked", 5, 5));
	mode_of("chowned", "/m/umasked");
}

int main(void)
{
	setup();
	printf("perms.user: %d\n", status_of(as_user));
	as_root();
	return 0;
}
