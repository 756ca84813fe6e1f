/* Sorting records that carry a 64-bit prefix of their key.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_CORE_SORT_H
#define EG_CORE_SORT_H

#include <stddef.h>
#include <stdint.h>

/* Sorts n records of size bytes at base into the order of cmp, which must
 * order first by the uint64_t at byte offset pre_off of each record (the
 * key's first bytes, as a number) and only then by anything else. The
 * records are ordered by their prefixes with a radix sort, and only runs
 * of equal prefixes go through cmp: the same order as qsort(), several
 * times faster when most prefixes differ. (Out of memory, qsort() does
 * it all.) */
void eg_sort_prefixed(void *base, size_t n, size_t size, size_t pre_off,
                      int (*cmp)(const void *, const void *));

#endif
