/* Name keys through utf8proc, with an ASCII fast path.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "text/normalize.h"
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Characters dropped from keys once folded: with the apostrophes, the
 * marks of glottal stops in romanised names, which writers as often
 * leave out ("Kāʻanapali" / "Kaanapali", "Shiʿa" / "Shia"). */
static bool key_drops(uint32_t cp)
{
    return eg_cp_is_space(cp) || eg_cp_is_dash(cp) || cp == '.' ||
           eg_cp_is_apostrophe(cp) || cp == 0x2018 || cp == '`' ||
           cp == 0xB4 || cp == '_' || cp == ',' || cp == 0x2BB ||
           cp == 0x2BE || cp == 0x2BF;
}

/* Latin letters that no decomposition takes to ASCII, folded as writers
 * without the letter spell them ("Adıyaman" is "Adiyaman", "Łódź"
 * "Lodz"); utf8proc has case-folded them already. */
static const char *key_latin(uint32_t cp)
{
    switch (cp) {
    case 0x131: return "i";  /* dotless i */
    case 0x142: return "l";  /* l with stroke */
    case 0xF8: return "o";   /* o with stroke */
    case 0x111: return "d";  /* d with stroke */
    case 0xF0: return "d";   /* eth */
    case 0xE6: return "ae";
    case 0x153: return "oe";
    case 0xFE: return "th";  /* thorn */
    case 0x127: return "h";  /* h with stroke */
    default: return NULL;
    }
}

/* ASCII keys: lower case, with the characters key_drops() drops (0xFF
 * here) left out. */
static const unsigned char ascii_key[128] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
    0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x0E, 0x0F, /* TAB LF VT FF CR */
    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
    0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F,
    0xFF, '!',  '"',  '#',  '$',  '%',  '&',  0xFF, /* space ' */
    '(',  ')',  '*',  '+',  0xFF, 0xFF, 0xFF, '/',  /* , - . */
    '0',  '1',  '2',  '3',  '4',  '5',  '6',  '7',
    '8',  '9',  ':',  ';',  '<',  '=',  '>',  '?',
    '@',  'a',  'b',  'c',  'd',  'e',  'f',  'g',
    'h',  'i',  'j',  'k',  'l',  'm',  'n',  'o',
    'p',  'q',  'r',  's',  't',  'u',  'v',  'w',
    'x',  'y',  'z',  '[',  '\\', ']',  '^',  0xFF, /* _ */
    0xFF, 'a',  'b',  'c',  'd',  'e',  'f',  'g',  /* ` */
    'h',  'i',  'j',  'k',  'l',  'm',  'n',  'o',
    'p',  'q',  'r',  's',  't',  'u',  'v',  'w',
    'x',  'y',  'z',  '{',  '|',  '}',  '~',  0x7F,
};

bool eg_name_key(const char *s, size_t len, eg_buf *out)
{
    if (!eg_buf_reserve(out, len))
        return false;
    /* one pass for ASCII, undone at the first other byte */
    size_t at = out->len;
    char *d = out->data + at;
    size_t i = 0;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80)
            break;
        unsigned char k = ascii_key[c];
        if (k != 0xFF)
            *d++ = (char)k;
    }
    if (i == len) {
        out->len = (size_t)(d - out->data);
        out->data[out->len] = '\0';
        return true;
    }
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t n = utf8proc_map(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &mapped,
        UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
            UTF8PROC_STRIPMARK | UTF8PROC_LUMP | UTF8PROC_IGNORE);
    if (n < 0) {
        /* invalid input cannot happen after repair; fall back to bytes */
        return eg_buf_append(out, s, len);
    }
    bool ok = eg_buf_reserve(out, (size_t)n);
    for (utf8proc_ssize_t m = 0; ok && m < n;) {
        uint32_t cp;
        size_t k =
            eg_utf8_decode((const char *)mapped + m, (size_t)(n - m), &cp);
        const char *latin = key_latin(cp);
        if (latin) {
            /* never longer than the letter it replaces (two bytes) */
            for (; *latin; latin++)
                out->data[out->len++] = *latin;
        } else if (!key_drops(cp)) {
            for (size_t j = 0; j < k; j++)
                out->data[out->len++] = (char)mapped[m + (utf8proc_ssize_t)j];
        }
        m += (utf8proc_ssize_t)k;
    }
    if (ok)
        out->data[out->len] = '\0';
    free(mapped);
    return ok;
}

/* Is s already clean: ASCII, single spaces between other characters,
 * none at the ends? (Most names and sentences are.) */
static bool already_clean(const unsigned char *s, size_t len)
{
    if (len == 0 || s[0] == ' ' || s[len - 1] == ' ')
        return len == 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        if (c >= 0x80 ||
            ((eg_ascii_class[c] & EG_CC_SPACE) && (c != ' ' || s[i + 1] == ' ')))
            return false;
    }
    return true;
}

bool eg_surface_clean(const char *s, size_t len, eg_buf *out)
{
    /* the result is never longer than the input: reserve once, write
     * directly */
    if (!eg_buf_reserve(out, len))
        return false;
    if (already_clean((const unsigned char *)s, len)) {
        memcpy(out->data + out->len, s, len);
        out->len += len;
        out->data[out->len] = '\0';
        return true;
    }
    char *d = out->data + out->len, *start = d;
    bool pending_space = false;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        size_t n = 1;
        bool space;
        if (c < 0x80) {
            space = (eg_ascii_class[c] & EG_CC_SPACE) != 0;
        } else {
            uint32_t cp;
            n = eg_utf8_decode(s + i, len - i, &cp);
            space = eg_cp_is_space(cp);
        }
        if (space) {
            pending_space = d > start;
        } else {
            if (pending_space)
                *d++ = ' ';
            for (size_t k = 0; k < n; k++) /* 1-4 bytes: no memcpy call */
                *d++ = s[i + k];
            pending_space = false;
        }
        i += n;
    }
    out->len = (size_t)(d - out->data);
    out->data[out->len] = '\0';
    return true;
}

bool eg_keys_one_edit(const char *a, size_t la, const char *b, size_t lb,
                      size_t *at)
{
    if (la > lb + 1 || lb > la + 1 || (la == lb && memcmp(a, b, la) == 0))
        return false;
    size_t i = 0;
    while (i < la && i < lb && a[i] == b[i])
        i++;
    if (at)
        *at = i;
    if (la == lb)
        return memcmp(a + i + 1, b + i + 1, la - i - 1) == 0;
    if (la > lb)
        return memcmp(a + i + 1, b + i, la - i - 1) == 0;
    return memcmp(a + i, b + i + 1, la - i) == 0;
}
