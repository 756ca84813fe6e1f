/* A fast reader for the common JSONL line: one flat object of strings.
 *
 * Jansson builds a tree of every line, copying each string character by
 * character; on a JSONL corpus that took more time than the whole entity
 * extraction. eg_jsonl_fast() reads the usual document line straight into
 * the caller's buffers and declines everything else (numbers, nested
 * values, duplicate fields, any error), which Jansson then reads and, for
 * a bad line, explains. What it accepts, Jansson accepts with the same
 * values (tests/unit/test_jsonl.c compares the two).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_TEXT_JSONL_H
#define EG_TEXT_JSONL_H

#include "core/buf.h"

#include <stdbool.h>
#include <stddef.h>

/* The fields entgraph reads from a document line. */
typedef struct eg_jsonl_doc {
    eg_buf *text;     /* "text" is appended here (NUL bytes kept) */
    eg_buf *strs;     /* "id", "title", "date": NUL-terminated, back to back */
    size_t id, title, date; /* offsets in strs, or EG_JSONL_NONE */
    size_t id_len;    /* bytes of "id" */
} eg_jsonl_doc;

#define EG_JSONL_NONE ((size_t)-1)

/* Reads line[0..len) when it is a JSON object whose values are all strings
 * and that has a "text" and each of "id", "title", "date", "text" at most
 * once. Clears text and strs first. False when the line is anything else,
 * is not valid JSON, or memory ran out: the caller then asks Jansson. */
bool eg_jsonl_fast(const char *line, size_t len, eg_jsonl_doc *out);

#endif
