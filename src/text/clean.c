/* Boilerplate removal, first version: blank lines only. The extraction
 * work replaces this with line-feature rules.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "text/clean.h"
#include "text/utf8.h"

eg_error_t eg_clean(const char *text, size_t len, eg_segmentation *seg)
{
    (void)len;
    for (size_t i = 0; i < seg->n_lines; i++) {
        eg_line *ln = &seg->lines[i];
        bool blank = true;
        for (size_t p = ln->start; p < ln->end && blank;) {
            uint32_t cp;
            p += eg_utf8_decode(text + p, ln->end - p, &cp);
            blank = eg_cp_is_space(cp);
        }
        if (blank)
            ln->verdict = EG_LINE_BLANK;
    }
    return EG_OK;
}
