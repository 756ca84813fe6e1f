/* Arena: a bump allocator for many small objects freed together.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_CORE_ARENA_H
#define EG_CORE_ARENA_H

#include <stddef.h>

typedef struct eg_arena_block eg_arena_block;

typedef struct eg_arena {
    eg_arena_block *head;
    size_t block_size;
    size_t used;        /* bytes handed out, for statistics */
} eg_arena;

void eg_arena_init(eg_arena *a, size_t block_size);
/* Releases every block. */
void eg_arena_finish(eg_arena *a);
/* Forgets all allocations but keeps the first block for reuse. */
void eg_arena_reset(eg_arena *a);
/* new (arena-owned): n bytes aligned for any type; NULL when out of memory. */
void *eg_arena_alloc(eg_arena *a, size_t n);
/* new (arena-owned): a NUL-terminated copy of s[0..len). */
char *eg_arena_strndup(eg_arena *a, const char *s, size_t len);
char *eg_arena_strdup(eg_arena *a, const char *s);

#endif
