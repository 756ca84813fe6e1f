/* Open-addressing hash maps that grow: byte strings -> uint32 and
 * uint64 -> uint32. Both store only small values (indices into arrays the
 * caller owns), so they stay compact and cache friendly.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_CORE_HASHMAP_H
#define EG_CORE_HASHMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* 64-bit hash of a byte string (fast, not cryptographic). */
uint64_t eg_hash_bytes(const void *data, size_t len);
/* Mixes a 64-bit integer into a well-spread hash. */
uint64_t eg_hash_u64(uint64_t x);

typedef struct eg_strmap_slot {
    const char *key;   /* borrowed: the caller keeps the bytes alive */
    uint64_t hash;
    uint32_t len;
    uint32_t value;
} eg_strmap_slot;

typedef struct eg_strmap {
    eg_strmap_slot *slots;
    size_t cap;        /* power of two, or 0 */
    size_t count;
} eg_strmap;

void eg_strmap_init(eg_strmap *m);
void eg_strmap_finish(eg_strmap *m);
/* Removes every entry, in time proportional to what the map held: the
 * capacity is kept unless the map was mostly empty. */
void eg_strmap_clear(eg_strmap *m);
/* Looks key up; returns true and sets *value when present. */
bool eg_strmap_get(const eg_strmap *m, const char *key, size_t len,
                   uint32_t *value);
/* Inserts key -> value unless present. *found tells which happened and
 * *value holds the stored value afterwards. Returns false when out of
 * memory. The key bytes are borrowed, not copied. */
bool eg_strmap_put(eg_strmap *m, const char *key, size_t len,
                   uint32_t *value, bool *found);

/* Inserts or overwrites key -> value. False when out of memory. */
bool eg_strmap_set(eg_strmap *m, const char *key, size_t len, uint32_t value);

typedef struct eg_u64map_slot {
    uint64_t key;
    uint32_t value;
    uint32_t used;
} eg_u64map_slot;

typedef struct eg_u64map {
    eg_u64map_slot *slots;
    size_t cap;
    size_t count;
} eg_u64map;

void eg_u64map_init(eg_u64map *m);
void eg_u64map_finish(eg_u64map *m);
/* Empties m, keeping its room unless it is mostly unused. */
void eg_u64map_clear(eg_u64map *m);
bool eg_u64map_get(const eg_u64map *m, uint64_t key, uint32_t *value);
/* Makes room for n entries in all, so that adding them moves none. False
 * when out of memory (m is unchanged then). */
bool eg_u64map_reserve(eg_u64map *m, size_t n);
/* As eg_strmap_put. */
bool eg_u64map_put(eg_u64map *m, uint64_t key, uint32_t *value, bool *found);

#endif
