"""scripts/labs/paging.py - the checker of docs/exercises/paging.md:
startup_32 (arch/i386/kernel/head.S) turns paging on, seen through gdb:
a hardware breakpoint where the page tables are ready, then one
instruction at a time with %cr0, %cr3 and %eip, then start_kernel."""
import re

TITLE = 'Turning paging on'
ORDER = 2
DOC = 'docs/exercises/paging.md'

CUTS = {
    'arch/i386/kernel/head.S': ['''
	/* TODO 1: point %cr3 at the page directory, swapper_pg_dir. Paging
	 * is off, so the CPU wants its physical address: pa(). */
	/* TODO 2: set CR0's PG bit (X86_CR0_PG, bit 31). From the next
	 * instruction on, every address goes through swapper_pg_dir. */
	/* TODO 3: we still run at a physical address (0x001xxxxx), which
	 * swapper_pg_dir maps only for now. Jump to where the kernel is
	 * linked, 0xC01xxxxx: a far jump to the label 3 below, with
	 * __KERNEL_CS, as startup_32 did to get here. */
'''],
}

PAGE_OFFSET = 0xc0000000
PG = 0x80000000
KERNEL_CS = 0x60
STEPS_TRACED = 10


def ready(tree):
    """The physical address of the first instruction after the loop
    that fills pg0 (the jne back to it)."""
    code = tree.disasm('startup_32')
    for (a, insn), (b, _) in zip(code, code[1:]):
        if insn.startswith('jne'):
            return b - PAGE_OFFSET
    return None


def trace(tree):
    """[(eip, cr0, cr3)] from the page tables being ready on, and
    whether start_kernel was reached at its linked address."""
    script = ['hbreak *0x%x if $cs == %d' % (ready(tree), KERNEL_CS),
              'continue', 'delete', 'set $i = 0',
              'while $i < %d' % STEPS_TRACED,
              'printf "at %08x cr0 %08x cr3 %08x\\n", $pc, $cr0, $cr3',
              'stepi', 'set $i = $i + 1', 'end',
              'break start_kernel', 'continue',
              'printf "start_kernel at %08x\\n", $pc']
    run = tree.boot('/bin/true', gdb=script)
    seen = [tuple(int(x, 16) for x in m) for m in re.findall(
        r'^at ([0-9a-f]{8}) cr0 ([0-9a-f]{8}) cr3 ([0-9a-f]{8})$',
        run.gdb, re.M)]
    return run, seen, re.search(r'^start_kernel at c', run.gdb, re.M)


def cr3(tree):
    run, seen, _ = trace(tree)
    if not seen:
        return run.why_not('startup_32 with its page tables ready',
                           'gdb never saw %s')
    want = tree.symbols()['swapper_pg_dir'] - PAGE_OFFSET
    if not any(c3 == want for _, _, c3 in seen):
        return '%%cr3 stays %08x over the %d instructions after the page ' \
            'tables are filled; __pa(swapper_pg_dir) is %08x' % (
                seen[-1][2], len(seen), want)
    return None


def pg(tree):
    run, seen, _ = trace(tree)
    want = tree.symbols()['swapper_pg_dir'] - PAGE_OFFSET
    for eip, c0, c3 in seen:
        if c0 & PG:
            if c3 != want:
                return 'PG went on at %08x with %%cr3 %08x' % (eip, c3)
            return None
    return '%%cr0 is %08x after those %d instructions: PG (bit 31) is ' \
        'still clear' % (seen[-1][1], len(seen))


def jump(tree):
    run, seen, reached = trace(tree)
    after = [eip for eip, c0, _ in seen if c0 & PG]
    if not any(eip >= PAGE_OFFSET for eip in after):
        return 'with paging on, the CPU still fetched at %s: no jump to ' \
            'the kernel\'s linked addresses' % ', '.join(
                '%08x' % e for e in after[:4])
    if not reached:
        return run.why_not('start_kernel at its linked address',
                           'gdb never saw %s')
    return None


STEPS = [
    ('%cr3 holds __pa(swapper_pg_dir)', cr3,
     'startup_32 in arch/i386/kernel/head.S, the slide "Enabling '
     'Paging"; book 2.5.5.1 ("Provisional kernel Page Tables")'),
    ('CR0.PG goes on, with %cr3 already set', pg,
     'startup_32 in arch/i386/kernel/head.S, the slide "Enabling '
     'Paging"; book 2.4.1'),
    ('the next fetches are above 0xC0000000 and start_kernel is reached',
     jump, 'startup_32 in arch/i386/kernel/head.S, the slide "Early '
     'Page Table Organization (i386)"'),
]
