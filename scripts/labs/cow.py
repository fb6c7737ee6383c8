"""scripts/labs/cow.py - the checker of docs/exercises/cow.md: the
student's predictions of an address's translation, then fork's
write-protection (copy_pte) and the write fault's copy (do_wp_page), seen
as PTEs read through gdb at /lab/cow's close(1000 + n) marks."""
import re

TITLE = 'Copy-on-write and address translation'
ORDER = 6
DOC = 'docs/exercises/cow.md'
ANSWERS = 'docs/exercises/answers/cow.txt'

CUTS = {
    'mm/memory.c': ['''
	/* TODO 1: a private page that is writable now must become
	 * read-only in both the parent (*@src) and the child (pte), so
	 * that whoever writes first faults and gets a copy. A shared
	 * mapping (VM_SHARED) stays writable: its writes must be seen by
	 * both. */
''', '''
	/* TODO 3: if the writer is the page's last user (page_count 1,
	 * and not a reserved page), no copy is needed: make its PTE
	 * writable (and dirty and young), flush the TLB and return 1. */
	/* TODO 2: otherwise give the writer its own copy: a new page
	 * (alloc_page(GFP_HIGHUSER), or return -1 if there is none), the
	 * old one's bytes (copy_user_highpage), a writable dirty PTE for
	 * it (mk_pte with vma->vm_page_prot), a TLB flush for the
	 * address, and drop the writer's reference to the old page.
	 * Return 1. Until then the page is made writable where it is,
	 * which is wrong once fork shares it: the child's writes land in
	 * the parent's page. */
	set_pte(page_table, pte_mkyoung(pte_mkdirty(pte_mkwrite(
		*page_table))));
	flush_tlb_page(vma, address);
	return 1;
'''],
}

PROGRAM = '/lab/cow'
PRESENT, RW, USER, ACCESSED, DIRTY = 0x1, 0x2, 0x4, 0x20, 0x40
PF_PROT, PF_WRITE, PF_USER = 0x1, 0x2, 0x4
GDB_MISSED = 'gdb never saw %s'
KEYS = ['pde_index', 'pte_index', 'offset', 'pte_flags_before_fork',
        'pte_flags_after_fork', 'error_code']


def address(tree):
    """cow_page.value's linear address in /lab/cow, from its symbol
    table."""
    from lablib import run
    rc, out = run(['nm', 'user/build/root/lab/cow'], tree.root)
    m = re.search(r'^([0-9a-f]{8}) [dD] cow_page$', out, re.M)
    return int(m.group(1), 16)


def marks(tree):
    """{mark: (pte, page count)} from the gdb run."""
    va = address(tree)
    script = [
        'set $va = 0x%x' % va,
        'break sys_close if fd >= 1000',
        'commands', 'silent',
        'set $pde = *(unsigned *)(0xc0000000 + ($cr3 & 0xfffff000) + '
        '4 * ($va >> 22))',
        'set $pte = *(unsigned *)(0xc0000000 + ($pde & 0xfffff000) + '
        '4 * (($va >> 12) & 0x3ff))',
        'printf "mark %d pte %08x count %d\\n", fd - 1000, $pte, '
        'mem_map[$pte >> 12].count.counter',
        'continue', 'end',
        'break panic', 'continue']
    run = tree.boot(PROGRAM, gdb=script)
    found = {}
    for n, pte, count in re.findall(r'^mark (\d+) pte ([0-9a-f]{8}) '
                                    r'count (-?\d+)$', run.gdb, re.M):
        found.setdefault(int(n), (int(pte, 16), int(count)))
    return run, found


def truth(tree):
    """What each prediction should be."""
    va = address(tree)
    run, seen = marks(tree)
    if 0 not in seen:
        return None, run.why_not('the mark before fork', GDB_MISSED)
    before = seen[0][0] & 0xfff
    return {'pde_index': va >> 22, 'pte_index': (va >> 12) & 0x3ff,
            'offset': va & 0xfff, 'pte_flags_before_fork': before,
            'pte_flags_after_fork': before & ~RW,
            'error_code': PF_PROT | PF_WRITE | PF_USER}, None


def read_answers(tree):
    """{key: int} from the answer file; LabError naming a bad line."""
    from lablib import LabError
    got = {}
    with open(tree.path(ANSWERS)) as f:
        for n, line in enumerate(f, 1):
            line = line.split('#')[0].strip()
            if not line:
                continue
            m = re.match(r'^(\w+)\s*=\s*(\S*)$', line)
            if not m or m.group(1) not in KEYS:
                raise LabError('%s line %d: "%s" is not "name = value" for '
                               'one of %s' % (ANSWERS, n, line,
                                              ', '.join(KEYS)))
            try:
                got[m.group(1)] = int(m.group(2), 0) if m.group(2) else None
            except ValueError:
                raise LabError('%s line %d: %s is not a number (write 0x1f '
                               'or 31)' % (ANSWERS, n, m.group(2)))
    return got


def predictions(tree):
    got = read_answers(tree)
    want, why = truth(tree)
    if why:
        return why
    for key in KEYS:
        if got.get(key) is None:
            return '%s gives no %s yet' % (ANSWERS, key)
        if got[key] != want[key]:
            return '%s = %#x, but the machine shows %#x' % (
                key, got[key], want[key])
    return None


def frame(pte):
    return pte >> 12


def shared_read_only(tree):
    """The parent's PTE after fork; the child's too if the child got to
    its mark (with do_wp_page still the stub, their shared stack may
    stop it first)."""
    run, seen = marks(tree)
    for n, who in ((1, 'the parent after fork'),
                   (2, 'the child before its write')):
        if n not in seen and n == 2:
            continue
        if n not in seen:
            return run.why_not('the mark of %s' % who, GDB_MISSED)
        if not seen[n][0] & PRESENT or seen[n][0] & RW:
            return 'cow_page.value\'s PTE in %s is %08x: it should be ' \
                'present and read-only' % (who, seen[n][0])
        if frame(seen[n][0]) != frame(seen[0][0]):
            return 'value moved to another frame in %s (%05x, before ' \
                'fork %05x)' % (who, frame(seen[n][0]), frame(seen[0][0]))
    return None


def copied(tree):
    run, seen = marks(tree)
    if 3 not in seen:
        return run.why_not('the child\'s mark after its write',
                           GDB_MISSED) + \
            ' (a page parent and child both write, such as their stack, ' \
            'must not be shared)'
    pte = seen[3][0]
    if not pte & RW or frame(pte) == frame(seen[1][0]):
        return 'after its write the child\'s PTE is %08x: it should be ' \
            'writable, on a frame of its own (the parent\'s is %05x)' % (
                pte, frame(seen[1][0]))
    return tree.expect(PROGRAM, [
        ('child: ', 'value 5678'),
        ('parent: ', 'value 1234 after the child\'s write'),
        ('free memory lost per fork: ', '0 kB')])


def in_place(tree):
    run, seen = marks(tree)
    if 4 not in seen or 5 not in seen:
        return run.why_not('the parent\'s marks around its own write',
                           GDB_MISSED)
    a, b = seen[4][0], seen[5][0]
    if frame(a) != frame(b) or not b & RW:
        return 'the parent, the page\'s last user, wrote it and its PTE ' \
            'went from %08x to %08x: it should keep frame %05x, made ' \
            'writable, with no copy' % (a, b, frame(a))
    return None


STEPS = [
    ('your predictions in %s match the machine' % ANSWERS, predictions,
     'docs/exercises/cow.md, section 1; book 2.4 ("Regular Paging")'),
    ('after fork, the page is read-only and shared',
     shared_read_only, 'copy_pte in mm/memory.c'),
    ('the child\'s write gets it a copy; the parent keeps 1234; nothing '
     'leaks', copied, 'do_wp_page in mm/memory.c'),
    ('the last user writes the page in place', in_place,
     'do_wp_page in mm/memory.c'),
]
