/* UTF-8 repair and decoding.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

/* Length of the valid sequence at s, or 0 when it is invalid. Follows
 * Unicode Table 3-7 (well-formed byte sequences). */
static size_t valid_seq(const unsigned char *s, size_t len)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return c ? 1 : 0;
    if (c < 0xC2 || c > 0xF4)
        return 0;
    size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len < n)
        return 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    return n;
}

size_t eg_utf8_repair(char *s, size_t len)
{
    unsigned char *p = (unsigned char *)s;
    size_t bad = 0, i = 0;
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (i < len) {
        /* eight ASCII bytes, none NUL, at a time */
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (!(w & highs) && !((w - ones) & ~w & highs)) {
                i += 8;
                continue;
            }
        }
        if (p[i] < 0x80 && p[i]) {
            i++;
            continue;
        }
        size_t n = valid_seq(p + i, len - i);
        if (n) {
            i += n;
        } else {
            p[i++] = '?';
            bad++;
        }
    }
    return bad;
}

size_t eg_utf8_decode_multi(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    size_t n = valid_seq(p, len);
    if (!n) {
        *cp = p[0];
        return 1;
    }
    uint32_t c = p[0] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t i = 1; i < n; i++)
        c = (c << 6) | (p[i] & 0x3F);
    *cp = c;
    return n;
}

size_t eg_utf8_prev_multi(const char *s, size_t pos, uint32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (p[start] & 0xC0) == 0x80)
        start--;
    size_t n = eg_utf8_decode(s + start, pos - start, cp);
    if (start + n != pos) {
        /* not a clean sequence: step back one byte */
        *cp = p[pos - 1];
        return pos - 1;
    }
    return start;
}

static utf8proc_category_t cat(uint32_t cp)
{
    return utf8proc_category((utf8proc_int32_t)cp);
}

#define U EG_CC_UPPER
#define L EG_CC_LOWER
#define D EG_CC_DIGIT
#define S EG_CC_SPACE
const unsigned char eg_ascii_class[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, S, S, S, S, S, 0, 0, /* TAB LF VT FF CR */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    S, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* space */
    D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0, /* 0-9 */
    0, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, /* A-O */
    U, U, U, U, U, U, U, U, U, U, U, 0, 0, 0, 0, 0, /* P-Z */
    0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* a-o */
    L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, 0, /* p-z */
};
#undef U
#undef L
#undef D
#undef S

bool eg_cp_is_upper_multi(uint32_t cp)
{
    utf8proc_category_t c = cat(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool eg_cp_is_lower_multi(uint32_t cp)
{
    return cat(cp) == UTF8PROC_CATEGORY_LL;
}

bool eg_cp_is_letter_multi(uint32_t cp)
{
    utf8proc_category_t c = cat(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool eg_cp_is_digit_multi(uint32_t cp)
{
    return cat(cp) == UTF8PROC_CATEGORY_ND;
}

bool eg_cp_is_alnum_multi(uint32_t cp)
{
    utf8proc_category_t c = cat(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

bool eg_cp_is_space_multi(uint32_t cp)
{
    utf8proc_category_t c = cat(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
           c == UTF8PROC_CATEGORY_ZP || cp == 0x85 || cp == 0xFEFF ||
           cp == 0x200B;
}

bool eg_cp_is_dash(uint32_t cp)
{
    return cp == '-' || (cp >= 0x80 && cat(cp) == UTF8PROC_CATEGORY_PD);
}

bool eg_cp_is_apostrophe(uint32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

bool eg_cp_is_open_quote(uint32_t cp)
{
    switch (cp) {
    case '"': case '\'': case '(': case '[': case '{':
    case 0x201C: case 0x2018: case 0x00AB: case 0x201E: case 0x2039:
        return true;
    }
    return false;
}

bool eg_cp_is_close_quote(uint32_t cp)
{
    switch (cp) {
    case '"': case '\'': case ')': case ']': case '}':
    case 0x201D: case 0x2019: case 0x00BB: case 0x203A:
        return true;
    }
    return false;
}
