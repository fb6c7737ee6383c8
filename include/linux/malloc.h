/*
 * include/linux/malloc.h - the name the slides include ("Prototypes in
 * #include <linux/malloc.h>"); Linux 2.4 renamed it slab.h.
 */
#include <linux/slab.h>
