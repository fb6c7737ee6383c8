/*
 * arch/i386/mm/init.c - the kernel page tables and the end of bootmem.
 * Slides "Kernel Page Table Initialization", "pagetable_init() (2.4.22)",
 * "Loading the new page table", "Zones Initialization", "Finalizing
 * Memory Initialization" and "Quicklist". PSE (4 MB pages) and PAE are
 * left out: lowmem is mapped with 4 KB pages, as on the slide.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/highmem.h>
#include <asm/setup.h>
#include <asm/e820.h>

extern char _text[], _etext[], _edata[], __init_begin[], __init_end[];

pte_t *kmap_pte;
pgprot_t kmap_prot;
pte_t *pkmap_page_table;
struct page *highmem_start_page;
struct pgtable_cache_struct quicklists[NR_CPUS];

/*
 * one_page_table_init - the PTE table under @pmd, made from a zeroed
 * bootmem page with PMD flags @prot if there is none yet. Returns it.
 */
static pte_t * __init one_page_table_init(pmd_t *pmd, unsigned long prot)
{
	if (pmd_none(*pmd)) {
		pte_t *page_table = alloc_bootmem_low_pages(PAGE_SIZE);

		set_pmd(pmd, __pmd(prot + __pa(page_table)));
	}
	return (pte_t *)pmd_page(*pmd);
}

/*
 * fixrange_init - page tables (but no mappings) for @start to @last,
 * inclusive: the fixmaps end at the top of the address space, where an
 * exclusive end would wrap around to 0. @prot: the tables' PMD flags.
 */
static void __init fixrange_init(unsigned long start, unsigned long last,
				 unsigned long prot)
{
	unsigned long i;

	for (i = pgd_index(start); i <= pgd_index(last); i++)
		one_page_table_init(pmd_offset(swapper_pg_dir + i,
					       i * PGDIR_SIZE), prot);
}

/* kernel_pte - the PTE for @vaddr in swapper_pg_dir; its table must
 * exist (made by pagetable_init). */
static pte_t *kernel_pte(unsigned long vaddr)
{
	pmd_t *pmd = pmd_offset(swapper_pg_dir + pgd_index(vaddr), vaddr);

	BUG_ON(pmd_none(*pmd));
	return pte_offset(pmd, vaddr);
}

/*
 * pagetable_init - map all of lowmem at PAGE_OFFSET with 4 KB pages.
 * Each PTE table comes from alloc_bootmem_low_pages (inside the 8 MB the
 * boot tables map) and is filled before its PGD entry is written: the
 * entry used to point at head.S's pg0/pg1, and a half-built table would
 * unmap memory the kernel is running from on the next TLB miss.
 */
static void __init pagetable_init(void)
{
	unsigned long vaddr, end = (unsigned long)__va(max_low_pfn * PAGE_SIZE);
	pgd_t *pgd = swapper_pg_dir + pgd_index(PAGE_OFFSET);
	pte_t *pte_base, *pte;
	int i, k;

	for (i = pgd_index(PAGE_OFFSET); i < PTRS_PER_PGD; pgd++, i++) {
		vaddr = i * PGDIR_SIZE;
		if (vaddr >= end)
			break;
		pte_base = pte = alloc_bootmem_low_pages(PAGE_SIZE);
		for (k = 0; k < PTRS_PER_PTE; pte++, k++) {
			vaddr = i * PGDIR_SIZE + k * PAGE_SIZE;
			if (vaddr >= end)
				break;
			*pte = mk_pte_phys(__pa(vaddr), PAGE_KERNEL);
		}
		set_pmd((pmd_t *)pgd, __pmd(_KERNPG_TABLE + __pa(pte_base)));
	}

	/*
	 * Tables for the fixmaps and for kmap's window; no pages yet. The
	 * vsyscall page is a fixmap user mode must reach, so that table
	 * lets each PTE's own _PAGE_USER decide (Linux 2.6 does the same).
	 */
	fixrange_init(FIXADDR_START, FIXADDR_TOP + PAGE_SIZE - 1, _PAGE_TABLE);
	fixrange_init(PKMAP_BASE, PKMAP_BASE + LAST_PKMAP * PAGE_SIZE - 1,
		      _KERNPG_TABLE);
	pkmap_page_table = kernel_pte(PKMAP_BASE);
}

/* kmap_init - find the PTE of the first kmap_atomic slot. */
static void __init kmap_init(void)
{
	kmap_pte = kernel_pte(__fix_to_virt(FIX_KMAP_BEGIN));
	kmap_prot = PAGE_KERNEL;
}

/* __set_fixmap - point fixmap slot @idx at physical page @phys. */
void __set_fixmap(enum fixed_addresses idx, unsigned long phys,
		  pgprot_t flags)
{
	unsigned long vaddr = __fix_to_virt(idx);

	if (idx >= __end_of_fixed_addresses)
		BUG();
	set_pte(kernel_pte(vaddr), mk_pte_phys(phys, flags));
	__flush_tlb_one(vaddr);
}

/* e820_ram_pages - how many pages in [@start, @end) the BIOS calls RAM. */
static unsigned long __init e820_ram_pages(unsigned long start,
					   unsigned long end)
{
	unsigned long n = 0, s, e;
	int i;

	for (i = 0; i < e820.nr_map; i++) {
		if (e820.map[i].type != E820_RAM)
			continue;
		s = max(PFN_UP(e820.map[i].addr), start);
		e = min((unsigned long)PFN_DOWN(e820.map[i].addr +
					       e820.map[i].size), end);
		if (e > s)
			n += e - s;
	}
	return n;
}

/*
 * zone_sizes_init - DMA below 16 MB, NORMAL up to max_low_pfn, HIGHMEM
 * above; the holes (what e820 does not call RAM) are subtracted.
 */
static void __init zone_sizes_init(void)
{
	unsigned long zones_size[MAX_NR_ZONES] = { 0, 0, 0 };
	unsigned long zholes_size[MAX_NR_ZONES] = { 0, 0, 0 };
	unsigned long max_dma = __pa(MAX_DMA_ADDRESS) >> PAGE_SHIFT;
	unsigned long bound[MAX_NR_ZONES + 1];
	int i;

	bound[0] = 0;
	bound[1] = min(max_dma, max_low_pfn);
	bound[2] = max_low_pfn;
	bound[3] = highend_pfn;
	for (i = 0; i < MAX_NR_ZONES; i++) {
		zones_size[i] = bound[i + 1] - bound[i];
		zholes_size[i] = zones_size[i] -
				 e820_ram_pages(bound[i], bound[i + 1]);
	}
	free_area_init_node(0, &contig_page_data, NULL, zones_size, 0,
			    zholes_size);
}

/*
 * paging_init - build the final kernel page table, switch to it (the two
 * lines of the slide "Loading the new page table"), then the zones.
 */
void __init paging_init(void)
{
	pagetable_init();
	load_cr3(swapper_pg_dir);
	__flush_tlb_all();
	kmap_init();
	zone_sizes_init();
	highmem_start_page = mem_map + highstart_pfn;
}

/* page_is_ram - does e820 say physical page @pfn is RAM? */
static int __init page_is_ram(unsigned long pfn)
{
	return e820_ram_pages(pfn, pfn + 1) == 1;
}

/* one_highpage_init - a highmem page goes to the buddy allocator. */
static void __init one_highpage_init(struct page *page, unsigned long pfn)
{
	if (!page_is_ram(pfn))
		return;		/* a hole: it stays reserved */
	ClearPageReserved(page);
	set_bit(PG_highmem, &page->flags);
	set_page_count(page, 1);
	__free_page(page);
	totalhigh_pages++;
}

/* zap_low_mappings - drop head.S's identity map of the first 8 MB: from
 * now on, user space below PAGE_OFFSET is empty in swapper_pg_dir. */
static void __init zap_low_mappings(void)
{
	int i;

	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		set_pgd(swapper_pg_dir + i, __pgd(0));
	flush_tlb_all();
}

/* layout_line - one region of print_memory_layout, its size in kB or
 * (@in_mb) in MB, as Linux 2.6 prints it */
static void __init layout_line(const char *name, unsigned long start,
			       unsigned long end, int in_mb)
{
	unsigned long kb = (end - start) >> 10;

	if (in_mb)
		printk(KERN_INFO "    %-8s: 0x%08lx - 0x%08lx   (%4lu MB)\n",
		       name, start, end, kb >> 10);
	else
		printk(KERN_INFO "    %-8s: 0x%08lx - 0x%08lx   (%4lu kB)\n",
		       name, start, end, kb);
}

/*
 * print_memory_layout - the kernel's half of the address space, top
 * down, as Linux 2.6's mem_init prints it (slides "Kernel Page Tables",
 * book 2.5.5-2.5.6): fixmap (with the vsyscall page), the pkmap window,
 * vmalloc, the direct map of low memory, and the kernel's sections.
 */
static void __init print_memory_layout(void)
{
	printk(KERN_INFO "virtual kernel memory layout:\n");
	layout_line("fixmap", FIXADDR_START, FIXADDR_TOP, 0);
	layout_line("pkmap", PKMAP_BASE, PKMAP_BASE + LAST_PKMAP * PAGE_SIZE,
		    0);
	layout_line("vmalloc", VMALLOC_START, VMALLOC_END, 1);
	layout_line("lowmem", PAGE_OFFSET, (unsigned long)high_memory, 1);
	layout_line("  .init", (unsigned long)__init_begin,
		    (unsigned long)__init_end, 0);
	layout_line("  .data", (unsigned long)_etext, (unsigned long)_edata,
		    0);
	layout_line("  .text", (unsigned long)_text, (unsigned long)_etext,
		    0);
}

/*
 * mem_init - the end of bootmem (slide "Finalizing Memory
 * Initialization"): every free low page, then every highmem page, goes to
 * the buddy allocator; then the Linux-style summary line.
 */
void __init mem_init(void)
{
	unsigned long codesize, datasize, initsize, reservedpages = 0, pfn;

	max_mapnr = num_physpages = highend_pfn;
	memset(empty_zero_page, 0, PAGE_SIZE);

	totalram_pages += free_all_bootmem();
	for (pfn = 0; pfn < max_low_pfn; pfn++)
		if (page_is_ram(pfn) && PageReserved(mem_map + pfn))
			reservedpages++;
	for (pfn = highstart_pfn; pfn < highend_pfn; pfn++)
		one_highpage_init(mem_map + pfn, pfn);
	totalram_pages += totalhigh_pages;

	codesize = (unsigned long)_etext - (unsigned long)_text;
	datasize = (unsigned long)_edata - (unsigned long)_etext;
	initsize = (unsigned long)__init_end - (unsigned long)__init_begin;
	printk(KERN_INFO "Memory: %uk/%luk available (%luk kernel code, "
	       "%luk reserved, %luk data, %luk init, %luk highmem)\n",
	       nr_free_pages() << (PAGE_SHIFT - 10),
	       num_physpages << (PAGE_SHIFT - 10), codesize >> 10,
	       reservedpages << (PAGE_SHIFT - 10), datasize >> 10,
	       initsize >> 10, totalhigh_pages << (PAGE_SHIFT - 10));
	print_memory_layout();
	zap_low_mappings();
}

/* free_initmem - the __init code and data are not needed after boot. */
void free_initmem(void)
{
	unsigned long addr = (unsigned long)__init_begin;

	for (; addr < (unsigned long)__init_end; addr += PAGE_SIZE) {
		struct page *page = virt_to_page(addr);

		ClearPageReserved(page);
		set_page_count(page, 1);
		memset((void *)addr, 0xcc, PAGE_SIZE);	/* int3 if run */
		free_page(addr);
		totalram_pages++;
	}
	printk(KERN_INFO "Freeing unused kernel memory: %luk freed\n",
	       ((unsigned long)__init_end - (unsigned long)__init_begin) >> 10);
}

/* show_mem - the memory summary ("meminfo") and the buddy lists. */
void show_mem(void)
{
	unsigned long pfn, reserved = 0, slab = 0, shared = 0;

	for (pfn = 0; pfn < max_mapnr; pfn++) {
		struct page *page = mem_map + pfn;

		if (PageReserved(page))
			reserved++;
		else if (PageSlab(page))
			slab++;
		else if (page_count(page) > 1)
			shared++;
	}
	printk(KERN_INFO "meminfo: MemTotal: %8luk  MemFree: %8uk  "
	       "HighTotal: %8luk  HighFree: %8uk\n",
	       totalram_pages << (PAGE_SHIFT - 10),
	       nr_free_pages() << (PAGE_SHIFT - 10),
	       totalhigh_pages << (PAGE_SHIFT - 10),
	       nr_free_highpages() << (PAGE_SHIFT - 10));
	printk(KERN_INFO "meminfo: %lu pages of RAM map, %lu reserved, "
	       "%lu slab, %lu shared, %lu in this CPU's page-table "
	       "quicklists\n", max_mapnr, reserved, slab, shared,
	       pgtable_cache_size);
	show_free_areas();
}

/*
 * get_pgd_slow - a new page directory: user entries empty, kernel entries
 * (from 3 GB up) copied from swapper_pg_dir so every process sees the
 * kernel. Returns NULL if out of memory.
 */
pgd_t *get_pgd_slow(void)
{
	pgd_t *pgd = (pgd_t *)__get_free_page(GFP_KERNEL);

	if (pgd) {
		memset(pgd, 0, USER_PTRS_PER_PGD * sizeof(pgd_t));
		memcpy(pgd + USER_PTRS_PER_PGD,
		       swapper_pg_dir + USER_PTRS_PER_PGD,
		       (PTRS_PER_PGD - USER_PTRS_PER_PGD) * sizeof(pgd_t));
	}
	return pgd;
}

/*
 * pgd_alloc - a page directory for @mm: from the quicklist if one is
 * cached (its kernel half is refreshed: vmalloc may have added tables),
 * else get_pgd_slow.
 */
pgd_t *pgd_alloc(struct mm_struct *mm)
{
	unsigned long *ret = pgd_quicklist;

	if (!ret)
		return get_pgd_slow();
	pgd_quicklist = (unsigned long *)*ret;
	ret[0] = 0;		/* the link word was user entry 0 */
	pgtable_cache_size--;
	memcpy((pgd_t *)ret + USER_PTRS_PER_PGD,
	       swapper_pg_dir + USER_PTRS_PER_PGD,
	       (PTRS_PER_PGD - USER_PTRS_PER_PGD) * sizeof(pgd_t));
	return (pgd_t *)ret;
}

/* pgd_free - onto the quicklist; its user half must already be empty. */
void pgd_free(pgd_t *pgd)
{
	*(unsigned long *)pgd = (unsigned long)pgd_quicklist;
	pgd_quicklist = (unsigned long *)pgd;
	pgtable_cache_size++;
}

/* pte_alloc_one - an empty page table, from the quicklist if possible. */
pte_t *pte_alloc_one(struct mm_struct *mm, unsigned long address)
{
	unsigned long *ret = pte_quicklist;

	if (!ret)
		return (pte_t *)get_zeroed_page(GFP_KERNEL);
	pte_quicklist = (unsigned long *)*ret;
	ret[0] = 0;
	pgtable_cache_size--;
	return (pte_t *)ret;
}

/* pte_free - an empty page table back onto the quicklist. */
void pte_free(pte_t *pte)
{
	*(unsigned long *)pte = (unsigned long)pte_quicklist;
	pte_quicklist = (unsigned long *)pte;
	pgtable_cache_size++;
}

/*
 * do_check_pgt_cache - if more than @high page tables are cached, give
 * pages back to the buddy allocator until @low remain. Returns the
 * number freed.
 */
int do_check_pgt_cache(int low, int high)
{
	int freed = 0;
	unsigned long *p;

	if (pgtable_cache_size <= high)
		return 0;
	while (pgtable_cache_size > low) {
		if (pgd_quicklist) {
			p = pgd_quicklist;
			pgd_quicklist = (unsigned long *)*p;
		} else if (pte_quicklist) {
			p = pte_quicklist;
			pte_quicklist = (unsigned long *)*p;
		} else {
			break;
		}
		*p = 0;
		free_page((unsigned long)p);
		pgtable_cache_size--;
		freed++;
	}
	return freed;
}
