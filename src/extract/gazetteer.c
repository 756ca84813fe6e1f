/* Gazetteer loading and lookup.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "extract/gazetteer.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/hashmap.h"
#include "data/data.h"
#include "text/normalize.h"
#include "text/utf8.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct eg_gazetteer {
    eg_arena arena;     /* keys and canonical names */
    eg_strmap map;      /* key -> index into entries */
    eg_gz_entry *entries;
    size_t n_entries, cap_entries;
    eg_buf key;         /* scratch */
};

/* The entry for a key, created empty when new. NULL when out of memory. */
static eg_gz_entry *entry_for(eg_gazetteer *gz, const char *key, size_t len)
{
    uint32_t idx;
    if (eg_strmap_get(&gz->map, key, len, &idx))
        return &gz->entries[idx];
    char *copy = eg_arena_strndup(&gz->arena, key, len);
    if (!copy || !EG_GROW(gz->entries, gz->cap_entries, gz->n_entries + 1))
        return NULL;
    idx = (uint32_t)gz->n_entries;
    bool found;
    if (!eg_strmap_put(&gz->map, copy, len, &idx, &found))
        return NULL;
    eg_gz_entry *e = &gz->entries[gz->n_entries++];
    memset(e, 0, sizeof *e);
    return e;
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

typedef struct field {
    const char *s;
    size_t len;
} field;

/* Splits one line into at most max TAB-separated fields. */
static size_t split_fields(const char *line, size_t len, field *f, size_t max)
{
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= len && n < max; i++) {
        if (i == len || line[i] == '\t') {
            f[n].s = line + start;
            f[n].len = i - start;
            n++;
            start = i + 1;
        }
    }
    return n;
}

static bool field_is(const field *f, const char *s)
{
    return f->len == strlen(s) && memcmp(f->s, s, f->len) == 0;
}

typedef eg_error_t (*row_fn)(eg_gazetteer *gz, const field *f, size_t n);

static eg_error_t add_flags(eg_gazetteer *gz, const char *s, size_t len,
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
    if (out)
        *out = e;
    return EG_OK;
}

static eg_error_t set_canonical(eg_gazetteer *gz, eg_gz_entry *e,
                                const field *f)
{
    if (!e || e->canonical || f->len == 0)
        return EG_OK;
    e->canonical = eg_arena_strndup(&gz->arena, f->s, f->len);
    return e->canonical ? EG_OK : EG_ENOMEM;
}

static eg_error_t row_place(eg_gazetteer *gz, const field *f, size_t n)
{
    if (n < 2)
        return EG_OK;
    uint32_t flag = field_is(&f[1], "country")     ? EG_GZ_COUNTRY
                    : field_is(&f[1], "capital")   ? EG_GZ_CAPITAL
                    : field_is(&f[1], "region")    ? EG_GZ_REGION
                    : field_is(&f[1], "continent") ? EG_GZ_CONTINENT
                                                   : EG_GZ_CITY;
    eg_gz_entry *e;
    EG_CHECK(add_flags(gz, f[0].s, f[0].len, flag, &e));
    if (!e)
        return EG_OK;
    if (n >= 4) {
        unsigned long pop = strtoul(f[3].s, NULL, 10);
        if (pop > e->population)
            e->population = pop > UINT32_MAX ? UINT32_MAX : (uint32_t)pop;
    }
    /* countries and regions name the canonical form; cities are their own */
    if (n >= 3 && flag != EG_GZ_CITY)
        EG_CHECK(set_canonical(gz, e, &f[2]));
    /* "Saint Petersburg" is also written "St Petersburg" / "St. Petersburg":
     * the short form gets the same facts and names the long one */
    if (f[0].len > 6 && memcmp(f[0].s, "Saint ", 6) == 0) {
        char alt[256];
        int k = snprintf(alt, sizeof alt, "St %.*s", (int)(f[0].len - 6),
                         f[0].s + 6);
        eg_gz_entry *a;
        if (k > 0 && (size_t)k < sizeof alt) {
            EG_CHECK(add_flags(gz, alt, (size_t)k, flag, &a));
            if (a) {
                if (e->population > a->population)
                    a->population = e->population;
                if (!a->canonical)
                    a->canonical = e->canonical
                                       ? e->canonical
                                       : eg_arena_strndup(&gz->arena, f[0].s,
                                                          f[0].len);
                if (!a->canonical)
                    return EG_ENOMEM;
            }
        }
    }
    return EG_OK;
}

static eg_error_t row_org(eg_gazetteer *gz, const field *f, size_t n)
{
    eg_gz_entry *e;
    EG_CHECK(add_flags(gz, f[0].s, f[0].len, EG_GZ_ORG, &e));
    if (n >= 2)
        EG_CHECK(set_canonical(gz, e, &f[1]));
    return EG_OK;
}

static eg_error_t row_demonym(eg_gazetteer *gz, const field *f, size_t n)
{
    eg_gz_entry *e;
    EG_CHECK(add_flags(gz, f[0].s, f[0].len, EG_GZ_DEMONYM, &e));
    if (e && n >= 2 && !e->demonym_of) {
        e->demonym_of = eg_arena_strndup(&gz->arena, f[1].s, f[1].len);
        if (!e->demonym_of)
            return EG_ENOMEM;
    }
    return EG_OK;
}

static eg_error_t row_given(eg_gazetteer *gz, const field *f, size_t n)
{
    bool word = n >= 2 && field_is(&f[1], "w");
    return add_flags(gz, f[0].s, f[0].len,
                     word ? EG_GZ_GIVEN_WORD : EG_GZ_GIVEN, NULL);
}

static eg_error_t row_surname(eg_gazetteer *gz, const field *f, size_t n)
{
    bool word = n >= 2 && field_is(&f[1], "w");
    return add_flags(gz, f[0].s, f[0].len,
                     word ? EG_GZ_SURNAME_WORD : EG_GZ_SURNAME, NULL);
}

static eg_error_t row_title(eg_gazetteer *gz, const field *f, size_t n)
{
    if (n < 2)
        return EG_OK;
    uint32_t flag = field_is(&f[1], "abbr")        ? EG_GZ_TITLE_ABBR
                    : field_is(&f[1], "honorific") ? EG_GZ_TITLE_HONORIFIC
                    : field_is(&f[1], "office")    ? EG_GZ_TITLE_OFFICE
                    : field_is(&f[1], "rank")      ? EG_GZ_TITLE_RANK
                                                   : EG_GZ_TITLE_ROLE;
    return add_flags(gz, f[0].s, f[0].len, flag, NULL);
}

static eg_error_t row_stop(eg_gazetteer *gz, const field *f, size_t n)
{
    uint32_t flag = EG_GZ_STOP;
    if (n >= 2) {
        if (field_is(&f[1], "weekday"))
            flag |= EG_GZ_WEEKDAY;
        else if (field_is(&f[1], "month"))
            flag |= EG_GZ_MONTH;
        else if (field_is(&f[1], "ui"))
            flag |= EG_GZ_UI;
        else if (field_is(&f[1], "function"))
            flag |= EG_GZ_FUNCTION;
    }
    return add_flags(gz, f[0].s, f[0].len, flag, NULL);
}

static eg_error_t row_common(eg_gazetteer *gz, const field *f, size_t n)
{
    (void)n;
    return add_flags(gz, f[0].s, f[0].len, EG_GZ_COMMON, NULL);
}

static eg_error_t row_cue(eg_gazetteer *gz, const field *f, size_t n)
{
    if (n < 2)
        return EG_OK;
    static const struct { const char *name; uint32_t flag; } cls[] = {
        {"org_head", EG_GZ_ORG_HEAD},       {"org_suffix", EG_GZ_ORG_SUFFIX},
        {"place_head", EG_GZ_PLACE_HEAD},   {"person_verb", EG_GZ_PERSON_VERB},
        {"place_prep", EG_GZ_PLACE_PREP},   {"connector", EG_GZ_CONNECTOR},
        {"org_noun", EG_GZ_ORG_NOUN},       {"place_noun", EG_GZ_PLACE_NOUN},
    };
    for (size_t i = 0; i < sizeof cls / sizeof cls[0]; i++)
        if (field_is(&f[1], cls[i].name))
            return add_flags(gz, f[0].s, f[0].len, cls[i].flag, NULL);
    uint32_t more = field_is(&f[1], "place_prefix") ? EG_GZ2_PLACE_PREFIX
                    : field_is(&f[1], "org_prefix") ? EG_GZ2_ORG_PREFIX
                    : field_is(&f[1], "event_head") ? EG_GZ2_EVENT_HEAD
                                                    : 0;
    if (more) {
        eg_gz_entry *e;
        EG_CHECK(add_flags(gz, f[0].s, f[0].len, 0, &e));
        if (e)
            e->more |= more;
    }
    return EG_OK;
}

static eg_error_t load_blob(eg_gazetteer *gz, const char *name, row_fn fn,
                            eg_status *st)
{
    const eg_blob *b = eg_data_find(name);
    if (!b)
        return eg_fail(st, EG_EINTERNAL, "embedded data %s is missing", name);
    const char *s = (const char *)b->data, *end = s + b->len;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t len = nl ? (size_t)(nl - s) : (size_t)(end - s);
        if (len > 0 && s[0] != '#') {
            field f[6];
            size_t n = split_fields(s, len, f, 6);
            if (fn(gz, f, n) != EG_OK)
                return eg_fail_nomem(st);
        }
        s += len + 1;
    }
    return EG_OK;
}

eg_error_t eg_gazetteer_create(eg_gazetteer **out, eg_status *st)
{
    eg_gazetteer *gz = calloc(1, sizeof *gz);
    if (!gz)
        return eg_fail_nomem(st);
    eg_arena_init(&gz->arena, 1 << 20);
    eg_strmap_init(&gz->map);
    eg_buf_init(&gz->key);
    static const struct { const char *name; row_fn fn; } lists[] = {
        {"common_words.tsv", row_common}, {"places.tsv", row_place},
        {"orgs.tsv", row_org},            {"demonyms.tsv", row_demonym},
        {"given_names.tsv", row_given},   {"surnames.tsv", row_surname},
        {"titles.tsv", row_title},        {"stopwords.tsv", row_stop},
        {"cues.tsv", row_cue},
    };
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        eg_error_t rc = load_blob(gz, lists[i].name, lists[i].fn, st);
        if (rc != EG_OK) {
            eg_gazetteer_destroy(gz);
            return rc;
        }
    }
    *out = gz;
    return EG_OK;
}

void eg_gazetteer_destroy(eg_gazetteer *gz)
{
    if (!gz)
        return;
    eg_arena_finish(&gz->arena);
    eg_strmap_finish(&gz->map);
    eg_buf_finish(&gz->key);
    free(gz->entries);
    free(gz);
}

const eg_gz_entry *eg_gazetteer_get(const eg_gazetteer *gz, const char *key,
                                    size_t len)
{
    uint32_t idx;
    if (!eg_strmap_get(&gz->map, key, len, &idx))
        return NULL;
    return &gz->entries[idx];
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
            add_flags(gz, text.data + s, e - s, EG_GZ_USER_STOP, NULL) != EG_OK)
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
            if (add_flags(gz, both[k], strlen(both[k]), 0, &e) != EG_OK) {
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
