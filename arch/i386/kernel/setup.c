/*
 * arch/i386/kernel/setup.c - setup_arch: what the machine looks like.
 * Slide "Some facts about memory" and "Zones Initialization": take the
 * e820 map setup left in boot_params, apply mem=, print it as the slide
 * shows, find max_pfn / max_low_pfn, check the initrd. Linux 2.4 also
 * parses ACPI/MP tables and reserves I/O resources; lk24 does not.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/mm.h>
#include <asm/setup.h>
#include <asm/processor.h>
#include <asm/page.h>
#include <asm/e820.h>
#include <asm/cpufeature.h>
#include <asm/mpspec.h>
#include <asm/apic.h>
#include <asm/smp.h>

extern char _end[];

struct boot_params boot_params;		/* filled in by head.S */
struct e820map e820;
unsigned long max_pfn, max_low_pfn, highstart_pfn, highend_pfn;
unsigned long initrd_start, initrd_end;	/* virtual; 0 if none */
char saved_command_line[COMMAND_LINE_SIZE];
static char command_line[COMMAND_LINE_SIZE];
static unsigned long long user_mem_limit;	/* from mem=, 0 if none */

/* add_memory_region - append one range to the e820 map. */
static void __init add_memory_region(unsigned long long start,
				     unsigned long long size, int type)
{
	if (e820.nr_map >= E820MAX) {
		printk(KERN_ERR "add_memory_region: too many entries\n");
		return;
	}
	e820.map[e820.nr_map].addr = start;
	e820.map[e820.nr_map].size = size;
	e820.map[e820.nr_map].type = type;
	e820.nr_map++;
}

/* type_at - the most restrictive type of the entries covering
 * [@lo, @hi): reserved beats ACPI beats RAM, as in Linux. 0 if none. */
static int __init type_at(struct e820entry *map, int nr,
			  unsigned long long lo, unsigned long long hi)
{
	int i, type = 0;

	for (i = 0; i < nr; i++)
		if (map[i].addr <= lo && map[i].addr + map[i].size >= hi &&
		    map[i].type > type)
			type = map[i].type;
	return type;
}

/* sort_points - insertion sort: at most 2 * E820MAX values. */
static void __init sort_points(unsigned long long *point, int n)
{
	unsigned long long tmp;
	int i, j;

	for (i = 1; i < n; i++)
		for (j = i; j > 0 && point[j - 1] > point[j]; j--) {
			tmp = point[j];
			point[j] = point[j - 1];
			point[j - 1] = tmp;
		}
}

/*
 * sanitize_e820_map - make a BIOS map sorted and free of overlaps, in
 * place: cut the address space at every entry's start and end, give each
 * piece the most restrictive type that covers it, and join neighbours of
 * one type. *@pnr_map is updated. Returns 0, or -1 if the map is too
 * short to trust (the caller then falls back to e801).
 */
int __init sanitize_e820_map(struct e820entry *biosmap, char *pnr_map)
{
	static unsigned long long point[2 * E820MAX] __initdata;
	static struct e820entry out[E820MAX] __initdata;
	int nr = (unsigned char)*pnr_map, npoints = 0, nout = 0, i, type;

	if (nr < 2 || nr > E820MAX)
		return -1;
	for (i = 0; i < nr; i++) {
		if (biosmap[i].addr + biosmap[i].size < biosmap[i].addr)
			biosmap[i].size = -biosmap[i].addr;	/* wraps: clip */
		point[npoints++] = biosmap[i].addr;
		point[npoints++] = biosmap[i].addr + biosmap[i].size;
	}
	sort_points(point, npoints);
	for (i = 0; i + 1 < npoints; i++) {
		if (point[i] == point[i + 1])
			continue;
		type = type_at(biosmap, nr, point[i], point[i + 1]);
		if (!type)
			continue;			/* a hole */
		if (nout && out[nout - 1].type == type &&
		    out[nout - 1].addr + out[nout - 1].size == point[i]) {
			out[nout - 1].size += point[i + 1] - point[i];
			continue;
		}
		if (nout == E820MAX)
			break;
		out[nout].addr = point[i];
		out[nout].size = point[i + 1] - point[i];
		out[nout++].type = type;
	}
	if (nout != nr || memcmp(out, biosmap, nr * sizeof(*out)))
		printk(KERN_WARNING "sanitize_e820_map: BIOS map had overlaps "
		       "or was unsorted: %d entries in, %d out\n", nr, nout);
	memcpy(biosmap, out, nout * sizeof(*out));
	*pnr_map = nout;
	return 0;
}

/*
 * copy_e820_map - take the BIOS map into e820, dropping entries whose
 * end wraps around. A map of fewer than two entries is not trusted (one
 * range cannot describe the hole below 1 MB). Returns 0, or -1 if the map
 * was not used.
 */
int __init copy_e820_map(struct e820entry *biosmap, int nr_map)
{
	int i;

	if (nr_map < 2 || nr_map > E820MAX)
		return -1;
	e820.nr_map = 0;
	for (i = 0; i < nr_map; i++) {
		unsigned long long start = biosmap[i].addr;
		unsigned long long size = biosmap[i].size;

		if (start + size < start) {
			printk(KERN_WARNING "copy_e820_map: entry %d wraps "
			       "past 2^64, dropped\n", i);
			continue;
		}
		add_memory_region(start, size, biosmap[i].type);
	}
	return 0;
}

static const char *e820_type_name(int type)
{
	switch (type) {
	case E820_RAM:		return "usable";
	case E820_RESERVED:	return "reserved";
	case E820_ACPI:		return "ACPI data";
	case E820_NVS:		return "ACPI NVS";
	default:		return "unknown";
	}
}

/* print_memory_map - the map in the format of the slide's dmesg dump. */
void __init print_memory_map(const char *who)
{
	int i;

	for (i = 0; i < e820.nr_map; i++) {
		struct e820entry *e = &e820.map[i];

		printk(KERN_INFO "%s: [mem 0x%016llx-0x%016llx] %s\n", who,
		       e->addr, e->addr + e->size - 1,
		       e820_type_name(e->type));
	}
}

/*
 * setup_memory_region - build e820 from what setup found: the BIOS e820
 * map, else e801's "KB above 1 MB" as two ranges. Panics if the BIOS
 * told us nothing at all. Returns the label for print_memory_map.
 */
static const char * __init setup_memory_region(void)
{
	unsigned long mem_k = boot_params.alt_mem_k;

	if (!sanitize_e820_map(boot_params.e820_map,
			       (char *)&boot_params.e820_entries) &&
	    !copy_e820_map(boot_params.e820_map, boot_params.e820_entries))
		return "BIOS-e820";
	printk(KERN_WARNING "setup_memory_region: no usable e820 map "
	       "(%d entries), using e801\n", boot_params.e820_entries);
	if (!mem_k)
		panic("setup_memory_region: the BIOS reported no memory "
		      "map (no e820, no e801)");
	e820.nr_map = 0;
	add_memory_region(0, 640 << 10, E820_RAM);
	add_memory_region(1 << 20, (unsigned long long)mem_k << 10, E820_RAM);
	return "BIOS-e801";
}

/*
 * limit_regions - mem=: forget RAM at or above @limit. Returns 0, or -1
 * (and changes nothing) if @limit is beyond the RAM the BIOS reported.
 */
static int __init limit_regions(unsigned long long limit)
{
	unsigned long long top = 0;
	int i, j;

	for (i = 0; i < e820.nr_map; i++)
		if (e820.map[i].type == E820_RAM)
			top = max(top, e820.map[i].addr + e820.map[i].size);
	if (limit >= top)
		return -1;
	for (i = j = 0; i < e820.nr_map; i++) {
		struct e820entry *e = &e820.map[i];

		if (e->type == E820_RAM && e->addr >= limit)
			continue;	/* entirely above: drop it */
		if (e->type == E820_RAM && e->addr + e->size > limit)
			e->size = limit - e->addr;
		e820.map[j++] = *e;
	}
	e820.nr_map = j;
	return 0;
}

/*
 * parse_cmdline_early - copy the loader's command line and act on mem=
 * now, before anything sizes itself from the memory map. The rest of the
 * options are for parse_options in init/main.c.
 */
static void __init parse_cmdline_early(char **cmdline_p)
{
	unsigned long ptr = boot_params.hdr.cmd_line_ptr;
	char *from, *end;

	/* Only the first 8 MB are mapped this early (head.S). */
	if (ptr && ptr + COMMAND_LINE_SIZE <= (8UL << 20))
		strlcpy(saved_command_line, __va(ptr), COMMAND_LINE_SIZE);
	else if (ptr)
		printk(KERN_WARNING "parse_cmdline_early: command line at "
		       "0x%08lx is not mapped yet, ignored\n", ptr);
	strlcpy(command_line, saved_command_line, COMMAND_LINE_SIZE);
	*cmdline_p = command_line;

	for (from = saved_command_line; (from = strstr(from, "mem=")); ) {
		if (from != saved_command_line && from[-1] != ' ') {
			from += 4;	/* part of another option's value */
			continue;
		}
		user_mem_limit = memparse(from + 4, &end);
		from = end;
	}
}

/* mem= was used by parse_cmdline_early; keep it from reaching init. */
static int __init mem_setup(char *str)
{
	return 1;
}
__setup("mem=", mem_setup);

/*
 * find_max_pfn - the highest RAM page frame, the end of lowmem (896 MB at
 * most) and the highmem range above it. Panics if there is less RAM than
 * lk24 needs.
 */
static void __init find_max_pfn(void)
{
	unsigned long long ram = 0;
	int i;

	max_pfn = 0;
	for (i = 0; i < e820.nr_map; i++) {
		struct e820entry *e = &e820.map[i];

		if (e->type != E820_RAM)
			continue;
		ram += e->size;
		if (PFN_DOWN(e->addr + e->size) > max_pfn)
			max_pfn = PFN_DOWN(e->addr + e->size);
	}
	if (ram < (MIN_MEMORY_KB << 10))
		panic("find_max_pfn: %lluk of RAM; lk24 needs at least %dk",
		      ram >> 10, MIN_MEMORY_KB);

	max_low_pfn = min(max_pfn, (unsigned long)MAXMEM_PFN);
	highstart_pfn = highend_pfn = max_low_pfn;
	if (max_pfn > max_low_pfn) {
		highend_pfn = max_pfn;
		printk(KERN_NOTICE "%luMB HIGHMEM available.\n",
		       (highend_pfn - highstart_pfn) >> (20 - PAGE_SHIFT));
	}
	printk(KERN_NOTICE "%luMB LOWMEM available.\n",
	       max_low_pfn >> (20 - PAGE_SHIFT));
	high_memory = __va(max_low_pfn << PAGE_SHIFT);
}

/*
 * check_initrd - keep the initrd the loader placed only if it lies wholly
 * in lowmem, where the kernel can address it; say so either way.
 */
static void __init check_initrd(void)
{
	unsigned long start = boot_params.hdr.ramdisk_image;
	unsigned long size = boot_params.hdr.ramdisk_size;
	unsigned long limit = max_low_pfn << PAGE_SHIFT;

	if (!start || !size)
		return;
	if (start + size > limit || start + size < start) {
		printk(KERN_ERR "check_initrd: initrd at 0x%08lx-0x%08lx "
		       "extends beyond the end of low memory (0x%08lx); "
		       "initrd disabled\n", start, start + size - 1, limit);
		return;
	}
	initrd_start = (unsigned long)__va(start);
	initrd_end = initrd_start + size;
	printk(KERN_INFO "initrd: 0x%08lx-0x%08lx (%lu bytes)\n",
	       start, start + size - 1, size);
}

/*
 * register_bootmem_low_pages - free in bootmem every whole page that e820
 * calls RAM, below max_low_pfn. Everything else stays reserved.
 */
static void __init register_bootmem_low_pages(void)
{
	unsigned long start, end;
	int i;

	for (i = 0; i < e820.nr_map; i++) {
		if (e820.map[i].type != E820_RAM)
			continue;
		start = PFN_UP(e820.map[i].addr);
		end = PFN_DOWN(e820.map[i].addr + e820.map[i].size);
		if (start >= max_low_pfn)
			continue;
		if (end > max_low_pfn)
			end = max_low_pfn;
		if (end > start)
			free_bootmem(PFN_PHYS(start), PFN_PHYS(end - start));
	}
}

/*
 * setup_memory - bootmem's bitmap goes right after the kernel image; the
 * RAM pages are freed in it, then the kernel and the bitmap itself, page
 * 0 (the BIOS data area) and the initrd are reserved again.
 */
static void __init setup_memory(void)
{
	unsigned long start_pfn = PFN_UP(__pa(_end));
	unsigned long bootmap_size;

	bootmap_size = init_bootmem(start_pfn, max_low_pfn);
	register_bootmem_low_pages();
	reserve_bootmem(0x100000, PFN_PHYS(start_pfn) + bootmap_size -
			0x100000);
	reserve_bootmem(0, PAGE_SIZE);
	if (initrd_start)
		reserve_bootmem(__pa(initrd_start), initrd_end - initrd_start);
	printk(KERN_INFO "bootmem: bitmap for %lu pages at 0x%08lx (%lu "
	       "bytes), kernel ends at 0x%08lx\n", max_low_pfn,
	       start_pfn << PAGE_SHIFT, bootmap_size, __pa(_end));
}

unsigned int boot_cpu_features;	/* cpuid 1 %edx: AT_HWCAP, SEP */

/* cpu_ident - the vendor string of cpuid 0 into @vendor (13 bytes);
 * *@eax and *@edx get leaf 1's signature and feature bits */
static void cpu_ident(char *vendor, unsigned int *eax, unsigned int *edx)
{
	unsigned int max, ebx, ecx;

	cpuid(0, &max, &ebx, &ecx, edx);
	memcpy(vendor, &ebx, 4);
	memcpy(vendor + 4, edx, 4);
	memcpy(vendor + 8, &ecx, 4);
	vendor[12] = '\0';
	cpuid(1, eax, &ebx, &ecx, edx);
}

/* identify_cpu - what cpuid says about CPU 0 (slide "CPUID
 * Identification"). */
static void __init identify_cpu(void)
{
	unsigned int eax, edx;
	char vendor[13];

	cpu_ident(vendor, &eax, &edx);
	boot_cpu_features = edx;
	printk(KERN_INFO "CPU: %s family %u model %u stepping %u, features "
	       "%08x%s\n", vendor, (eax >> 8) & 15, (eax >> 4) & 15, eax & 15,
	       edx, (edx & (1 << 11)) ? " (sysenter)" : "");
}

/* The names /proc/cpuinfo gives cpuid 1's %edx bits, as Linux */
static const char *x86_cap_flags[32] = {
	"fpu", "vme", "de", "pse", "tsc", "msr", "pae", "mce",
	"cx8", "apic", NULL, "sep", "mtrr", "pge", "mca", "cmov",
	"pat", "pse36", "pn", "clflush", NULL, "dts", "acpi", "mmx",
	"fxsr", "sse", "sse2", "ss", "ht", "tm", "ia64", "pbe",
};

/* cpu_model_name - cpuid's brand string (leaves 0x80000002-4) into
 * @name (49 bytes), or "" if the CPU has none */
static void cpu_model_name(char *name)
{
	unsigned int max, *v = (unsigned int *)name, i, dummy;

	name[0] = name[48] = '\0';
	cpuid(0x80000000, &max, &dummy, &dummy, &dummy);
	if (max < 0x80000004)
		return;
	for (i = 0; i < 3; i++)
		cpuid(0x80000002 + i, &v[4 * i], &v[4 * i + 1],
		      &v[4 * i + 2], &v[4 * i + 3]);
}

/* show_cpuinfo - /proc/cpuinfo's paragraph for CPU @cpu into @buffer,
 * the lines a program parses in Linux's layout; returns the length.
 * The CPUs of one machine are alike: cpuid here answers for all. */
static int show_cpuinfo(char *buffer, int cpu)
{
	unsigned int eax, edx, i;
	char vendor[13], model[49];
	int len;

	cpu_ident(vendor, &eax, &edx);
	cpu_model_name(model);
	len = sprintf(buffer, "processor\t: %d\nvendor_id\t: %s\n"
		      "cpu family\t: %u\nmodel\t\t: %u\nmodel name\t: %s\n"
		      "stepping\t: %u\nfpu\t\t: %s\nflags\t\t:", cpu, vendor,
		      (eax >> 8) & 15, (eax >> 4) & 15, model, eax & 15,
		      (edx & (1 << X86_FEATURE_FPU)) ? "yes" : "no");
	for (i = 0; i < 32; i++)
		if ((edx & (1 << i)) && x86_cap_flags[i])
			len += sprintf(buffer + len, " %s", x86_cap_flags[i]);
	return len + sprintf(buffer + len, "\n\n");
}

/* get_cpuinfo - /proc/cpuinfo: a paragraph per running CPU */
int get_cpuinfo(char *buffer)
{
	int cpu, len = 0;

	for (cpu = 0; cpu < smp_num_cpus; cpu++)
		len += show_cpuinfo(buffer + len, cpu);
	return len;
}

/*
 * setup_arch - the i386 part of start_kernel: memory map, command line,
 * memory size, initrd, bootmem, the kernel page tables and the zones
 * (paging_init). Returns the command line for parse_options.
 */
void __init setup_arch(char **cmdline_p)
{
	const char *who;

	parse_cmdline_early(cmdline_p);
	identify_cpu();
	who = setup_memory_region();
	printk(KERN_INFO "e820: BIOS-provided physical RAM map:\n");
	print_memory_map(who);
	if (user_mem_limit) {
		if (limit_regions(user_mem_limit))
			printk(KERN_WARNING "setup_arch: mem=%lluM is more "
			       "than the RAM the BIOS reported; ignored\n",
			       user_mem_limit >> 20);
		else {
			printk(KERN_INFO "user-defined physical RAM map:\n");
			print_memory_map("user");
		}
	}
	find_max_pfn();
	check_initrd();
	setup_memory();
	smp_alloc_memory();
	paging_init();
	find_smp_config();
	get_smp_config();
	if (smp_found_config)
		init_apic_mappings();
}
