"""scripts/labs/ipi.py - the checker of docs/exercises/ipi.md: a TLB
shootdown (flush_tlb_others and smp_invalidate_interrupt) on two CPUs,
seen through gdb (each CPU is a gdb thread) and /lab/ipi
(scripts/labs/ipi.c) run as process 1."""
import re

TITLE = 'IPIs and TLB shootdown'
ORDER = 8
DOC = 'docs/exercises/ipi.md'

CUTS = {
    'arch/i386/kernel/smp.c': ['''
		/* TODO 3: drop this CPU's TLB entry for flush_va
		 * (__flush_tlb_va; FLUSH_ALL means all of them) if it runs
		 * flush_mm, or whatever it runs if flush_mm is NULL. A CPU
		 * that only keeps flush_mm lazily (TLBSTATE_LAZY, see
		 * mmu_context.h) leaves it instead, with leave_mm. */
''', '''
	/* TODO 1: publish the shootdown and send it: put @mm and @va
	 * where smp_invalidate_interrupt finds them (flush_mm, flush_va),
	 * set the CPUs of @cpumask in flush_cpumask (atomically: they
	 * clear their bits as they finish) and send those CPUs
	 * INVALIDATE_TLB_VECTOR (send_IPI_mask). */
	/* TODO 2: wait until each of them has cleared its bit: until
	 * then it may still use the old translation, and the caller is
	 * about to free the page (or the page table). Then unpublish. */
'''],
}

PROGRAM = '/lab/ipi'
CPUS = 2
THREAD_SIZE = 8192
GDB = ['set $hits = 0',
       'break smp_invalidate_interrupt if $_thread == 2',
       'commands', 'silent',
       'printf "ipi on CPU 1\\n"',
       'thread 1',
       'printf "CPU 0 at %x, esp %x\\n", $pc, $esp',
       'x/%dxw ((unsigned)$esp & ~%d)' % (THREAD_SIZE // 4, THREAD_SIZE - 1),
       'set $hits = $hits + 1',
       'if $hits >= 3', 'detach', 'end',
       'continue', 'end',
       'break panic', 'continue']


def watch(tree):
    """The run under gdb, and for each time CPU 1 took the IPI: CPU 0's
    pc and the words of its kernel stack above %esp (live frames, and
    the eip an interrupt taken while it waits saves)."""
    run = tree.boot(PROGRAM, gdb=GDB, cpus=CPUS)
    hits = []
    for m in re.finditer(r'^CPU 0 at ([0-9a-f]+), esp ([0-9a-f]+)\n'
                         r'((?:0x[0-9a-f]+.*\n)*)', run.gdb, re.M):
        pc, esp = int(m.group(1), 16), int(m.group(2), 16)
        words = []
        for line in m.group(3).splitlines():
            addr, _, rest = line.partition(':')
            base = int(addr.split()[0], 16)
            for i, w in enumerate(re.findall(r'0x[0-9a-f]+', rest)):
                if base + 4 * i >= esp:
                    words.append(int(w, 16))
        hits.append((pc, words))
    return run, hits


def in_function(tree, addr, name):
    start, end = tree.extent(name)
    return start <= addr < end


def received(tree):
    run, hits = watch(tree)
    if not hits:
        return run.why_not('CPU 1 taking INVALIDATE_TLB_VECTOR',
                           'gdb never saw %s (smp_invalidate_interrupt ' \
                           'was not called on it)')
    return None


def waits(tree):
    """CPU 0 is in flush_tlb_others: there, or in an interrupt taken
    while it spins there (its saved eip is on the stack)."""
    run, hits = watch(tree)
    for pc, words in hits:
        if not any(in_function(tree, a, 'flush_tlb_others')
                   for a in [pc] + words):
            return 'when CPU 1 took the IPI, CPU 0 was at %s, not ' \
                'waiting in flush_tlb_others' % tree.where(pc)
    return None


# What /lab/ipi prints on Linux (test/lab-verdicts checks it there, on
# one CPU: the pin to CPU 1 fails and the thread shares CPU 0)
LINUX = [('the thread\'s read after munmap: ', 'faulted'),
         ('the thread\'s write after mprotect: ', 'faulted')]


def faults(tree):
    return tree.expect(PROGRAM, LINUX, right='Linux gives %s', cpus=CPUS)


STEPS = [
    ('CPU 1 takes INVALIDATE_TLB_VECTOR when CPU 0 unmaps a page it uses',
     received, 'flush_tlb_others in arch/i386/kernel/smp.c, the slides '
     '"Using IPIs: Some Examples" and "IPIs\' API"'),
    ('CPU 0 waits in flush_tlb_others while CPU 1 flushes', waits,
     'flush_tlb_others in arch/i386/kernel/smp.c, the slide "IPI '
     'Management Sequentialization"'),
    ('the thread on CPU 1 faults after munmap and mprotect', faults,
     'smp_invalidate_interrupt in arch/i386/kernel/smp.c, the slide "TLB '
     'implicit vs. explicit operations"'),
]
