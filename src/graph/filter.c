/* Graph filters: minimum documents and weight, the disparity backbone,
 * isolates and the top N by PageRank.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "core/error.h"
#include "graph/network.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

eg_error_t eg_network_keep(eg_network *net, const bool *keep_node,
                           const bool *keep_edge, eg_status *st)
{
    size_t n = net->n_nodes;
    size_t *map = malloc((n ? n : 1) * sizeof *map);
    if (!map)
        return eg_fail_nomem(st);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (keep_node && !keep_node[i]) {
            map[i] = SIZE_MAX;
            eg_node_release(net, &net->nodes[i]);
            continue;
        }
        map[i] = k;
        net->nodes[k++] = net->nodes[i];
    }
    net->n_nodes = k;
    size_t m = 0;
    for (size_t i = 0; i < net->n_edges; i++) {
        eg_edge *e = &net->edges[i];
        if ((keep_edge && !keep_edge[i]) || map[e->source] == SIZE_MAX ||
            map[e->target] == SIZE_MAX) {
            eg_edge_release(net, e);
            continue;
        }
        e->source = map[e->source];
        e->target = map[e->target];
        net->edges[m++] = *e;
    }
    net->n_edges = m;
    free(map);
    return EG_OK;
}

eg_error_t eg_network_drop_isolates(eg_network *net, eg_status *st)
{
    bool *linked = calloc(net->n_nodes ? net->n_nodes : 1, sizeof *linked);
    if (!linked)
        return eg_fail_nomem(st);
    for (size_t i = 0; i < net->n_edges; i++)
        linked[net->edges[i].source] = linked[net->edges[i].target] = true;
    eg_error_t rc = eg_network_keep(net, linked, NULL, st);
    free(linked);
    return rc;
}

/* Disparity filter: the weight of edge ij is significant for i when a
 * uniform split of i's strength over its k edges would give it so large
 * a share with probability (1 - p_ij)^(k - 1) < alpha. */
static eg_error_t backbone(eg_network *net, double alpha, eg_status *st)
{
    size_t n = net->n_nodes, m = net->n_edges;
    long *deg = calloc(n ? n : 1, sizeof *deg);
    double *str = calloc(n ? n : 1, sizeof *str);
    bool *keep = calloc(m ? m : 1, sizeof *keep);
    if (!deg || !str || !keep) {
        free(deg);
        free(str);
        free(keep);
        return eg_fail_nomem(st);
    }
    for (size_t i = 0; i < m; i++) {
        const eg_edge *e = &net->edges[i];
        deg[e->source]++;
        deg[e->target]++;
        str[e->source] += e->weight;
        str[e->target] += e->weight;
    }
    for (size_t i = 0; i < m; i++) {
        const eg_edge *e = &net->edges[i];
        size_t ends[2] = {e->source, e->target};
        for (int t = 0; t < 2 && !keep[i]; t++) {
            size_t v = ends[t];
            if (deg[v] <= 1 || !(str[v] > 0))
                continue;
            double p = e->weight / str[v];
            double a = pow(1.0 - p, (double)(deg[v] - 1));
            keep[i] = a < alpha;
        }
    }
    eg_error_t rc = eg_network_keep(net, NULL, keep, st);
    free(deg);
    free(str);
    free(keep);
    return rc;
}

typedef struct ranked {
    double pagerank;
    size_t index;
} ranked;

static int cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->pagerank != y->pagerank)
        return x->pagerank > y->pagerank ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

/* Keeps the top nodes by PageRank (ties: node order, i.e. id). */
static eg_error_t top(eg_network *net, size_t keep_n, eg_status *st)
{
    size_t n = net->n_nodes;
    if (keep_n >= n)
        return EG_OK;
    double *pr = malloc(n * sizeof *pr);
    ranked *r = malloc(n * sizeof *r);
    bool *keep = calloc(n, sizeof *keep);
    eg_error_t rc = EG_OK;
    if (!pr || !r || !keep) {
        rc = eg_fail_nomem(st);
        goto out;
    }
    rc = eg_network_pagerank(net, pr, st);
    if (rc != EG_OK)
        goto out;
    for (size_t i = 0; i < n; i++)
        r[i] = (ranked){pr[i], i};
    qsort(r, n, sizeof *r, cmp_ranked);
    for (size_t i = 0; i < keep_n; i++)
        keep[r[i].index] = true;
    rc = eg_network_keep(net, keep, NULL, st);
out:
    free(pr);
    free(r);
    free(keep);
    return rc;
}

eg_error_t eg_network_filter(eg_network *net, const eg_filter_options *fo,
                             eg_status *st)
{
    if (fo->min_documents > 1) {
        bool *keep = malloc((net->n_nodes ? net->n_nodes : 1) * sizeof *keep);
        if (!keep)
            return eg_fail_nomem(st);
        for (size_t i = 0; i < net->n_nodes; i++)
            keep[i] = net->nodes[i].documents >= (long)fo->min_documents;
        eg_error_t rc = eg_network_keep(net, keep, NULL, st);
        free(keep);
        EG_CHECK(rc);
    }
    if (fo->min_weight > 0) {
        bool *keep = malloc((net->n_edges ? net->n_edges : 1) * sizeof *keep);
        if (!keep)
            return eg_fail_nomem(st);
        for (size_t i = 0; i < net->n_edges; i++)
            keep[i] = net->edges[i].weight >= fo->min_weight;
        eg_error_t rc = eg_network_keep(net, NULL, keep, st);
        free(keep);
        EG_CHECK(rc);
    }
    if (fo->backbone > 0)
        EG_CHECK(backbone(net, fo->backbone, st));
    if (!fo->keep_isolates)
        EG_CHECK(eg_network_drop_isolates(net, st));
    if (fo->top > 0) {
        EG_CHECK(top(net, fo->top, st));
        if (!fo->keep_isolates)
            EG_CHECK(eg_network_drop_isolates(net, st));
    }
    return EG_OK;
}
