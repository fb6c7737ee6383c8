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
GDB = ['set $hits = 0',
       'break smp_invalidate_interrupt if $_thread == 2',
       'commands', 'silent',
       'printf "ipi on CPU 1\\n"',
       'thread 1',
       'printf "CPU 0 at %x\\n", $pc',
       'set $hits = $hits + 1',
       'if $hits >= 3', 'detach', 'end',
       'continue', 'end',
       'break panic', 'continue']


def watch(tree):
    run = tree.boot(PROGRAM, gdb=GDB, cpus=CPUS)
    return run, [int(pc, 16) for pc in
                 re.findall(r'^CPU 0 at ([0-9a-f]+)$', run.gdb, re.M)]


def received(tree):
    run, hits = watch(tree)
    if not hits:
        return run.why_not('CPU 1 taking INVALIDATE_TLB_VECTOR',
                           'gdb never saw %s (smp_invalidate_interrupt ' \
                           'was not called on it)')
    return None


def waits(tree):
    run, hits = watch(tree)
    for pc in hits:
        where = tree.where(pc)
        if not where.startswith('flush_tlb_others+'):
            return 'when CPU 1 took the IPI, CPU 0 was at %s, not ' \
                'waiting in flush_tlb_others' % where
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
