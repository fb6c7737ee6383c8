# Makefile - build lk24: vmlinux, System.map, arch/i386/boot/bzImage.
# Each directory lists its objects in its own Makefile as obj-y, as Linux
# 2.4's Rules.make does; this file collects them. `make help` lists the
# targets. Header dependencies come from gcc -MMD.

ARCH		:= i386
CC		:= gcc
LD		:= ld
AS		:= as
OBJCOPY		:= objcopy
NM		:= nm
HOSTCC		:= gcc
PYTHON		:= python3
Q		:= $(if $(V),,@)

# The decompressor runs at 4 MB, out of the way of the kernel at 1 MB.
ZIMAGE_ADDR	:= 0x400000

# DEBUG=1 builds for gdb's next and step: -O1 without inlining keeps
# one source line after another (docs/debugging.md says what -O2 does).
OPTIMIZE	:= $(if $(DEBUG),-O1 -fno-inline,-O2)
# The port `make qemu-gdb` and `make gdb` meet on: one per user.
GDBPORT		?= $(shell expr `id -u` % 5000 + 25000)

# What `make run`, `make qemu` and the images pass to the kernel.
CMDLINE		?= console=ttyS0 console=tty0
MEGS		?= 64
# How many CPUs `make run`, `make qemu` and `make debug` give the machine.
CPUS		?= 1
# QEMU's exit status when the guest powers off (machine_power_off's
# value to isa-debug-exit, 0x10, shifted left and ORed with 1)
QEMU_POWEROFF_STATUS := 33

GCC_INCLUDE	:= $(shell $(CC) -print-file-name=include)
# Debug information names files relative to the tree (-fdebug-prefix-map),
# so a copy of a built tree still finds its sources (gdb, make trace).
COMMON_CFLAGS	:= -g -Wall -Wstrict-prototypes -ffreestanding -fno-pic \
		   -fno-pie -fno-stack-protector -fno-common \
		   -fno-strict-aliasing -fno-asynchronous-unwind-tables \
		   -mno-sse -mno-mmx -mpreferred-stack-boundary=2 \
		   -nostdinc -isystem $(GCC_INCLUDE) -Iinclude -MMD -MP \
		   -fdebug-prefix-map=$(CURDIR)=.
# A system call's arguments are the user's registers saved in struct
# pt_regs (entry.S); a tail call would overwrite them with its own
# arguments and hand user mode changed registers: no sibling calls.
KERNEL_CFLAGS	:= -m32 -march=i686 $(OPTIMIZE) -fno-omit-frame-pointer \
		   -fno-optimize-sibling-calls -mno-80387 $(COMMON_CFLAGS)
# setup runs in real mode: gcc -m16 emits 32-bit code with size prefixes
REALMODE_CFLAGS	:= -m16 -march=i386 -Os -mregparm=3 $(COMMON_CFLAGS)
LDFLAGS		:= -m elf_i386 --no-warn-rwx-segments -z noexecstack

# `make` alone builds all, whatever rules the directory Makefiles add.
.DEFAULT_GOAL	:= all

# Kbuild-style object lists: each directory's Makefile sets obj-y.
core-dirs	:= init kernel mm fs fs/ramfs fs/proc lib drivers/char drivers/video \
		   arch/i386/kernel arch/i386/mm arch/i386/lib test/kernel
kernel-objs	:=
define collect-objs
obj-y :=
include $(1)/Makefile
kernel-objs += $$(addprefix $(1)/,$$(obj-y))
endef
$(foreach d,$(core-dirs),$(eval $(call collect-objs,$(d))))

HEAD		:= arch/i386/kernel/head.o
SETUP_OBJS	:= $(addprefix arch/i386/boot/,header.o main.o tty.o \
		   string.o memory.o a20.o pm.o pmjump.o)
ZOBJS		:= $(addprefix arch/i386/boot/compressed/,head.o misc.o \
		   piggy.o)
ALL_OBJS	:= $(HEAD) $(kernel-objs) $(SETUP_OBJS) $(ZOBJS)
BZIMAGE		:= arch/i386/boot/bzImage

.PHONY: all help clean image initrd run qemu debug trace test qemu-gdb gdb \
	fuzz bench \
	bzImage \
	install-deps user-progs doctor lab-start lab-reset lab-check
all: vmlinux System.map $(BZIMAGE)
# as in Linux: make bzImage
bzImage: $(BZIMAGE)

# make help's line for a target or a variable: name, then what it does
VAR		:= printf '  %-15s %s\n'

help:
	@echo 'lk24 targets:'
	@$(VAR) help 'this list'
	@$(VAR) 'all (default)' 'vmlinux, System.map, arch/i386/boot/bzImage'
	@$(VAR) vmlinux 'the kernel ELF, linked at 0xC0100000'
	@$(VAR) System.map 'its symbols, sorted by address'
	@$(VAR) bzImage 'setup + decompressor + gzip(vmlinux)'
	@$(VAR) user-progs 'the user programs, built into user/build/root'
	@$(VAR) initrd 'initrd.img, a cpio (newc) of the user programs'
	@$(VAR) image 'hd.img: a disk with GRUB legacy, bzImage, initrd'
	@$(VAR) run 'boot hd.img in Bochs, serial console here'
	@$(VAR) qemu 'boot hd.img in QEMU, serial console here'
	@$(VAR) debug 'Bochs debugger stopped at start_kernel (SYM=a,b:'
	@$(VAR) '' 'at each; a cheat sheet first, docs/debugging.md)'
	@$(VAR) qemu-gdb 'QEMU stopped at its first instruction, gdb stub on'
	@$(VAR) '' 'GDBPORT=$(GDBPORT); then in another terminal:'
	@$(VAR) gdb 'gdb attached, vmlinux'"'"'s symbols (SYM=a,b breaks,'
	@$(VAR) '' 'PROG=/bin/x adds its symbols; DEBUG=1 builds for'
	@$(VAR) '' 'stepping line by line)'
	@$(VAR) trace 'log N instructions from SYM, annotated'
	@$(VAR) '' '(make trace SYM=start_kernel N=200;'
	@$(VAR) '' ' make trace SYM=boot for the whole boot path;'
	@$(VAR) '' ' make trace PROG=/bin/x: from its main;'
	@$(VAR) '' ' PROG=/bin/x SYM=system_call: from the first'
	@$(VAR) '' ' call program x makes through it)'
	@$(VAR) test 'build, run every test, print N passed, N failed'
	@$(VAR) bench 'lk24 beside Linux 686: instructions per operation,'
	@$(VAR) '' 'build and boot times; docs/bench.svg'
	@$(VAR) fuzz 'fuzzer, crashme and pointer sweeps for HOURS=n;'
	@$(VAR) '' 'fuzz-summary.txt (docs/self-checks.md)'
	@$(VAR) lab-start 'cut lab LAB'"'"'s code out (docs/exercises/)'
	@$(VAR) lab-check 'check lab LAB step by step; lab-results.txt'
	@$(VAR) lab-reset 'put lab LAB'"'"'s real code back'
	@$(VAR) install-deps 'install the Debian packages lk24 uses'
	@$(VAR) doctor 'each tool'"'"'s version; do KVM, the Bochs'
	@$(VAR) '' 'debugger and dietlibc work here?'
	@$(VAR) clean 'remove everything the build made'
	@echo 'Variables:'
	@$(VAR) CMDLINE='...' 'the kernel'"'"'s command line (now $(CMDLINE))'
	@$(VAR) 'MEGS=$(MEGS)' 'memory of the emulated machine'
	@$(VAR) 'CPUS=$(CPUS)' 'its CPUs'
	@$(VAR) 'SYM=name' 'where debug, trace and gdb stop (gdb: SYM=a,b)'
	@$(VAR) 'N=200' 'how many instructions trace logs'
	@$(VAR) 'PROG=/bin/x' 'trace: boot with init=/bin/x; gdb: its symbols'
	@$(VAR) 'SUMMARY=1' 'trace: one line per function entered'
	@$(VAR) 'SUMMARY=slides' 'trace: only functions docs/slides.md names'
	@$(VAR) 'LOG=file' 'trace: keep every annotated instruction in file'
	@$(VAR) 'LAB=name' 'the lab of lab-start, lab-check, lab-reset'
	@$(VAR) 'DEBUG=1' 'build for stepping in gdb (-O1 -fno-inline)'
	@$(VAR) 'GDBPORT=$(GDBPORT)' 'where qemu-gdb and gdb meet'
	@$(VAR) 'TESTS=a,b' 'test: run only these test programs'
	@$(VAR) 'HOURS=n' 'how long fuzz runs (0.5: half an hour)'
	@$(VAR) 'SEED=1' 'fuzz: the first round'"'"'s seed'
	@$(VAR) 'V=1' 'show the commands; test: every check'

# include/asm -> asm-i386, as Linux 2.4's "make symlinks"
include/asm:
	$(Q)ln -sfn asm-$(ARCH) $@

$(ALL_OBJS): | include/asm
# the compiler flags are set here: a change, or DEBUG=1 on or off,
# rebuilds everything (.cflags keeps the last flags)
$(shell echo '$(KERNEL_CFLAGS)' | cmp -s - .cflags || \
	echo '$(KERNEL_CFLAGS)' > .cflags)
$(ALL_OBJS): Makefile .cflags

# --- compiling ---
%.o: %.c
	@echo '  CC      $@'
	$(Q)$(CC) $(KERNEL_CFLAGS) -c -o $@ $<

%.o: %.S
	@echo '  AS      $@'
	$(Q)$(CC) $(KERNEL_CFLAGS) -D__ASSEMBLY__ -c -o $@ $<

$(SETUP_OBJS): KERNEL_CFLAGS := $(REALMODE_CFLAGS)
# self-tests run in the order their file defines them
$(filter test/%,$(kernel-objs)): KERNEL_CFLAGS += -fno-toplevel-reorder

# --- the kernel ---
# vmlinux carries its own symbol table for a symbolic oops
# (kernel/kallsyms.c). Linked three times, as Linux 2.6 does: the first
# link has no table, each later one the table of the link before. The
# last two tables have the same size, so the last link's addresses are
# the second's, and the check below proves it.
link-vmlinux	= $(LD) $(LDFLAGS) -T arch/i386/vmlinux.lds \
		  -R $(VSYSCALL_SYMS) -o $(1) $(HEAD) $(kernel-objs) $(2)
make-kallsyms	= $(NM) -n $(1) > $(2).nm && scripts/kallsyms < $(2).nm \
		  > $(2).S && $(AS) --32 -o $(2).o $(2).S

scripts/kallsyms: scripts/kallsyms.c
	@echo '  HOSTCC  $@'
	$(Q)$(HOSTCC) -O2 -Wall -o $@ $<

vmlinux: $(HEAD) $(kernel-objs) arch/i386/vmlinux.lds $(VSYSCALL_SYMS) \
		scripts/kallsyms
	@echo '  LD      $@'
	$(Q)$(call link-vmlinux,.tmp_vmlinux1)
	$(Q)$(call make-kallsyms,.tmp_vmlinux1,.tmp_kallsyms1)
	$(Q)$(call link-vmlinux,.tmp_vmlinux2,.tmp_kallsyms1.o)
	$(Q)$(call make-kallsyms,.tmp_vmlinux2,.tmp_kallsyms2)
	$(Q)$(call link-vmlinux,$@,.tmp_kallsyms2.o)
	$(Q)$(call make-kallsyms,$@,.tmp_kallsyms3)
	$(Q)cmp -s .tmp_kallsyms2.S .tmp_kallsyms3.S || \
		{ echo 'kallsyms: the symbol table did not settle' >&2; \
		  rm -f $@; exit 1; }

System.map: vmlinux
	@echo '  MAP     $@'
	$(Q)$(NM) -n $< | grep -v ' [aUw] ' > $@

# --- the bzImage: setup, then the decompressor carrying gzip(vmlinux) ---
arch/i386/boot/setup.elf: $(SETUP_OBJS) arch/i386/boot/setup.ld
	@echo '  LD      $@'
	$(Q)$(LD) $(LDFLAGS) -T arch/i386/boot/setup.ld -o $@ $(SETUP_OBJS)

arch/i386/boot/setup.bin: arch/i386/boot/setup.elf
	$(Q)$(OBJCOPY) -O binary $< $@

arch/i386/boot/compressed/vmlinux.bin: vmlinux
	$(Q)$(OBJCOPY) -O binary -R .note -R .comment -S $< $@

arch/i386/boot/compressed/vmlinux.bin.gz: arch/i386/boot/compressed/vmlinux.bin
	@echo '  GZIP    $@'
	$(Q)gzip -n -9 -c $< > $@

arch/i386/boot/compressed/piggy.o: arch/i386/boot/compressed/vmlinux.bin.gz

arch/i386/boot/compressed/vmlinux: $(ZOBJS) arch/i386/boot/compressed/vmlinux.lds
	@echo '  LD      $@'
	$(Q)$(LD) $(LDFLAGS) --defsym ZIMAGE_ADDR=$(ZIMAGE_ADDR) \
		-T arch/i386/boot/compressed/vmlinux.lds -o $@ $(ZOBJS)

arch/i386/boot/zimage.bin: arch/i386/boot/compressed/vmlinux
	$(Q)$(OBJCOPY) -O binary $< $@

arch/i386/boot/tools/build: arch/i386/boot/tools/build.c
	@echo '  HOSTCC  $@'
	$(Q)$(HOSTCC) -O2 -Wall -o $@ $<

$(BZIMAGE): arch/i386/boot/tools/build arch/i386/boot/setup.bin \
	    arch/i386/boot/zimage.bin
	@echo '  BUILD   $@'
	$(Q)arch/i386/boot/tools/build arch/i386/boot/setup.bin \
		arch/i386/boot/zimage.bin $@

# --- images and emulators (scripts/) ---
initrd: initrd.img
user-progs:
	$(Q)$(MAKE) -s -C user

initrd.img: user-progs scripts/mkinitrd
	$(Q)scripts/mkinitrd $@

image: hd.img
# The disk is made again when the kernel, the initrd or the command line
# it boots with changed (.hd-cmdline keeps the last one, as .cflags)
$(shell echo '$(CMDLINE)' | cmp -s - .hd-cmdline || \
	echo '$(CMDLINE)' > .hd-cmdline)
hd.img: $(BZIMAGE) initrd.img scripts/mkimage .hd-cmdline
	$(Q)scripts/require grub mke2fs
	$(Q)scripts/mkimage $@ $(BZIMAGE) initrd.img "$(CMDLINE)"

# These install what is missing first, so they work on a fresh machine.
# Build what an emulator target boots; a failed build ends with one line
# that says what to do, below the compiler's messages.
BUILD_FOR = $(MAKE) -s $(2) || { echo "make $(1): the build failed (see" \
	"above); fix it, then make $(1) again" >&2; exit 1; }

run:
	$(Q)scripts/install-deps --quiet
	$(Q)$(call BUILD_FOR,run,hd.img)
	$(Q)scripts/require bochs
	$(Q)scripts/bochs --megs $(MEGS) --cpus $(CPUS) --tty hd.img

qemu:
	$(Q)scripts/install-deps --quiet
	$(Q)$(call BUILD_FOR,qemu,hd.img)
	$(Q)scripts/require qemu-system-i386
	$(Q)scripts/qemu --megs $(MEGS) --smp $(CPUS) --disk hd.img; \
		rc=$$?; [ $$rc -eq $(QEMU_POWEROFF_STATUS) ] || exit $$rc

debug:
	$(Q)scripts/install-deps --quiet
	$(Q)$(call BUILD_FOR,debug,hd.img System.map)
	$(Q)scripts/require bochs
	$(Q)scripts/bochs --megs $(MEGS) --cpus $(CPUS) \
		--debug $(or $(SYM),start_kernel) hd.img

# QEMU stopped before its first instruction, its gdb stub on GDBPORT;
# `make gdb` in another terminal attaches (docs/debugging.md)
qemu-gdb:
	$(Q)scripts/install-deps --quiet
	$(Q)$(call BUILD_FOR,qemu-gdb,$(BZIMAGE) initrd System.map)
	$(Q)scripts/require qemu-system-i386
	$(Q)$(PYTHON) -c 'import socket; socket.socket().bind(("", $(GDBPORT)))' \
		2>/dev/null || { echo "make qemu-gdb: port $(GDBPORT) is" \
		"taken: another qemu-gdb? Pick one: make qemu-gdb" \
		"GDBPORT=26001, then make gdb GDBPORT=26001" >&2; exit 1; }
	@echo '*** QEMU waits for gdb on localhost:$(GDBPORT): run' \
		'"make gdb" in another terminal; Ctrl-A x quits QEMU'
	$(Q)scripts/qemu --megs $(MEGS) --smp $(CPUS) --kernel $(BZIMAGE) \
		--initrd initrd.img --append "$(CMDLINE)" -- \
		-S -gdb tcp::$(GDBPORT)

# gdb with vmlinux's symbols, attached to make qemu-gdb's QEMU; SYM=a,b
# sets breakpoints, PROG=/bin/x adds a user program's symbols
gdb:
	$(Q)scripts/require gdb
	$(Q)$(call BUILD_FOR,gdb,System.map)
	$(Q)scripts/gdbinit $(GDBPORT) "$(SYM)" "$(PROG)" > .gdbinit.new
	$(Q)mv .gdbinit.new .gdbinit
	$(Q)gdb -q -iex "add-auto-load-safe-path $(CURDIR)/.gdbinit"

# PROG=/bin/x: boot with init=/bin/x and trace from SYM once it runs
trace:
	$(Q)scripts/install-deps --quiet
	$(Q)$(call BUILD_FOR,trace,hd.img System.map \
		$(if $(PROG),CMDLINE="console=ttyS0 init=$(PROG)"))
	$(Q)scripts/require bochs addr2line
	$(Q)$(PYTHON) scripts/trace --megs $(MEGS) \
		$(if $(PROG),--prog $(PROG)) \
		$(if $(SUMMARY),--summary $(SUMMARY)) \
		$(if $(LOG),--log $(LOG)) \
		$(or $(SYM),$(if $(PROG),main,start_kernel)) $(or $(N),200)

install-deps:
	$(Q)scripts/install-deps

doctor:
	$(Q)scripts/doctor

test:
	$(Q)scripts/install-deps --quiet
	$(Q)$(PYTHON) test/run

# The side-by-side benchmark (issue 13): a table, and docs/bench.svg.
bench:
	$(Q)scripts/install-deps --quiet
	$(Q)$(PYTHON) scripts/bench

# Hours of hostile input (issue 13): a summary in fuzz-summary.txt.
fuzz:
	$(Q)scripts/install-deps --quiet
	$(Q)$(PYTHON) scripts/fuzz

# The labs of docs/exercises: cut a lab's code out, put it back, check.
lab-start lab-reset lab-check:
	$(Q)$(if $(LAB),,scripts/lab list; echo 'make $@ LAB=name' >&2; exit 2)
	$(Q)$(if $(filter lab-check,$@),scripts/install-deps --quiet)
	$(Q)scripts/lab $(patsubst lab-%,%,$@) $(LAB)

clean:
	@echo '  CLEAN'
	$(Q)find . \( -name '*.[od]' -o -name '*.so' \) -not -path './.git/*' \
		-delete
	$(Q)rm -f vmlinux System.map $(BZIMAGE) hd.img .hd-cmdline initrd.img \
		arch/i386/boot/setup.elf arch/i386/boot/setup.bin \
		arch/i386/boot/zimage.bin arch/i386/boot/tools/build \
		arch/i386/boot/compressed/vmlinux \
		arch/i386/boot/compressed/vmlinux.bin \
		arch/i386/boot/compressed/vmlinux.bin.gz include/asm
	$(Q)rm -f .tmp_vmlinux* .tmp_kallsyms* scripts/kallsyms
	$(Q)rm -rf test/out trace.log user/build

-include $(ALL_OBJS:.o=.d)
