/* Graphviz DOT for sfdp (../FORMATS.md §3): every ID and string quoted and
 * escaped, node width from PageRank, edge pen width from weight, integer
 * edge weights, labels only for the top nodes of a large graph. Fill
 * colour by community; shape by type: people (and untyped entities) are
 * circles, organisations boxes, places diamonds.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/export.h"
#include "export/writer.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Beyond this many nodes only the top ones (by PageRank) keep a label. */
#define DOT_LABELS_MAX 2000

static const char *dot_escape(uint32_t cp, char tmp[16])
{
    switch (cp) {
    case '\\': return "\\\\"; /* also neutralises \N \G \L ... */
    case '"': return "\\\"";
    case '\n': return "\\n";
    case '&': return "&amp;"; /* labels decode HTML entities */
    default: return cp < 0x20 ? (cp == '\t' ? " " : "") : NULL;
    }
}

static void dot_string(eg_writer *w, const char *s)
{
    eg_wputs(w, "\"");
    eg_wescaped(w, s, dot_escape);
    eg_wputs(w, "\"");
}

/* Shape by entity type; circle (the default) for people and untyped. */
static const char *dot_shape(eg_type t)
{
    switch (t) {
    case EG_TYPE_ORG: return "box";
    case EG_TYPE_PLACE: return "diamond";
    default: return NULL;
    }
}

typedef struct ranked {
    double pagerank;
    size_t node;
} ranked;

/* PageRank descending, then node order: exactly N labels even with ties */
static int cmp_rank(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->pagerank != y->pagerank)
        return x->pagerank < y->pagerank ? 1 : -1;
    return (x->node > y->node) - (x->node < y->node);
}

/* new: a flag per node, true for the top DOT_LABELS_MAX by PageRank; NULL
 * when every node keeps its label (small graph, or out of memory). */
static bool *labelled_nodes(const eg_network *net)
{
    if (net->n_nodes <= DOT_LABELS_MAX)
        return NULL;
    ranked *r = malloc(net->n_nodes * sizeof *r);
    bool *keep = calloc(net->n_nodes, sizeof *keep);
    if (!r || !keep) {
        free(r);
        free(keep);
        return NULL;
    }
    for (size_t i = 0; i < net->n_nodes; i++)
        r[i] = (ranked){net->nodes[i].pagerank, i};
    qsort(r, net->n_nodes, sizeof *r, cmp_rank);
    for (size_t i = 0; i < DOT_LABELS_MAX; i++)
        keep[r[i].node] = true;
    free(r);
    return keep;
}

typedef struct dot_ctx {
    const eg_network *net;
    double max_pr, max_w;
    const bool *keep; /* labelled nodes, or NULL: all */
} dot_ctx;

static void nodes(eg_writer *w, const void *p, size_t from, size_t to)
{
    const dot_ctx *x = p;
    for (size_t i = from; i < to; i++) {
        const eg_node *n = &x->net->nodes[i];
        eg_wputs(w, "  ");
        dot_string(w, n->id);
        eg_wputs(w, " [label=");
        dot_string(w, !x->keep || x->keep[i] ? n->label : "");
        if (dot_shape(n->type))
            eg_wprintf(w, ", shape=%s", dot_shape(n->type));
        eg_wprintf(w, ", fillcolor=\"%s\", width=",
                   eg_community_color(n->community));
        double width = 0.3;
        if (x->max_pr > 0 && n->pagerank > 0 && isfinite(n->pagerank))
            width = 0.3 + 1.2 * sqrt(n->pagerank / x->max_pr);
        eg_wdouble(w, round(width * 1000) / 1000);
        eg_wputs(w, "];\n");
    }
}

static void edges(eg_writer *w, const void *p, size_t from, size_t to)
{
    const dot_ctx *x = p;
    for (size_t i = from; i < to; i++) {
        const eg_edge *e = &x->net->edges[i];
        eg_wputs(w, "  ");
        dot_string(w, x->net->nodes[e->source].id);
        eg_wputs(w, " -- ");
        dot_string(w, x->net->nodes[e->target].id);
        double pw = x->max_w > 0 ? 0.5 + 4.5 * e->weight / x->max_w : 1.0;
        eg_wputs(w, " [penwidth=");
        eg_wdouble(w, round(pw * 1000) / 1000);
        eg_wprintf(w, ", weight=%ld];\n", e->count > 0 ? e->count : 1);
    }
}

void eg_write_dot(eg_writer *w, const eg_network *net)
{
    eg_wputs(w,
             "graph \"entgraph\" {\n"
             "  graph [layout=sfdp, overlap=prism, splines=false, "
             "outputorder=edgesfirst, charset=\"UTF-8\"];\n"
             "  node [shape=circle, style=filled, penwidth=0, fontsize=10, "
             "fixedsize=shape];\n"
             "  edge [color=\"#88888880\"];\n");
    bool *keep = labelled_nodes(net);
    dot_ctx x = {net, eg_max_pagerank(net), 0, keep};
    eg_wloop(w, net->n_nodes, nodes, &x);
    free(keep);
    x.keep = NULL;
    for (size_t i = 0; i < net->n_edges; i++)
        if (net->edges[i].weight > x.max_w)
            x.max_w = net->edges[i].weight;
    eg_wloop(w, net->n_edges, edges, &x);
    eg_wputs(w, "}\n");
}
