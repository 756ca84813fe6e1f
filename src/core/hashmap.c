/* Linear-probing hash tables kept at most 70 % full; capacities are powers
 * of two so the probe wraps with a mask.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "hashmap.h"

#include <stdlib.h>
#include <string.h>

uint64_t eg_hash_u64(uint64_t x)
{
    /* splitmix64 finaliser */
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* Little-endian loads on every machine: the built-in gazetteer table is
 * hashed at build time, possibly on another machine. */
static uint64_t load64(const unsigned char *p)
{
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
           (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
           (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

static uint64_t load32(const unsigned char *p)
{
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
           (uint64_t)p[3] << 24;
}

uint64_t eg_hash_bytes(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (len * 0xff51afd7ed558ccdULL);
    size_t n = len;
    while (n >= 8) {
        h = eg_hash_u64(h ^ load64(p)) + 0x9e3779b97f4a7c15ULL;
        p += 8;
        n -= 8;
    }
    /* the last 0-7 bytes in at most two loads (overlapping for 4-7; the
     * first, middle and last byte for 1-3: every byte counts, and the
     * length is mixed in above) */
    uint64_t w = 0;
    if (n >= 4)
        w = load32(p) | load32(p + n - 4) << 32;
    else if (n > 0)
        w = (uint64_t)p[0] | (uint64_t)p[n / 2] << 8 | (uint64_t)p[n - 1] << 16;
    return eg_hash_u64(h ^ w ^ 0x2545f4914f6cdd1dULL);
}

/* ---- string map ---------------------------------------------------- */

void eg_strmap_init(eg_strmap *m)
{
    m->slots = NULL;
    m->cap = 0;
    m->count = 0;
}

void eg_strmap_finish(eg_strmap *m)
{
    free(m->slots);
    eg_strmap_init(m);
}

/* Empties the cap slots of size bytes holding count entries; returns
 * them, or NULL (cap 0) after freeing them. A map grown by one large
 * document and cleared for every small one after it would spend more
 * time clearing than working: most of the room goes back. */
static void *clear_slots(void *slots, size_t *cap, size_t count, size_t size)
{
    if (*cap > 64 && count * 4 < *cap) {
        free(slots);
        *cap = 0;
        return NULL;
    }
    memset(slots, 0, *cap * size);
    return slots;
}

void eg_strmap_clear(eg_strmap *m)
{
    if (m->count == 0)
        return;
    m->slots = clear_slots(m->slots, &m->cap, m->count, sizeof *m->slots);
    m->count = 0;
}

static size_t strmap_find(const eg_strmap_slot *slots, size_t cap,
                          const char *key, size_t len, uint64_t hash)
{
    size_t mask = cap - 1, i = (size_t)hash & mask;
    for (;;) {
        const eg_strmap_slot *s = &slots[i];
        if (!s->key)
            return i;
        if (s->hash == hash && s->len == len && memcmp(s->key, key, len) == 0)
            return i;
        i = (i + 1) & mask;
    }
}

static bool strmap_grow(eg_strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    eg_strmap_slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < m->cap; i++) {
        eg_strmap_slot *s = &m->slots[i];
        if (s->key)
            slots[strmap_find(slots, cap, s->key, s->len, s->hash)] = *s;
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return true;
}

bool eg_strmap_get(const eg_strmap *m, const char *key, size_t len,
                   uint32_t *value)
{
    if (!m->cap)
        return false;
    const eg_strmap_slot *s =
        &m->slots[strmap_find(m->slots, m->cap, key, len,
                              eg_hash_bytes(key, len))];
    if (!s->key)
        return false;
    if (value)
        *value = s->value;
    return true;
}

bool eg_strmap_put(eg_strmap *m, const char *key, size_t len,
                   uint32_t *value, bool *found)
{
    if ((m->count + 1) * 10 > m->cap * 7 && !strmap_grow(m))
        return false;
    uint64_t hash = eg_hash_bytes(key, len);
    eg_strmap_slot *s = &m->slots[strmap_find(m->slots, m->cap, key, len, hash)];
    if (s->key) {
        *value = s->value;
        if (found)
            *found = true;
        return true;
    }
    s->key = key ? key : "";
    s->len = (uint32_t)len;
    s->hash = hash;
    s->value = *value;
    m->count++;
    if (found)
        *found = false;
    return true;
}

bool eg_strmap_set(eg_strmap *m, const char *key, size_t len, uint32_t value)
{
    uint32_t v = value;
    bool found;
    if (!eg_strmap_put(m, key, len, &v, &found))
        return false;
    if (found) {
        uint64_t hash = eg_hash_bytes(key, len);
        m->slots[strmap_find(m->slots, m->cap, key, len, hash)].value = value;
    }
    return true;
}

/* ---- integer map --------------------------------------------------- */

void eg_u64map_init(eg_u64map *m)
{
    m->slots = NULL;
    m->cap = 0;
    m->count = 0;
}

void eg_u64map_finish(eg_u64map *m)
{
    free(m->slots);
    eg_u64map_init(m);
}

void eg_u64map_clear(eg_u64map *m)
{
    if (m->count == 0)
        return;
    m->slots = clear_slots(m->slots, &m->cap, m->count, sizeof *m->slots);
    m->count = 0;
}

static size_t u64map_find(const eg_u64map_slot *slots, size_t cap,
                          uint64_t key)
{
    size_t mask = cap - 1, i = (size_t)eg_hash_u64(key) & mask;
    while (slots[i].used && slots[i].key != key)
        i = (i + 1) & mask;
    return i;
}

static bool u64map_grow(eg_u64map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    eg_u64map_slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].used)
            slots[u64map_find(slots, cap, m->slots[i].key)] = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return true;
}

bool eg_u64map_get(const eg_u64map *m, uint64_t key, uint32_t *value)
{
    if (!m->cap)
        return false;
    const eg_u64map_slot *s = &m->slots[u64map_find(m->slots, m->cap, key)];
    if (!s->used)
        return false;
    if (value)
        *value = s->value;
    return true;
}

/* The load that makes a map grow: above 70 % full. */
static bool u64map_full(const eg_u64map *m, size_t count)
{
    return count * 10 > m->cap * 7;
}

bool eg_u64map_reserve(eg_u64map *m, size_t n)
{
    while (u64map_full(m, n))
        if (!u64map_grow(m))
            return false;
    return true;
}

bool eg_u64map_put(eg_u64map *m, uint64_t key, uint32_t *value, bool *found)
{
    if (u64map_full(m, m->count + 1) && !u64map_grow(m))
        return false;
    eg_u64map_slot *s = &m->slots[u64map_find(m->slots, m->cap, key)];
    if (s->used) {
        *value = s->value;
        if (found)
            *found = true;
        return true;
    }
    s->used = 1;
    s->key = key;
    s->value = *value;
    m->count++;
    if (found)
        *found = false;
    return true;
}
