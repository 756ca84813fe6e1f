/* Lines, paragraphs, sentences and tokens of one document.
 *
 * All positions are byte offsets into the document text, end exclusive.
 * An eg_segmentation is reused from document to document: its arrays keep
 * their capacity, so a worker allocates only while documents grow.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_TEXT_SEGMENT_H
#define EG_TEXT_SEGMENT_H

#include "entgraph.h"

#include <stdint.h>

/* Why the cleaner dropped a line (EG_LINE_KEEP when it did not). */
typedef enum eg_line_verdict {
    EG_LINE_KEEP = 0,
    EG_LINE_BLANK,
    EG_LINE_UI,         /* menu, share buttons, "Advertisement", ... */
    EG_LINE_BYLINE,     /* "By Jane Doe", author boxes, datelines alone */
    EG_LINE_REPEATED,   /* repeated in the document (captions, teasers) */
    EG_LINE_LIST,       /* lists of short title-case items (menus, related) */
    EG_LINE_CODE,       /* CSS or script residue */
    EG_LINE_FOOTER,     /* copyright and legal lines */
    EG_LINE_CAPTION     /* photo credit lines */
} eg_line_verdict;

typedef struct eg_line {
    uint32_t start, end;   /* without the line break */
    uint8_t verdict;       /* eg_line_verdict */
} eg_line;

typedef struct eg_sentence {
    uint32_t start, end;
    uint32_t paragraph;    /* index of the paragraph */
    uint32_t first_token;  /* index into tokens */
    uint32_t n_tokens;
} eg_sentence;

typedef struct eg_token {
    uint32_t start, end;
} eg_token;

typedef struct eg_segmentation {
    eg_line *lines;
    size_t n_lines, cap_lines;
    eg_sentence *sentences;
    size_t n_sentences, cap_sentences;
    eg_token *tokens;
    size_t n_tokens, cap_tokens;
    uint32_t n_paragraphs;
    bool hard_wrapped;     /* single line breaks are spaces in this text */
} eg_segmentation;

void eg_segmentation_init(eg_segmentation *seg);
void eg_segmentation_finish(eg_segmentation *seg);

/* Largest document the segmenter accepts (offsets are 32-bit). */
#define EG_MAX_DOC_BYTES ((size_t)UINT32_MAX - 1)

/* Splits text into lines, every one kept (the cleaner marks them after). */
eg_error_t eg_split_lines(const char *text, size_t len, eg_segmentation *seg);

/* Builds paragraphs, sentences and tokens over the kept lines. Dropped
 * and blank lines end paragraphs. A line break ends a sentence unless the
 * text is hard-wrapped or the next line plainly continues the sentence. */
eg_error_t eg_segment(const char *text, size_t len, eg_segmentation *seg);

/* True when the word ending at s[end] (exclusive) followed by '.' is a
 * known abbreviation that does not end a sentence ("Mr", "Gen", "Jan").
 * Exposed for tests. */
bool eg_is_abbreviation(const char *word, size_t len);

#endif
