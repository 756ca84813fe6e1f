/* The ranking table: key figures for the terminal (aligned text) or for
 * scripts (TSV, JSON).
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "core/buf.h"
#include "export/writer.h"
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>

/* Widest label column in the text table, in code points. */
#define LABEL_MAX 40

static const char *const metric_names[] = {
    "pagerank", "degree", "weighted_degree", "betweenness",
    "eigenvector", "harmonic", "mentions", "documents"};
static const char *const format_names[] = {"text", "tsv", "json"};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

bool eg_rank_metric_parse(const char *name, eg_rank_metric *out)
{
    for (size_t i = 0; i < N_OF(metric_names); i++)
        if (!strcmp(name, metric_names[i])) {
            *out = (eg_rank_metric)i;
            return true;
        }
    return false;
}

bool eg_rank_format_parse(const char *name, eg_rank_format *out)
{
    for (size_t i = 0; i < N_OF(format_names); i++)
        if (!strcmp(name, format_names[i])) {
            *out = (eg_rank_format)i;
            return true;
        }
    return false;
}

static double metric_value(const eg_node *nd, eg_rank_metric by)
{
    switch (by) {
    case EG_RANK_DEGREE: return (double)nd->degree;
    case EG_RANK_WEIGHTED_DEGREE: return nd->weighted_degree;
    case EG_RANK_BETWEENNESS: return nd->betweenness;
    case EG_RANK_EIGENVECTOR: return nd->eigenvector;
    case EG_RANK_HARMONIC: return nd->harmonic;
    case EG_RANK_MENTIONS: return (double)nd->mentions;
    case EG_RANK_DOCUMENTS: return (double)nd->documents;
    default: return nd->pagerank;
    }
}

/* Sort entries carry their keys, so qsort needs no global state. */
typedef struct rank_entry {
    double key, pagerank;
    long mentions;
    const char *id;
    size_t index;
} rank_entry;

static int cmp_entry(const void *a, const void *b)
{
    const rank_entry *x = a, *y = b;
    if (x->key != y->key)
        return x->key > y->key ? -1 : 1;
    if (x->pagerank != y->pagerank)
        return x->pagerank > y->pagerank ? -1 : 1;
    if (x->mentions != y->mentions)
        return x->mentions > y->mentions ? -1 : 1;
    return strcmp(x->id, y->id);
}

static size_t text_width(const char *s)
{
    size_t len = strlen(s), cols = 0;
    for (size_t i = 0; i < len; cols++) {
        uint32_t cp;
        i += eg_utf8_decode(s + i, len - i, &cp);
    }
    return cols;
}

/* Writes s padded with spaces to width columns (code points), cut with
 * an ellipsis when longer. */
static void padded(eg_writer *w, const char *s, size_t width)
{
    size_t len = strlen(s), cols = 0, i = 0;
    while (i < len && cols < width) {
        uint32_t cp;
        size_t n = eg_utf8_decode(s + i, len - i, &cp);
        if (cols + 1 == width && i + n < len) {
            eg_wputs(w, "…");
            cols++;
            break;
        }
        eg_wr(w, s + i, n);
        i += n;
        cols++;
    }
    for (; cols < width; cols++)
        eg_wputs(w, " ");
}

static void write_text(eg_writer *w, const eg_network *net,
                       const rank_entry *order, size_t n)
{
    size_t lw = strlen("label");
    for (size_t r = 0; r < n; r++) {
        size_t cw = text_width(net->nodes[order[r].index].label);
        if (cw > lw)
            lw = cw;
    }
    if (lw > LABEL_MAX)
        lw = LABEL_MAX;
    eg_wputs(w, "rank  ");
    padded(w, "label", lw);
    eg_wputs(w, "  type           pagerank  weighted_degree  betweenness  "
                "community  mentions  documents\n");
    for (size_t r = 0; r < n; r++) {
        const eg_node *nd = &net->nodes[order[r].index];
        eg_wprintf(w, "%4zu  ", r + 1);
        padded(w, nd->label, lw);
        eg_wputs(w, "  ");
        padded(w, eg_type_name(nd->type), 12);
        eg_wprintf(w, "  %9.6f  %15.4f  %11.2f  %9ld  %8ld  %9ld\n",
                   nd->pagerank, nd->weighted_degree, nd->betweenness,
                   nd->community, nd->mentions, nd->documents);
    }
}

/* TSV cells hold no tab or line break. */
static void tsv_cell(eg_writer *w, const char *s)
{
    for (; *s; s++)
        eg_wr(w, (*s == '\t' || *s == '\n' || *s == '\r') ? " " : s, 1);
}

static void write_tsv(eg_writer *w, const eg_network *net,
                      const rank_entry *order, size_t n)
{
    eg_wputs(w, "rank\tid\tlabel\ttype\tpagerank\tweighted_degree\t"
                "betweenness\tcommunity\tmentions\tdocuments\n");
    for (size_t r = 0; r < n; r++) {
        const eg_node *nd = &net->nodes[order[r].index];
        eg_wprintf(w, "%zu\t", r + 1);
        tsv_cell(w, nd->id);
        eg_wputs(w, "\t");
        tsv_cell(w, nd->label);
        eg_wprintf(w, "\t%s\t", eg_type_name(nd->type));
        eg_wdouble(w, nd->pagerank);
        eg_wputs(w, "\t");
        eg_wdouble(w, nd->weighted_degree);
        eg_wputs(w, "\t");
        eg_wdouble(w, nd->betweenness);
        eg_wprintf(w, "\t%ld\t%ld\t%ld\n", nd->community, nd->mentions,
                   nd->documents);
    }
}

static void json_str(eg_writer *w, eg_buf *b, const char *s)
{
    eg_buf_clear(b);
    if (!eg_buf_json_string(b, s, strlen(s))) {
        w->failed = true;
        return;
    }
    eg_wr(w, b->data, b->len);
}

static void json_num(eg_writer *w, const char *name, double x)
{
    eg_wprintf(w, ", \"%s\": ", name);
    eg_wdouble(w, x);
}

static void write_json(eg_writer *w, const eg_network *net,
                       const rank_entry *order, size_t n)
{
    eg_buf b;
    eg_buf_init(&b);
    eg_wputs(w, "[");
    for (size_t r = 0; r < n; r++) {
        const eg_node *nd = &net->nodes[order[r].index];
        eg_wprintf(w, "%s\n{\"rank\": %zu, \"id\": ", r ? "," : "", r + 1);
        json_str(w, &b, nd->id);
        eg_wputs(w, ", \"label\": ");
        json_str(w, &b, nd->label);
        eg_wprintf(w, ", \"type\": \"%s\"", eg_type_name(nd->type));
        json_num(w, "pagerank", nd->pagerank);
        eg_wprintf(w, ", \"degree\": %ld", nd->degree);
        json_num(w, "weighted_degree", nd->weighted_degree);
        json_num(w, "betweenness", nd->betweenness);
        json_num(w, "eigenvector", nd->eigenvector);
        json_num(w, "harmonic", nd->harmonic);
        json_num(w, "closeness", nd->closeness);
        eg_wprintf(w, ", \"kcore\": %ld, \"community\": %ld, "
                      "\"mentions\": %ld, \"documents\": %ld}",
                   nd->kcore, nd->community, nd->mentions, nd->documents);
    }
    eg_wputs(w, n ? "\n]\n" : "]\n");
    eg_buf_finish(&b);
}

eg_error_t eg_write_ranking(const eg_network *net, const eg_rank_options *ro,
                            const char *path, eg_status *st)
{
    rank_entry *order =
        malloc((net->n_nodes ? net->n_nodes : 1) * sizeof *order);
    if (!order)
        return eg_fail_nomem(st);
    for (size_t i = 0; i < net->n_nodes; i++) {
        const eg_node *nd = &net->nodes[i];
        order[i] = (rank_entry){metric_value(nd, ro->by), nd->pagerank,
                                nd->mentions, nd->id, i};
    }
    qsort(order, net->n_nodes, sizeof *order, cmp_entry);
    size_t n = ro->n;
    if (n == 0 || n > net->n_nodes)
        n = net->n_nodes;
    eg_writer w;
    eg_error_t rc = eg_writer_open(&w, path, st);
    if (rc != EG_OK) {
        free(order);
        return rc;
    }
    switch (ro->format) {
    case EG_RANK_TSV: write_tsv(&w, net, order, n); break;
    case EG_RANK_JSON: write_json(&w, net, order, n); break;
    default: write_text(&w, net, order, n);
    }
    free(order);
    return eg_writer_close(&w, st);
}
