/*
 * include/linux/elf.h - the parts of the ELF32 format binfmt_elf reads:
 * the file header, the program headers, the auxiliary vector's keys.
 */
#ifndef _LINUX_ELF_H
#define _LINUX_ELF_H

#include <linux/types.h>

typedef struct elf32_hdr {
	unsigned char	e_ident[16];
	u16		e_type;
	u16		e_machine;
	u32		e_version;
	u32		e_entry;
	u32		e_phoff;
	u32		e_shoff;
	u32		e_flags;
	u16		e_ehsize;
	u16		e_phentsize;
	u16		e_phnum;
	u16		e_shentsize;
	u16		e_shnum;
	u16		e_shstrndx;
} Elf32_Ehdr;

typedef struct elf32_phdr {
	u32	p_type;
	u32	p_offset;
	u32	p_vaddr;
	u32	p_paddr;
	u32	p_filesz;
	u32	p_memsz;
	u32	p_flags;
	u32	p_align;
} Elf32_Phdr;

#define ELFMAG		"\177ELF"
#define EI_CLASS	4
#define ELFCLASS32	1
#define EI_DATA		5
#define ELFDATA2LSB	1
#define ET_EXEC		2
#define EM_386		3

#define PT_LOAD		1
#define PT_INTERP	3
#define PF_X		1
#define PF_W		2
#define PF_R		4

/* Auxiliary vector keys (the ABI's AT_*) */
#define AT_NULL		0
#define AT_PHDR		3
#define AT_PHENT	4
#define AT_PHNUM	5
#define AT_PAGESZ	6
#define AT_BASE		7
#define AT_FLAGS	8
#define AT_ENTRY	9
#define AT_UID		11
#define AT_EUID		12
#define AT_GID		13
#define AT_EGID		14
#define AT_HWCAP	16
#define AT_CLKTCK	17
#define AT_SECURE	23
#define AT_RANDOM	25
#define AT_SYSINFO	32
#define AT_SYSINFO_EHDR	33

#endif
