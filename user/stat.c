/* user/stat.c - stat FILE...: what stat(2) says of each (lstat's). */
#include <stdio.h>
#include <sys/stat.h>

int main(int argc, char **argv)
{
	struct stat st;
	int i, err = 0;

	for (i = 1; i < argc; i++) {
		if (lstat(argv[i], &st)) {
			perror(argv[i]);
			err = 1;
			continue;
		}
		printf("  File: %s\n  Size: %ld  Blocks: %ld  Links: %u\n"
		       "  Mode: %o  Uid: %u  Gid: %u  Inode: %lu  Device: "
		       "%lx\n", argv[i], (long)st.st_size, (long)st.st_blocks,
		       (unsigned)st.st_nlink, (unsigned)st.st_mode,
		       (unsigned)st.st_uid, (unsigned)st.st_gid,
		       (unsigned long)st.st_ino, (unsigned long)st.st_dev);
	}
	return err;
}
