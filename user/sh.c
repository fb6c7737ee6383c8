/*
 * user/sh.c - lk24's shell, small enough to read in an afternoon.
 * A line is cut into words (quotes '' "" and \, $VAR $? $$ $! expanded),
 * then into pipelines joined by ; & && ||; each command of a pipeline
 * runs in a child (fork, dup2 for | < > >> 2>&1, execve through $PATH),
 * all of a pipeline in one process group. Builtins: cd, exit, export,
 * unset, wait, jobs, fg, bg, set, ".". Reads the terminal, a script
 * (sh FILE) or a string (sh -c CMD). At the terminal, lines are edited
 * in raw mode with a history (up and down arrows). Not POSIX: no if,
 * while, functions, globs or here-documents.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <signal.h>
#include <termios.h>
#include <sys/wait.h>

#define MAXLINE		4096	/* longer lines are cut, with a warning */
#define MAXWORDS	256
#define MAXVARS		128
#define MAXJOBS		16
#define HISTORY		32	/* lines the editor remembers */

/* A word of the line: its text, or one of the operators below */
enum { W_WORD, W_PIPE, W_AND, W_OR, W_SEMI, W_BG, W_IN, W_OUT, W_APPEND,
       W_DUP };

struct word {
	int type;
	int fd;			/* the descriptor a redirection is for */
	int target;		/* W_DUP: the descriptor it becomes a copy of */
	char *text;		/* W_WORD: the word */
};

static struct word words[MAXWORDS];
static int nwords;
static char wordbuf[2 * MAXLINE];	/* the words' text, expanded */

static char *vars[MAXVARS];		/* "NAME=value" */
static int exported[MAXVARS];
static int last_status, last_bg;
static int interactive;
static pid_t jobs[MAXJOBS];		/* background process groups */
static int stopped[MAXJOBS];		/* ... and whether ^Z stopped them */

/* ---------------------------------------------------------------- */
/* variables */

/* var_slot - the index of variable @name (@len bytes), or -1 */
static int var_slot(const char *name, int len)
{
	int i;

	for (i = 0; i < MAXVARS; i++)
		if (vars[i] && !strncmp(vars[i], name, len) &&
		    vars[i][len] == '=')
			return i;
	return -1;
}

/* getvar - the value of @name (@len bytes), or "" */
static const char *getvar(const char *name, int len)
{
	int i = var_slot(name, len);

	return i < 0 ? "" : vars[i] + len + 1;
}

/* setvar - @assign is "NAME=value"; @export marks it for children */
static void setvar(const char *assign, int export)
{
	int len = strcspn(assign, "="), i = var_slot(assign, len);

	if (i < 0)
		for (i = 0; i < MAXVARS && vars[i]; i++)
			;
	if (i >= MAXVARS) {
		fprintf(stderr, "sh: too many variables\n");
		return;
	}
	free(vars[i]);
	vars[i] = strdup(assign);
	exported[i] |= export;
}

/* environment - the exported variables, as execve wants them */
static char **environment(void)
{
	static char *env[MAXVARS + 1];
	int i, n = 0;

	for (i = 0; i < MAXVARS; i++)
		if (vars[i] && exported[i])
			env[n++] = vars[i];
	env[n] = NULL;
	return env;
}

/* ---------------------------------------------------------------- */
/* cutting a line into words */

/* expand - the $ expression at *@p (after the '$') appended at *@o */
static void expand(const char **p, char **o)
{
	char num[16];
	const char *s = *p, *val = num;
	int len = 0, brace = *s == '{';

	s += brace;
	if (*s == '?' || *s == '$' || *s == '!') {
		sprintf(num, "%d", *s == '?' ? last_status :
			*s == '$' ? (int)getpid() : last_bg);
		s++;
	} else {
		while (s[len] == '_' || (s[len] >= 'A' && s[len] <= 'Z') ||
		       (s[len] >= 'a' && s[len] <= 'z') ||
		       (len && s[len] >= '0' && s[len] <= '9'))
			len++;
		if (!len && !brace) {
			*(*o)++ = '$';	/* a lone '$' is itself */
			return;
		}
		val = getvar(s, len);
		s += len;
	}
	if (brace && *s == '}')
		s++;
	*o = stpcpy(*o, val);
	*p = s;
}

/* operator - the operator at *@p into @w, *@p moved past it; 0 if the
 * text there is not one */
static int operator(const char **p, struct word *w)
{
	const char *s = *p;
	int fd = -1;

	if (*s >= '0' && *s <= '9' && (s[1] == '>' || s[1] == '<'))
		fd = *s++ - '0';
	w->fd = fd >= 0 ? fd : (*s == '<' ? 0 : 1);
	if (s[0] == '>' && s[1] == '&' && s[2] >= '0' && s[2] <= '9') {
		w->type = W_DUP;
		w->fd = fd >= 0 ? fd : 1;
		w->target = s[2] - '0';
		*p = s + 3;
		return 1;
	}
	if (s[0] == '>' && s[1] == '>')
		w->type = W_APPEND, s += 2;
	else if (*s == '>')
		w->type = W_OUT, s++;
	else if (*s == '<')
		w->type = W_IN, s++;
	else if (fd >= 0)
		return 0;
	else if (s[0] == '|' && s[1] == '|')
		w->type = W_OR, s += 2;
	else if (s[0] == '&' && s[1] == '&')
		w->type = W_AND, s += 2;
	else if (*s == '|')
		w->type = W_PIPE, s++;
	else if (*s == '&')
		w->type = W_BG, s++;
	else if (*s == ';')
		w->type = W_SEMI, s++;
	else
		return 0;
	*p = s;
	return 1;
}

/* one_word - the word at *@p, quotes removed and $ expanded, copied
 * to *@o; *@p moved past it */
static void one_word(const char **p, char **o)
{
	const char *s = *p;
	char quote = 0;

	while (*s && (quote || !strchr(" \t\n|&;<>", *s))) {
		if (!quote && (*s == '\'' || *s == '"')) {
			quote = *s++;
		} else if (quote && *s == quote) {
			quote = 0;
			s++;
		} else if (*s == '\\' && quote != '\'' && s[1]) {
			*(*o)++ = s[1];
			s += 2;
		} else if (*s == '$' && quote != '\'') {
			s++;
			expand(&s, o);
		} else {
			*(*o)++ = *s++;
		}
	}
	if (quote)
		fprintf(stderr, "sh: missing closing %c\n", quote);
	*(*o)++ = '\0';
	*p = s;
}

/* split - cut @line into words[]; returns their number, -1 if too many */
static int split(const char *line)
{
	char *o = wordbuf;

	nwords = 0;
	for (;;) {
		while (*line == ' ' || *line == '\t' || *line == '\n')
			line++;
		if (!*line || *line == '#')
			return nwords;
		if (nwords == MAXWORDS - 1) {
			fprintf(stderr, "sh: too many words\n");
			return -1;
		}
		if (operator(&line, &words[nwords])) {
			nwords++;
			continue;
		}
		words[nwords].type = W_WORD;
		words[nwords++].text = o;
		one_word(&line, &o);
	}
}

/* ---------------------------------------------------------------- */
/* running commands */

/* redirect - in a child, the redirections among words [@from, @to);
 * the redirection words are taken out of argv by run_command. Returns
 * 0, or -1 after saying why. */
static int redirect(int from, int to)
{
	int i, fd, flags;

	for (i = from; i < to; i++) {
		struct word *w = &words[i];

		if (w->type == W_DUP) {
			if (dup2(w->target, w->fd) < 0)
				return perror("sh: dup"), -1;
			continue;
		}
		if (w->type != W_IN && w->type != W_OUT && w->type != W_APPEND)
			continue;
		if (i + 1 >= to || words[i + 1].type != W_WORD)
			return fprintf(stderr, "sh: redirection without a "
				       "file\n"), -1;
		flags = w->type == W_IN ? O_RDONLY : O_WRONLY | O_CREAT |
			(w->type == W_APPEND ? O_APPEND : O_TRUNC);
		fd = open(words[i + 1].text, flags, 0666);
		if (fd < 0)
			return perror(words[i + 1].text), -1;
		dup2(fd, w->fd);
		close(fd);
	}
	return 0;
}

/* collect_argv - the words of command [@from, @to) that are not
 * redirections, as argv */
static int collect_argv(int from, int to, char **argv)
{
	int i, argc = 0;

	for (i = from; i < to; i++) {
		if (words[i].type == W_WORD)
			argv[argc++] = words[i].text;
		else if (words[i].type != W_DUP)
			i++;	/* the file name after < > >> */
	}
	argv[argc] = NULL;
	return argc;
}

/* exec_path - execve @argv[0], searched in $PATH if it has no '/' */
static void exec_path(char **argv)
{
	char path[MAXLINE];
	const char *dirs = getvar("PATH", 4);
	int err = ENOENT;

	if (strchr(argv[0], '/')) {
		execve(argv[0], argv, environment());
		err = errno;
	}
	while (!strchr(argv[0], '/') && *dirs) {
		int n = strcspn(dirs, ":");

		snprintf(path, sizeof(path), "%.*s/%s", n, dirs, argv[0]);
		execve(path, argv, environment());
		if (errno != ENOENT)
			err = errno;
		dirs += n + (dirs[n] == ':');
	}
	fprintf(stderr, "sh: %s: %s\n", argv[0],
		err == ENOENT ? "not found" : strerror(err));
	exit(err == ENOENT ? 127 : 126);
}

static int builtin(int argc, char **argv);

/* run_command - in a child: pipe ends @in/@out, redirections, then
 * the builtin or the program of words [@from, @to). Never returns. */
static void run_command(int from, int to, int in, int out)
{
	char *argv[MAXWORDS];
	int argc;

	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	signal(SIGTSTP, SIG_DFL);
	signal(SIGTTOU, SIG_DFL);
	signal(SIGTTIN, SIG_DFL);
	if (in != 0) {
		dup2(in, 0);
		close(in);
	}
	if (out != 1) {
		dup2(out, 1);
		close(out);
	}
	if (redirect(from, to))
		exit(1);
	argc = collect_argv(from, to, argv);
	if (!argc)
		exit(0);
	if (builtin(argc, argv) >= 0)
		exit(last_status);
	exec_path(argv);
}

/* take_terminal - an interactive shell gives the terminal to group
 * @pgrp (unless it runs in the background, @bg), so that ^C and ^Z go
 * to it; both the shell and the child ask, whichever runs first */
static void take_terminal(pid_t pgrp, int bg)
{
	if (interactive && !bg)
		tcsetpgrp(0, pgrp);
}

/* add_job - remember process group @pgid, running in the background
 * or (@stop) stopped, in its old place if it has one */
static void add_job(pid_t pgid, int stop)
{
	int i, free = -1;

	for (i = MAXJOBS - 1; i >= 0; i--) {
		if (jobs[i] == pgid)
			break;
		if (!jobs[i])
			free = i;
	}
	if (i < 0)
		i = free;
	if (i < 0)
		return;
	jobs[i] = pgid;
	stopped[i] = stop;
	if (interactive)
		fprintf(stderr, "[%d] %s%d\n", i + 1, stop ? "stopped " : "",
			pgid);
}

/* signal_name - what a shell says of a child killed by @sig */
static const char *signal_name(int sig)
{
	static char other[32];

	switch (sig) {
	case SIGKILL: return "Killed";
	case SIGTERM: return "Terminated";
	case SIGSEGV: return "Segmentation fault";
	case SIGQUIT: return "Quit";
	case SIGABRT: return "Aborted";
	case SIGFPE: return "Floating point exception";
	case SIGILL: return "Illegal instruction";
	case SIGPIPE: return "Broken pipe";
	case SIGBUS: return "Bus error";
	}
	sprintf(other, "Killed by signal %d", sig);
	return other;
}

/* wait_pipeline - wait for the @n children of @pids; $? is the last's
 * status (128 + signal for a killed one, as sh says) */
static void wait_pipeline(pid_t *pids, int n)
{
	int i, status;

	for (i = 0; i < n; i++) {
		while (waitpid(pids[i], &status, WUNTRACED) < 0 &&
		       errno == EINTR)
			;
		if (i < n - 1)
			continue;
		if (WIFSTOPPED(status)) {
			add_job(pids[0], 1);
			last_status = 128 + WSTOPSIG(status);
		} else if (WIFSIGNALED(status)) {
			last_status = 128 + WTERMSIG(status);
			if (WTERMSIG(status) != SIGINT)
				fprintf(stderr, "%s\n",
					signal_name(WTERMSIG(status)));
		} else {
			last_status = WEXITSTATUS(status);
		}
	}
}

/*
 * start_child - fork the command of words [@from, @to) with pipe ends
 * @in and @out (@other: the end it does not use, or -1) into process
 * group @pgid (0: a new one, the pipeline's first), the terminal's
 * unless @bg. Returns its pid, or -1.
 */
static pid_t start_child(int from, int to, int in, int out, int other,
			 pid_t pgid, int bg)
{
	pid_t pid = fork();

	if (pid == 0) {
		setpgid(0, pgid);
		take_terminal(getpgrp(), bg);
		if (other >= 0)
			close(other);
		run_command(from, to, in, out);
	}
	if (pid < 0) {
		perror("sh: fork");
		return -1;
	}
	setpgid(pid, pgid ? pgid : pid);
	if (!pgid)
		take_terminal(pid, bg);
	return pid;
}

/*
 * run_pipeline - words [@from, @to) are commands joined by |: one
 * child each, in one process group, waited for unless @bg. A single
 * builtin runs in the shell itself (cd must change its directory).
 */
static void run_pipeline(int from, int to, int bg)
{
	pid_t pids[MAXWORDS];
	int n = 0, in = 0, fd[2], start = from, i, argc;
	char *argv[MAXWORDS];

	for (i = from; i < to && words[i].type != W_PIPE; i++)
		;
	argc = collect_argv(from, to, argv);
	if (!bg && i == to && argc && builtin(-1, argv) >= 0) {
		builtin(argc, argv);	/* its redirections are ignored */
		return;
	}
	for (i = from; i <= to; i++) {
		int last = i == to;

		if (!last && words[i].type != W_PIPE)
			continue;
		if (!last && pipe(fd) < 0) {
			perror("sh: pipe");
			break;
		}
		pids[n] = start_child(start, i, in, last ? 1 : fd[1],
				      last ? -1 : fd[0], n ? pids[0] : 0, bg);
		if (pids[n] > 0)
			n++;
		if (in != 0)
			close(in);
		if (!last) {
			close(fd[1]);
			in = fd[0];
		}
		start = i + 1;
	}
	if (bg && n) {
		last_bg = pids[n - 1];
		add_job(pids[0], 0);
		last_status = 0;
	} else {
		wait_pipeline(pids, n);
	}
	take_terminal(getpgrp(), 0);
}

/* is_dup - is the '&' at @s of a line starting at @start part of a
 * redirection like 2>&1? */
static int is_dup(const char *start, const char *s)
{
	return s > start && (s[-1] == '>' || s[-1] == '<');
}

/*
 * cut_list - copy the next pipeline of *@p, up to a ; & && || or '#'
 * outside quotes, into @seg; *@p moves past it. Returns the operator
 * that ended it (W_SEMI at the end of the line).
 */
static int cut_list(const char **p, char *seg)
{
	const char *s = *p;
	char quote = 0;
	int op = W_SEMI;

	while (*s) {
		if (*s == '\\' && quote != '\'' && s[1]) {
			*seg++ = *s++;
		} else if (quote && *s == quote) {
			quote = 0;
		} else if (!quote && (*s == '\'' || *s == '"')) {
			quote = *s;
		} else if (!quote && (*s == ';' || *s == '#' ||
				      (*s == '&' && !is_dup(*p, s)) ||
				      (s[0] == '|' && s[1] == '|'))) {
			break;
		}
		*seg++ = *s++;
	}
	*seg = '\0';
	if (*s == '#')
		s += strlen(s);
	else if (*s == ';')
		s++;
	else if (s[0] == '&' && s[1] == '&')
		op = W_AND, s += 2;
	else if (s[0] == '|' && s[1] == '|')
		op = W_OR, s += 2;
	else if (*s == '&')
		op = W_BG, s++;
	*p = s;
	return op;
}

/*
 * run_line - a whole line: pipelines joined by ; and & (run and go
 * on), && (go on if it succeeded) and || (if it failed). Each is cut
 * into words only when its turn comes, so that $? is the last one's.
 */
static void run_line(const char *line)
{
	static char seg[MAXLINE];
	int op, skip = 0;

	while (*line) {
		op = cut_list(&line, seg);
		if (!skip && split(seg) > 0)
			run_pipeline(0, nwords, op == W_BG);
		skip = (op == W_AND && last_status) ||
		       (op == W_OR && !last_status);
	}
}

/* ---------------------------------------------------------------- */
/* builtins */

/* builtin_cd - cd DIR, or $HOME */
static int builtin_cd(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : getvar("HOME", 4);

	if (chdir(*dir ? dir : "/") < 0) {
		fprintf(stderr, "cd: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	return 0;
}

/* builtin_wait - wait for every background job, or pid @argv[1] */
static int builtin_wait(int argc, char **argv)
{
	int status = 0, i;
	pid_t pid;

	if (argc > 1) {
		pid = atoi(argv[1]);
		if (waitpid(pid, &status, 0) < 0)
			return 127;
		return WIFEXITED(status) ? WEXITSTATUS(status) : 128 +
			WTERMSIG(status);
	}
	while (wait(&status) > 0)
		;
	for (i = 0; i < MAXJOBS; i++)
		jobs[i] = 0;
	return 0;
}

/* builtin_jobs - the background jobs still there */
static int builtin_jobs(void)
{
	int i;

	for (i = 0; i < MAXJOBS; i++) {
		if (jobs[i] && kill(-jobs[i], 0) < 0)
			jobs[i] = 0;
		if (jobs[i])
			printf("[%d] %s %d\n", i + 1,
			       stopped[i] ? "stopped" : "running", jobs[i]);
	}
	return 0;
}

/* job_of - the process group of "%N" or the newest job, which fg
 * and bg set running; 0 if there is none */
static pid_t job_of(int argc, char **argv)
{
	int i = argc > 1 ? atoi(argv[1] + (argv[1][0] == '%')) - 1 : -1;

	if (i < 0)
		for (i = MAXJOBS - 1; i > 0 && !jobs[i]; i--)
			;
	if (i < 0 || i >= MAXJOBS)
		return 0;
	stopped[i] = 0;
	return jobs[i];
}

/* builtin_fg - continue a job and wait for it (bg: do not wait) */
static int builtin_fg(int argc, char **argv, int bg)
{
	pid_t pgid = job_of(argc, argv);

	if (!pgid) {
		fprintf(stderr, "%s: no such job\n", argv[0]);
		return 1;
	}
	take_terminal(pgid, bg);
	kill(-pgid, SIGCONT);
	if (!bg) {
		wait_pipeline(&pgid, 1);
		take_terminal(getpgrp(), 0);
	}
	return bg ? 0 : last_status;
}

static void run_file(int fd);

/* builtin_source - ". FILE": its lines, in this shell */
static int builtin_source(int argc, char **argv)
{
	int fd = argc > 1 ? open(argv[1], O_RDONLY) : -1;

	if (fd < 0) {
		fprintf(stderr, ".: %s: cannot open\n",
			argc > 1 ? argv[1] : "");
		return 1;
	}
	run_file(fd);
	close(fd);
	return last_status;
}

/* builtin_vars - export, unset and set */
static int builtin_vars(int argc, char **argv)
{
	int i, j;

	for (i = 1; argv[0][0] == 'e' && i < argc; i++) {
		if (strchr(argv[i], '='))
			setvar(argv[i], 1);
		else if ((j = var_slot(argv[i], strlen(argv[i]))) >= 0)
			exported[j] = 1;
	}
	for (i = 1; argv[0][0] == 'u' && i < argc; i++) {
		j = var_slot(argv[i], strlen(argv[i]));
		if (j >= 0) {
			free(vars[j]);
			vars[j] = NULL;
			exported[j] = 0;
		}
	}
	for (j = 0; argv[0][0] == 's' && j < MAXVARS; j++)
		if (vars[j])
			printf("%s\n", vars[j]);
	return 0;
}

/*
 * builtin - run @argv if it is a builtin, setting $?; @argc -1 only
 * asks whether it is one. Returns 0 if it was, -1 if not.
 */
static int builtin(int argc, char **argv)
{
	static const char *names[] = { "cd", "exit", "export", "unset", "set",
		"wait", "jobs", "fg", "bg", ".", NULL };
	int i, st = 0;

	for (i = 0; names[i] && strcmp(names[i], argv[0]); i++)
		;
	if (!names[i] && !strchr(argv[0], '='))
		return -1;
	if (argc < 0)
		return 0;
	if (!names[i])
		setvar(argv[0], 0);	/* NAME=value */
	else if (i == 0)
		st = builtin_cd(argc, argv);
	else if (i == 1)
		exit(argc > 1 ? atoi(argv[1]) : last_status);
	else if (i <= 4)
		st = builtin_vars(argc, argv);
	else if (i == 5)
		st = builtin_wait(argc, argv);
	else if (i == 6)
		st = builtin_jobs();
	else if (i == 9)
		st = builtin_source(argc, argv);
	else
		st = builtin_fg(argc, argv, i == 8);
	last_status = st;
	return 0;
}

/* ---------------------------------------------------------------- */
/* reading lines */

/*
 * read_line - one line from @fd into @line (MAXLINE bytes), read a
 * byte at a time so that what follows stays for the programs the
 * line starts. Returns its length, or -1 at the end of input.
 */
static int read_line(int fd, char *line)
{
	int n = 0, r;
	char c;

	while ((r = read(fd, &c, 1)) == 1 || (r < 0 && errno == EINTR)) {
		if (r < 0)
			continue;
		if (c == '\n')
			break;
		if (n < MAXLINE - 1)
			line[n++] = c;
		else if (n == MAXLINE - 1)
			fprintf(stderr, "sh: line too long, cut\n"), n++;
	}
	if (r == 0 && n == 0)
		return -1;
	line[n < MAXLINE ? n : MAXLINE - 1] = '\0';
	return n;
}

static char *history[HISTORY];
static int nhistory;		/* lines ever kept; the newest is last */

/* redraw - the @old bytes shown of the line give way to @len of @text */
static void redraw(int old, const char *text, int len)
{
	while (old-- > 0)
		write(2, "\b \b", 3);
	write(2, text, len);
}

/* recall - the history line @dir (1 older, -1 newer) from *@back
 * replaces @line, *@n bytes long; back 0 is the empty new line */
static void recall(char *line, int *n, int *back, int dir)
{
	int want = *back + dir, len;
	const char *text;

	if (want < 0 || want > nhistory || want > HISTORY)
		return;
	*back = want;
	text = want ? history[(nhistory - want) % HISTORY] : "";
	len = strlen(text);
	redraw(*n, text, len);
	memcpy(line, text, len);
	*n = len;
}

/* edit_key - byte @c typed at the line editor; returns 1 when the
 * line is done (*@n -1 for an EOF), 0 to go on */
static int edit_key(unsigned char c, char *line, int *n, int *back,
		    int *esc)
{
	if (*esc || c == 033) {		/* ESC [ A: up, ESC [ B: down */
		*esc = c == 033 ? 1 : (*esc == 1 && c == '[') ? 2 : 0;
		if (c == 'A' || c == 'B')
			recall(line, n, back, c == 'A' ? 1 : -1);
		return 0;
	}
	if (c == '\r' || c == '\n' || c == 003 || (c == 004 && !*n)) {
		write(2, c == 003 ? "^C\n" : "\n", c == 003 ? 3 : 1);
		*n = c == 003 ? 0 : c == 004 ? -1 : *n;
		return 1;
	}
	if ((c == 0177 || c == '\b') && *n) {
		(*n)--;
		write(2, "\b \b", 3);
	} else if (c == 025) {		/* ^U */
		redraw(*n, "", 0);
		*n = 0;
	} else if (c >= ' ' && c < 0177 && *n < MAXLINE - 1) {
		line[(*n)++] = c;
		write(2, &c, 1);
	}
	return 0;
}

/*
 * edit_line - a line typed at the terminal, edited by the shell itself
 * in raw mode (erase, ^U, ^C drops it, ^D on an empty line is the end)
 * with the up and down arrows walking the history. Returns its length,
 * or -1 at the end of input.
 */
static int edit_line(char *line)
{
	struct termios saved, raw;
	unsigned char c;
	int n = 0, back = 0, esc = 0, done = 0, r;

	if (tcgetattr(0, &saved))
		return read_line(0, line);
	raw = saved;
	raw.c_lflag &= ~(ICANON | ECHO | ISIG);
	raw.c_cc[VMIN] = 1;
	tcsetattr(0, TCSANOW, &raw);
	/* a byte at a time: what is typed ahead stays for the programs */
	while (!done && ((r = read(0, &c, 1)) > 0 ||
			 (r < 0 && errno == EINTR)))
		if (r > 0)
			done = edit_key(c, line, &n, &back, &esc);
	tcsetattr(0, TCSANOW, &saved);
	if (!done)
		return -1;
	if (n > 0) {
		line[n] = '\0';
		free(history[nhistory % HISTORY]);
		history[nhistory++ % HISTORY] = strdup(line);
	}
	line[n > 0 ? n : 0] = '\0';
	return n;
}

/* reap - collect background children that have ended */
static void reap(void)
{
	int status;
	pid_t pid;

	while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
		if (interactive)
			fprintf(stderr, "[done] %d\n", pid);
}

/* run_file - the shell's loop over the lines of @fd */
static void run_file(int fd)
{
	static char line[MAXLINE];

	for (;;) {
		if (interactive && fd == 0) {
			reap();
			fputs(geteuid() ? "lk24$ " : "lk24# ", stderr);
		}
		if ((interactive && fd == 0 ? edit_line(line) :
		     read_line(fd, line)) < 0)
			return;
		run_line(line);
	}
}

int main(int argc, char **argv, char **envp)
{
	int fd = 0;

	while (*envp)
		setvar(*envp++, 1);
	if (!*getvar("PATH", 4))
		setvar("PATH=/bin:/sbin", 1);
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	signal(SIGTSTP, SIG_IGN);
	signal(SIGTTOU, SIG_IGN);
	signal(SIGTTIN, SIG_IGN);
	if (argc > 2 && !strcmp(argv[1], "-c")) {
		run_line(argv[2]);
		return last_status;
	}
	if (argc > 1 && (fd = open(argv[1], O_RDONLY)) < 0) {
		fprintf(stderr, "sh: %s: %s\n", argv[1], strerror(errno));
		return 127;
	}
	interactive = fd == 0 && isatty(0);
	run_file(fd);
	if (interactive)
		fputs("exit\n", stderr);
	return last_status;
}
