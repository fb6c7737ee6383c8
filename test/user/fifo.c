/*
 * test/user/fifo.c - named pipes: mkfifo makes the node; a reader's
 * open waits for a writer and a writer's for a reader (O_NONBLOCK: a
 * reader goes on, a writer gets ENXIO); O_RDWR waits for nobody; data
 * flows as in a pipe, EOF when the writer closes, ESPIPE for lseek.
 * Run as process 1 on Linux and on lk24.
 */
#include "utest.h"
#include <fcntl.h>
#include <sys/stat.h>

static void writer(void)
{
	int fd = open("/f1", O_WRONLY);

	write(fd, "hello", 5);
	close(fd);
}

int main(void)
{
	struct stat st;
	char buf[16] = "";
	int fd, fd2;
	pid_t pid;

	umask(022);
	RES("fifo.mkfifo", mkfifo("/f1", 0666));
	RES("fifo.mkfifo_again", mkfifo("/f1", 0666));
	stat("/f1", &st);
	printf("fifo.mode: %o size %ld\n", (unsigned)st.st_mode,
	       (long)st.st_size);
	RES("fifo.writer_nonblock_alone", open("/f1", O_WRONLY | O_NONBLOCK));
	fd = open("/f1", O_RDONLY | O_NONBLOCK);
	OK("fifo.reader_nonblock", fd >= 0);
	RES("fifo.read_no_writer", read(fd, buf, sizeof(buf)));
	fd2 = open("/f1", O_WRONLY | O_NONBLOCK);
	OK("fifo.writer_with_reader", fd2 >= 0);
	RES("fifo.write", write(fd2, "ab", 2));
	RES("fifo.read", read(fd, buf, sizeof(buf)));
	RES("fifo.lseek", lseek(fd, 0, SEEK_SET));
	close(fd2);
	close(fd);
	pid = fork();
	if (pid == 0) {
		writer();
		_exit(0);
	}
	fd = open("/f1", O_RDONLY);
	OK("fifo.blocking_open", fd >= 0);
	memset(buf, 0, sizeof(buf));
	RES("fifo.read_from_child", read(fd, buf, sizeof(buf)));
	printf("fifo.data: %s\n", buf);
	waitpid(pid, NULL, 0);
	RES("fifo.eof", read(fd, buf, sizeof(buf)));
	close(fd);
	fd = open("/f1", O_RDWR);
	OK("fifo.rdwr_open", fd >= 0);
	RES("fifo.rdwr_write", write(fd, "xyz", 3));
	RES("fifo.rdwr_read", read(fd, buf, sizeof(buf)));
	close(fd);
	RES("fifo.unlink", unlink("/f1"));
	return 0;
}
