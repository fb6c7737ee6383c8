/*
 * arch/i386/boot/memory.c - ask the BIOS how much memory there is.
 * BIOS int 0x15 function 0xe820 returns the memory map one range at a time
 * (slide "e820 dump in dmesg": setup_arch prints it later). Function 0xe801
 * is the fallback for BIOSes without e820; the older 0x88 is left out.
 */
#include "boot.h"

#define SMAP	0x534d4150	/* "SMAP": e820's signature */

/*
 * detect_memory_e820 - fill boot_params.e820_map from int 0x15 eax=0xe820.
 * Each call returns one entry and a continuation value in ebx (0 after the
 * last). Returns the number of entries stored.
 */
static int detect_memory_e820(void)
{
	static struct e820entry buf;	/* es:di must point into our segment */
	struct e820entry *desc = boot_params.e820_map;
	u32 next = 0, eax, ecx, edx;
	int count = 0;
	u8 err;

	do {
		eax = 0xe820;
		ecx = sizeof(buf);
		edx = SMAP;
		asm volatile("int $0x15; setc %0"
			     : "=m" (err), "+a" (eax), "+b" (next),
			       "+c" (ecx), "+d" (edx), "=m" (buf)
			     : "D" (&buf));
		/* A BIOS without e820 fails the first call or answers
		 * without the signature; then the map stays empty. */
		if (err || eax != SMAP)
			break;
		*desc++ = buf;
		count++;
	} while (next && count < E820MAX);

	boot_params.e820_entries = count;
	return count;
}

/*
 * detect_memory_e801 - KB of memory above 1 MB from int 0x15 ax=0xe801,
 * into boot_params.alt_mem_k. setup_arch builds a map from it when there
 * is no e820 map.
 */
static void detect_memory_e801(void)
{
	u32 ax = 0xe801, bx = 0, cx = 0, dx = 0;
	u8 err;

	asm volatile("int $0x15; setc %0"
		     : "=m" (err), "+a" (ax), "+b" (bx), "+c" (cx), "+d" (dx));
	if (err)
		return;
	/* Some BIOSes answer in ax/bx, others in cx/dx. */
	if (cx || dx) {
		ax = cx;
		bx = dx;
	}
	if (ax > 15 * 1024)
		return;		/* nonsense: 1-16 MB cannot exceed 15 MB */
	/* ax: KB between 1 and 16 MB; bx: 64 KB blocks above 16 MB */
	boot_params.alt_mem_k = (ax == 15 * 1024) ? (bx << 6) + ax : ax;
}

/* detect_memory - returns 0 if an e820 map was found, -1 if not. */
int detect_memory(void)
{
	detect_memory_e801();
	return detect_memory_e820() > 0 ? 0 : -1;
}
