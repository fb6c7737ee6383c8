/*
 * include/asm-i386/div64.h - do_div: divide a 64-bit value by a 32-bit
 * one in place and return the remainder, with two divl instructions
 * (the kernel does not link libgcc's 64-bit division).
 */
#ifndef __I386_DIV64
#define __I386_DIV64

#define do_div(n, base) ({						\
	unsigned long __upper, __low, __high, __mod, __base = (base);	\
	asm("" : "=a" (__low), "=d" (__high) : "A" (n));		\
	__upper = __high;						\
	if (__high) {							\
		__upper = __high % __base;				\
		__high = __high / __base;				\
	}								\
	asm("divl %2"							\
	    : "=a" (__low), "=d" (__mod)				\
	    : "rm" (__base), "0" (__low), "1" (__upper));		\
	asm("" : "=A" (n) : "a" (__low), "d" (__high));		\
	__mod;								\
})

#endif
