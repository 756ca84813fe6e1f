/* gazgen: writes the built-in gazetteer table (run by Meson at build time).
 *
 * usage: gazgen OUTPUT.c
 *
 * Reads the embedded lists exactly as a run would have at start-up
 * (gazetteer_lists.c: keys by eg_name_key(), flags merged per key) and
 * writes them as the static eg_gz_builtin table of gazetteer.h: a string
 * pool, the entries, and an open-addressing slot array hashed with
 * eg_hash_bytes(), so that entgraph starts without building anything.
 * The output depends only on the lists and the code.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "core/error.h"
#include "core/hashmap.h"
#include "extract/gazetteer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* gazetteer.c refers to the table this program makes: empty here. */
const eg_gz_table eg_gz_builtin = {0};

/* The string pool: keys, canonical names and demonym countries, each
 * stored once and NUL-terminated. */
typedef struct pool {
    char *data;
    size_t len, cap;
    eg_strmap seen;   /* string -> offset */
} pool;

static size_t pool_add(pool *p, const char *s, size_t len)
{
    uint32_t off;
    if (eg_strmap_get(&p->seen, s, len, &off))
        return off;
    while (p->len + len + 1 > p->cap) {
        p->cap = p->cap ? 2 * p->cap : 1 << 20;
        p->data = realloc(p->data, p->cap);
        if (!p->data) {
            fputs("gazgen: out of memory\n", stderr);
            exit(1);
        }
    }
    off = (uint32_t)p->len;
    memcpy(p->data + p->len, s, len);
    p->data[p->len + len] = '\0';
    p->len += len + 1;
    bool found;
    /* the key bytes live in the data of the gazetteer, which outlives the
     * map; p->data moves when it grows */
    if (!eg_strmap_put(&p->seen, s, len, &off, &found)) {
        fputs("gazgen: out of memory\n", stderr);
        exit(1);
    }
    return off;
}

static void write_pool(FILE *f, const pool *p)
{
    fputs("static const char pool[] =\n\"", f);
    size_t col = 0;
    for (size_t i = 0; i < p->len; i++) {
        unsigned char c = (unsigned char)p->data[i];
        /* octal escapes (never hex, which would swallow the next
         * characters), '?' too (trigraphs) */
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
            fputc(c, f);
            col++;
        } else {
            fprintf(f, "\\%03o", c);
            col += 4;
        }
        if (col >= 72 && i + 1 < p->len) {
            fputs("\"\n\"", f);
            col = 0;
        }
    }
    fputs("\";\n\n", f);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: gazgen OUTPUT.c\n", stderr);
        return 2;
    }
    eg_status st = {0};
    eg_gazetteer *gz = NULL;
    if (eg_gazetteer_create_empty(&gz, &st) != EG_OK ||
        eg_gazetteer_add_lists(gz, &st) != EG_OK) {
        fprintf(stderr, "gazgen: %s\n", st.message);
        return 1;
    }
    size_t n = eg_gazetteer_count(gz);
    size_t cap = 1;
    while (cap * 7 < n * 10)
        cap *= 2;
    /* slots hold the entry index + 1 below a tag of the hash */
    unsigned index_bits = 1;
    while (index_bits < 32 && ((size_t)1 << index_bits) <= n)
        index_bits++;
    if (index_bits > 28) {
        fprintf(stderr, "gazgen: %zu entries are too many\n", n);
        return 1;
    }
    pool p = {0};
    eg_strmap_init(&p.seen);
    size_t *key_off = malloc((n ? n : 1) * sizeof *key_off);
    size_t *canon = malloc((n ? n : 1) * sizeof *canon);
    size_t *demonym = malloc((n ? n : 1) * sizeof *demonym);
    uint32_t *slots = calloc(cap, sizeof *slots);
    size_t *ord = malloc((n ? n : 1) * sizeof *ord);
    if (!key_off || !canon || !demonym || !slots || !ord) {
        fputs("gazgen: out of memory\n", stderr);
        return 1;
    }
    /* The table's entry j is the list entry ord[j]: those that name a
     * canonical name or a country first. Their pointers are relocated
     * when a position-independent program starts, which copies every
     * page they are on; together they fill a few dozen pages instead of
     * being spread over the whole table. */
    size_t n_ord = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n; i++) {
            const char *key;
            size_t len;
            const eg_gz_entry *e = eg_gazetteer_entry_at(gz, i, &key, &len);
            if ((e->canonical || e->demonym_of) == (pass == 0))
                ord[n_ord++] = i;
        }
    for (size_t j = 0; j < n; j++) {
        size_t i = ord[j];
        const char *key;
        size_t len;
        const eg_gz_entry *e = eg_gazetteer_entry_at(gz, i, &key, &len);
        if (len > UINT16_MAX) {
            fprintf(stderr, "gazgen: key of %zu bytes is too long\n", len);
            return 1;
        }
        key_off[i] = pool_add(&p, key, len);
        canon[i] = e->canonical
                       ? pool_add(&p, e->canonical, strlen(e->canonical)) + 1
                       : 0;
        demonym[i] = e->demonym_of ? pool_add(&p, e->demonym_of,
                                              strlen(e->demonym_of)) + 1
                                   : 0;
        uint64_t hash = eg_hash_bytes(key, len);
        size_t h = hash & (cap - 1);
        while (slots[h])
            h = (h + 1) & (cap - 1);
        slots[h] = eg_gz_tag(hash, index_bits) | ((uint32_t)j + 1);
    }

    const char *out = argv[1];
    size_t olen = strlen(out);
    char *tmp = malloc(olen + 5);
    if (!tmp)
        return 1;
    memcpy(tmp, out, olen);
    memcpy(tmp + olen, ".tmp", 5);
    FILE *f = fopen(tmp, "w");
    if (!f) {
        perror(tmp);
        return 1;
    }
    fputs("/* Generated by gazgen from the lists in src/data: do not edit. */\n"
          "#include \"extract/gazetteer.h\"\n\n",
          f);
    write_pool(f, &p);
    fputs("static const eg_gz_entry entries[] = {\n", f);
    for (size_t j = 0; j < n; j++) {
        size_t i = ord[j];
        const char *key;
        size_t len;
        const eg_gz_entry *e = eg_gazetteer_entry_at(gz, i, &key, &len);
        fprintf(f, "{%#xu,%uu,%uu,", (unsigned)e->flags, (unsigned)e->more,
                (unsigned)e->population);
        if (canon[i])
            fprintf(f, "pool+%zu,", canon[i] - 1);
        else
            fputs("0,", f);
        if (demonym[i])
            fprintf(f, "pool+%zu,", demonym[i] - 1);
        else
            fputs("0,", f);
        fputs("EG_TYPE_NONE},\n", f);
    }
    if (!n)
        fputs("{0},\n", f);
    fputs("};\n\nstatic const eg_gz_key keys[] = {\n", f);
    for (size_t j = 0; j < n; j++) {
        const char *key;
        size_t len;
        eg_gazetteer_entry_at(gz, ord[j], &key, &len);
        fprintf(f, "{%zu,%zu},%s", key_off[ord[j]], len,
                j % 8 == 7 ? "\n" : "");
    }
    fputs("{0,0}};\n\nstatic const uint32_t slots[] = {\n", f);
    for (size_t i = 0; i < cap; i++)
        fprintf(f, "%u,%s", (unsigned)slots[i], i % 16 == 15 ? "\n" : "");
    fputs("};\n\nstatic const uint64_t starts[] = {\n", f);
    const uint64_t *starts = eg_gazetteer_added_starts(gz);
    for (size_t i = 0; i < EG_GZ_START_WORDS; i++)
        fprintf(f, "%#llxu,%s", starts ? (unsigned long long)starts[i] : 0ull,
                i % 4 == 3 ? "\n" : "");
    fprintf(f, "};\n\nconst eg_gz_table eg_gz_builtin = {\n"
               "    %zu, %zu, %u, pool, entries, keys, slots, starts};\n",
            n, cap - 1, index_bits);
    if (fclose(f) != 0 || rename(tmp, out) != 0) {
        perror(out);
        remove(tmp);
        return 1;
    }
    free(tmp);
    free(key_off);
    free(canon);
    free(demonym);
    free(ord);
    free(slots);
    free(p.data);
    eg_strmap_finish(&p.seen);
    eg_gazetteer_destroy(gz);
    return 0;
}
