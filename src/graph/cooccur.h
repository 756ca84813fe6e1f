/* Co-occurrence: merges the entities of every document into corpus-wide
 * entities and counts, per pair, the windows (sentences by default) in
 * which both appear. Memory grows with distinct entities and pairs, not
 * with the corpus.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_GRAPH_COOCCUR_H
#define EG_GRAPH_COOCCUR_H

#include "entgraph.h"
#include "extract/extract.h"

#include <stdio.h>

typedef struct eg_corpus_options {
    eg_window_kind window;
    unsigned types;          /* bit (1 << eg_type) per kept type; 0 = all */
    bool keep_isolates;
    unsigned min_mentions;   /* drop entities mentioned fewer times */
    FILE *mentions;          /* spool for --mentions, or NULL */
} eg_corpus_options;

typedef struct eg_corpus eg_corpus;

eg_error_t eg_corpus_create(eg_corpus **out, const eg_corpus_options *opt,
                            eg_status *st);
void eg_corpus_destroy(eg_corpus *c);

/* Adds one analysed document. */
eg_error_t eg_corpus_add(eg_corpus *c, const eg_doc *doc,
                         const eg_analysis *an, eg_status *st);

/* Resolves entities across documents and fills net (nodes sorted by id,
 * edges by endpoints). net must be initialised and empty. */
eg_error_t eg_corpus_build(eg_corpus *c, eg_network *net, eg_status *st);

/* After eg_corpus_build(net): rewrites the mention spool into the final
 * --mentions JSONL on out, adding type and node id; mentions of entities
 * that did not become nodes are left out. */
eg_error_t eg_corpus_write_mentions(eg_corpus *c, const eg_network *net,
                                    FILE *spool, FILE *out);

#endif
