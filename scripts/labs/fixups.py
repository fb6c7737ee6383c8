"""scripts/labs/fixups.py - the checker of docs/exercises/fixups.md:
search_exception_table and __copy_user's __ex_table entries, seen
through /lab/fixups (scripts/labs/fixups.c) run as process 1."""

TITLE = 'Exception table fixups'
ORDER = 3
DOC = 'docs/exercises/fixups.md'

CUTS = {
    'arch/i386/mm/extable.c': ['''
	/* TODO 1: return the fixup address that __ex_table lists for the
	 * faulting instruction @addr, or 0 if it lists none. The linker
	 * gathers the entries between __start___ex_table and
	 * __stop___ex_table; each is a struct exception_table_entry
	 * (asm-i386/uaccess.h): the instruction that may fault and the
	 * address to resume at. Until then, every fault the kernel takes
	 * on a user address is an oops.
	 */
	return 0;
'''],
    'arch/i386/lib/usercopy.c': ['''
		     /* TODO 2: the rep movsb at 1 touches user memory. Give
		      * it an __ex_table entry and a fixup in .fixup that
		      * jumps to 2: %ecx, the bytes rep movsb did not copy,
		      * is then what __copy_user returns.
		      */
		     /* TODO 3: the same for the rep movsl at 0. Its %ecx
		      * counts words: the fixup turns it into bytes (4 each,
		      * plus the n & 3 bytes in %3) before it leaves.
		      */
		     /* TODO 4: a copy that runs into an unmapped page should
		      * still move every byte before it, as Linux's does: when
		      * a word faults, go on byte by byte at 1 instead of
		      * leaving.
		      */
'''],
}

PROGRAM = '/lab/fixups'


def answer(tree, prefix, want):
    """None if /lab/fixups printed @prefix followed by @want (what Linux
    prints), else why not."""
    return tree.expect(PROGRAM, [(prefix, want)],
                       lambda run: listed(tree, run), 'Linux gives %s')


def listed(tree, run):
    """For an oops: whether __ex_table lists the faulting instruction,
    which says whose fault the oops is."""
    import re
    m = re.search(r'^EIP: +[0-9a-f]+:\[<([0-9a-f]+)>\]', run.out, re.M)
    if not m:
        return ''
    eip = int(m.group(1), 16)
    fixups = dict(ex_table(tree))
    if eip in fixups:
        return ('; __ex_table lists that instruction with fixup %s, '
                'but search_exception_table did not return it' %
                tree.where(fixups[eip]))
    return '; __ex_table has no entry for that instruction'


def ex_table(tree):
    """vmlinux's __ex_table as [(insn, fixup)]."""
    import struct
    data = tree.section('__ex_table')
    return [struct.unpack_from('<II', data, i)
            for i in range(0, len(data) - 7, 8)]


# What /lab/fixups prints on Linux (test/lab-verdicts checks it there)
LINUX = [('stat(NULL): ', '-1 EFAULT'),
         ('read 3 bytes into NULL: ', '-1 EFAULT'),
         ('read 100 bytes into NULL: ', '-1 EFAULT'),
         ('read 10 bytes, 6 before an unmapped page: ', '6')]


def search(tree):
    return answer(tree, *LINUX[0])


def byte_loop(tree):
    return answer(tree, *LINUX[1])


def word_loop(tree):
    return answer(tree, *LINUX[2])


def partial(tree):
    return answer(tree, *LINUX[3])


STEPS = [
    ('stat(NULL) gives EFAULT', search,
     'search_exception_table in arch/i386/mm/extable.c, the slide '
     '"Fixup Activation Steps"'),
    ('a 3-byte read into NULL gives EFAULT', byte_loop,
     'the rep movsb in __copy_user, arch/i386/lib/usercopy.c, the slide '
     '"Fixup: Expanded Macro"'),
    ('a 100-byte read into NULL gives EFAULT', word_loop,
     'the rep movsl in __copy_user, arch/i386/lib/usercopy.c, the slide '
     '"Fixup: Generated Assembly"'),
    ('a read that runs into an unmapped page copies every byte before it',
     partial, 'the rep movsl\'s fixup in __copy_user, '
     'arch/i386/lib/usercopy.c'),
]
