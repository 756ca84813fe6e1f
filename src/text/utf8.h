/* UTF-8 checking, repair and decoding, plus the character classes the
 * segmenter and extractor ask about (Unicode-aware through utf8proc).
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_TEXT_UTF8_H
#define EG_TEXT_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Replaces every byte that is not part of a valid UTF-8 sequence (stray
 * continuation bytes, overlong forms, surrogates, code points above
 * U+10FFFF, truncated sequences) and every NUL byte with '?', in place, so
 * byte offsets stay those of the input. Returns the number of bytes
 * replaced. */
size_t eg_utf8_repair(char *s, size_t len);

/* Decodes the code point at s[0..len) (assumed valid, e.g. after repair);
 * returns its length in bytes (1..4), or 1 with *cp = the byte when the
 * input is not valid. len must be > 0. ASCII is decoded inline; the rest
 * in eg_utf8_decode_multi(). */
size_t eg_utf8_decode_multi(const char *s, size_t len, uint32_t *cp);
static inline size_t eg_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    return eg_utf8_decode_multi(s, len, cp);
}

/* Decodes the code point that ends just before s + pos; returns its start
 * offset. pos must be > 0. */
size_t eg_utf8_prev_multi(const char *s, size_t pos, uint32_t *cp);
static inline size_t eg_utf8_prev(const char *s, size_t pos, uint32_t *cp)
{
    unsigned char c = (unsigned char)s[pos - 1];
    if (c < 0x80) {
        *cp = c;
        return pos - 1;
    }
    return eg_utf8_prev_multi(s, pos, cp);
}

/* Character classes: ASCII from a table, inline (the text is mostly
 * ASCII and these run for every character); above it from utf8proc's
 * general categories. */
enum {
    EG_CC_UPPER = 1,
    EG_CC_LOWER = 2,
    EG_CC_DIGIT = 4,
    EG_CC_SPACE = 8,
    EG_CC_LETTER = EG_CC_UPPER | EG_CC_LOWER,
    EG_CC_ALNUM = EG_CC_LETTER | EG_CC_DIGIT
};
extern const unsigned char eg_ascii_class[128];
bool eg_cp_is_upper_multi(uint32_t cp);
bool eg_cp_is_lower_multi(uint32_t cp);
bool eg_cp_is_letter_multi(uint32_t cp);
bool eg_cp_is_digit_multi(uint32_t cp);
bool eg_cp_is_alnum_multi(uint32_t cp);
bool eg_cp_is_space_multi(uint32_t cp);

/* Lu or Lt */
static inline bool eg_cp_is_upper(uint32_t cp)
{
    return cp < 0x80 ? (eg_ascii_class[cp] & EG_CC_UPPER) != 0
                     : eg_cp_is_upper_multi(cp);
}
/* Ll */
static inline bool eg_cp_is_lower(uint32_t cp)
{
    return cp < 0x80 ? (eg_ascii_class[cp] & EG_CC_LOWER) != 0
                     : eg_cp_is_lower_multi(cp);
}
/* L* */
static inline bool eg_cp_is_letter(uint32_t cp)
{
    return cp < 0x80 ? (eg_ascii_class[cp] & EG_CC_LETTER) != 0
                     : eg_cp_is_letter_multi(cp);
}
/* Nd */
static inline bool eg_cp_is_digit(uint32_t cp)
{
    return cp < 0x80 ? (eg_ascii_class[cp] & EG_CC_DIGIT) != 0
                     : eg_cp_is_digit_multi(cp);
}
/* L*, M*, N* */
static inline bool eg_cp_is_alnum(uint32_t cp)
{
    return cp < 0x80 ? (eg_ascii_class[cp] & EG_CC_ALNUM) != 0
                     : eg_cp_is_alnum_multi(cp);
}
/* Zs, TAB, LF, CR, ... */
static inline bool eg_cp_is_space(uint32_t cp)
{
    return cp < 0x80 ? (eg_ascii_class[cp] & EG_CC_SPACE) != 0
                     : eg_cp_is_space_multi(cp);
}
bool eg_cp_is_dash(uint32_t cp);    /* '-' and Pd */
bool eg_cp_is_apostrophe(uint32_t cp); /* ' ’ ʼ */
bool eg_cp_is_open_quote(uint32_t cp);  /* " “ ‘ « ( [ { */
bool eg_cp_is_close_quote(uint32_t cp); /* " ” ’ » ) ] } */

#endif
