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

/* new: a source reading the given inputs. An input is a file, a
 * directory (read recursively; text-like files) or "-" for stdin. The
 * expanded list of files is read sorted by path ('/' first, as in a
 * sorted walk of the directories), whatever the order of inputs, so the
 * output does not depend on it. Files ending in .jsonl (or .ndjson) hold
 * one JSON object per line with "id" and "text" and optional "title" and
 * "date". Paths are checked
 * here so a missing input fails before any work. */
eg_error_t eg_source_create(eg_source **out, const char *const *inputs,
                            size_t n_inputs, const eg_ingest_options *opt,
                            eg_status *st);
/* Reads the next document into *doc; sets *done at the end. */
eg_error_t eg_source_next(eg_source *src, eg_doc *doc, bool *done,
                          eg_status *st);
/* Total size of the input files, 0 when unknown (stdin). */
uint64_t eg_source_total_bytes(const eg_source *src);
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
    long windows;      /* c_i: co-occurrence windows containing it */
    /* metrics, filled by eg_network_compute_metrics() */
    long degree;
    double weighted_degree;
    double pagerank;
    double betweenness;
    double eigenvector;
    double harmonic;
    double closeness;  /* over the reachable nodes, distance = 1/weight */
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
    EG_HAS_DATES = 1u << 8,
    EG_HAS_CLOSENESS = 1u << 9
};

/* Corpus-level counts for the summary. */
typedef struct eg_stats {
    size_t documents;
    size_t sentences;
    size_t mentions;
    size_t entities;      /* before graph filters */
    uint64_t bytes;
    size_t repaired;      /* invalid UTF-8 bytes replaced */
    uint64_t windows;     /* W: co-occurrence windows in the corpus */
    /* wall-clock seconds per stage, for the summary; with more than one
     * thread reading and adding to the corpus overlap the analysis, and
     * t_extract is the time spent waiting for it */
    double t_read, t_extract, t_build, t_metrics, t_export;
    /* the analysis (t_extract) by stage: seconds summed over the threads
     * that analyse, so their sum exceeds t_extract with -j above 1 */
    double t_clean, t_segment, t_find, t_resolve;
    size_t capped_windows;/* windows naming more entities than are paired
                             (window_cap): only that many were linked */
} eg_stats;

struct eg_arena;

typedef struct eg_network {
    eg_node *nodes;
    size_t n_nodes;
    eg_edge *edges;       /* sorted by (source, target) */
    size_t n_edges;
    unsigned has;         /* EG_HAS_* bits */
    double modularity;    /* when EG_HAS_COMMUNITY */
    long n_communities;
    size_t path_sources;   /* 0: betweenness, harmonic and closeness are
                              exact; else estimated from this many sampled
                              sources (see eg_path_metrics) */
    const char *weighting; /* "count", ... (static string) */
    const char *window;    /* "sentence", "paragraph", "document", "tokens" */
    unsigned window_tokens;/* N when window is "tokens" */
    eg_stats stats;
    /* Internal: when set, every string of the nodes and edges (ids,
     * labels, aliases, dates, evidence) lives in this pool, which
     * eg_network_finish() frees at once instead of string by string. The
     * pipeline's networks have one; a network put together by hand leaves
     * it NULL and malloc()s its strings. */
    struct eg_arena *strings;
} eg_network;

void eg_network_init(eg_network *net);
void eg_network_finish(eg_network *net);
/* Removes the nodes without edges (indices of the rest are renumbered). */
eg_error_t eg_network_drop_isolates(eg_network *net, eg_status *st);

typedef enum eg_rank_metric {
    EG_RANK_PAGERANK = 0,
    EG_RANK_DEGREE,
    EG_RANK_WEIGHTED_DEGREE,
    EG_RANK_BETWEENNESS,
    EG_RANK_EIGENVECTOR,
    EG_RANK_HARMONIC,
    EG_RANK_MENTIONS,
    EG_RANK_DOCUMENTS
} eg_rank_metric;

typedef enum eg_rank_format {
    EG_RANK_TEXT = 0,  /* aligned columns for the terminal */
    EG_RANK_TSV,       /* header line, tab-separated */
    EG_RANK_JSON       /* one array of objects */
} eg_rank_format;

typedef struct eg_rank_options {
    size_t n;              /* rows; 0 = all */
    eg_rank_metric by;
    eg_rank_format format;
} eg_rank_options;

/* Parses "pagerank", "degree", ... / "text", "tsv", "json"; false when
 * unknown. */
bool eg_rank_metric_parse(const char *name, eg_rank_metric *out);
bool eg_rank_format_parse(const char *name, eg_rank_format *out);
/* Writes the ranking table of the top nodes by ro->by (ties: PageRank,
 * mentions, id): rank, label, type, PageRank, weighted degree,
 * betweenness, community, mentions, documents. */
eg_error_t eg_write_ranking(const eg_network *net, const eg_rank_options *ro,
                            const char *path, eg_status *st);

/* ------------------------------------------------------------------ */
/* Analysis options and the whole pipeline                             */
/* ------------------------------------------------------------------ */

/* Most distinct entities paired within one window (--window-cap): a
 * document window can name hundreds, and pairs grow with the square. The
 * entities past the cap (in order of first appearance in the corpus)
 * still count the window (c_i) but get no edge from it. */
#define EG_WINDOW_CAP 200

typedef enum eg_window_kind {
    EG_WINDOW_SENTENCE = 0,
    EG_WINDOW_PARAGRAPH,
    EG_WINDOW_DOCUMENT,
    EG_WINDOW_TOKENS
} eg_window_kind;

/* Edge weight from c_ij (windows with both), c_i, c_j (windows with each)
 * and W (windows in the corpus); see eg_network_apply_weights(). */
typedef enum eg_weighting {
    EG_WEIGHT_COUNT = 0,
    EG_WEIGHT_NPMI,
    EG_WEIGHT_ASSOCIATION,
    EG_WEIGHT_JACCARD
} eg_weighting;

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

/* Shortest-path centralities (betweenness, harmonic, closeness) cost a
 * Dijkstra run from every node, O(n m log n): all three come from one run
 * per source (Brandes' algorithm, with igraph's rule for equal path
 * lengths and the same values as igraph's functions, on the -j threads),
 * about 0.6 s for n * m = 1e7 on one core, and would still need days on
 * 100,000 nodes and 1,000,000 edges.
 * Above EG_PATHS_EXACT_LIMIT = n * m they are estimated from
 * k = EG_PATHS_EXACT_LIMIT / m sources (at least EG_PATHS_SOURCES, so the
 * cost stays near that of the largest exact graph) drawn with the seed
 * (Brandes & Pich 2007):
 * betweenness sums the sampled sources' dependencies scaled by n / k,
 * harmonic is the mean of 1/d over the sampled sources, closeness the
 * number of sampled sources reached over their total distance. The
 * ranking of the central nodes is kept; small values are noisy. */
typedef enum eg_path_metrics {
    EG_PATHS_AUTO = 0, /* exact up to EG_PATHS_EXACT_LIMIT, approx above */
    EG_PATHS_EXACT,
    EG_PATHS_APPROX,
    EG_PATHS_OFF       /* not computed (columns left out) */
} eg_path_metrics;

#define EG_PATHS_EXACT_LIMIT 2e6
#define EG_PATHS_SOURCES 32

/* Parses "auto", "exact", "approx", "off"; false when unknown. */
bool eg_path_metrics_parse(const char *name, eg_path_metrics *out);

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
    eg_weighting weighting;      /* --weight */
    bool keep_isolates;          /* keep entities with no edge (default: no) */
    double min_weight;           /* drop edges lighter than this */
    unsigned min_documents;      /* drop entities in fewer documents */
    size_t top;                  /* keep the top N nodes by PageRank; 0 = all */
    double backbone;             /* disparity filter alpha; 0 = off */
    unsigned types;              /* bit (1 << eg_type) per kept type; 0 = all */
    unsigned min_mentions;       /* drop entities mentioned less often */
    const char *stoplist;        /* --stoplist FILE: never entities */
    const char *aliases;         /* --alias FILE.json: variant -> name */
    bool quiet;                  /* no summary or warnings */
    bool progress;               /* progress line on stderr */
    unsigned jobs;               /* analysis threads; 0 = processors */
    eg_layout_algo layout;       /* --layout: node positions (default none) */
    eg_path_metrics paths;       /* --betweenness: exact, approx, off, auto */
    size_t window_cap;           /* most entities paired per window; 0 =
                                    EG_WINDOW_CAP */
} eg_options;

/* Fills *opt with the defaults (sentence windows, Leiden, seed 42,
 * isolates dropped). */
void eg_options_init(eg_options *opt);

/* Runs the whole pipeline: reads the inputs, builds the network, computes
 * the metrics and writes every output. On success and when out is not NULL,
 * the network is moved into *out (initialised by the caller). */
eg_error_t eg_run(const eg_options *opt, eg_network *out, eg_status *st);

/* ------------------------------------------------------------------ */
/* Weights and filters (src/graph/weight.c, src/graph/filter.c)        */
/* ------------------------------------------------------------------ */

/* Static name of a weighting ("count", "npmi", "association",
 * "jaccard"); eg_weighting_parse() is the reverse. */
const char *eg_weighting_name(eg_weighting w);
bool eg_weighting_parse(const char *name, eg_weighting *out);

/* Sets every edge weight from its count, the nodes' window counts and
 * net->stats.windows:
 *   count        c_ij
 *   association  W c_ij / (c_i c_j)      (observed / expected; 1 = chance)
 *   jaccard      c_ij / (c_i + c_j - c_ij)
 *   npmi         ln(p_ij / (p_i p_j)) / -ln p_ij, p = c / W; 1 when
 *                p_ij = 1. Edges with NPMI <= 0 (no more often together
 *                than chance) are removed.
 * Sets net->weighting. */
eg_error_t eg_network_apply_weights(eg_network *net, eg_weighting w,
                                    eg_status *st);

typedef struct eg_filter_options {
    unsigned min_documents;  /* nodes in fewer documents go */
    double min_weight;       /* edges with weight < min_weight go */
    double backbone;         /* disparity filter alpha in (0, 1]; 0 = off */
    size_t top;              /* keep the top N nodes by PageRank; 0 = all */
    bool keep_isolates;      /* false: nodes left without edges go */
} eg_filter_options;

/* Applies, in this order: min_documents, min_weight, backbone, isolates,
 * top (PageRank of the graph left so far), isolates again. The disparity
 * filter (Serrano, Boguna & Vespignani 2009) keeps edge ij when, for i or
 * j with degree k > 1, (1 - w_ij / s)^(k - 1) < alpha (s = strength). */
eg_error_t eg_network_filter(eg_network *net, const eg_filter_options *fo,
                             eg_status *st);

/* Keeps the nodes with keep_node[i] and the edges with keep_edge[e]
 * (NULL: all) whose both ends stay; renumbers, keeps the order. */
eg_error_t eg_network_keep(eg_network *net, const bool *keep_node,
                           const bool *keep_edge, eg_status *st);

/* Weighted PageRank (damping 0.85, PRPACK) into out[n_nodes]. */
eg_error_t eg_network_pagerank(const eg_network *net, double *out,
                               eg_status *st);

/* ------------------------------------------------------------------ */
/* Metrics                                                             */
/* ------------------------------------------------------------------ */

typedef struct eg_metrics_options {
    eg_community_algo community;
    double resolution;
    unsigned long seed;
    eg_path_metrics paths;  /* betweenness, harmonic, closeness */
    size_t sources;         /* sampled sources when approximate; 0 = see
                               above */
    unsigned jobs;          /* threads for the sampled path centralities
                               (0 = 1); results do not depend on it */
} eg_metrics_options;

/* Leiden, resolution 1, seed 42, EG_PATHS_AUTO. */
void eg_metrics_options_init(eg_metrics_options *mo);

/* Computes degree, weighted degree, PageRank (weighted, damping 0.85),
 * betweenness (distance = 1/weight), eigenvector (weighted, max 1),
 * harmonic and closeness centrality (distance = 1/weight, normalised),
 * k-core and communities with igraph; communities are numbered by size
 * (0 = largest) and net->modularity is the weighted modularity at the
 * given resolution. Seeds igraph's RNG with seed. */
eg_error_t eg_network_compute_metrics(eg_network *net,
                                      eg_community_algo algo,
                                      double resolution, unsigned long seed,
                                      eg_status *st);
/* The same with every option; path centralities per mo->paths, and
 * net->path_sources says whether they were sampled. */
eg_error_t eg_network_compute_metrics_opt(eg_network *net,
                                          const eg_metrics_options *mo,
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
