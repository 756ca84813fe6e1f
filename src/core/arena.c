/* Arena allocator: blocks chained newest first; large requests get a block
 * of their own so the common small case stays a pointer bump.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct eg_arena_block {
    eg_arena_block *next;
    size_t size, pos;
    alignas(max_align_t) unsigned char data[];
};

void eg_arena_init(eg_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->used = 0;
}

void eg_arena_finish(eg_arena *a)
{
    eg_arena_block *b = a->head;
    while (b) {
        eg_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
}

void eg_arena_reset(eg_arena *a)
{
    /* keep one standard-size block for reuse, free the rest */
    eg_arena_block *keep = NULL, *b = a->head;
    while (b) {
        eg_arena_block *next = b->next;
        if (!keep && b->size == a->block_size)
            keep = b;
        else
            free(b);
        b = next;
    }
    a->head = keep;
    if (keep) {
        keep->next = NULL;
        keep->pos = 0;
    }
    a->used = 0;
}

void *eg_arena_alloc(eg_arena *a, size_t n)
{
    const size_t align = alignof(max_align_t);
    n = (n + align - 1) & ~(align - 1);
    if (n == 0)
        n = align;
    eg_arena_block *b = a->head;
    if (b && b->size - b->pos >= n) {
        void *p = b->data + b->pos;
        b->pos += n;
        a->used += n;
        return p;
    }
    size_t size = n > a->block_size / 4 ? n : a->block_size;
    if (size > SIZE_MAX - sizeof *b)
        return NULL;
    eg_arena_block *nb = malloc(sizeof *nb + size);
    if (!nb)
        return NULL;
    nb->size = size;
    nb->pos = n;
    if (size == n && b) {
        /* an oversized block goes behind the current one so the current
         * block's free space stays usable */
        nb->next = b->next;
        b->next = nb;
    } else {
        nb->next = b;
        a->head = nb;
    }
    a->used += n;
    return nb->data;
}

char *eg_arena_strndup(eg_arena *a, const char *s, size_t len)
{
    char *p = eg_arena_alloc(a, len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

char *eg_arena_strdup(eg_arena *a, const char *s)
{
    return eg_arena_strndup(a, s, strlen(s));
}
