"""scripts/labs/slab.py - the checker of docs/exercises/slab.md: a slab
cache of the student's (lab_obj), seen in /proc/slabinfo and
/proc/labobj by /lab/slab (scripts/labs/slab.c) run as process 1,
while labobj(2), number 254, makes and frees objects. Nothing is cut:
the lab adds a cache, a system call and a /proc file."""

TITLE = 'A slab cache and a /proc file'
ORDER = 7
DOC = 'docs/exercises/slab.md'
CUTS = {}
PROGRAM = '/lab/slab'
L1_CACHE_BYTES = 32
OBJECTS = 100


def cache(tree, what):
    """The lab_obj line of /proc/slabinfo that /lab/slab printed after
    @what, as a dict; None if there is none; a str saying why not."""
    run = tree.boot(PROGRAM)
    line = run.line(what + ': ')
    if line is None:
        return run.why_not('the "%s" line' % what)
    if line == 'none':
        return None
    f = line.split()
    try:
        return {'active': int(f[1]), 'num': int(f[2]),
                'objsize': int(f[3]), 'slabs': int(f[-2])}
    except (IndexError, ValueError):
        return 'a slabinfo line that does not parse: %s' % line


def listed(tree):
    c = cache(tree, 'slabinfo at boot')
    if c is None:
        return '/proc/slabinfo has no lab_obj line: is the cache made at ' \
            'boot (an __initcall in a file kernel/Makefile builds)?'
    return c if isinstance(c, str) else None


def aligned(tree):
    c = cache(tree, 'slabinfo at boot')
    if isinstance(c, str):
        return c
    if c['objsize'] % L1_CACHE_BYTES:
        return 'lab_obj\'s objects are %d bytes apart, not a multiple of ' \
            'L1_CACHE_BYTES (%d): they share cache lines' % (
                c['objsize'], L1_CACHE_BYTES)
    return None


def counted(tree):
    why = tree.expect(PROGRAM, [('labobj(100): ', '100'),
                                ('labobj(-100): ', '0')])
    if why:
        return why
    held, after = cache(tree, 'slabinfo with 100'), \
        cache(tree, 'slabinfo after freeing them')
    if isinstance(held, str) or isinstance(after, str):
        return held if isinstance(held, str) else after
    if held['active'] != OBJECTS or after['active'] != 0:
        return 'slabinfo\'s active_objs went %d, then %d, where %d and 0 ' \
            'are right' % (held['active'], after['active'], OBJECTS)
    return None


def proc_file(tree):
    run = tree.boot(PROGRAM)
    line = run.line('/proc/labobj with 100: ')
    c = cache(tree, 'slabinfo with 100')
    want = 'lab_obj %d %d' % (OBJECTS, c['objsize'])
    if line is None or ' '.join(line.split()) != want:
        return '/proc/labobj showed "%s", where "%s" (name, active_objs, ' \
            'objsize, as slabinfo spaces them) is right' % (
                line if line != 'none' else '', want)
    return None


def shrunk(tree):
    after = cache(tree, 'slabinfo after freeing them')
    if after['slabs'] != 0:
        return 'with every object freed lab_obj keeps %d slabs: nothing ' \
            'gave their pages back' % after['slabs']
    return tree.expect(PROGRAM, [('free memory after: ', '0 kB less')])


STEPS = [
    ('the cache lab_obj is in /proc/slabinfo', listed,
     'kmem_cache_create in mm/slab.c and your kernel/labobj.c, the '
     'slides "The SLAB Allocator" and "SLAB Interfaces"'),
    ('its objects are aligned on L1 cache lines', aligned,
     'SLAB_HWCACHE_ALIGN in include/linux/slab.h'),
    ('labobj(2) makes and frees objects: active_objs follows', counted,
     'sys_labobj in your kernel/labobj.c, sys_call_table in '
     'arch/i386/kernel/entry.S'),
    ('/proc/labobj shows the cache in slabinfo\'s format', proc_file,
     'create_proc_read_entry in include/linux/proc_fs.h, '
     'slabinfo_read_proc in mm/slab.c'),
    ('with every object freed, the slabs\' pages go back', shrunk,
     'kmem_cache_shrink in mm/slab.c'),
]
