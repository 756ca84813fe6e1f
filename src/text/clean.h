/* Boilerplate removal: marks the lines of a scraped page that are not
 * article text (menus, share buttons, bylines, captions repeated, legal
 * footers) so later stages skip them. Lines are marked, never removed, so
 * byte offsets stay those of the input.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_TEXT_CLEAN_H
#define EG_TEXT_CLEAN_H

#include "text/segment.h"

/* Sets the verdict of every line in seg (after eg_split_lines). */
eg_error_t eg_clean(const char *text, size_t len, eg_segmentation *seg);

#endif
