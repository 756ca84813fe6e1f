/* Entity extraction for one document: cleaning, segmentation, candidate
 * spans, typing and within-document alias resolution.
 *
 * An eg_extractor is built once (patterns compiled, gazetteers loaded) and
 * is read-only afterwards, so worker threads share it. Each thread owns an
 * eg_worker (PCRE2 match data, scratch buffers) and an eg_analysis that is
 * reused from document to document.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_EXTRACT_EXTRACT_H
#define EG_EXTRACT_EXTRACT_H

#include "entgraph.h"
#include "core/arena.h"
#include "text/segment.h"

/* One mention of an entity in the document. */
typedef struct eg_mention {
    uint32_t start, end;  /* byte offsets of the name, end exclusive */
    uint32_t sentence;    /* index into seg.sentences */
    uint32_t entity;      /* index into eg_analysis.entities */
    bool partial;         /* a short form (surname, acronym) of the entity */
} eg_mention;

/* One entity as this document knows it. */
typedef struct eg_doc_entity {
    const char *name;     /* display form chosen in the document */
    const char *key;      /* key for merging across documents */
    const char *first_key;/* key of the first and last word of a multi-word */
    const char *last_key; /* name (NULL for one word), for short forms */
    eg_type type;
    float votes[EG_TYPE_COUNT]; /* type evidence collected in the document
                                   (what a name's own words say counted
                                   once per name: name_votes_once()) */
    uint32_t n_mentions;
    bool partial_only;    /* only short forms seen ("Putin", "Mr Kim") */
    bool acronym;         /* only an acronym seen ("BCDB") */
    bool given_first;     /* a name of several words opened by a given
                             name ("Jordan Bardella") */
    const char *canonical;/* the --alias name it maps to, or NULL */
    const char *core_key; /* key of the name without the country that
                             opens or ends it ("US State Department":
                             "State Department"), or NULL */
    const char *core_place;/* that country's key ("unitedstates") */
    bool core_anywhere;   /* the shorter name stands for this one in any
                             document: a ministry, a department, an
                             agency, an office, a commission or a listed
                             name ("State Department") */
} eg_doc_entity;

typedef struct eg_analysis {
    eg_segmentation seg;
    eg_mention *mentions;
    size_t n_mentions, cap_mentions;
    eg_doc_entity *entities;
    size_t n_entities, cap_entities;
    eg_arena arena;       /* strings of the current document */
} eg_analysis;

void eg_analysis_init(eg_analysis *an);
void eg_analysis_finish(eg_analysis *an);

typedef struct eg_extract_options {
    unsigned types;           /* bit (1 << eg_type) per kept type; 0 = all */
    const char *stoplist;     /* --stoplist FILE, or NULL */
    const char *aliases;      /* --alias FILE.json, or NULL */
} eg_extract_options;

typedef struct eg_extractor eg_extractor;
typedef struct eg_worker eg_worker;

/* new: compiles the patterns (with JIT where available) and loads the
 * embedded gazetteers. */
eg_error_t eg_extractor_create(eg_extractor **out,
                               const eg_extract_options *opt, eg_status *st);
void eg_extractor_destroy(eg_extractor *ex);

/* new: per-thread scratch for ex (which must outlive it). */
eg_error_t eg_worker_create(eg_worker **out, const eg_extractor *ex,
                            eg_status *st);
void eg_worker_destroy(eg_worker *w);

/* Analyses doc into an (previous contents are discarded). */
eg_error_t eg_analyze(const eg_extractor *ex, eg_worker *w, const eg_doc *doc,
                      eg_analysis *an, eg_status *st);

/* The stages of eg_analyze(), for the timings of the summary. */
enum {
    EG_STAGE_CLEAN,     /* lines, boilerplate */
    EG_STAGE_SEGMENT,   /* paragraphs, sentences, tokens */
    EG_STAGE_FIND,      /* candidate names and their type votes */
    EG_STAGE_RESOLVE,   /* one entity per name in the document, mentions */
    EG_STAGE_COUNT
};

/* Adds to t[EG_STAGE_*] the wall-clock seconds w has spent in each stage
 * since it was created. */
void eg_worker_add_times(const eg_worker *w, double t[EG_STAGE_COUNT]);

/* For tests: the candidate pattern's match anchored at pos in
 * text[0..end), 1 with [*ms, *me), 0 for none, < 0 on error, by PCRE2;
 * fast: by the plain-ASCII matcher alone, -1 where it leaves the text to
 * PCRE2. */
int eg_extract_match_run(eg_worker *w, const char *text, size_t end,
                         size_t pos, bool fast, size_t *ms, size_t *me);

/* Borrowed: the gazetteers the extractor uses. */
struct eg_gazetteer;
const struct eg_gazetteer *eg_extractor_gazetteer(const eg_extractor *ex);

#endif
