/* The format writers behind eg_export(); each writes a whole network on an
 * open writer (errors are sticky on the writer). Adding a format: one file
 * here plus one row in the table of export.c.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_EXPORT_EXPORT_H
#define EG_EXPORT_EXPORT_H

#include "entgraph.h"
#include "export/writer.h"

void eg_write_graphml(eg_writer *w, const eg_network *net);
void eg_write_gexf(eg_writer *w, const eg_network *net);
void eg_write_dot(eg_writer *w, const eg_network *net);
void eg_write_node_link_json(eg_writer *w, const eg_network *net);
void eg_write_graphology_json(eg_writer *w, const eg_network *net);
/* What the node and edge loops of an exporter read (eg_wloop()): the
 * network and its largest PageRank, which node sizes are scaled by. */
typedef struct eg_net_ctx {
    const eg_network *net;
    double max_pr;
} eg_net_ctx;

/* eg_export() with up to jobs threads formatting and writing the
 * largest parts (eg_wloop()): the same bytes for every jobs. */
eg_error_t eg_export_jobs(const eg_network *net, const eg_format *fmt,
                          const char *path, unsigned jobs, eg_status *st);
/* CSV writes two files (PREFIX.nodes.csv, PREFIX.edges.csv), so it opens
 * its own writers. */
eg_error_t eg_export_csv(const eg_network *net, const char *path,
                         eg_status *st);

/* Columns (columns.c): the node and edge data every format carries. */
typedef enum eg_col_type {
    EG_COL_STRING, /* NULL value = absent */
    EG_COL_INT,
    EG_COL_DOUBLE,
    EG_COL_LIST    /* of strings; joined with EG_LIST_SEPARATOR in text */
} eg_col_type;

typedef enum eg_col_role {
    EG_ROLE_DATA,   /* an ordinary attribute */
    EG_ROLE_LABEL,  /* the node label (GEXF label=, CSV Label) */
    EG_ROLE_WEIGHT, /* the edge weight (GEXF weight=, CSV Weight) */
    EG_ROLE_STYLE   /* size, colour, position (GEXF viz:) */
} eg_col_role;

/* Which value a column holds (the same order as the tables). */
typedef enum eg_col_id {
    EG_NC_LABEL, EG_NC_TYPE, EG_NC_ALIASES, EG_NC_MENTIONS, EG_NC_DOCUMENTS,
    EG_NC_FIRST, EG_NC_LAST, EG_NC_DEGREE, EG_NC_WEIGHTED_DEGREE,
    EG_NC_PAGERANK, EG_NC_BETWEENNESS, EG_NC_EIGENVECTOR, EG_NC_HARMONIC,
    EG_NC_CLOSENESS, EG_NC_KCORE, EG_NC_COMMUNITY, EG_NC_SIZE, EG_NC_COLOR,
    EG_NC_X, EG_NC_Y,
    EG_EC_WEIGHT, EG_EC_COUNT, EG_EC_DOCUMENTS, EG_EC_EVIDENCE, EG_EC_FIRST,
    EG_EC_LAST
} eg_col_id;

typedef struct eg_column {
    const char *name;
    eg_col_type type;
    unsigned need; /* EG_HAS_* bits, 0 = always */
    eg_col_role role;
    eg_col_id id;
} eg_column;

typedef struct eg_value {
    eg_col_type type;
    const char *s;
    long i;
    double d;
    const char *const *list;
    size_t n;
} eg_value;

#define EG_LIST_SEPARATOR " | "

/* Both tables end with a zeroed entry. */
extern const eg_column eg_node_columns[];
extern const eg_column eg_edge_columns[];
bool eg_column_wanted(const eg_network *net, const eg_column *c);
/* Borrowed values: strings point into net. */
void eg_node_value(const eg_network *net, size_t node, const eg_column *c,
                   double max_pagerank, eg_value *v);
void eg_edge_value(const eg_edge *e, const eg_column *c, eg_value *v);
/* Writes a list value joined by EG_LIST_SEPARATOR, each item through text. */
void eg_wlist(eg_writer *w, const eg_value *v,
              void (*text)(eg_writer *, const char *));

#endif
