/* The ranking table: key figures by PageRank, for the terminal.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/writer.h"
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>

static const eg_network *sort_net;

static int cmp_rank(const void *a, const void *b)
{
    const eg_node *x = &sort_net->nodes[*(const size_t *)a];
    const eg_node *y = &sort_net->nodes[*(const size_t *)b];
    if (x->pagerank != y->pagerank)
        return x->pagerank > y->pagerank ? -1 : 1;
    if (x->mentions != y->mentions)
        return x->mentions > y->mentions ? -1 : 1;
    return strcmp(x->id, y->id);
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
            i = len;
            break;
        }
        eg_wr(w, s + i, n);
        i += n;
        cols++;
    }
    for (; cols < width; cols++)
        eg_wputs(w, " ");
}

eg_error_t eg_write_ranking(const eg_network *net, size_t n, const char *path,
                            eg_status *st)
{
    size_t *order = malloc((net->n_nodes ? net->n_nodes : 1) * sizeof *order);
    if (!order)
        return eg_fail_nomem(st);
    for (size_t i = 0; i < net->n_nodes; i++)
        order[i] = i;
    sort_net = net;
    qsort(order, net->n_nodes, sizeof *order, cmp_rank);
    if (n == 0 || n > net->n_nodes)
        n = net->n_nodes;
    eg_writer w;
    eg_error_t rc = eg_writer_open(&w, path, st);
    if (rc != EG_OK) {
        free(order);
        return rc;
    }
    eg_wputs(&w, "rank  ");
    padded(&w, "entity", 32);
    eg_wputs(&w, " type          pagerank  degree  strength  betweenness  "
                 "mentions  docs  community\n");
    for (size_t r = 0; r < n; r++) {
        const eg_node *nd = &net->nodes[order[r]];
        eg_wprintf(&w, "%4zu  ", r + 1);
        padded(&w, nd->label, 32);
        eg_wputs(&w, " ");
        padded(&w, eg_type_name(nd->type), 12);
        eg_wprintf(&w, "  %8.4f  %6ld  %8.1f  %11.1f  %8ld  %4ld  %9ld\n",
                   nd->pagerank, nd->degree, nd->weighted_degree,
                   nd->betweenness, nd->mentions, nd->documents,
                   nd->community);
    }
    free(order);
    return eg_writer_close(&w, st);
}
