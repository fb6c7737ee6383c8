"""scripts/labs/syscall.py - the checker of docs/exercises/add-a-syscall.md:
reverse(2), number 253, seen in the headers, in vmlinux and through
/lab/syscall (scripts/labs/syscall.c) run as process 1. Nothing is cut:
the lab adds a system call to the real kernel."""

TITLE = 'Add a system call'
ORDER = 1
DOC = 'docs/exercises/add-a-syscall.md'
CUTS = {}
PROGRAM = '/lab/syscall'


def number(tree):
    value = tree.macro('include/asm-i386/unistd.h', '__NR_reverse')
    if value is None:
        return 'include/asm-i386/unistd.h defines no __NR_reverse'
    if value != '253':
        return '__NR_reverse is %s, where the first free number is 253' % \
            value
    return None


def in_kernel(tree):
    if 'sys_reverse' not in tree.symbols():
        return 'System.map has no sys_reverse: is reverse.o in ' \
            'kernel/Makefile\'s obj-y?'
    return None


def reverses(tree):
    return tree.expect(PROGRAM, [
        ('reverse("hello, kernel", 13): ', '13 "lenrek ,olleh"'),
        ('reverse(NULL, 5): ', '-1 EFAULT'),
        ('reverse(a kernel address, 5): ', '-1 EFAULT'),
        ('reverse(3 bytes before an unmapped page, 6): ', '-1 EFAULT'),
        ('reverse(a buffer, 0): ', '0'),
        ('reverse(a buffer, 256): ', '256'),
        ('the last byte after it: ', 'a')])


def limit(tree):
    return tree.expect(PROGRAM, [('reverse(a buffer, 257): ', '-1 EINVAL')])


def macro_program(tree):
    return tree.expect(PROGRAM, [
        ('reverse: ', '13 "lenrek ,olleh"'),
        ('reverse(NULL): ', '-1, errno 14 (Bad address)')])


def syscall_program(tree):
    return tree.expect(PROGRAM, [
        ('syscall(__NR_reverse): ', '10 "9876543210"'),
        ('syscall(__NR_reverse, 1000 bytes): ',
         '-1, errno 22 (Invalid argument)')])


STEPS = [
    ('__NR_reverse is 253', number,
     'include/asm-i386/unistd.h, the slide "Syscall codes"'),
    ('sys_reverse is in the kernel', in_kernel,
     'kernel/reverse.c and kernel/Makefile, the slide "Defining a new '
     'syscall"'),
    ('call 253 reverses a buffer; bad pointers give EFAULT', reverses,
     'sys_call_table in arch/i386/kernel/entry.S and sys_reverse, the '
     'slides "The syscall Table" and "User-/Kernel-Level Data Movement"'),
    ('a length over 256 gives EINVAL', limit,
     'sys_reverse in kernel/reverse.c'),
    ('/bin/reverse calls it through _syscall2', macro_program,
     'user/reverse.c and user/Makefile, the slide "A Userspace Example"'),
    ('/bin/reverse-syscall calls it through syscall()', syscall_program,
     'user/reverse-syscall.c and user/Makefile, the slide "An example"'),
]
