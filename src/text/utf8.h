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
 * input is not valid. len must be > 0. */
size_t eg_utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Decodes the code point that ends just before s + pos; returns its start
 * offset. pos must be > 0. */
size_t eg_utf8_prev(const char *s, size_t pos, uint32_t *cp);

/* Character classes. */
bool eg_cp_is_upper(uint32_t cp);   /* Lu or Lt */
bool eg_cp_is_lower(uint32_t cp);   /* Ll */
bool eg_cp_is_letter(uint32_t cp);  /* L* */
bool eg_cp_is_digit(uint32_t cp);   /* Nd */
bool eg_cp_is_alnum(uint32_t cp);   /* L*, M*, N* */
bool eg_cp_is_space(uint32_t cp);   /* Zs, TAB, LF, CR, ... */
bool eg_cp_is_dash(uint32_t cp);    /* '-' and Pd */
bool eg_cp_is_apostrophe(uint32_t cp); /* ' ’ ʼ */
bool eg_cp_is_open_quote(uint32_t cp);  /* " “ ‘ « ( [ { */
bool eg_cp_is_close_quote(uint32_t cp); /* " ” ’ » ) ] } */

#endif
