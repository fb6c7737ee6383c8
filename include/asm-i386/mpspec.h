/*
 * include/asm-i386/mpspec.h - Intel's MultiProcessor Specification 1.4
 * tables as the BIOS leaves them in memory: the floating pointer
 * ("_MP_") and the configuration table ("PCMP") with one entry per
 * processor, bus, I/O APIC and interrupt. mpparse.c reads them.
 */
#ifndef __ASM_MPSPEC_H
#define __ASM_MPSPEC_H

#include <linux/threads.h>

struct intel_mp_floating {
	char mpf_signature[4];		/* "_MP_" */
	unsigned long mpf_physptr;	/* the configuration table, or 0 */
	unsigned char mpf_length;	/* in 16-byte paragraphs: 1 */
	unsigned char mpf_specification;	/* 1 or 4 (for 1.1, 1.4) */
	unsigned char mpf_checksum;	/* all bytes add up to 0 */
	unsigned char mpf_feature1;	/* 0: a table; else a default one */
	unsigned char mpf_feature2;	/* bit 7: IMCR present, PIC mode */
	unsigned char mpf_feature3, mpf_feature4, mpf_feature5;
};

#define MPF_IMCRP	0x80

struct mp_config_table {
	char mpc_signature[4];		/* "PCMP" */
	unsigned short mpc_length;	/* header and entries, in bytes */
	char mpc_spec;
	char mpc_checksum;
	char mpc_oem[8];
	char mpc_productid[12];
	unsigned long mpc_oemptr;
	unsigned short mpc_oemsize;
	unsigned short mpc_oemcount;	/* number of entries */
	unsigned long mpc_lapic;	/* where every local APIC is */
	unsigned long reserved;
};

/* Entry types; a processor entry is 20 bytes, the others 8 */
#define MP_PROCESSOR	0
#define MP_BUS		1
#define MP_IOAPIC	2
#define MP_INTSRC	3
#define MP_LINTSRC	4

struct mpc_config_processor {
	unsigned char mpc_type;
	unsigned char mpc_apicid;	/* the CPU's local APIC id */
	unsigned char mpc_apicver;
	unsigned char mpc_cpuflag;
	unsigned long mpc_cpufeature;	/* cpuid 1's signature */
	unsigned long mpc_featureflag;	/* and its feature bits */
	unsigned long mpc_reserved[2];
};

#define CPU_ENABLED		1
#define CPU_BOOTPROCESSOR	2

#define MAX_APICS	256

extern int smp_found_config;
extern int pic_mode;
extern unsigned long mp_lapic_addr;
extern int num_processors;
extern int boot_cpu_physical_apicid;
extern unsigned char mp_processor_apicid[NR_CPUS];

void find_smp_config(void);
void get_smp_config(void);

#endif
