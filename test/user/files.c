/*
 * test/user/files.c - making, writing, reading and removing files and
 * directories: open with O_CREAT, O_EXCL, O_TRUNC and O_APPEND, write
 * and read back across page boundaries, holes, truncate and ftruncate,
 * mkdir, rmdir, unlink, rename, link, and the errno Linux gives each
 * misuse. Sizes, link counts and modes are compared; times and inode
 * numbers are not. Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <sys/stat.h>

static char buf[9000];

/* show - a file's size, link count, type and permissions */
static void show(const char *tag, const char *path)
{
	struct stat st;

	if (lstat(path, &st)) {
		printf("files.%s: -1 %s\n", tag, errname(errno));
		return;
	}
	printf("files.%s: size %ld nlink %u mode %o blocks %ld\n", tag,
	       (long)st.st_size, (unsigned)st.st_nlink, (unsigned)st.st_mode,
	       (long)st.st_blocks);
}

/* sum - a checksum of @n bytes of buf */
static unsigned sum(int n)
{
	unsigned s = 0;
	int i;

	for (i = 0; i < n; i++)
		s = s * 31 + (unsigned char)buf[i];
	return s;
}

static void create_and_write(void)
{
	int fd, i;

	umask(022);
	RES("files.mkdir", mkdir("/t", 0777));
	show("dir", "/t");
	RES("files.mkdir_again", mkdir("/t", 0777));
	fd = open("/t/a", O_CREAT | O_WRONLY, 0666);
	OK("files.creat", fd >= 0);
	for (i = 0; i < (int)sizeof(buf); i++)
		buf[i] = i * 7;
	RES("files.write", write(fd, buf, sizeof(buf)));
	RES("files.read_wronly", read(fd, buf, 10));
	close(fd);
	show("a", "/t/a");
	show("dir_after", "/t");
	RES("files.excl", open("/t/a", O_CREAT | O_EXCL | O_RDWR, 0600));
	fd = open("/t/a", O_RDONLY);
	memset(buf, 0, sizeof(buf));
	RES("files.read", read(fd, buf, sizeof(buf)));
	printf("files.sum: %u\n", sum(sizeof(buf)));
	RES("files.read_eof", read(fd, buf, 10));
	RES("files.lseek_back", lseek(fd, 4090, SEEK_SET));
	RES("files.read_across", read(fd, buf, 12));
	printf("files.sum_across: %u\n", sum(12));
	RES("files.write_rdonly", write(fd, buf, 1));
	close(fd);
}

static void append_and_holes(void)
{
	int fd = open("/t/a", O_WRONLY | O_APPEND);

	RES("files.append", write(fd, "tail", 4));
	RES("files.pos_after_append", lseek(fd, 0, SEEK_CUR));
	close(fd);
	show("appended", "/t/a");
	fd = open("/t/hole", O_CREAT | O_RDWR | O_TRUNC, 0640);
	RES("files.seek_far", lseek(fd, 20000, SEEK_SET));
	RES("files.write_far", write(fd, "x", 1));
	show("hole", "/t/hole");
	RES("files.pread_hole", pread(fd, buf, 8, 100));
	printf("files.hole_bytes: %u\n", sum(8));
	RES("files.ftruncate", ftruncate(fd, 5000));
	show("cut", "/t/hole");
	RES("files.ftruncate_grow", ftruncate(fd, 9000));
	RES("files.pread_grown", pread(fd, buf, 8, 8000));
	printf("files.grown_bytes: %u\n", sum(8));
	close(fd);
	RES("files.truncate", truncate("/t/a", 10));
	show("truncated", "/t/a");
	RES("files.truncate_dir", truncate("/t", 0));
	RES("files.truncate_neg", truncate("/t/a", -1));
	fd = open("/t/a", O_RDONLY);
	RES("files.ftruncate_rdonly", ftruncate(fd, 0));
	close(fd);
	fd = open("/t/a", O_RDWR | O_TRUNC);
	close(fd);
	show("otrunc", "/t/a");
}

static void links_and_renames(void)
{
	RES("files.link", link("/t/a", "/t/b"));
	show("linked", "/t/a");
	RES("files.link_exists", link("/t/a", "/t/b"));
	RES("files.link_dir", link("/t", "/t/d"));
	RES("files.rename", rename("/t/b", "/t/c"));
	show("renamed_old", "/t/b");
	show("renamed_new", "/t/c");
	RES("files.rename_over", rename("/t/c", "/t/hole"));
	show("replaced", "/t/hole");
	show("nlink_after", "/t/a");
	RES("files.rename_same", rename("/t/a", "/t/hole"));
	RES("files.mkdir_sub", mkdir("/t/sub", 0700));
	show("parent_nlink", "/t");
	RES("files.rename_into_self", rename("/t/sub", "/t/sub/x"));
	RES("files.rename_dir_over_file", rename("/t/sub", "/t/a"));
	RES("files.rename_file_over_dir", rename("/t/a", "/t/sub"));
	RES("files.mkdir_sub2", mkdir("/t/sub2", 0700));
	RES("files.creat_in_sub2", close(open("/t/sub2/f", O_CREAT, 0600)));
	RES("files.rename_over_full", rename("/t/sub", "/t/sub2"));
	RES("files.rename_dir", rename("/t/sub", "/t/sub3"));
	RES("files.rename_missing", rename("/t/nope", "/t/x"));
	RES("files.rename_dot", rename("/t/.", "/t/x"));
}

static void removals(void)
{
	int fd;

	RES("files.rmdir_full", rmdir("/t/sub2"));
	RES("files.unlink_dir", unlink("/t/sub2"));
	RES("files.rmdir_file", rmdir("/t/sub2/f"));
	RES("files.unlink_slash", unlink("/t/sub2/f/"));
	RES("files.unlink", unlink("/t/sub2/f"));
	RES("files.unlink_again", unlink("/t/sub2/f"));
	RES("files.rmdir_dot", rmdir("/t/sub2/."));
	RES("files.rmdir_dotdot", rmdir("/t/sub2/.."));
	RES("files.rmdir", rmdir("/t/sub2"));
	show("parent_after_rmdir", "/t");
	fd = open("/t/a", O_RDWR);
	RES("files.unlink_open", unlink("/t/a"));
	RES("files.write_unlinked", write(fd, "still", 5));
	RES("files.read_unlinked", pread(fd, buf, 5, 0));
	OK("files.unlinked_data", !memcmp(buf, "still", 5));
	RES("files.open_unlinked", open("/t/a", O_RDONLY));
	close(fd);
	RES("files.creat_in_file", open("/t/hole/x", O_CREAT | O_RDWR, 0600));
	RES("files.creat_slash", open("/t/new/", O_CREAT | O_RDWR, 0600));
	RES("files.open_dir_write", open("/t", O_WRONLY));
	RES("files.open_dir_creat", open("/t", O_CREAT | O_RDONLY, 0600));
	RES("files.read_dir", read(open("/t", O_RDONLY), buf, 10));
	RES("files.mkdir_missing_parent", mkdir("/t/no/such", 0700));
	RES("files.mkdir_dot", mkdir("/t/.", 0700));
}

int main(void)
{
	create_and_write();
	append_and_holes();
	links_and_renames();
	removals();
	return 0;
}
