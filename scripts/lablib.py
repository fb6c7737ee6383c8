"""scripts/lablib.py - what `make lab-start`, `make lab-reset` and
`make lab-check` share (scripts/lab runs them): cutting a lab's marked
regions out of the tree and putting them back, and the observations a
checker's steps make of a tree (its build, its symbols, a boot in QEMU,
registers read through gdb). docs/exercises/writing-a-lab.md tells how a
lab uses them."""
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BEGIN = '/* lab: %s */'
END = '/* lab: end */'
# A run that has not finished after this many seconds of host time is
# stopped and asked, through gdb, where the CPU was.
BUDGET = int(os.environ.get("LK24_LAB_BUDGET", "60"))


class LabError(Exception):
    """A verdict for the student, not a traceback: its text is printed."""


def load(name):
    """The lab module scripts/labs/NAME.py; LabError if there is none."""
    path = os.path.join(HERE, 'labs', name + '.py')
    if not re.match(r'^[a-z0-9-]+$', name or '') or not os.path.exists(path):
        raise LabError('no lab %r: the labs are %s' %
                       (name, ', '.join(names())))
    scope = {'__file__': path, '__name__': 'lab_' + name}
    with open(path) as f:
        exec(compile(f.read(), path, 'exec'), scope)
    return scope


def names():
    """Every lab, in teaching order (each module's ORDER)."""
    labs = []
    for f in os.listdir(os.path.join(HERE, 'labs')):
        if f.endswith('.py'):
            labs.append((load(f[:-3]).get('ORDER', 99), f[:-3]))
    return [n for _, n in sorted(labs)]


# --- cutting and putting back ---

def regions(text, name):
    """(start, end) offsets of the text between each pair of @name's
    markers, in order."""
    spans, pos = [], 0
    begin = BEGIN % name
    while True:
        b = text.find(begin, pos)
        if b < 0:
            return spans
        b = text.index('\n', b) + 1
        e = text.find(END, b)
        if e < 0:
            raise LabError('%s has no "%s" after "%s"' % (name, END, begin))
        e = text.rindex('\n', 0, e) + 1
        spans.append((b, e))
        pos = e


def saved_path(root, name):
    return os.path.join(root, '.lab', name + '.json')


def splice(text, spans, pieces):
    """@text with each span replaced by the piece of the same index."""
    for (b, e), piece in reversed(list(zip(spans, pieces))):
        text = text[:b] + piece + text[e:]
    return text


def marked(root, path, name, count):
    """The text of @path and its regions for lab @name; LabError unless
    there are @count of them (a mark deleted or added by hand)."""
    with open(os.path.join(root, path)) as f:
        text = f.read()
    spans = regions(text, name)
    if len(spans) != count:
        raise LabError('%s has %d regions marked for lab %s, where %d '
                       'belong: were its "lab:" comments edited?' %
                       (path, len(spans), name, count))
    return text, spans


def start(root, name):
    """Replace each region @name marks by its stub; the real code goes to
    .lab/NAME.json for reset. Every file is checked before any is
    written."""
    cuts = load(name).get('CUTS', {})
    if os.path.exists(saved_path(root, name)):
        raise LabError('lab %s is already started: make lab-reset LAB=%s '
                       'puts the real code back' % (name, name))
    saved, new = {}, {}
    for path, stubs in cuts.items():
        text, spans = marked(root, path, name, len(stubs))
        saved[path] = [text[b:e] for b, e in spans]
        new[path] = splice(text, spans, [s.lstrip('\n') for s in stubs])
    os.makedirs(os.path.join(root, '.lab'), exist_ok=True)
    with open(saved_path(root, name), 'w') as f:
        json.dump(saved, f, indent=1)
    for path, text in new.items():
        with open(os.path.join(root, path), 'w') as f:
            f.write(text)
    return sorted(cuts)


def reset(root, name):
    """Put back the real code start saved, over whatever the student
    wrote between the markers."""
    load(name)
    try:
        with open(saved_path(root, name)) as f:
            saved = json.load(f)
    except FileNotFoundError:
        raise LabError('lab %s was not started here' % name)
    new = {}
    for path, pieces in saved.items():
        text, spans = marked(root, path, name, len(pieces))
        new[path] = splice(text, spans, pieces)
    for path, text in new.items():
        with open(os.path.join(root, path), 'w') as f:
            f.write(text)
    os.remove(saved_path(root, name))
    return sorted(saved)


# --- observations of a tree ---

def run(cmd, cwd, timeout=900):
    """(exit status, stdout and stderr merged) of @cmd in @cwd."""
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=timeout)
    return p.returncode, p.stdout.decode('utf-8', 'replace')


def first_error(output):
    """The line a student should read first in a failed build."""
    for line in output.split('\n'):
        if re.search(r'\berror\b|undefined reference|\*\*\*', line):
            return line.strip()
    return output.strip().split('\n')[-1] if output.strip() else '?'


class Boot:
    """One run of the kernel in QEMU: @out is the serial console; @broken
    the first oops, BUG or panic line (not process 1's ordinary end);
    @stuck says where the CPU was if the run did not end; @gdb is what
    gdb printed, when the run had a gdb script."""

    def __init__(self, tree, out, stuck, gdb=''):
        self.tree, self.out, self.stuck, self.gdb = tree, out, stuck, gdb
        m = re.search(r'^(EIP: .*|kernel BUG.*|Kernel panic.*)$', out, re.M)
        self.broken = None
        if m and 'attempted to kill init' not in m.group(0):
            self.broken = m.group(0)

    def line(self, prefix):
        """The rest of the first console line starting with @prefix."""
        m = re.search(r'^%s(.*)$' % re.escape(prefix), self.out, re.M)
        return m.group(1).strip() if m else None

    def why_not(self, what, missing='the console never showed %s'):
        """Why the run never showed @what: a crash, a hang or an early
        end, in the words a student can act on."""
        m = re.search(r'^EIP: +[0-9a-f]+:\[<([0-9a-f]+)>\]', self.out, re.M)
        if m:
            return 'the kernel oopsed at %s before %s' % (
                self.tree.where(int(m.group(1), 16)), what)
        if self.broken:
            return 'the kernel broke before %s: "%s"' % (what, self.broken)
        if self.stuck:
            return 'the kernel never printed %s: %s' % (what, self.stuck)
        return missing % what


class Tree:
    """A source tree being checked. Each observation runs once per check
    and is kept (a boot is the slow part)."""

    def __init__(self, root):
        self.root = root
        self.boots = {}
        self._map = None
        self._sections = None

    def path(self, name):
        return os.path.join(self.root, name)

    def build(self):
        """None if the kernel, the user programs and the initrd build,
        else the first compiler or linker error."""
        for target in (['all'], ['initrd']):
            rc, out = run(['make', '-s'] + target, self.root)
            if rc != 0:
                return first_error(out)
        return None

    def macro(self, header, name):
        """The value @header gives macro @name, or None."""
        rc, out = run(['gcc', '-E', '-dM', '-nostdinc', '-Iinclude',
                       header], self.root)
        m = re.search(r'^#define %s (.*)$' % re.escape(name), out, re.M)
        return m.group(1).strip() if m else None

    def symbols(self):
        """System.map as {name: address}."""
        if self._map is None:
            self._map = {}
            with open(self.path('System.map')) as f:
                for line in f:
                    addr, kind, name = line.split()
                    if kind in 'tTdDbBrR':
                        self._map[name] = int(addr, 16)
        return self._map

    def where(self, addr):
        """@addr as function+offset, from System.map's text symbols, or
        as an offset into .fixup, where code has no symbols."""
        fixup = self.section_at('.fixup')
        if fixup[0] <= addr < fixup[1]:
            return '.fixup+0x%x (%08x)' % (addr - fixup[0], addr)
        best = None
        for name, a in self.symbols().items():
            if a <= addr and (best is None or a > best[1]):
                best = (name, a)
        if not best:
            return '%08x' % addr
        return '%s+0x%x (%08x)' % (best[0], addr - best[1], addr)

    def section_at(self, name):
        """(start, end) of vmlinux's section @name; (0, 0) if none. The
        section table is read once per check."""
        if self._sections is None:
            rc, out = run(['objdump', '-h', 'vmlinux'], self.root)
            self._sections = {
                m.group(1): (int(m.group(3), 16),
                             int(m.group(3), 16) + int(m.group(2), 16))
                for m in re.finditer(r'^\s*\d+\s+(\S+)\s+([0-9a-f]+)\s+'
                                     r'([0-9a-f]+)', out, re.M)}
        return self._sections.get(name, (0, 0))

    def section(self, name):
        """The bytes of vmlinux's section @name (b'' if none)."""
        if self.section_at(name) == (0, 0):
            return b''
        tmp = tempfile.NamedTemporaryFile(delete=False)
        tmp.close()
        run(['objcopy', '-O', 'binary', '-j', name, 'vmlinux', tmp.name],
            self.root)
        with open(tmp.name, 'rb') as f:
            data = f.read()
        os.unlink(tmp.name)
        return data

    def extent(self, func):
        """(start, end) of function @func: from its symbol to the next
        one in System.map; None if there is no such symbol."""
        start = self.symbols().get(func)
        if start is None:
            return None
        return start, min([a for a in self.symbols().values() if a > start]
                          or [start + 4096])

    def disasm(self, func):
        """[(address, instruction)] of function @func in vmlinux."""
        span = self.extent(func)
        if not span:
            return []
        start, stop = span
        rc, out = run(['objdump', '-d', '--no-show-raw-insn',
                       '--start-address=0x%x' % start,
                       '--stop-address=0x%x' % stop, 'vmlinux'], self.root)
        return [(int(a, 16), i.strip()) for a, i in
                re.findall(r'^([0-9a-f]+):\s+(.*)$', out, re.M)]

    def expect(self, program, lines, hint=None, right='the lab wants %s',
               **boot):
        """None if /PROGRAM, run as process 1, printed each (prefix,
        rest) of @lines, else why not: the first line it printed
        otherwise (@right says who wants what), or how the kernel broke
        first. @hint(boot) may add to a missing line's reason."""
        run = self.boot(program, **boot)
        for prefix, want in lines:
            got = run.line(prefix)
            if got is None:
                return run.why_not('the "%s" line' % prefix.rstrip(': ')) \
                    + (hint(run) if hint else '')
            if got != want:
                return '%s%s, where %s' % (prefix, got, right % want)
        return None

    def boot(self, init, args='', gdb=None, cpus=1):
        """Boot with /INIT as process 1 (its arguments after "--") in
        QEMU on @cpus CPUs; @gdb, a list of gdb commands, runs against
        the machine from its first instruction (each CPU is a gdb
        thread). One CPU runs with -icount, deterministic; several run
        a host thread each, as -icount would run them one at a time,
        too slowly. Kept per (init, args, gdb, cpus)."""
        key = (init, args, tuple(gdb or ()), cpus)
        if key not in self.boots:
            self.boots[key] = qemu(self, 'console=ttyS0 init=%s %s' %
                                   (init, args), gdb, cpus)
        return self.boots[key]


def gdb_cmd(tree, sock, commands):
    """The gdb command line that runs @commands against the machine."""
    cmd = ['gdb', '-batch', '-nx', '-ex', 'set architecture i386',
           '-ex', 'file ' + tree.path('vmlinux'),
           '-ex', 'target remote ' + sock]
    for c in commands:
        cmd += ['-ex', c]
    return cmd


def ask_where(tree, sock):
    """Where a running machine's CPU is: function and source line."""
    rc, out = run(gdb_cmd(tree, sock, ['info symbol $pc', 'info line *$pc',
                                       'detach']), tree.root, timeout=30)
    m = re.search(r'^(\S+)(?: \+ (\d+))? in section', out, re.M)
    line = re.search(r'^Line (\d+) of "([^"]+)"', out, re.M)
    if not m:
        pc = re.search(r'0x[0-9a-f]+', out)
        return 'after %d s of host time the CPU was still running, at ' \
            '%s, outside the kernel' % (BUDGET, pc.group(0) if pc else '?')
    where = 'in %s' % m.group(1)
    if line:
        where += ' (%s:%s)' % (line.group(2), line.group(1))
    return 'after %d s of host time the CPU was still running, %s' % (
        BUDGET, where)


def reset_where(tree, log):
    """After a triple fault, the last exceptions before it, from QEMU's
    -d int log: what a student needs to find the first one."""
    if 'Triple fault' not in log:
        return None
    log = log[:log.rindex('Triple fault')]
    seen = re.findall(r'^ *\d+: v=([0-9a-f]{2}) .*?IP=[0-9a-f]+:([0-9a-f]+)',
                      log, re.M)[-3:]
    chain = ', then '.join('vector 0x%s at %s' % (v, tree.where(int(a, 16)))
                           for v, a in seen)
    return 'reset by a triple fault after %s' % (chain or '?')


def qemu(tree, append, gdb=None, cpus=1):
    """Boot @tree's kernel; see Tree.boot. The run ends when process 1
    ends (the kernel panics), the machine resets or powers off, or after
    BUDGET seconds: then gdb says where the CPU was."""
    tmp = tempfile.mkdtemp(prefix='lk24-lab-')
    sock = os.path.join(tmp, 'gdb.sock')
    cmd = [tree.path('scripts/qemu')] + (['--icount'] if cpus == 1 else [])
    cmd += ['--smp', str(cpus), '--kernel',
           tree.path('arch/i386/boot/bzImage'), '--initrd',
           tree.path('initrd.img'), '--append', append, '--',
           '-chardev', 'socket,path=%s,server=on,wait=off,id=gdb0' % sock,
           '-gdb', 'chardev:gdb0', '-d', 'int,cpu_reset',
           '-D', os.path.join(tmp, 'qemu.log')] + (['-S'] if gdb else [])
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL,
                              start_new_session=True)]
    try:
        if gdb:
            procs.append(start_gdb(tree, sock, gdb, tmp))
        out, ended = serial(procs[0], time.monotonic() + BUDGET)
        stuck = None
        if not ended:
            if len(procs) > 1 and procs[1].poll() is None:
                os.killpg(procs[1].pid, signal.SIGKILL)
                procs[1].wait()
            stuck = ask_where(tree, sock)
        elif procs[0].poll() is not None:
            with open(os.path.join(tmp, 'qemu.log'), errors='replace') as f:
                stuck = reset_where(tree, f.read())
        gtext = ''
        if gdb:
            stop_gdb(procs[1])
            with open(os.path.join(tmp, 'gdb.out'), errors='replace') as f:
                gtext = f.read()
        return Boot(tree, out, stuck, gtext)
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
        shutil.rmtree(tmp)


def start_gdb(tree, sock, commands, tmp):
    """gdb running @commands (then detach) against the QEMU that waits
    on @sock, its output going to TMP/gdb.out; returns the process."""
    wait_for(sock)
    script = os.path.join(tmp, 'lab.gdb')
    with open(script, 'w') as f:
        f.write('\n'.join(list(commands) + ['detach', '']))
    with open(os.path.join(tmp, 'gdb.out'), 'w') as out:
        return subprocess.Popen(gdb_cmd(tree, sock, []) + ['-x', script],
                                stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, cwd=tree.root,
                                start_new_session=True)


def stop_gdb(proc):
    """End gdb: it may still wait for a breakpoint the run never hit.
    Interrupted, it goes on with its script (detach) and flushes what
    it printed; killed only if that does not end it."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def wait_for(sock):
    """Wait (a few seconds at most) for QEMU to create its gdb socket."""
    for _ in range(100):
        if os.path.exists(sock):
            return
        time.sleep(0.05)
    raise LabError('QEMU did not start (no gdb socket)')


def serial(proc, deadline):
    """Read QEMU's console until a panic, QEMU's exit or @deadline:
    (text, whether the run ended by itself)."""
    import select
    chunks, text = [], ''
    while time.monotonic() < deadline:
        if re.search(r'^Kernel panic.*\n', text, re.M):
            return text, True
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if not ready:
            continue
        data = os.read(proc.stdout.fileno(), 65536)
        if not data:
            proc.wait()
            return text, True
        chunks.append(data)
        text = b''.join(chunks).decode('utf-8', 'replace').replace('\r', '')
    return text, False


# --- checking ---

def builds(tree):
    """Step 0 of every lab: the tree builds."""
    return tree.build()


def check(root, name, say=print):
    """Run lab @name's steps on the tree at @root in order, printing a
    line each, up to the first that fails. Returns (steps passed, steps,
    the failed step's line or None)."""
    lab = load(name)
    steps = [('it builds', builds, 'the file and line it names')]
    steps += lab['STEPS']
    tree = Tree(root)
    total = len(steps) - 1
    for i, (title, test, see) in enumerate(steps):
        try:
            why = test(tree)
        except LabError as e:
            why = str(e)
        except Exception as e:	# a checker's own bug, said as such
            why = 'the checker itself failed (%s: %s)' % (
                type(e).__name__, e)
        line = 'step %d/%d: %s ...' % (i, total, title)
        if why:
            line += ' FAILED: %s; see %s' % (why, see)
            say(line)
            return i, total, line
        say(line + ' ok')
    say('lab %s: all %d steps passed' % (name, total))
    return total, total, None


def record(root, name, passed, total, failed):
    """Keep one line per lab in lab-results.txt, the file a student hands
    in: the newest check of each lab."""
    path = os.path.join(root, 'lab-results.txt')
    lines = []
    if os.path.exists(path):
        with open(path) as f:
            lines = [l for l in f.read().split('\n')
                     if l and not l.startswith(name + ':')]
    rc, head = run(['git', 'rev-parse', '--short', 'HEAD'], root)
    verdict = 'passed' if failed is None else \
        'failed at step %d' % passed
    lines.append('%s: %d/%d steps, %s (%s, tree %s)' % (
        name, passed, total, verdict, time.strftime('%Y-%m-%d %H:%M'),
        head.strip() if rc == 0 else '-'))
    with open(path, 'w') as f:
        f.write('\n'.join(sorted(lines)) + '\n')
