/* The built-in gazetteer table (made by gazgen at build time) against the
 * lists read afresh, entry by entry, and lookups through both with user
 * additions on top.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "core/hashmap.h"
#include "extract/gazetteer.h"
#include "text/normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void test_table_matches_lists(void)
{
    eg_status st = {0};
    eg_gazetteer *fresh = NULL, *gz = NULL;
    CHECK(eg_gazetteer_create_empty(&fresh, &st) == EG_OK);
    CHECK(eg_gazetteer_add_lists(fresh, &st) == EG_OK);
    CHECK(eg_gazetteer_create(&gz, &st) == EG_OK);
    size_t n = eg_gazetteer_count(fresh), bad = 0;
    CHECK(n > 100000);
    CHECK_INT(eg_gz_builtin.n_entries, n);
    for (size_t i = 0; i < n; i++) {
        const char *key;
        size_t len;
        const eg_gz_entry *want = eg_gazetteer_entry_at(fresh, i, &key, &len);
        const eg_gz_entry *got = eg_gazetteer_get(gz, key, len);
        if (!got || got->flags != want->flags || got->more != want->more ||
            got->population != want->population ||
            !same_str(got->canonical, want->canonical) ||
            !same_str(got->demonym_of, want->demonym_of)) {
            if (bad++ < 5)
                fprintf(stderr, "entry '%s' differs\n", key);
        }
    }
    CHECK_INT(bad, 0);
    /* the entries with pointers (relocated at start) come first, so that
     * they share a few pages */
    size_t with = 0, late = 0;
    for (size_t i = 0; i < eg_gz_builtin.n_entries; i++) {
        const eg_gz_entry *e = &eg_gz_builtin.entries[i];
        if (e->canonical || e->demonym_of) {
            late += i != with;
            with++;
        }
    }
    CHECK(with > 1000);
    CHECK_INT(late, 0);
    /* unknown keys are not found */
    CHECK(eg_gazetteer_get(gz, "qqxzzv", 6) == NULL);
    CHECK(eg_gazetteer_get(gz, "", 0) == NULL);
    eg_gazetteer_destroy(fresh);
    eg_gazetteer_destroy(gz);
}

/* User additions sit over the table: the built-in facts of a key stay
 * and the added ones join them, other keys are untouched. */
static void test_overlay(void)
{
    eg_status st = {0};
    eg_gazetteer *gz = NULL;
    CHECK(eg_gazetteer_create(&gz, &st) == EG_OK);
    const eg_gz_entry *before = eg_gazetteer_lookup(gz, "France", 6);
    CHECK(before && (before->flags & EG_GZ_COUNTRY));
    uint32_t flags = before ? before->flags : 0;
    eg_gz_entry *e = NULL;
    CHECK(eg_gazetteer_add(gz, "France", 6, EG_GZ_USER_STOP, &e) == EG_OK);
    const eg_gz_entry *after = eg_gazetteer_lookup(gz, "France", 6);
    CHECK(after == e);
    CHECK(after && after->flags == (flags | EG_GZ_USER_STOP));
    CHECK(eg_gz_builtin.n_entries && !(before->flags & EG_GZ_USER_STOP));
    /* a new key */
    CHECK(eg_gazetteer_lookup(gz, "Zorblaxia", 9) == NULL);
    CHECK(eg_gazetteer_add(gz, "Zorblaxia", 9, EG_GZ_COUNTRY, &e) == EG_OK);
    const eg_gz_entry *z = eg_gazetteer_lookup(gz, "Zorblaxia", 9);
    CHECK(z && (z->flags & EG_GZ_COUNTRY));
    /* others still come from the table */
    const eg_gz_entry *g = eg_gazetteer_lookup(gz, "Germany", 7);
    CHECK(g && (g->flags & EG_GZ_COUNTRY));
    eg_gazetteer_destroy(gz);
}

static bool starts(const eg_gazetteer *gz, const char *key)
{
    return eg_gazetteer_starts_name(gz, eg_hash_bytes(key, strlen(key)));
}

/* The start bitset: the table's equals the lists', every key of a listed
 * name up to a space or hyphen is in it, and names added by the user
 * join it. */
static void test_starts(void)
{
    eg_status st = {0};
    eg_gazetteer *fresh = NULL, *gz = NULL;
    CHECK(eg_gazetteer_create_empty(&fresh, &st) == EG_OK);
    CHECK(eg_gazetteer_add_lists(fresh, &st) == EG_OK);
    CHECK(eg_gazetteer_create(&gz, &st) == EG_OK);
    const uint64_t *want = eg_gazetteer_added_starts(fresh);
    CHECK(want && eg_gz_builtin.starts);
    size_t bits = 0, differ = 0;
    for (size_t i = 0; want && i < EG_GZ_START_WORDS; i++) {
        bits += (size_t)__builtin_popcountll(want[i]);
        differ += want[i] != eg_gz_builtin.starts[i];
    }
    CHECK_INT(differ, 0);
    /* sparse enough to rule out most words */
    CHECK(bits > 1000 && bits < (size_t)EG_GZ_START_WORDS * 64 / 10);
    /* "New York", "Kuala Lumpur", "Guinea-Bissau" */
    CHECK(starts(gz, "new") && starts(gz, "kuala") && starts(gz, "guinea"));
    CHECK(!starts(gz, "zorblaxian"));
    CHECK(eg_gazetteer_add(gz, "Zorblaxian Trade Council", 24, EG_GZ_ORG,
                           NULL) == EG_OK);
    CHECK(starts(gz, "zorblaxian") && starts(gz, "zorblaxiantrade"));
    CHECK(!starts(gz, "zorblaxiantradecouncil"));
    /* an empty gazetteer starts nothing */
    eg_gazetteer *empty = NULL;
    CHECK(eg_gazetteer_create_empty(&empty, &st) == EG_OK);
    CHECK(!starts(empty, "new"));
    eg_gazetteer_destroy(empty);
    eg_gazetteer_destroy(fresh);
    eg_gazetteer_destroy(gz);
}

/* A listed place named with Saint, Fort or Mount is found by its short
 * form too, which names the long one. */
static void test_short_prefixes(void)
{
    eg_status st = {0};
    eg_gazetteer *gz = NULL;
    CHECK(eg_gazetteer_create(&gz, &st) == EG_OK);
    static const char *const pairs[][2] = {
        {"St. Petersburg", "Saint Petersburg"},
        {"Ft. Worth", "Fort Worth"},
        {"Mt Vernon", "Mount Vernon"}};
    for (size_t i = 0; i < 3; i++) {
        const eg_gz_entry *e =
            eg_gazetteer_lookup(gz, pairs[i][0], strlen(pairs[i][0]));
        CHECK(e && (e->flags & EG_GZ_CITY) && e->canonical &&
              strcmp(e->canonical, pairs[i][1]) == 0);
    }
    eg_gazetteer_destroy(gz);
}

int main(void)
{
    test_table_matches_lists();
    test_overlay();
    test_starts();
    test_short_prefixes();
    return CHECK_DONE();
}
