/* String interning: each distinct string gets a dense id (0, 1, 2, ...)
 * and one arena-owned copy, so later stages compare ids, not bytes.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_CORE_INTERN_H
#define EG_CORE_INTERN_H

#include "arena.h"
#include "hashmap.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct eg_intern {
    eg_arena arena;
    eg_strmap map;
    struct eg_intern_entry {
        const char *str;  /* NUL-terminated, owned by the arena */
        size_t len;
    } *entries;           /* by id */
    size_t count, cap;
} eg_intern;

void eg_intern_init(eg_intern *in);
void eg_intern_finish(eg_intern *in);
/* Returns the id of s[0..len), adding it when new; false on out of memory.
 * *added (may be NULL) tells whether the string was new. */
bool eg_intern_add(eg_intern *in, const char *s, size_t len, uint32_t *id,
                   bool *added);
/* Looks s up without adding; false when absent. */
bool eg_intern_find(const eg_intern *in, const char *s, size_t len,
                    uint32_t *id);
/* Borrowed: the string of an id. */
static inline const char *eg_intern_str(const eg_intern *in, uint32_t id)
{
    return in->entries[id].str;
}

/* Length in bytes of an id's string. */
static inline size_t eg_intern_len(const eg_intern *in, uint32_t id)
{
    return in->entries[id].len;
}

#endif
