/* Co-occurrence: merges the entities of every document into corpus-wide
 * entities and counts, per pair, the windows (sentences by default) in
 * which both appear, and per entity the windows it appears in. Memory
 * grows with distinct entities and pairs, not with the corpus.
 *
 * Windows. sentence, paragraph, document: each unit is one window; W
 * counts every unit of the corpus (also those naming nobody), c_i the
 * units naming i, c_ij the units naming both.
 * N tokens: a mention's position is the index of its first token in the
 * document. Every mention m anchors one window: the mentions at positions
 * pos(m) - N .. pos(m) of the same document. W counts the anchors, c_i
 * the windows holding i, and c_ij the anchors of i (or j) whose window
 * also holds j (or i). So "A ... B" (at most N tokens apart) counts 1,
 * at B; "A B A" counts 2; a pair counts at most once per mention, never
 * once per other name or token position in the window.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_GRAPH_COOCCUR_H
#define EG_GRAPH_COOCCUR_H

#include "entgraph.h"
#include "extract/extract.h"

#include <stdio.h>

typedef struct eg_corpus_options {
    eg_window_kind window;
    unsigned window_tokens;  /* N for EG_WINDOW_TOKENS (>= 1) */
    unsigned types;          /* bit (1 << eg_type) per kept type; 0 = all */
    bool keep_isolates;
    unsigned min_mentions;   /* drop entities mentioned fewer times */
    FILE *mentions;          /* spool for --mentions, or NULL */
    size_t window_cap;       /* most entities paired per window; 0 =
                                EG_WINDOW_CAP */
    size_t spool_memory;     /* bytes of window records kept in memory
                                before a temporary file takes them; 0 =
                                8 MiB (see cooccur.c) */
} eg_corpus_options;

typedef struct eg_corpus eg_corpus;

eg_error_t eg_corpus_create(eg_corpus **out, const eg_corpus_options *opt,
                            eg_status *st);
void eg_corpus_destroy(eg_corpus *c);

/* Adds one analysed document. */
eg_error_t eg_corpus_add(eg_corpus *c, const eg_doc *doc,
                         const eg_analysis *an, eg_status *st);

/* Resolves entities across documents and fills net (nodes sorted by id,
 * edges by endpoints). net must be initialised and empty. The strings the
 * corpus made so far (the evidence sentences among them) move into net's
 * string pool, which the edges share instead of copying them: use the
 * corpus only while net lives (eg_corpus_destroy() reads none of them). */
eg_error_t eg_corpus_build(eg_corpus *c, eg_network *net, eg_status *st);

/* After eg_corpus_build(net): rewrites the mention spool into the final
 * --mentions JSONL on out, adding type and node id; mentions of entities
 * that did not become nodes are left out. */
eg_error_t eg_corpus_write_mentions(eg_corpus *c, const eg_network *net,
                                    FILE *spool, FILE *out);

#endif
