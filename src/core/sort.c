/* A radix sort on key prefixes, with comparisons only among equal ones.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "core/sort.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef struct pre_ref {
    uint64_t pre;
    size_t i; /* the record's index */
} pre_ref;

/* Below this, qsort() alone is as fast. */
#define SORT_RADIX_MIN 64

void eg_sort_prefixed(void *base, size_t n, size_t size, size_t pre_off,
                      int (*cmp)(const void *, const void *))
{
    if (n < 2)
        return;
    if (n < SORT_RADIX_MIN) {
        qsort(base, n, size, cmp);
        return;
    }
    char *b = base;
    pre_ref *a = malloc(n * sizeof *a), *t = malloc(n * sizeof *t);
    char *rec = malloc(n * size);
    if (!a || !t || !rec) {
        free(a);
        free(t);
        free(rec);
        qsort(base, n, size, cmp);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        memcpy(&a[i].pre, b + i * size + pre_off, sizeof a[i].pre);
        a[i].i = i;
    }
    /* least significant byte first, each pass stable; a byte that is the
     * same in every prefix (the zeros after short keys) costs no pass */
    for (unsigned shift = 0; shift < 64; shift += 8) {
        size_t count[257] = {0};
        for (size_t i = 0; i < n; i++)
            count[((a[i].pre >> shift) & 0xFF) + 1]++;
        bool one = false;
        for (int d = 1; d <= 256 && !one; d++)
            one = count[d] == n;
        if (one)
            continue;
        for (int d = 0; d < 256; d++)
            count[d + 1] += count[d];
        for (size_t i = 0; i < n; i++)
            t[count[(a[i].pre >> shift) & 0xFF]++] = a[i];
        pre_ref *s = a;
        a = t;
        t = s;
    }
    for (size_t k = 0; k < n; k++)
        memcpy(rec + k * size, b + a[k].i * size, size);
    memcpy(b, rec, n * size);
    /* records of one prefix keep their first order; cmp settles them */
    for (size_t k = 0; k < n;) {
        size_t e = k + 1;
        while (e < n && a[e].pre == a[k].pre)
            e++;
        if (e - k > 1)
            qsort(b + k * size, e - k, size, cmp);
        k = e;
    }
    free(a);
    free(t);
    free(rec);
}
