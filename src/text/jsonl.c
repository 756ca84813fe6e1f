/* The fast JSONL line reader (see jsonl.h).
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "text/jsonl.h"
#include "text/utf8.h"

#include <stdint.h>
#include <string.h>

typedef struct cursor {
    const unsigned char *p, *end;
} cursor;

static void skip_ws(cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' ||
                             *c->p == '\n' || *c->p == '\r'))
        c->p++;
}

static bool hex4(const unsigned char *p, const unsigned char *end,
                 uint32_t *out)
{
    if (end - p < 4)
        return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char h = p[i];
        unsigned d;
        if (h >= '0' && h <= '9')
            d = h - '0';
        else if ((h | 0x20) >= 'a' && (h | 0x20) <= 'f')
            d = (h | 0x20) - 'a' + 10;
        else
            return false;
        v = v << 4 | d;
    }
    *out = v;
    return true;
}

static bool put_utf8(eg_buf *b, uint32_t u)
{
    char s[4];
    size_t n;
    if (u < 0x80) {
        s[0] = (char)u;
        n = 1;
    } else if (u < 0x800) {
        s[0] = (char)(0xC0 | u >> 6);
        s[1] = (char)(0x80 | (u & 0x3F));
        n = 2;
    } else if (u < 0x10000) {
        s[0] = (char)(0xE0 | u >> 12);
        s[1] = (char)(0x80 | (u >> 6 & 0x3F));
        s[2] = (char)(0x80 | (u & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | u >> 18);
        s[1] = (char)(0x80 | (u >> 12 & 0x3F));
        s[2] = (char)(0x80 | (u >> 6 & 0x3F));
        s[3] = (char)(0x80 | (u & 0x3F));
        n = 4;
    }
    return eg_buf_append(b, s, n);
}

/* The string whose opening quote c->p is past: decoded into out (unless
 * NULL), c->p moved past its closing quote. False when it is not a valid
 * JSON string (a control character, a bad escape or surrogate, invalid
 * UTF-8), when escapes is false and it holds one, or out of memory. */
static bool read_string(cursor *c, eg_buf *out, bool escapes)
{
    const unsigned char *p = c->p, *end = c->end;
    for (;;) {
        const unsigned char *run = p;
        /* eight bytes at a time while none of them is a control byte, a
         * quote, a backslash or non-ASCII (the exact any-byte tests of
         * "Bit Twiddling Hacks"; a hit goes on byte by byte) */
        const uint64_t ones = UINT64_C(0x0101010101010101),
                       high = UINT64_C(0x8080808080808080);
        while (end - p >= 8) {
            uint64_t v;
            memcpy(&v, p, 8);
            uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
            uint64_t stop = ((v - ones * 0x20) & ~v) | ((q - ones) & ~q) |
                            ((b - ones) & ~b) | v;
            if (stop & high)
                break;
            p += 8;
        }
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            p++;
        if (out && p > run &&
            !eg_buf_append(out, (const char *)run, (size_t)(p - run)))
            return false;
        if (p >= end || *p < 0x20)
            return false;
        if (*p == '"') {
            c->p = p + 1;
            return true;
        }
        if (*p >= 0x80) {
            uint32_t cp;
            size_t n = eg_utf8_decode_multi((const char *)p, (size_t)(end - p),
                                            &cp);
            if (n == 1)
                return false; /* not UTF-8 */
            if (out && !eg_buf_append(out, (const char *)p, n))
                return false;
            p += n;
            continue;
        }
        /* a backslash */
        if (!escapes || ++p >= end)
            return false;
        uint32_t u;
        switch (*p) {
        case '"': u = '"'; break;
        case '\\': u = '\\'; break;
        case '/': u = '/'; break;
        case 'b': u = '\b'; break;
        case 'f': u = '\f'; break;
        case 'n': u = '\n'; break;
        case 'r': u = '\r'; break;
        case 't': u = '\t'; break;
        case 'u':
            if (!hex4(p + 1, end, &u) || (u >= 0xDC00 && u <= 0xDFFF))
                return false;
            p += 4;
            if (u >= 0xD800 && u <= 0xDBFF) {
                /* a high surrogate: a low one must follow */
                uint32_t lo;
                if (end - p < 7 || p[1] != '\\' || p[2] != 'u' ||
                    !hex4(p + 3, end, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                    return false;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            }
            break;
        default:
            return false;
        }
        p++;
        if (out && !put_utf8(out, u))
            return false;
    }
}

enum { F_ID, F_TEXT, F_TITLE, F_DATE, F_OTHER };

static int field_of(const unsigned char *k, size_t n)
{
    if (n == 2 && memcmp(k, "id", 2) == 0)
        return F_ID;
    if (n == 4 && memcmp(k, "text", 4) == 0)
        return F_TEXT;
    if (n == 5 && memcmp(k, "title", 5) == 0)
        return F_TITLE;
    if (n == 4 && memcmp(k, "date", 4) == 0)
        return F_DATE;
    return F_OTHER;
}

bool eg_jsonl_fast(const char *line, size_t len, eg_jsonl_doc *out)
{
    cursor c = {(const unsigned char *)line, (const unsigned char *)line + len};
    eg_buf_clear(out->text);
    eg_buf_clear(out->strs);
    out->id = out->title = out->date = EG_JSONL_NONE;
    out->id_len = 0;
    bool seen[F_OTHER] = {false, false, false, false};
    skip_ws(&c);
    if (c.p >= c.end || *c.p++ != '{')
        return false;
    skip_ws(&c);
    if (c.p < c.end && *c.p == '}') {
        c.p++;
    } else {
        for (;;) {
            /* a key without escapes ("t\u0065xt" is left to Jansson) */
            if (c.p >= c.end || *c.p++ != '"')
                return false;
            const unsigned char *k = c.p;
            if (!read_string(&c, NULL, false))
                return false;
            int f = field_of(k, (size_t)(c.p - 1 - k));
            skip_ws(&c);
            if (c.p >= c.end || *c.p++ != ':')
                return false;
            skip_ws(&c);
            /* a string value, or nothing for this reader */
            if (c.p >= c.end || *c.p++ != '"')
                return false;
            if (f != F_OTHER) {
                if (seen[f])
                    return false; /* which one counts is Jansson's call */
                seen[f] = true;
            }
            size_t start = out->strs->len;
            eg_buf *dst = f == F_TEXT    ? out->text
                          : f == F_OTHER ? NULL
                                         : out->strs;
            if (!read_string(&c, dst, true))
                return false;
            if (dst == out->strs) {
                if (!eg_buf_putc(out->strs, '\0'))
                    return false;
                if (f == F_ID) {
                    out->id = start;
                    out->id_len = out->strs->len - 1 - start;
                } else if (f == F_TITLE) {
                    out->title = start;
                } else {
                    out->date = start;
                }
            }
            skip_ws(&c);
            if (c.p >= c.end)
                return false;
            if (*c.p == '}') {
                c.p++;
                break;
            }
            if (*c.p++ != ',')
                return false;
            skip_ws(&c);
        }
    }
    skip_ws(&c);
    return c.p == c.end && seen[F_TEXT];
}
