/* Normalisation of names for comparison (keys) and display (surfaces).
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_TEXT_NORMALIZE_H
#define EG_TEXT_NORMALIZE_H

#include "core/buf.h"

#include <stdbool.h>
#include <stddef.h>

/* Appends to out the comparison key of a name: Unicode NFKC, case folded,
 * diacritics stripped, punctuation variants lumped, then spaces, hyphens,
 * dots and apostrophes removed. "Kim Jong-un", "KIM JONG UN" and
 * "Kim Jong Un" share the key "kimjongun"; "São Tomé" gives "saotome".
 * Returns false when out of memory. */
bool eg_name_key(const char *s, size_t len, eg_buf *out);

/* Are the keys a[0..la) and b[0..lb) exactly one edit apart (one letter
 * substituted, inserted or deleted)? *at (may be NULL) gets the offset of
 * the first difference. Used to merge spelling variants of names. */
bool eg_keys_one_edit(const char *a, size_t la, const char *b, size_t lb,
                      size_t *at);

/* Appends to out a display form of s: runs of white space (including line
 * breaks and no-break spaces) become one space, ends trimmed. */
bool eg_surface_clean(const char *s, size_t len, eg_buf *out);

#endif
