/*
 * arch/i386/boot/compressed/piggy.S - the gzip'd kernel, as data.
 * Linux 2.4 wraps it with `ld -b binary`; .incbin says the same plainly.
 */
	.section ".rodata.compressed", "a"
	.globl	input_data, input_data_end
input_data:
	.incbin	"arch/i386/boot/compressed/vmlinux.bin.gz"
input_data_end:
