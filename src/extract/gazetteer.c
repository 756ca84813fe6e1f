/* Gazetteer lookup: the built-in table (made at build time by gazgen from
 * the lists, see gazetteer_lists.c) under the user's additions.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "extract/gazetteer.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/hashmap.h"
#include "text/normalize.h"
#include "text/utf8.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct eg_gazetteer {
    const eg_gz_table *base; /* the built-in lists, read-only */
    /* changes and additions (user files; everything when building the
     * table from the lists): an entry here hides the base's */
    eg_arena arena;     /* keys and canonical names */
    eg_strmap map;      /* key -> index into entries */
    eg_gz_entry *entries;
    const char **keys;  /* entry -> its key (in arena) */
    size_t n_entries, cap_entries, cap_keys;
    uint64_t *starts;   /* EG_GZ_START_WORDS: the added names' starts, or
                           NULL before the first of several words */
    eg_buf key;         /* scratch */
};

static const eg_gz_entry *table_get(const eg_gz_table *t, const char *key,
                                    size_t len, uint64_t h)
{
    if (!t || !t->n_entries)
        return NULL;
    uint32_t tag = eg_gz_tag(h, t->index_bits);
    uint32_t index_mask = (UINT32_C(1) << t->index_bits) - 1;
    for (size_t i = h & t->mask;; i = (i + 1) & t->mask) {
        uint32_t slot = t->slots[i];
        if (!slot)
            return NULL;
        if ((slot & ~index_mask) != tag)
            continue;
        const eg_gz_key *k = &t->keys[(slot & index_mask) - 1];
        if (k->len == len && memcmp(t->pool + k->off, key, len) == 0)
            return &t->entries[(slot & index_mask) - 1];
    }
}

/* The changeable entry for a key: the base's copied when it has one,
 * created empty when new. NULL when out of memory. */
static eg_gz_entry *entry_for(eg_gazetteer *gz, const char *key, size_t len)
{
    uint32_t idx;
    if (eg_strmap_get(&gz->map, key, len, &idx))
        return &gz->entries[idx];
    char *copy = eg_arena_strndup(&gz->arena, key, len);
    if (!copy || !EG_GROW(gz->entries, gz->cap_entries, gz->n_entries + 1) ||
        !EG_GROW(gz->keys, gz->cap_keys, gz->n_entries + 1))
        return NULL;
    idx = (uint32_t)gz->n_entries;
    bool found;
    if (!eg_strmap_put(&gz->map, copy, len, &idx, &found))
        return NULL;
    gz->keys[gz->n_entries] = copy;
    eg_gz_entry *e = &gz->entries[gz->n_entries++];
    const eg_gz_entry *b = table_get(gz->base, key, len,
                                     eg_hash_bytes(key, len));
    if (b)
        *e = *b;
    else
        memset(e, 0, sizeof *e);
    return e;
}

static eg_gazetteer *gazetteer_new(const eg_gz_table *base)
{
    eg_gazetteer *gz = calloc(1, sizeof *gz);
    if (!gz)
        return NULL;
    gz->base = base;
    eg_arena_init(&gz->arena, 1 << 16);
    eg_strmap_init(&gz->map);
    eg_buf_init(&gz->key);
    return gz;
}

eg_error_t eg_gazetteer_create(eg_gazetteer **out, eg_status *st)
{
    *out = gazetteer_new(&eg_gz_builtin);
    return *out ? EG_OK : eg_fail_nomem(st);
}

eg_error_t eg_gazetteer_create_empty(eg_gazetteer **out, eg_status *st)
{
    *out = gazetteer_new(NULL);
    return *out ? EG_OK : eg_fail_nomem(st);
}

const char *eg_gazetteer_strdup(eg_gazetteer *gz, const char *s, size_t len)
{
    return eg_arena_strndup(&gz->arena, s, len);
}

size_t eg_gazetteer_count(const eg_gazetteer *gz)
{
    return gz->n_entries;
}

const uint64_t *eg_gazetteer_added_starts(const eg_gazetteer *gz)
{
    return gz->starts;
}

/* Marks the keys of s up to each space or dash as starts of a name of
 * several words. */
static eg_error_t mark_starts(eg_gazetteer *gz, const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = eg_utf8_decode(s + i, len - i, &cp);
        if (i > 0 && (eg_cp_is_space(cp) || eg_cp_is_dash(cp))) {
            eg_buf_clear(&gz->key);
            if (!eg_name_key(s, i, &gz->key))
                return EG_ENOMEM;
            if (gz->key.len) {
                if (!gz->starts &&
                    !(gz->starts = calloc(EG_GZ_START_WORDS, sizeof *gz->starts)))
                    return EG_ENOMEM;
                size_t bit = eg_gz_start_bit(eg_hash_bytes(gz->key.data,
                                                           gz->key.len));
                gz->starts[bit / 64] |= UINT64_C(1) << (bit % 64);
            }
        }
        i += n;
    }
    return EG_OK;
}

const eg_gz_entry *eg_gazetteer_entry_at(const eg_gazetteer *gz, size_t i,
                                         const char **key, size_t *len)
{
    *key = gz->keys[i];
    *len = strlen(gz->keys[i]);
    return &gz->entries[i];
}

static bool all_caps(const char *s, size_t len)
{
    size_t upper = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += eg_utf8_decode(s + i, len - i, &cp);
        if (eg_cp_is_lower(cp))
            return false;
        upper += eg_cp_is_upper(cp);
    }
    return upper > 0;
}

eg_error_t eg_gazetteer_add(eg_gazetteer *gz, const char *s, size_t len,
                            uint32_t flags, eg_gz_entry **out)
{
    eg_buf_clear(&gz->key);
    if (!eg_name_key(s, len, &gz->key))
        return EG_ENOMEM;
    if (gz->key.len == 0) {
        if (out)
            *out = NULL;
        return EG_OK;
    }
    eg_gz_entry *e = entry_for(gz, gz->key.data, gz->key.len);
    if (!e)
        return EG_ENOMEM;
    /* an acronym stays caps-only unless a mixed-case form of the same key
     * was listed too */
    if (flags & (EG_GZ_PLACE | EG_GZ_ORG)) {
        bool caps = all_caps(s, len) && len <= 6;
        if (!(e->flags & (EG_GZ_PLACE | EG_GZ_ORG)))
            e->flags |= caps ? EG_GZ_CAPS_ONLY : 0;
        else if (!caps)
            e->flags &= ~(uint32_t)EG_GZ_CAPS_ONLY;
    }
    e->flags |= flags;
    /* a name of several words; keys leave out spaces and hyphens, and
     * only such names may match several words ("In Tel" is no "Intel") */
    if (memchr(s, ' ', len) || memchr(s, '-', len))
        e->more |= EG_GZ2_SPACED;
    if (out)
        *out = e;
    return mark_starts(gz, s, len);
}

void eg_gazetteer_destroy(eg_gazetteer *gz)
{
    if (!gz)
        return;
    eg_arena_finish(&gz->arena);
    eg_strmap_finish(&gz->map);
    eg_buf_finish(&gz->key);
    free(gz->starts);
    free(gz->entries);
    free(gz->keys);
    free(gz);
}

const eg_gz_entry *eg_gazetteer_get_hashed(const eg_gazetteer *gz,
                                           const char *key, size_t len,
                                           uint64_t hash)
{
    uint32_t idx;
    if (gz->map.count && eg_strmap_get(&gz->map, key, len, &idx))
        return &gz->entries[idx];
    return table_get(gz->base, key, len, hash);
}

const eg_gz_entry *eg_gazetteer_get(const eg_gazetteer *gz, const char *key,
                                    size_t len)
{
    return eg_gazetteer_get_hashed(gz, key, len, eg_hash_bytes(key, len));
}

bool eg_gazetteer_starts_name(const eg_gazetteer *gz, uint64_t hash)
{
    size_t bit = eg_gz_start_bit(hash);
    uint64_t mask = UINT64_C(1) << (bit % 64);
    if (gz->starts && (gz->starts[bit / 64] & mask))
        return true;
    const eg_gz_table *t = gz->base;
    return t && t->n_entries && (!t->starts || (t->starts[bit / 64] & mask));
}

const eg_gz_entry *eg_gazetteer_lookup(const eg_gazetteer *gz,
                                       const char *surface, size_t len)
{
    eg_buf key;
    eg_buf_init(&key);
    const eg_gz_entry *e = NULL;
    if (eg_name_key(surface, len, &key) && key.len)
        e = eg_gazetteer_get(gz, key.data, key.len);
    eg_buf_finish(&key);
    return e;
}

/* ---- user files ------------------------------------------------------ */

static eg_error_t read_file(const char *path, eg_buf *out, eg_status *st)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return eg_fail(st, EG_EINPUT, "%s: cannot open: %s", path,
                       strerror(errno));
    eg_error_t rc = eg_buf_read_stream(out, f, path, st);
    fclose(f);
    return rc;
}

eg_error_t eg_gazetteer_load_stoplist(eg_gazetteer *gz, const char *path,
                                      eg_status *st)
{
    eg_buf text;
    eg_buf_init(&text);
    eg_error_t rc = read_file(path, &text, st);
    if (rc == EG_OK && eg_utf8_repair(text.data, text.len) > 0)
        rc = eg_fail(st, EG_EINPUT, "%s: not valid UTF-8", path);
    for (size_t i = 0; rc == EG_OK && i < text.len;) {
        const char *nl = memchr(text.data + i, '\n', text.len - i);
        size_t end = nl ? (size_t)(nl - text.data) : text.len;
        size_t s = i, e = end;
        while (s < e && (text.data[s] == ' ' || text.data[s] == '\t'))
            s++;
        while (e > s && (text.data[e - 1] == ' ' || text.data[e - 1] == '\t' ||
                         text.data[e - 1] == '\r'))
            e--;
        if (e > s && text.data[s] != '#' &&
            eg_gazetteer_add(gz, text.data + s, e - s, EG_GZ_USER_STOP,
                             NULL) != EG_OK)
            rc = eg_fail_nomem(st);
        i = end + 1;
    }
    eg_buf_finish(&text);
    return rc;
}

eg_error_t eg_gazetteer_load_aliases(eg_gazetteer *gz, const char *path,
                                     eg_status *st)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root) {
        if (jerr.line < 0)
            return eg_fail(st, EG_EINPUT, "%s: %s", path, jerr.text);
        return eg_fail(st, EG_EINPUT, "%s:%d:%d: invalid JSON: %s", path,
                       jerr.line, jerr.column, jerr.text);
    }
    eg_error_t rc = EG_OK;
    if (!json_is_object(root)) {
        rc = eg_fail(st, EG_EINPUT,
                     "%s: expected a JSON object mapping variant -> name",
                     path);
        goto done;
    }
    const char *variant;
    json_t *val;
    json_object_foreach(root, variant, val) {
        const char *name = NULL;
        eg_type type = EG_TYPE_NONE;
        if (json_is_string(val)) {
            name = json_string_value(val);
        } else if (json_is_object(val)) {
            name = json_string_value(json_object_get(val, "name"));
            const char *t = json_string_value(json_object_get(val, "type"));
            if (t && !eg_type_parse(t, strlen(t), &type)) {
                rc = eg_fail(st, EG_EINPUT, "%s: \"%s\": unknown type \"%s\"",
                             path, variant, t);
                goto done;
            }
        }
        if (!name || !*name) {
            rc = eg_fail(st, EG_EINPUT,
                         "%s: \"%s\": expected a name or {\"name\": ..., "
                         "\"type\": ...}",
                         path, variant);
            goto done;
        }
        eg_gz_entry *e;
        /* the canonical name itself gets the type too */
        const char *both[2] = {variant, name};
        for (int k = 0; k < 2; k++) {
            if (eg_gazetteer_add(gz, both[k], strlen(both[k]), 0, &e) !=
                EG_OK) {
                rc = eg_fail_nomem(st);
                goto done;
            }
            if (!e)
                continue;
            e->canonical = eg_arena_strdup(&gz->arena, name);
            if (!e->canonical) {
                rc = eg_fail_nomem(st);
                goto done;
            }
            if (type != EG_TYPE_NONE)
                e->user_type = type;
            e->more |= EG_GZ2_USER_ALIAS;
            e->flags &= ~(uint32_t)EG_GZ_USER_STOP;
        }
    }
done:
    json_decref(root);
    return rc;
}
