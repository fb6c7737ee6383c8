"""scripts/labs/switch.py - the checker of docs/exercises/switch.md: the
process switch (__switch_to's TSS esp0 and lazy FPU) and what
copy_thread gives a child, seen through gdb and /lab/switch
(scripts/labs/switch.c) run as process 1."""
import re

TITLE = 'The process switch'
ORDER = 5
DOC = 'docs/exercises/switch.md'

CUTS = {
    'arch/i386/kernel/process.c': ['''
	/* TODO 2: the child's fork (or clone) must return 0: its saved
	 * registers are a copy of the parent's, whose %eax still holds
	 * the system call's number. */
''', '''
	/* TODO 3: if @prev used the FPU during its turn (PF_USEDFPU), its
	 * registers are still in the FPU: save them into
	 * prev->thread.i387 and set CR0.TS, so that @next's first FPU
	 * instruction traps (#NM) and loads its own. unlazy_fpu does
	 * both. */
''', '''
	/* TODO 1: the CPU takes the kernel stack for the next entry from
	 * user mode from this CPU's TSS (esp0): make it @next's, n->esp0,
	 * the top of its 8 KB stack (copy_thread set it). */
'''],
}

PROGRAM = '/lab/switch'
THREAD_SIZE = 8192
# At the first instruction of system_call (and of page_fault, which
# also gets an error code), coming from user mode (the saved cs's RPL is
# 3), the CPU has pushed ss, esp, eflags, cs and eip (20 bytes) on the
# stack TSS esp0 named. gdb stops only where that is not the stack of
# the task the scheduler switched to.
ENTRIES = [('system_call', 0), ('page_fault', 4)]
GDB = []
for entry, err in ENTRIES:
    GDB += ['break *%s if (*(unsigned *)($esp + %d) & 3) == 3 && '
            '(unsigned)$esp + %d - %d != (unsigned)cpu_curr_task[0]' %
            (entry, 4 + err, 20 + err, THREAD_SIZE),
            'commands', 'silent',
            'printf "entry on %%08x by task %%08x\\n", $esp + %d, '
            'cpu_curr_task[0]' % (20 + err),
            'detach', 'end']
GDB += ['break panic', 'continue']


def stacks(tree):
    run = tree.boot(PROGRAM, gdb=GDB)
    m = re.search(r'^entry on ([0-9a-f]{8}) by task ([0-9a-f]{8})$',
                  run.gdb, re.M)
    if m:
        top, task = (int(x, 16) for x in m.groups())
        return 'an entry from user mode by task %08x (its stack ends at ' \
            '%08x) came in on the stack that ends at %08x, %s\'s' % (
                task, task + THREAD_SIZE, top,
                tree.where(top - THREAD_SIZE).split('+')[0]
                if top - THREAD_SIZE in tree.symbols().values()
                else 'another task')
    if run.line('child: ') is None:
        return run.why_not('the "child" line')
    return None


# What /lab/switch prints on Linux (test/lab-verdicts checks it there)
LINUX = [('child: ', 'fork returned 0'),
         ('fpu: the child\'s control word changed in ', '0 of 200 rounds'),
         ('fpu: the parent\'s control word changed in ', '0 of 200 rounds')]


def fork_returns_0(tree):
    return tree.expect(PROGRAM, LINUX[:1], right='Linux gives %s')


def fpu(tree):
    return tree.expect(PROGRAM, LINUX[1:], right='Linux gives %s')


STEPS = [
    ('each task enters the kernel on its own stack (TSS esp0)', stacks,
     '__switch_to in arch/i386/kernel/process.c; book 3.3.2 ("Task State '
     'Segment") and 3.3.3'),
    ('fork returns 0 in the child', fork_returns_0,
     'copy_thread in arch/i386/kernel/process.c; book 3.4.1'),
    ('each process keeps its own FPU state across switches', fpu,
     '__switch_to and unlazy_fpu (include/asm-i386/i387.h); book 3.3.4 '
     '("Saving and Loading the FPU, MMX, and XMM Registers")'),
]
