/* String interning over the string hash map.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "intern.h"
#include "buf.h"

#include <stdlib.h>

void eg_intern_init(eg_intern *in)
{
    eg_arena_init(&in->arena, 64 * 1024);
    eg_strmap_init(&in->map);
    in->entries = NULL;
    in->count = in->cap = 0;
}

void eg_intern_finish(eg_intern *in)
{
    eg_arena_finish(&in->arena);
    eg_strmap_finish(&in->map);
    free(in->entries);
    in->entries = NULL;
    in->count = in->cap = 0;
}

bool eg_intern_find(const eg_intern *in, const char *s, size_t len,
                    uint32_t *id)
{
    return eg_strmap_get(&in->map, s, len, id);
}

bool eg_intern_add(eg_intern *in, const char *s, size_t len, uint32_t *id,
                   bool *added)
{
    uint32_t v;
    if (eg_strmap_get(&in->map, s, len, &v)) {
        *id = v;
        if (added)
            *added = false;
        return true;
    }
    if (in->count >= UINT32_MAX)
        return false;
    if (!EG_GROW(in->entries, in->cap, in->count + 1))
        return false;
    char *copy = eg_arena_strndup(&in->arena, s, len);
    if (!copy)
        return false;
    v = (uint32_t)in->count;
    if (!eg_strmap_put(&in->map, copy, len, &v, NULL))
        return false;
    in->entries[in->count].str = copy;
    in->entries[in->count].len = len;
    in->count++;
    *id = v;
    if (added)
        *added = true;
    return true;
}
