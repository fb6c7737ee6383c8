"""scripts/labs/traps.py - the checker of docs/exercises/traps.md: vector
5 (#BR, bound) from the IDT gate through entry.S's bounds to do_bounds
and the signal, seen through gdb and /lab/traps (scripts/labs/traps.c)
run as process 1."""
import re

TITLE = 'Traps to signals'
ORDER = 4
DOC = 'docs/exercises/traps.md'

CUTS = {
    'arch/i386/kernel/traps.c': ['''
/* TODO 3: do_bounds(regs, error_code), the C handler that bounds in
 * entry.S calls for vector 5: send the current process SIGSEGV, as the
 * DO_ERROR handlers above do for their vectors. This one does nothing:
 * the CPU returns to the bound, which faults again, and again. */
asmlinkage void do_bounds(struct pt_regs *regs, long error_code)
{
}
''', '''
	/* TODO 1: vector 5, #BR, goes to bounds (entry.S) through a trap
	 * gate that user mode may use, as Linux's does: a bound is an
	 * instruction any program may run. */
'''],
    'arch/i386/kernel/entry.S': ['''
	/* TODO 2: #BR pushes no error code. Push 0 in its place, so the
	 * frame is the struct pt_regs error_code builds on, then the
	 * address of the C handler, and go to error_code, as overflow
	 * above does. ud2 stands in: an oops, "invalid operand". */
	ud2
'''],
}

PROGRAM = '/lab/traps'
GDB = ['break sys_getppid', 'continue',
       'printf "idt5 %08x %08x\\n", ((unsigned *)&idt_table)[10], '
       '((unsigned *)&idt_table)[11]',
       'delete', 'break do_bounds', 'continue',
       'printf "regs %08x %08x %08x\\n", regs->eip, regs->xcs, error_code']
KERNEL_CS, USER_CS = 0x60, 0x73
TRAP_GATE, DPL_USER = 15, 3


def watch(tree):
    """The run under gdb, and the bound instruction's address."""
    run = tree.boot(PROGRAM, gdb=GDB)
    m = re.search(r'^the bound instruction is at (0x[0-9a-f]+)', run.out,
                  re.M)
    return run, int(m.group(1), 16) if m else None


def gate(tree):
    run, _ = watch(tree)
    m = re.search(r'^idt5 ([0-9a-f]{8}) ([0-9a-f]{8})$', run.gdb, re.M)
    if not m:
        return run.why_not('the IDT (gdb stops at sys_getppid)')
    a, b = int(m.group(1), 16), int(m.group(2), 16)
    child = run.line('bound: ')
    if not b & 0x8000:
        return 'IDT entry 5 is not present (%08x %08x), so the bound ' \
            'raised #NP instead; the child was %s' % (a, b, child)
    target = (b & 0xffff0000) | (a & 0xffff)
    kind, dpl = (b >> 8) & 0x1f, (b >> 13) & 3
    if a >> 16 != KERNEL_CS or target != tree.symbols().get('bounds'):
        return 'IDT entry 5 is a gate of type %d to %04x:%s, not to ' \
            'bounds: trap_init did not set it' % (kind, a >> 16,
                                                  tree.where(target))
    if kind != TRAP_GATE:
        return 'IDT entry 5 has type %d, not a 32-bit trap gate (15)' % kind
    if dpl != DPL_USER:
        return 'IDT entry 5 has DPL %d: user mode may not use it, so ' \
            'the bound raised #GP; the child was %s' % (dpl, child)
    return None


def frame(tree):
    run, bound = watch(tree)
    m = re.search(r'^regs ([0-9a-f]{8}) ([0-9a-f]{8}) ([0-9a-f]{8})$',
                  run.gdb, re.M)
    if not m:
        return run.why_not('do_bounds (gdb waited for it)')
    eip, cs, err = (int(x, 16) for x in m.groups())
    if eip != bound or cs != USER_CS or err != 0:
        return 'at do_bounds regs->eip = %08x, regs->xcs = %04x and ' \
            'error_code = %d, where the bound is at %08x in __USER_CS ' \
            '(%04x) with no error code (0): the frame is shifted' % (
                eip, cs, err, bound or 0, USER_CS)
    return None


# What /lab/traps prints on Linux (test/lab-verdicts checks it there)
LINUX = [('bound: ', 'killed by signal 11'),
         ('bound, handled: ', 'signal 11, si_code 128, si_addr 0x0'),
         ('bound with a handler: ', 'exit status 3')]


def signal(tree):
    return tree.expect(PROGRAM, LINUX, right='Linux gives %s')


STEPS = [
    ('IDT entry 5 is a trap gate user mode may use, to bounds', gate,
     'trap_init in arch/i386/kernel/traps.c, the slides "trap_init()" '
     'and "IDT Entries", book 4.4'),
    ('do_bounds gets a struct pt_regs that lines up', frame,
     'bounds in arch/i386/kernel/entry.S, the slides "error_code on '
     'i386" and "i386 Calling Conventions", book 4.5.2'),
    ('the program gets SIGSEGV, as on Linux', signal,
     'do_bounds in arch/i386/kernel/traps.c, book 4.5.2'),
]
