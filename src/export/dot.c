/* Graphviz DOT for sfdp (../FORMATS.md §3): every ID and string quoted and
 * escaped, node width from PageRank, edge pen width from weight, integer
 * edge weights, labels only for the top nodes of a large graph.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/export.h"
#include "export/writer.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Beyond this many nodes only the top ones (by PageRank) keep a label. */
#define DOT_LABELS_MAX 2000

static void dot_string(eg_writer *w, const char *s)
{
    eg_wputs(w, "\"");
    size_t run = 0, i = 0;
    for (; s[i]; i++) {
        const char *esc = NULL;
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\\': esc = "\\\\"; break;
        case '"': esc = "\\\""; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = ""; break;
        case '&': esc = "&amp;"; break;
        default:
            if (c < 0x20)
                esc = " ";
        }
        if (esc) {
            eg_wr(w, s + run, i - run);
            eg_wputs(w, esc);
            run = i + 1;
        }
    }
    eg_wr(w, s + run, i - run);
    eg_wputs(w, "\"");
}

static int cmp_desc(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x < y) - (x > y);
}

void eg_write_dot(eg_writer *w, const eg_network *net)
{
    eg_wputs(w,
             "graph \"entgraph\" {\n"
             "  graph [layout=sfdp, overlap=prism, splines=false, "
             "outputorder=edgesfirst, charset=\"UTF-8\"];\n"
             "  node [shape=circle, style=filled, penwidth=0, fontsize=10];\n"
             "  edge [color=\"#88888880\"];\n");
    double max_pr = eg_max_pagerank(net);
    /* PageRank of the last node that keeps a label in a large graph */
    double label_floor = -1.0;
    if (net->n_nodes > DOT_LABELS_MAX) {
        double *pr = malloc(net->n_nodes * sizeof *pr);
        if (pr) {
            for (size_t i = 0; i < net->n_nodes; i++)
                pr[i] = net->nodes[i].pagerank;
            qsort(pr, net->n_nodes, sizeof *pr, cmp_desc);
            label_floor = pr[DOT_LABELS_MAX - 1];
            free(pr);
        }
    }
    for (size_t i = 0; i < net->n_nodes; i++) {
        const eg_node *n = &net->nodes[i];
        eg_wputs(w, "  ");
        dot_string(w, n->id);
        eg_wputs(w, " [label=");
        dot_string(w, n->pagerank >= label_floor ? n->label : "");
        eg_wprintf(w, ", fillcolor=\"%s\", width=",
                   eg_community_color(n->community));
        double width = 0.3;
        if (max_pr > 0)
            width = 0.3 + 1.2 * sqrt(n->pagerank / max_pr);
        eg_wdouble(w, round(width * 1000) / 1000);
        eg_wputs(w, "];\n");
    }
    double max_w = 0;
    for (size_t i = 0; i < net->n_edges; i++)
        if (net->edges[i].weight > max_w)
            max_w = net->edges[i].weight;
    for (size_t i = 0; i < net->n_edges; i++) {
        const eg_edge *e = &net->edges[i];
        eg_wputs(w, "  ");
        dot_string(w, net->nodes[e->source].id);
        eg_wputs(w, " -- ");
        dot_string(w, net->nodes[e->target].id);
        double pw = max_w > 0 ? 0.5 + 4.5 * e->weight / max_w : 1.0;
        eg_wputs(w, " [penwidth=");
        eg_wdouble(w, round(pw * 1000) / 1000);
        eg_wprintf(w, ", weight=%ld];\n", e->count > 0 ? e->count : 1);
    }
    eg_wputs(w, "}\n");
}
