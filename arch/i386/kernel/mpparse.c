/*
 * arch/i386/kernel/mpparse.c - which CPUs are there (book 4.2, "Multiple
 * APIC system"): the BIOS describes them in Intel's MultiProcessor
 * Specification tables. find_smp_config looks for the floating pointer
 * where the specification says it may be; get_smp_config reads each
 * processor's local APIC id from the configuration table. Bus, I/O APIC
 * and interrupt entries are skipped (lk24 keeps the 8259A, apic.c says
 * why); the default configurations and ACPI's MADT are left out.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <asm/page.h>
#include <asm/io.h>
#include <asm/mpspec.h>
#include <asm/apicdef.h>

int smp_found_config;
int pic_mode;
unsigned long mp_lapic_addr = APIC_DEFAULT_PHYS_BASE;
int num_processors;
int boot_cpu_physical_apicid = -1;
/* the local APIC ids of the enabled CPUs, in the table's order */
unsigned char mp_processor_apicid[NR_CPUS];

static struct intel_mp_floating *mpf_found;

/* mpf_checksum - the bytes of a table add up to 0 when it is intact */
static int __init mpf_checksum(unsigned char *mp, int len)
{
	int sum = 0;

	while (len--)
		sum += *mp++;
	return sum & 0xff;
}

/* smp_scan_config - look for a valid "_MP_" on 16-byte boundaries in
 * physical [@base, @base + @length); 1 if found (mpf_found set) */
static int __init smp_scan_config(unsigned long base, unsigned long length)
{
	struct intel_mp_floating *mpf = phys_to_virt(base);

	for (; length > 0; length -= 16, mpf++) {
		if (memcmp(mpf->mpf_signature, "_MP_", 4) ||
		    mpf->mpf_length != 1 ||
		    mpf_checksum((unsigned char *)mpf, 16))
			continue;
		if (mpf->mpf_specification != 1 &&
		    mpf->mpf_specification != 4)
			continue;
		mpf_found = mpf;
		return 1;
	}
	return 0;
}

/*
 * find_smp_config - the specification's four places, in its order: the
 * first KB of the EBDA (its segment is the BIOS data word at 0x40e), the
 * last KB of base memory, the BIOS ROM at 0xf0000, and the first KB.
 */
void __init find_smp_config(void)
{
	unsigned long ebda = *(unsigned short *)phys_to_virt(0x40e) << 4;

	if ((ebda && smp_scan_config(ebda, 1024)) ||
	    smp_scan_config(639 * 1024, 1024) ||
	    smp_scan_config(0xf0000, 0x10000) ||
	    smp_scan_config(0, 1024)) {
		smp_found_config = 1;
		printk(KERN_INFO "mpparse: MP floating pointer (spec 1.%d) "
		       "at %08lx\n", mpf_found->mpf_specification,
		       virt_to_phys(mpf_found));
	}
}

/* MP_processor_info - one processor entry: an enabled CPU is counted
 * (which one boots is read from the APIC itself, init_apic_mappings) */
static void __init MP_processor_info(struct mpc_config_processor *m)
{
	if (!(m->mpc_cpuflag & CPU_ENABLED))
		return;
	printk(KERN_INFO "mpparse: processor #%d, APIC version %d%s\n",
	       m->mpc_apicid, m->mpc_apicver,
	       m->mpc_cpuflag & CPU_BOOTPROCESSOR ? " (boot processor)" : "");
	if (num_processors >= NR_CPUS) {
		printk(KERN_WARNING "mpparse: more than %d CPUs, processor "
		       "#%d ignored\n", NR_CPUS, m->mpc_apicid);
		return;
	}
	mp_processor_apicid[num_processors++] = m->mpc_apicid;
}

/* smp_read_mpc - walk the configuration table's entries; 0 if it is
 * not a valid table */
static int __init smp_read_mpc(struct mp_config_table *mpc)
{
	unsigned char *entry = (unsigned char *)(mpc + 1);
	int count = sizeof(*mpc);

	if (memcmp(mpc->mpc_signature, "PCMP", 4) ||
	    mpf_checksum((unsigned char *)mpc, mpc->mpc_length)) {
		printk(KERN_ERR "mpparse: bad MP configuration table\n");
		return 0;
	}
	mp_lapic_addr = mpc->mpc_lapic;
	while (count < mpc->mpc_length) {
		int size = *entry == MP_PROCESSOR ?
			sizeof(struct mpc_config_processor) : 8;

		if (*entry == MP_PROCESSOR)
			MP_processor_info((struct mpc_config_processor *)entry);
		else if (*entry > MP_LINTSRC)
			break;		/* an entry type we cannot size */
		entry += size;
		count += size;
	}
	return 1;
}

/*
 * get_smp_config - read the table find_smp_config found: how many CPUs,
 * where their APICs are, and whether the 8259A is behind the IMCR.
 * Without a usable table smp_found_config goes back to 0: one CPU.
 */
void __init get_smp_config(void)
{
	struct intel_mp_floating *mpf = mpf_found;

	if (!mpf)
		return;
	pic_mode = (mpf->mpf_feature2 & MPF_IMCRP) != 0;
	if (mpf->mpf_feature1 || !mpf->mpf_physptr ||
	    !smp_read_mpc(phys_to_virt(mpf->mpf_physptr))) {
		printk(KERN_WARNING "mpparse: no MP configuration table "
		       "lk24 can use; running on one CPU\n");
		smp_found_config = 0;
		return;
	}
	printk(KERN_INFO "mpparse: %d CPUs, local APICs at %08lx, %s mode\n",
	       num_processors, mp_lapic_addr,
	       pic_mode ? "PIC" : "virtual wire");
}
