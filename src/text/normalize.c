/* Name keys through utf8proc, with an ASCII fast path.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "text/normalize.h"
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Characters dropped from keys once folded. */
static bool key_drops(uint32_t cp)
{
    return eg_cp_is_space(cp) || eg_cp_is_dash(cp) || cp == '.' ||
           eg_cp_is_apostrophe(cp) || cp == 0x2018 || cp == '`' ||
           cp == 0xB4 || cp == '_' || cp == ',';
}

bool eg_name_key(const char *s, size_t len, eg_buf *out)
{
    bool ascii = true;
    for (size_t i = 0; i < len && ascii; i++)
        ascii = (unsigned char)s[i] < 0x80;
    if (ascii) {
        if (!eg_buf_reserve(out, len))
            return false;
        for (size_t i = 0; i < len; i++) {
            char c = s[i];
            if (c == ' ' || c == '-' || c == '.' || c == '\'' || c == ',' ||
                c == '\t' || c == '\n' || c == '\r' || c == '`' || c == '_' ||
                c == '\f' || c == '\v')
                continue;
            if (c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            out->data[out->len++] = c;
        }
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
    for (utf8proc_ssize_t i = 0; ok && i < n;) {
        uint32_t cp;
        size_t k = eg_utf8_decode((const char *)mapped + i, (size_t)(n - i), &cp);
        if (!key_drops(cp)) {
            for (size_t j = 0; j < k; j++)
                out->data[out->len++] = (char)mapped[i + (utf8proc_ssize_t)j];
        }
        i += (utf8proc_ssize_t)k;
    }
    if (ok)
        out->data[out->len] = '\0';
    free(mapped);
    return ok;
}

bool eg_surface_clean(const char *s, size_t len, eg_buf *out)
{
    bool pending_space = false, any = false;
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = eg_utf8_decode(s + i, len - i, &cp);
        if (eg_cp_is_space(cp)) {
            pending_space = any;
        } else {
            if (pending_space && !eg_buf_putc(out, ' '))
                return false;
            if (!eg_buf_append(out, s + i, n))
                return false;
            pending_space = false;
            any = true;
        }
        i += n;
    }
    return eg_buf_reserve(out, 0);
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
