/* The embedded lists (the TSV files of src/data, see tools/gen_data.mjs)
 * read into a gazetteer: run at build time by gazgen to make the
 * built-in table, and by the tests to check that table against the
 * lists.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "extract/gazetteer.h"
#include "core/error.h"
#include "data/data.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static eg_error_t set_canonical(eg_gazetteer *gz, eg_gz_entry *e,
                                const field *f)
{
    if (!e || e->canonical || f->len == 0)
        return EG_OK;
    e->canonical = eg_gazetteer_strdup(gz, f->s, f->len);
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
    EG_CHECK(eg_gazetteer_add(gz, f[0].s, f[0].len, flag, &e));
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
    /* "Saint Petersburg" is also written "St Petersburg" / "St.
     * Petersburg", "Fort Worth" "Ft. Worth", "Mount Vernon" "Mt. Vernon":
     * the short form gets the same facts and names the long one */
    static const struct {
        const char *full, *abbr;
    } prefixes[] = {{"Saint ", "St "}, {"Fort ", "Ft "}, {"Mount ", "Mt "}};
    for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++) {
        size_t pl = strlen(prefixes[p].full);
        if (f[0].len <= pl || memcmp(f[0].s, prefixes[p].full, pl) != 0)
            continue;
        char alt[256];
        int k = snprintf(alt, sizeof alt, "%s%.*s", prefixes[p].abbr,
                         (int)(f[0].len - pl), f[0].s + pl);
        eg_gz_entry *a;
        if (k > 0 && (size_t)k < sizeof alt) {
            EG_CHECK(eg_gazetteer_add(gz, alt, (size_t)k, flag, &a));
            if (a) {
                if (e->population > a->population)
                    a->population = e->population;
                if (!a->canonical)
                    a->canonical = e->canonical
                                       ? e->canonical
                                       : eg_gazetteer_strdup(gz, f[0].s,
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
    EG_CHECK(eg_gazetteer_add(gz, f[0].s, f[0].len, EG_GZ_ORG, &e));
    if (n >= 2)
        EG_CHECK(set_canonical(gz, e, &f[1]));
    return EG_OK;
}

static eg_error_t row_demonym(eg_gazetteer *gz, const field *f, size_t n)
{
    eg_gz_entry *e;
    EG_CHECK(eg_gazetteer_add(gz, f[0].s, f[0].len, EG_GZ_DEMONYM, &e));
    if (e && n >= 2 && !e->demonym_of) {
        e->demonym_of = eg_gazetteer_strdup(gz, f[1].s, f[1].len);
        if (!e->demonym_of)
            return EG_ENOMEM;
    }
    return EG_OK;
}

static eg_error_t row_given(eg_gazetteer *gz, const field *f, size_t n)
{
    bool word = n >= 2 && field_is(&f[1], "w");
    return eg_gazetteer_add(gz, f[0].s, f[0].len,
                     word ? EG_GZ_GIVEN_WORD : EG_GZ_GIVEN, NULL);
}

static eg_error_t row_surname(eg_gazetteer *gz, const field *f, size_t n)
{
    bool word = n >= 2 && field_is(&f[1], "w");
    return eg_gazetteer_add(gz, f[0].s, f[0].len,
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
    return eg_gazetteer_add(gz, f[0].s, f[0].len, flag, NULL);
}

static eg_error_t row_stop(eg_gazetteer *gz, const field *f, size_t n)
{
    uint32_t flag = EG_GZ_STOP;
    if (n >= 2) {
        if (field_is(&f[1], "weekday"))
            flag |= EG_GZ_WEEKDAY;
        else if (field_is(&f[1], "month"))
            flag |= EG_GZ_MONTH;
        /* time zones end and never start names, as weekdays do */
        else if (field_is(&f[1], "time"))
            flag |= EG_GZ_WEEKDAY;
        else if (field_is(&f[1], "ui"))
            flag |= EG_GZ_UI;
        else if (field_is(&f[1], "function"))
            flag |= EG_GZ_FUNCTION;
        /* "language" ("Hindi") is a stop word and nothing more: never an
         * entity alone, still a word of a longer name ("Hebrew
         * University") */
    }
    return eg_gazetteer_add(gz, f[0].s, f[0].len, flag, NULL);
}

static eg_error_t row_common(eg_gazetteer *gz, const field *f, size_t n)
{
    (void)n;
    return eg_gazetteer_add(gz, f[0].s, f[0].len, EG_GZ_COMMON, NULL);
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
            return eg_gazetteer_add(gz, f[0].s, f[0].len, cls[i].flag, NULL);
    uint32_t more = field_is(&f[1], "place_prefix") ? EG_GZ2_PLACE_PREFIX
                    : field_is(&f[1], "org_prefix") ? EG_GZ2_ORG_PREFIX
                    : field_is(&f[1], "event_head") ? EG_GZ2_EVENT_HEAD
                    : field_is(&f[1], "term")       ? EG_GZ2_TERM
                                                    : 0;
    if (more) {
        eg_gz_entry *e;
        EG_CHECK(eg_gazetteer_add(gz, f[0].s, f[0].len, 0, &e));
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

eg_error_t eg_gazetteer_add_lists(eg_gazetteer *gz, eg_status *st)
{
    static const struct { const char *name; row_fn fn; } lists[] = {
        {"common_words.tsv", row_common}, {"places.tsv", row_place},
        {"orgs.tsv", row_org},            {"demonyms.tsv", row_demonym},
        {"given_names.tsv", row_given},   {"surnames.tsv", row_surname},
        {"titles.tsv", row_title},        {"stopwords.tsv", row_stop},
        {"cues.tsv", row_cue},
    };
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        EG_CHECK(load_blob(gz, lists[i].name, lists[i].fn, st));
    return EG_OK;
}
