/* entgraph — turn a pile of text into the network of who appears with whom.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * The pipeline as a library:
 *
 *   ingest -> clean -> segment -> extract -> resolve -> cooccur -> graph -> export
 *
 * eg_run() drives the whole pipeline from an eg_options; the stages below are
 * public so that tests and other programs can call them one at a time.
 *
 * Conventions
 * - Every fallible call returns eg_error_t and, when given an eg_status,
 *   fills it with a message that names the file and the problem.
 * - Ownership: "new" results belong to the caller and are released with the
 *   matching _destroy/_finish functions; "borrowed" pointers stay owned by the callee
 *   and live as long as the object they came from.
 * - Heap objects use create/destroy, caller-embedded structs use init/finish.
 * - Same input and options give byte-identical output.
 */
#ifndef ENTGRAPH_H
#define ENTGRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

typedef enum eg_error {
    EG_OK = 0,
    EG_ENOMEM,    /* out of memory */
    EG_EUSAGE,    /* bad option or argument (exit 1) */
    EG_EINPUT,    /* input missing, unreadable or invalid (exit 2) */
    EG_EOUTPUT,   /* output cannot be written (exit 3) */
    EG_EGRAPH,    /* an igraph call failed */
    EG_EINTERNAL  /* a bug: please report */
} eg_error_t;

/* An error report: code plus one human-readable line such as
 * "notes/a.jsonl:12: malformed JSON: ...". */
typedef struct eg_status {
    eg_error_t code;
    char message[1024];
} eg_status;

/* Static English name of an error code. */
const char *eg_strerror(eg_error_t code);
/* Process exit status for an error code: 0 ok, 1 usage, 2 input, 3 output,
 * 4 anything else. */
int eg_exit_status(eg_error_t code);
/* Library version, e.g. "0.1.0". */
const char *eg_version(void);

/* ------------------------------------------------------------------ */
/* Entity types                                                        */
/* ------------------------------------------------------------------ */

typedef enum eg_type {
    EG_TYPE_NONE = 0,
    EG_TYPE_PERSON,
    EG_TYPE_ORG,
    EG_TYPE_PLACE,
    EG_TYPE_COUNT
} eg_type;

/* "person", "organisation", "place" ("" for EG_TYPE_NONE). */
const char *eg_type_name(eg_type type);
/* Parses a type name; accepts the short forms per/org/loc/gpe and the
 * American "organization". Returns false when unknown. */
bool eg_type_parse(const char *name, size_t len, eg_type *out);

/* ------------------------------------------------------------------ */
/* Documents and ingest                                                */
/* ------------------------------------------------------------------ */

/* One document. All pointers are borrowed from the source that produced it
 * and stay valid until the next eg_source_next() call. */
typedef struct eg_doc {
    const char *id;    /* path as given, or the JSONL "id" */
    const char *text;  /* UTF-8, repaired: every invalid byte became '?' so
                          byte offsets still match the input */
    size_t len;
    const char *title; /* NULL when absent */
    const char *date;  /* "YYYY-MM-DD" (or longer ISO form), NULL when absent */
    size_t index;      /* 0-based position in the corpus */
    size_t repaired;   /* invalid UTF-8 bytes replaced in this document */
} eg_doc;

typedef struct eg_ingest_options {
    bool skip_bad_lines; /* JSONL: warn and skip malformed lines */
    bool quiet;          /* no warnings on stderr */
} eg_ingest_options;

typedef struct eg_source eg_source;

/* new: a source reading the given inputs in order. An input is a file, a
 * directory (read recursively; text-like files, sorted by name) or "-" for
 * stdin. Files ending in .jsonl (or .ndjson) hold one JSON object per line
 * with "id" and "text" and optional "title" and "date". Paths are checked
 * here so a missing input fails before any work. */
eg_error_t eg_source_create(eg_source **out, const char *const *inputs,
                            size_t n_inputs, const eg_ingest_options *opt,
                            eg_status *st);
/* Reads the next document into *doc; sets *done at the end. */
eg_error_t eg_source_next(eg_source *src, eg_doc *doc, bool *done,
                          eg_status *st);
/* Bytes read so far (for progress reports). */
uint64_t eg_source_bytes(const eg_source *src);
void eg_source_destroy(eg_source *src);

/* ------------------------------------------------------------------ */
/* The network: what the analysis produces and the exporters write     */
/* ------------------------------------------------------------------ */

typedef struct eg_node {
    char *id;          /* unique readable ASCII slug */
    char *label;       /* most frequent full surface form */
    eg_type type;
    char **aliases;    /* other surface forms, sorted */
    size_t n_aliases;
    long mentions;     /* mentions over the corpus */
    long documents;    /* distinct documents mentioning it */
    char *first, *last;/* earliest/latest document date, or NULL */
    /* metrics, filled by eg_network_compute_metrics() */
    long degree;
    double weighted_degree;
    double pagerank;
    double betweenness;
    double eigenvector;
    double harmonic;
    long kcore;
    long community;    /* 0 = largest community, -1 = none */
    double x, y;       /* layout position when EG_HAS_LAYOUT */
} eg_node;

typedef struct eg_edge {
    size_t source, target; /* node indices, source < target */
    double weight;         /* per the weighting scheme */
    long count;            /* windows in which both appear */
    long documents;        /* distinct documents with such a window */
    char *evidence;        /* one example sentence, or NULL */
    char *first, *last;    /* earliest/latest document date, or NULL */
} eg_edge;

/* Which optional columns the network holds (eg_network.has). */
enum {
    EG_HAS_PAGERANK = 1u << 0,
    EG_HAS_DEGREE = 1u << 1,
    EG_HAS_BETWEENNESS = 1u << 2,
    EG_HAS_EIGENVECTOR = 1u << 3,
    EG_HAS_HARMONIC = 1u << 4,
    EG_HAS_KCORE = 1u << 5,
    EG_HAS_COMMUNITY = 1u << 6,
    EG_HAS_LAYOUT = 1u << 7,
    EG_HAS_DATES = 1u << 8
};

/* Corpus-level counts for the summary. */
typedef struct eg_stats {
    size_t documents;
    size_t sentences;
    size_t mentions;
    size_t entities;      /* before graph filters */
    uint64_t bytes;
    size_t repaired;      /* invalid UTF-8 bytes replaced */
} eg_stats;

typedef struct eg_network {
    eg_node *nodes;
    size_t n_nodes;
    eg_edge *edges;       /* sorted by (source, target) */
    size_t n_edges;
    unsigned has;         /* EG_HAS_* bits */
    double modularity;    /* when EG_HAS_COMMUNITY */
    long n_communities;
    const char *weighting; /* "count", ... (static string) */
    const char *window;    /* "sentence", ... (static string) */
    eg_stats stats;
} eg_network;

void eg_network_init(eg_network *net);
void eg_network_finish(eg_network *net);
/* Removes the nodes without edges (indices of the rest are renumbered). */
eg_error_t eg_network_drop_isolates(eg_network *net, eg_status *st);
/* Prints the ranking table: the top n nodes by PageRank (n = 0: all) with
 * type, mentions, degree, betweenness and community. */
eg_error_t eg_write_ranking(const eg_network *net, size_t n, const char *path,
                            eg_status *st);

/* ------------------------------------------------------------------ */
/* Analysis options and the whole pipeline                             */
/* ------------------------------------------------------------------ */

typedef enum eg_window_kind {
    EG_WINDOW_SENTENCE = 0,
    EG_WINDOW_PARAGRAPH,
    EG_WINDOW_DOCUMENT,
    EG_WINDOW_TOKENS
} eg_window_kind;

typedef enum eg_community_algo {
    EG_COMMUNITY_LOUVAIN = 0,
    EG_COMMUNITY_LEIDEN,
    EG_COMMUNITY_NONE
} eg_community_algo;

typedef enum eg_layout_algo {
    EG_LAYOUT_NONE = 0,
    EG_LAYOUT_FR,  /* Fruchterman-Reingold, for up to a few thousand nodes */
    EG_LAYOUT_DRL  /* DrL, for large graphs */
} eg_layout_algo;

typedef struct eg_format eg_format;

typedef struct eg_output {
    const char *path;
    const eg_format *format;
} eg_output;

typedef struct eg_options {
    const char *const *inputs;
    size_t n_inputs;
    const eg_output *outputs;
    size_t n_outputs;
    const char *mentions_path;   /* --mentions, or NULL */
    eg_ingest_options ingest;
    eg_window_kind window;
    unsigned window_tokens;      /* for EG_WINDOW_TOKENS */
    eg_community_algo community;
    double resolution;
    unsigned long seed;
    bool keep_isolates;          /* keep entities with no edge (default) */
    unsigned types;              /* bit (1 << eg_type) per kept type; 0 = all */
    unsigned min_mentions;       /* drop entities mentioned less often */
    const char *stoplist;        /* --stoplist FILE: never entities */
    const char *aliases;         /* --alias FILE.json: variant -> name */
    bool quiet;                  /* no summary or warnings */
    bool progress;               /* progress line on stderr */
    eg_layout_algo layout;       /* --layout: node positions (default none) */
} eg_options;

/* Fills *opt with the defaults (sentence windows, Louvain, seed 42, keep
 * isolates). */
void eg_options_init(eg_options *opt);

/* Runs the whole pipeline: reads the inputs, builds the network, computes
 * the metrics and writes every output. On success and when out is not NULL,
 * the network is moved into *out (initialised by the caller). */
eg_error_t eg_run(const eg_options *opt, eg_network *out, eg_status *st);

/* ------------------------------------------------------------------ */
/* Metrics                                                             */
/* ------------------------------------------------------------------ */

/* Computes degree, weighted degree, PageRank (weighted, damping 0.85),
 * betweenness (distance = 1/weight), eigenvector, harmonic centrality,
 * k-core and communities with igraph. Seeds igraph's RNG with seed. */
eg_error_t eg_network_compute_metrics(eg_network *net,
                                      eg_community_algo algo,
                                      double resolution, unsigned long seed,
                                      eg_status *st);

/* Sets every node's x, y (centred, spanning about 1000 units, rounded to
 * 3 decimals) and EG_HAS_LAYOUT; seeds igraph's RNG with seed. Does
 * nothing for EG_LAYOUT_NONE. */
eg_error_t eg_network_layout(eg_network *net, eg_layout_algo algo,
                             unsigned long seed, eg_status *st);

/* ------------------------------------------------------------------ */
/* Export                                                              */
/* ------------------------------------------------------------------ */

typedef eg_error_t (*eg_write_fn)(const eg_network *net, const char *path,
                                  eg_status *st);

struct eg_format {
    const char *name;              /* "graphml" */
    const char *const *extensions; /* NULL-terminated, with the dot */
    eg_write_fn write;
    const char *description;
};

/* Borrowed: the table of formats, terminated by a zeroed entry. */
const eg_format *eg_formats(void);
/* Looks a format up by name; NULL when unknown. */
const eg_format *eg_format_by_name(const char *name);
/* Picks the format from a path's extension; NULL when unknown. */
const eg_format *eg_format_for_path(const char *path);

/* Writes net to path with format fmt. The file appears only when complete
 * (written to a temporary file, renamed on success). */
eg_error_t eg_export(const eg_network *net, const eg_format *fmt,
                     const char *path, eg_status *st);

#ifdef __cplusplus
}
#endif

#endif /* ENTGRAPH_H */
