/* Membership in small constant word lists, by binary search.
 *
 * A list is a static array of strings in byte order (strcmp), without a
 * NULL terminator: EG_IN_WORDS(list, s, len) takes its length from the
 * array. Debug builds check the order on every call, so a word added out
 * of place fails the tests instead of going unseen.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_CORE_WORDLIST_H
#define EG_CORE_WORDLIST_H

#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* <0, 0, >0 as the list word w compares with s[0..len) in byte order. */
static inline int eg_word_cmp(const char *w, const char *s, size_t len)
{
    size_t i = 0;
    for (; i < len && w[i]; i++)
        if (w[i] != s[i])
            return (unsigned char)w[i] < (unsigned char)s[i] ? -1 : 1;
    return w[i] ? 1 : i < len ? -1 : 0;
}

/* Is s[0..len) one of the n words of list (sorted)? */
static inline bool eg_in_words(const char *const *list, size_t n,
                               const char *s, size_t len)
{
#ifndef NDEBUG
    for (size_t i = 1; i < n; i++)
        assert(strcmp(list[i - 1], list[i]) < 0);
#endif
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = eg_word_cmp(list[mid], s, len);
        if (c == 0)
            return true;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

#define EG_IN_WORDS(list, s, len)                                           \
    eg_in_words((list), sizeof(list) / sizeof(list)[0], (s), (len))

#endif
