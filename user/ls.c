/*
 * user/ls.c - ls [-l] [-a] [PATH...]: the names in each directory (or
 * the file itself), in the order getdents gives them; -a shows names
 * starting with '.', -l the mode, links, owner, size and name (and a
 * symlink's target) of each.
 */
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/stat.h>

static int opt_l, opt_a;

/* mode_string - "drwxr-xr-x" for @m into @s */
static void mode_string(mode_t m, char *s)
{
	const char *types = "?pc?d?b?-?l?s???";
	int i;

	s[0] = types[(m >> 12) & 15];
	for (i = 0; i < 9; i++)
		s[1 + i] = (m & (0400 >> i)) ? "rwx"[i % 3] : '-';
	s[10] = '\0';
}

/* show - one entry: @name, with @path to stat it */
static void show(const char *path, const char *name)
{
	struct stat st;
	char mode[11], target[256];
	int n;

	if (!opt_l) {
		printf("%s\n", name);
		return;
	}
	if (lstat(path, &st)) {
		perror(path);
		return;
	}
	mode_string(st.st_mode, mode);
	printf("%s %2u %4u %4u %8ld %s", mode, (unsigned)st.st_nlink,
	       (unsigned)st.st_uid, (unsigned)st.st_gid, (long)st.st_size,
	       name);
	if (S_ISLNK(st.st_mode) &&
	    (n = readlink(path, target, sizeof(target) - 1)) > 0) {
		target[n] = '\0';
		printf(" -> %s", target);
	}
	printf("\n");
}

/* list - the entries of directory @dir, or @dir itself if a file */
static int list(const char *dir)
{
	char path[4096];
	struct dirent *d;
	struct stat st;
	DIR *dp;

	if (lstat(dir, &st)) {
		perror(dir);
		return 1;
	}
	if (!S_ISDIR(st.st_mode)) {
		show(dir, dir);
		return 0;
	}
	dp = opendir(dir);
	if (!dp) {
		perror(dir);
		return 1;
	}
	while ((d = readdir(dp)) != NULL) {
		if (d->d_name[0] == '.' && !opt_a)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, d->d_name);
		show(path, d->d_name);
	}
	closedir(dp);
	return 0;
}

int main(int argc, char **argv)
{
	int i, err = 0, paths = 0;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		opt_l |= strchr(argv[i], 'l') != NULL;
		opt_a |= strchr(argv[i], 'a') != NULL;
	}
	for (; i < argc; i++, paths++)
		err |= list(argv[i]);
	if (!paths)
		err = list(".");
	return err;
}
