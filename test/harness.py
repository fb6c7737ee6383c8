"""test/harness.py - helpers shared by lk24's host-side test programs.

A test program prints one line per check, "PASS name" or "FAIL name: why",
and test/run counts them. Boots go through scripts/qemu and scripts/bochs
and return what the kernel printed on its serial console.
"""
import fcntl
import hashlib
import os
import re
import select
import shutil
import socket
import signal
import subprocess
import sys
import tempfile
import termios
import time
import tty

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'test', 'out')
BZIMAGE_NAME = 'arch/i386/boot/bzImage'
BZIMAGE = os.path.join(ROOT, BZIMAGE_NAME)
INITRD = os.path.join(ROOT, 'initrd.img')
failures = 0


def report(name, ok, why=''):
    """Print the PASS/FAIL line for one check; returns ok."""
    global failures
    if ok:
        print('PASS %s' % name, flush=True)
    else:
        failures += 1
        print('FAIL %s: %s' % (name, why), flush=True)
    return ok


def finish():
    """Exit status for the program: 1 if any check failed."""
    sys.exit(1 if failures else 0)


def stop(p):
    """End @p and its process group: SIGTERM first, so that a script's
    traps remove its temporary files, then SIGKILL for what is left."""
    try:
        os.killpg(p.pid, signal.SIGTERM)
        p.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    except ProcessLookupError:
        return p.wait()
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return p.wait()


def run(cmd, timeout=600, cwd=ROOT, until=None):
    """Run a command and return (rc, output) with stdout and stderr merged.
    Never raises on exit status. With @until (a regex), the command is
    stopped as soon as its output matches: for boots that halt. On a
    timeout, or when stopped, rc is None and the output so far returned."""
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                         start_new_session=True)
    deadline = time.monotonic() + timeout
    chunks, text = [], ''
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or (until and re.search(until, text, re.M)):
            stop(p)
            return None, text
        ready, _, _ = select.select([p.stdout], [], [], min(left, 0.5))
        if not ready:
            continue
        data = os.read(p.stdout.fileno(), 65536)
        if not data:
            break
        chunks.append(data)
        text = b''.join(chunks).decode('utf-8', 'replace').replace('\r', '')
    return p.wait(), text


# The kernel's self-checks that cost time, on for every test boot of
# lk24 (the rest are always on): red zones and poison in the slab.
CHECKS = 'slab_debug'


def qemu_boot(append, megs=64, kernel=BZIMAGE, initrd=None, timeout=60,
              extra=(), until=None, cpus=None, checks=True):
    """Boot with QEMU -kernel on @cpus CPUs; returns the serial output
    (\\r removed). Uses KVM only if test/run's probe found that it works.
    Without @cpus, LK24_SMP=N in the environment says how many (1).
    lk24 boots with CHECKS unless @checks is false (benchmarks)."""
    if cpus is None:
        cpus = int(os.environ.get('LK24_SMP', '1'))
    if checks and os.path.basename(kernel) == 'bzImage':
        append += ' ' + CHECKS
    cmd = [os.path.join(ROOT, 'scripts/qemu'), '--megs', str(megs),
           '--smp', str(cpus), '--kernel', kernel, '--append', append]
    if initrd:
        cmd += ['--initrd', initrd]
    if os.environ.get('LK24_KVM') == '1':
        cmd.append('--kvm')
    cmd += ['--'] + list(extra)
    rc, out = run(cmd, timeout=timeout, until=until)
    return out.replace('\r', '')


def bochs_boot(image, megs=64, timeout=120, workdir=None, until=None,
               cpus=1):
    """Boot a disk image in Bochs on @cpus CPUs; returns the serial
    output. With @until (a regex) Bochs is stopped as soon as the output
    matches."""
    cmd = [os.path.join(ROOT, 'scripts/bochs'), '--megs', str(megs),
           '--cpus', str(cpus), '--serial', '-']
    # ours to remove: a stopped Bochs is killed, and scripts/bochs's
    # own clean-up with it
    scratch = None if workdir else tempfile.mkdtemp(prefix='lk24-bochs-')
    try:
        rc, out = run(cmd + ['--dir', workdir or scratch, image],
                      timeout=timeout, until=until)
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    return out


def bochs_counting(cmdline, name):
    """Boot @cmdline from a disk image through GRUB in Bochs with
    clock: sync=none at 1e9 ips, where rdtsc counts executed
    instructions, as benchmarks need. Returns the serial output, also
    kept in test/out/NAME-bochs.log."""
    os.makedirs(OUT, exist_ok=True)
    image = os.path.join(OUT, 'hd-bench.img')
    run(['scripts/mkimage', image, BZIMAGE, INITRD, cmdline])
    serial = os.path.join(OUT, '%s-bochs.log' % name)
    run(['scripts/bochs', '--megs', '64', '--ips', '1000000000', '--serial',
         serial, image], timeout=300)
    with open(serial, errors='replace') as f:
        return f.read()


# What a kernel in trouble prints: an oops's register dump (die), BUG()
# and panic, and what its self-checks say (slab_debug's slab errors, the
# soft-lockup detector, a CPU spinning too long on a lock, might_sleep,
# the stack depth check)
KERNEL_BROKEN = re.compile(r'^(EIP: .*|kernel BUG.*|Kernel panic.*|'
                           r'slab error.*|BUG: soft lockup.*|'
                           r'spinlock lockup.*|'
                           r'Debug: sleeping function.*|'
                           r'do_IRQ: stack overflow.*)$', re.M)

LINUX_KILLED = re.compile(r'Kernel panic - not syncing: Attempted to kill '
                          r'init! exitcode=(0x[0-9a-f]+)')


def wait_status(code):
    """A wait status as the tests print it: the exit code, or -signal."""
    return (code >> 8) if code & 0x7f == 0 else -(code & 0x7f)


def linux686():
    """Debian's linux-image-686 kernel, fetched by scripts/linux686."""
    rc, out = run([os.path.join(ROOT, 'scripts/linux686')], timeout=600)
    if rc != 0:
        raise RuntimeError('scripts/linux686: ' + out.strip())
    return out.strip().splitlines()[-1]


def linux_run(program, args=''):
    """Run user program @program (a path in the initrd) as process 1 of
    Debian's Linux 686 kernel, booted in QEMU, the same way lk24 runs it.
    Returns (output, status) as wait_status gives it; status None if it
    hung.
    Linux's answer for the same binary, kernel and emulator does not
    change, so it is kept in the cache beside the kernel, keyed by the
    binary, by @args (more of the command line: NAME=value reaches the
    program's environment) and by scripts/mkinitrd (which decides what
    else, /dev say, the program finds)."""
    vmlinuz = linux686()
    digest = hashlib.sha256()
    for path in (os.path.join(ROOT, 'user/build/root', program.lstrip('/')),
                 os.path.join(ROOT, 'scripts/mkinitrd')):
        with open(path, 'rb') as f:
            digest.update(f.read())
    digest.update(args.encode())
    digest = digest.hexdigest()[:24]
    cache = os.path.join(os.path.dirname(vmlinuz), 'answers',
                         digest + '.log')
    if os.path.exists(cache):
        with open(cache) as f:
            out = f.read()
    else:
        out = qemu_boot('console=ttyS0 loglevel=1 panic=-1 rdinit=' +
                        program + (' ' + args if args else ''),
                        megs=128, kernel=vmlinuz, initrd=INITRD,
                        timeout=120, cpus=1,
                        until=LINUX_KILLED.pattern + r'.*\n')
    m = LINUX_KILLED.search(out)
    if m:
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        with open(cache, 'w') as f:
            f.write(out)
    return out, wait_status(int(m.group(1), 16)) if m else None


def report_lktests(prefix, out):
    """Report each in-kernel self-test in a boot log as a check of its
    own, with the detail lines the kernel printed before its verdict, and
    check that the run reached its summary line. Returns the count seen."""
    detail, seen, passed = [], 0, 0
    for line in out.splitlines():
        if line.startswith('lktest:   '):
            detail.append(line[len('lktest:   '):])
            continue
        m = re.match(r'^lktest: (PASS|FAIL) (\S+)$', line)
        if m:
            seen += 1
            passed += m.group(1) == 'PASS'
            report('%s/%s' % (prefix, m.group(2)), m.group(1) == 'PASS',
                   '; '.join(detail))
            detail = []
    m = re.search(r'^lktest: (\d+) passed, (\d+) failed$', out, re.M)
    tail = '\n'.join(out.strip().splitlines()[-15:])
    report('%s/completed' % prefix,
           m is not None and int(m.group(1)) == passed and seen > 0,
           'no "lktest: N passed, N failed" summary; last output:\n' + tail)
    return seen


# what a scratch copy with its build leaves out: git's, the test
# results, and a student's state (labs started, results, gdb's setup)
NOT_COPIED = ('.git', 'test/out', '.lab', 'lab-results.txt', '.gdbinit',
              'fuzz-summary.txt')


def scratch_copy(built=False):
    """A copy of the tree's files (tracked, and new ones not ignored),
    without build products; with @built, with them too (times kept, so
    make rebuilds only what a change touches)."""
    dest = tempfile.mkdtemp(prefix='lk24-scratch-')
    if built:
        skip = {os.path.join(ROOT, n) for n in NOT_COPIED}
        shutil.copytree(ROOT, dest, symlinks=True, dirs_exist_ok=True,
                        ignore=lambda d, names: [n for n in names if
                                                 os.path.join(d, n) in skip])
        return dest
    names = subprocess.run(['git', 'ls-files', '-z', '--cached', '--others',
                            '--exclude-standard'], cwd=ROOT,
                           capture_output=True, check=True).stdout
    for name in names.decode().split('\0'):
        src = os.path.join(ROOT, name)
        if name and os.path.isfile(src):
            os.makedirs(os.path.dirname(os.path.join(dest, name)),
                        exist_ok=True)
            shutil.copy2(src, os.path.join(dest, name))
    return dest


def save_log(name, text):
    """Keep a boot log in test/out for a human to read after a failure."""
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), 'w') as f:
        f.write(text)


def bench_figures(out):
    """{operation: instructions} from a run's 'bench: NAME: N' lines."""
    return {k: int(v) for k, v in
            re.findall(r'^bench: (.*): (\d+)$', out, re.M)}


def bench_boot(program, kernel=None, args='', cpus=1, icount=True):
    """Boot /bench/PROGRAM (with @args) as process 1 of lk24, or of Linux
    686 given its vmlinuz as @kernel, on @cpus CPUs under QEMU -icount
    shift=0,sleep=off (rdtsc counts instructions) unless @icount is
    false. Returns the output, kept as test/out/bench-PROGRAM-*.log."""
    extra = ['-icount', 'shift=0,sleep=off'] if icount else []
    if kernel is None:
        out = qemu_boot('console=ttyS0 init=/bench/%s %s' % (program, args),
                        initrd=INITRD, extra=extra, timeout=600,
                        until=r'^bench: done', cpus=cpus, checks=False)
    else:
        out = qemu_boot('console=ttyS0 loglevel=1 panic=-1 rdinit=/bench/'
                        '%s %s' % (program, args), megs=128, kernel=kernel,
                        initrd=INITRD, extra=extra, timeout=600,
                        until=r'^bench: done', cpus=cpus)
    save_log('bench-%s-%s.log' % (program, 'linux686' if kernel else
                                  'lk24'), out)
    return out


def timed(boot):
    """Seconds @boot() took to print the shell's prompt, or None if it
    did not."""
    start = time.monotonic()
    out = boot()
    return time.monotonic() - start if 'lk24# ' in out else None


def bench_side_by_side(program, cpus=1, args='', icount=True):
    """Run /bench/PROGRAM on lk24 and on Linux 686 (bench_boot) and print
    each 'bench: NAME: N' figure of both with lk24's share."""
    run(['make', '-s', '-j2', 'all', 'initrd.img'])
    lk24 = bench_boot(program, None, args, cpus, icount)
    linux = bench_boot(program, linux686(), args, cpus, icount)
    mine, theirs = bench_figures(lk24), bench_figures(linux)
    print('%-36s %10s %12s %8s' % ('instructions per operation', 'lk24',
                                   'Linux 686', 'lk24/Linux'))
    for name in theirs:
        ours = mine.get(name)
        share = '%.2f' % (ours / theirs[name]) if ours and theirs[name] \
            else '-'
        print('%-36s %10s %12d %8s' % (name, ours if ours else '-',
                                       theirs[name], share))
    if not mine or not theirs:
        print('(a run printed no figures; logs in %s)' % OUT)


class Machine:
    """QEMU running /sbin/init, its serial line on our pipes and its
    monitor on a socket."""

    def __init__(self, cpus=1):
        self.dir = tempfile.mkdtemp()
        self.sock = os.path.join(self.dir, 'monitor')
        self.p = subprocess.Popen(
            [os.path.join(ROOT, 'scripts/qemu'), '--smp', str(cpus),
             '--kernel',
             BZIMAGE, '--initrd', INITRD, '--append',
             'console=ttyS0', '--', '-monitor',
             'unix:%s,server,nowait' % self.sock],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, start_new_session=True)
        self.out, self.into = self.p.stdout.fileno(), self.p.stdin.fileno()
        self.text = ''

    def expect(self, pattern, timeout=30):
        """Read until @pattern matches what came after the last match;
        returns the match or None."""
        deadline = time.monotonic() + timeout
        while True:
            m = re.search(pattern, self.text, re.M)
            if m:
                self.text = self.text[m.end():]
                return m
            left = deadline - time.monotonic()
            ready = left > 0 and select.select([self.out], [], [],
                                               min(left, 0.5))[0]
            if left <= 0 or (ready and not self.read()):
                return None

    def read(self):
        try:
            data = os.read(self.out, 65536)
        except OSError:		# a pty whose other side closed
            return b''
        self.text += data.decode('utf-8', 'replace').replace('\r', '')
        return data

    def serial(self, text):
        os.write(self.into, text.encode())

    def keys(self, names):
        """Press each QEMU key name in turn on the PS/2 keyboard."""
        mon = socket.socket(socket.AF_UNIX)
        mon.connect(self.sock)
        for name in names:
            mon.sendall(('sendkey %s\n' % name).encode())
            time.sleep(0.05)
        mon.close()

    def stop(self):
        stop(self.p)
        shutil.rmtree(self.dir, ignore_errors=True)


class Terminal(Machine):
    """A command on a pty that is its controlling terminal, as in a
    terminal window: Machine's expect, and typed text."""

    def __init__(self, cmd):
        self.out, slave = os.openpty()
        self.into = self.out
        self.p = subprocess.Popen(
            cmd, cwd=ROOT, stdin=slave, stdout=slave, stderr=slave,
            start_new_session=True,
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        os.close(slave)
        self.text = ''

    def stop(self):
        """The exit status, once the command has ended by itself."""
        try:
            rc = self.p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            rc = None
        stop(self.p)
        os.close(self.out)
        return rc


class BochsSerial(Machine):
    """Bochs booting a disk image with COM1 on a pty of ours (raw, so
    the kernel's tty does all the echoing): the same expect and serial
    as Machine's QEMU."""

    def __init__(self, image):
        self.dir = tempfile.mkdtemp()
        self.out, slave = os.openpty()
        tty.setraw(slave)
        self.into = self.out
        self.p = subprocess.Popen(
            [os.path.join(ROOT, 'scripts/bochs'), '--dir', self.dir,
             '--pty', os.ttyname(slave), image],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)
        self.slave = slave	# held, so that reads wait for Bochs
        self.text = ''

    def stop(self):
        Machine.stop(self)
        os.close(self.out)
        os.close(self.slave)


# What the screen text is made of once a terminal's control sequences are
# taken out: the cursor moves (ESC [ ... letter), charset and keypad
# switches, and saved cursors.
TERMINAL_CONTROL = re.compile(r'\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][AB0]|'
                              r'\x1b[=>78DM]|[\x00-\x08\x0e-\x1f]')


class BochsScreen:
    """Bochs booting a disk image with its VGA screen and PS/2 keyboard
    on a terminal (scripts/bochs --vga-term): what the kernel draws on
    the VGA text console arrives as curses output on the pty, and bytes
    written to it are keys Bochs presses on the keyboard."""

    def __init__(self, image, timeout=60):
        self.dir = tempfile.mkdtemp()
        env = dict(os.environ, TERM='vt100', LINES='25', COLUMNS='80')
        self.p = subprocess.Popen(
            [os.path.join(ROOT, 'scripts/bochs'), '--vga-term', '--dir',
             self.dir, '--serial', os.path.join(self.dir, 'com1'), image],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, env=env, start_new_session=True)
        self.fd = self.open_screen(timeout)
        self.text = ''

    def open_screen(self, timeout):
        """The pty Bochs's term display names in bochs.out, in raw mode
        so that nothing it shows is echoed back as keys."""
        deadline = time.monotonic() + timeout
        out = os.path.join(self.dir, 'bochs.out')
        while time.monotonic() < deadline:
            try:
                with open(out, errors='replace') as f:
                    m = re.search(r'connected to screen "([^"]+)"', f.read())
            except OSError:
                m = None
            if m:
                fd = os.open(m.group(1), os.O_RDWR | os.O_NOCTTY)
                tty.setraw(fd)
                return fd
            time.sleep(0.1)
        raise RuntimeError('Bochs opened no screen')

    def expect(self, pattern, timeout=60):
        """Read the screen until @pattern matches what came after the last
        match (control sequences removed); the match or None."""
        deadline = time.monotonic() + timeout
        while True:
            m = re.search(pattern, self.text)
            if m:
                self.text = self.text[m.end():]
                return m
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [],
                                              min(left, 0.5))[0]:
                if left <= 0 or self.p.poll() is not None:
                    return None
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return None
            self.text += TERMINAL_CONTROL.sub(
                '', data.decode('latin-1'))

    def type(self, text):
        """Type @text on the keyboard, a key at a time."""
        for ch in text.encode():
            os.write(self.fd, bytes([ch]))
            time.sleep(0.02)

    def log(self):
        """What Bochs logged (bochs.log)."""
        with open(os.path.join(self.dir, 'bochs.log'), errors='replace') as f:
            return f.read()

    def wait(self, timeout=60):
        """Bochs's exit status, or None if it is still running."""
        try:
            return self.p.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self):
        stop(self.p)
        os.close(self.fd)
        shutil.rmtree(self.dir, ignore_errors=True)
