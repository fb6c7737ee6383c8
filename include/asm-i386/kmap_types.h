/*
 * include/asm-i386/kmap_types.h - the kmap_atomic slots: each user of a
 * short atomic mapping has its own, so two can be held at once.
 */
#ifndef _ASM_KMAP_TYPES_H
#define _ASM_KMAP_TYPES_H

enum km_type {
	KM_USER0,
	KM_USER1,
	KM_TYPE_NR
};

#endif
