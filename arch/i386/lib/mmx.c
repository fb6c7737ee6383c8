/*
 * arch/i386/lib/mmx.c - clearing a page with MMX: 8 bytes per store,
 * half the stores of rep stosl. 2.4 did this on Athlons only
 * (CONFIG_X86_USE_3DNOW, with non-temporal stores); lk24 does it on any
 * CPU with MMX. 2.4's MMX copies (_mmx_memcpy, mmx_copy_page) are left
 * out: they take as many instructions as rep movsl.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <asm/page.h>
#include <asm/cpufeature.h>
#include <asm/hardirq.h>
#include <asm/i387.h>

#define MMX_CHUNK	128	/* bytes per loop: 16 movq */

/*
 * mmx_clear_page - zero the page at kernel address @page. An interrupt
 * may have interrupted a kernel_fpu_begin section, so there, and
 * without MMX, it is memset.
 */
void mmx_clear_page(void *page)
{
	char *p = page, *end = p + PAGE_SIZE;

	if (!cpu_has_mmx || in_interrupt()) {
		memset(page, 0, PAGE_SIZE);
		return;
	}
	kernel_fpu_begin();
	asm volatile("pxor %mm0, %mm0");
	for (; p < end; p += MMX_CHUNK)
		asm volatile("movq %%mm0,   (%0); movq %%mm0,  8(%0)\n\t"
			     "movq %%mm0, 16(%0); movq %%mm0, 24(%0)\n\t"
			     "movq %%mm0, 32(%0); movq %%mm0, 40(%0)\n\t"
			     "movq %%mm0, 48(%0); movq %%mm0, 56(%0)\n\t"
			     "movq %%mm0, 64(%0); movq %%mm0, 72(%0)\n\t"
			     "movq %%mm0, 80(%0); movq %%mm0, 88(%0)\n\t"
			     "movq %%mm0, 96(%0); movq %%mm0,104(%0)\n\t"
			     "movq %%mm0,112(%0); movq %%mm0,120(%0)"
			     : : "r" (p) : "memory");
	kernel_fpu_end();
}
