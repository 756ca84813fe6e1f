/* The fast JSONL reader against Jansson: on lines written here and on
 * random lines (fields with escapes, non-ASCII, surrogates, control
 * characters, invalid bytes, other values, mutations), whatever the fast
 * reader accepts Jansson accepts with the same text, id, title and date,
 * and whatever Jansson rejects the fast reader rejects too.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "text/jsonl.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>

static eg_buf text, strs;
static size_t n_fast, n_lines;

/* Checks one line; returns whether the fast reader took it. */
static bool agree(const char *line, size_t len)
{
    eg_jsonl_doc d = {.text = &text, .strs = &strs};
    bool fast = eg_jsonl_fast(line, len, &d);
    json_error_t err;
    json_t *j = json_loadb(line, len, JSON_ALLOW_NUL, &err);
    n_lines++;
    if (!fast) {
        json_decref(j);
        return false;
    }
    n_fast++;
    bool ok = j && json_is_object(j);
    json_t *t = ok ? json_object_get(j, "text") : NULL;
    ok = ok && json_is_string(t) && json_string_length(t) == text.len &&
         memcmp(json_string_value(t), text.len ? text.data : "", text.len) ==
             0;
    json_t *id = ok ? json_object_get(j, "id") : NULL;
    if (ok && d.id == EG_JSONL_NONE)
        ok = id == NULL;
    else if (ok)
        ok = json_is_string(id) && json_string_length(id) == d.id_len &&
             memcmp(json_string_value(id), strs.data + d.id, d.id_len) == 0;
    const char *names[2] = {"title", "date"};
    size_t offs[2] = {d.title, d.date};
    for (int k = 0; ok && k < 2; k++) {
        json_t *v = json_object_get(j, names[k]);
        ok = offs[k] == EG_JSONL_NONE
                 ? v == NULL
                 : json_is_string(v) &&
                       strcmp(json_string_value(v), strs.data + offs[k]) == 0;
    }
    if (!ok) {
        fprintf(stderr, "disagree on %zu bytes: %.*s\n", len, (int)len, line);
        check_failures++;
    }
    json_decref(j);
    return true;
}

static bool agree_str(const char *line)
{
    return agree(line, strlen(line));
}

/* ---- random lines ---------------------------------------------------- */

static uint64_t rng = 0x9E3779B97F4A7C15u;

static uint32_t rnd(uint32_t n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

static void put(char **p, const char *s)
{
    size_t n = strlen(s);
    memcpy(*p, s, n);
    *p += n;
}

/* Whether the line being made may hold invalid pieces. */
static bool dirty;

/* A JSON string body: valid pieces, and on dirty lines invalid ones. */
static void rand_string(char **p)
{
    static const char *const good[] = {
        "Kim", " ", "Jong-un", "é", "Москва", "北京", "\\\"", "\\\\", "\\/",
        "\\n", "\\t", "\\b", "\\f", "\\r", "\\u00e9", "\\u0000",
        "\\uD83D\\uDE00", "\\ud83d\\ude00", "😀", "a", "Z", "0", ".", ",",
        "\\u0041", "\\uFFFF", "'", "{", "}", ":"};
    static const char *const bad[] = {
        "\\uDE00", "\\uD83D", "\\uD83Dx", "\\x", "\\u12", "\x01", "\xC3",
        "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF", "\x7F"};
    size_t n = rnd(8);
    for (size_t i = 0; i < n; i++)
        put(p, dirty && rnd(4) == 0
                   ? bad[rnd(sizeof bad / sizeof bad[0])]
                   : good[rnd(sizeof good / sizeof good[0])]);
}

static void rand_value(char **p)
{
    switch (rnd(dirty ? 12 : 40)) {
    case 0: put(p, "12"); break;
    case 1: put(p, "null"); break;
    case 2: put(p, "[\"a\"]"); break;
    case 3: put(p, "{\"x\":\"y\"}"); break;
    default:
        put(p, "\"");
        rand_string(p);
        put(p, "\"");
    }
}

static void rand_line(char *buf, size_t *len)
{
    static const char *const keys[] = {
        "\"text\"", "\"id\"", "\"title\"", "\"date\"", "\"url\"",
        "\"t\\u0065xt\"", "\"\"", "\"te\"", "\"texts\"", "\"date\""};
    static const char *const ws[] = {"", "", "", " ", "\t", "\r\n", "  "};
    char *p = buf;
    dirty = rnd(3) == 0;
    put(&p, ws[rnd(7)]);
    put(&p, "{");
    size_t n = rnd(6);
    bool has_text = false;
    for (size_t i = 0; i < n; i++) {
        if (i)
            put(&p, ",");
        put(&p, ws[rnd(7)]);
        const char *k = keys[rnd(sizeof keys / sizeof keys[0])];
        /* most lines carry a text */
        if (!has_text && rnd(3) == 0)
            k = "\"text\"";
        has_text |= strcmp(k, "\"text\"") == 0;
        put(&p, k);
        put(&p, ws[rnd(7)]);
        put(&p, ":");
        put(&p, ws[rnd(7)]);
        rand_value(&p);
        put(&p, ws[rnd(7)]);
    }
    put(&p, "}");
    put(&p, ws[rnd(7)]);
    *len = (size_t)(p - buf);
    /* a few mutations: a byte changed, dropped or added */
    if (dirty && rnd(2) == 0 && *len) {
        size_t at = rnd((uint32_t)*len);
        switch (rnd(3)) {
        case 0: buf[at] = (char)rnd(256); break;
        case 1: memmove(buf + at, buf + at + 1, *len - at - 1); (*len)--; break;
        default:
            memmove(buf + at + 1, buf + at, *len - at);
            buf[at] = (char)rnd(256);
            (*len)++;
        }
    }
}

int main(void)
{
    eg_buf_init(&text);
    eg_buf_init(&strs);

    /* a special byte at every offset of a long plain run (the reader
     * skips plain bytes eight at a time): an escaped quote or backslash,
     * non-ASCII and the closing quote are taken and agree, a raw control
     * byte is declined */
    static const char *const specials[] = {"\\\"", "\\\\", "\xC3\xA9",
                                           "\xE2\x80\x99", "\t", "\x01", "\n"};
    for (size_t k = 0; k < 24; k++)
        for (size_t sp = 0; sp < sizeof specials / sizeof specials[0]; sp++) {
            char line[128];
            int len = snprintf(line, sizeof line,
                               "{\"text\": \"%.*s%sbbbbbbbbbbb\"}", (int)k,
                               "aaaaaaaaaaaaaaaaaaaaaaaa", specials[sp]);
            bool control = sp >= 4;
            CHECK(agree(line, (size_t)len) == !control);
            CHECK(!control || eg_jsonl_fast(line, (size_t)len,
                                            &(eg_jsonl_doc){.text = &text,
                                                            .strs = &strs}) ==
                                  false);
            /* the closing quote itself at offset k, more fields after */
            len = snprintf(line, sizeof line,
                           "{\"text\": \"%.*s\", \"id\": \"bbbbbbbbbbbb\"}",
                           (int)k, "aaaaaaaaaaaaaaaaaaaaaaaa");
            CHECK(agree(line, (size_t)len) && text.len == k);
        }

    /* written cases: taken by the fast reader or not, always agreeing */
    CHECK(agree_str("{\"id\": \"a1\", \"text\": \"Kim met Putin.\"}"));
    CHECK(agree_str(" {\"text\":\"x\",\"title\":\"T\",\"date\":\"2024-01-02\"} "));
    CHECK(agree_str("{\"text\": \"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" a\\/b\\n\"}"));
    CHECK(agree_str("{\"text\": \"Москва, 北京\", \"url\": \"http://x\"}"));
    CHECK(agree_str("{\"text\": \"\"}"));
    CHECK(agree_str("{\"text\": \"a\", \"id\": \"\"}"));
    const char nul_line[] = "{\"text\": \"a\\u0000b\", \"title\": \"x\\u0000y\"}";
    CHECK(agree(nul_line, sizeof nul_line - 1));
    CHECK(text.len == 3 && text.data[1] == '\0');
    /* left to Jansson */
    CHECK(!agree_str("{\"id\": 7, \"text\": \"a\"}"));
    CHECK(!agree_str("{\"text\": \"a\", \"text\": \"b\"}"));
    CHECK(!agree_str("{\"t\\u0065xt\": \"a\"}"));
    CHECK(!agree_str("{\"text\": \"a\", \"meta\": {\"k\": \"v\"}}"));
    CHECK(!agree_str("{\"title\": \"no text\"}"));
    CHECK(!agree_str("{}"));
    CHECK(!agree_str("[\"text\"]"));
    /* invalid: both reject */
    CHECK(!agree_str("{\"text\": \"a\"} x"));
    CHECK(!agree_str("{\"text\": \"a\",}"));
    CHECK(!agree_str("{\"text\": \"\\uDE00\"}"));
    CHECK(!agree_str("{\"text\": \"\\uD83D\"}"));
    CHECK(!agree_str("{\"text\": \"\\q\"}"));
    CHECK(!agree_str("{\"text\": \"tab\there\"}"));
    CHECK(!agree_str("{\"text\": \"\xC3\"}"));
    CHECK(!agree_str("{\"text\": \"\xED\xA0\x80\"}"));
    CHECK(!agree_str("{\"text\": \"open"));

    /* random lines */
    char buf[4096];
    size_t before = n_fast;
    for (int i = 0; i < 200000; i++) {
        size_t len;
        rand_line(buf, &len);
        agree(buf, len);
    }
    size_t taken = n_fast - before;
    printf("%zu lines, %zu read by the fast reader\n", n_lines, n_fast);
    /* the random lines exercise both paths */
    CHECK(taken > 20000 && taken < 180000);

    eg_buf_finish(&text);
    eg_buf_finish(&strs);
    return CHECK_DONE();
}
