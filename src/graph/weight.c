/* Edge weights from co-occurrence counts.
 *
 * Every scheme reads c_ij (edge count), c_i and c_j (node windows) and W
 * (windows in the corpus), so weights do not depend on which other nodes
 * survive the filters.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "core/error.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const names[] = {"count", "npmi", "association",
                                    "jaccard"};

const char *eg_weighting_name(eg_weighting w)
{
    return (unsigned)w < sizeof names / sizeof names[0] ? names[w] : "count";
}

bool eg_weighting_parse(const char *name, eg_weighting *out)
{
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(name, names[i])) {
            *out = (eg_weighting)i;
            return true;
        }
    return false;
}

/* NPMI of a pair; counts are clamped so that c_ij <= c_i, c_j <= W (merged
 * aliases can add up a window twice). */
static double npmi(double cij, double ci, double cj, double w)
{
    if (ci > w)
        ci = w;
    if (cj > w)
        cj = w;
    if (cij > ci)
        cij = ci;
    if (cij > cj)
        cij = cj;
    double pij = cij / w, pi = ci / w, pj = cj / w;
    if (pij >= 1.0)
        return 1.0;
    return log(pij / (pi * pj)) / -log(pij);
}

eg_error_t eg_network_apply_weights(eg_network *net, eg_weighting scheme,
                                    eg_status *st)
{
    net->weighting = eg_weighting_name(scheme);
    if (scheme == EG_WEIGHT_COUNT) {
        for (size_t i = 0; i < net->n_edges; i++)
            net->edges[i].weight = (double)net->edges[i].count;
        return EG_OK;
    }
    double w = (double)net->stats.windows;
    bool *keep = malloc((net->n_edges ? net->n_edges : 1) * sizeof *keep);
    if (!keep)
        return eg_fail_nomem(st);
    bool dropped = false;
    for (size_t i = 0; i < net->n_edges; i++) {
        eg_edge *e = &net->edges[i];
        double cij = (double)e->count;
        double ci = (double)net->nodes[e->source].windows;
        double cj = (double)net->nodes[e->target].windows;
        /* a node always has at least the windows of its edges */
        if (ci < cij)
            ci = cij;
        if (cj < cij)
            cj = cij;
        if (w < ci || w < cj)
            w = ci > cj ? ci : cj;
        double x;
        switch (scheme) {
        case EG_WEIGHT_ASSOCIATION: x = w * cij / (ci * cj); break;
        case EG_WEIGHT_JACCARD: x = cij / (ci + cj - cij); break;
        default: x = npmi(cij, ci, cj, w);
        }
        keep[i] = cij > 0 && isfinite(x) && x > 0;
        dropped = dropped || !keep[i];
        e->weight = keep[i] ? x : 0.0;
        w = (double)net->stats.windows;
    }
    eg_error_t rc = dropped ? eg_network_keep(net, NULL, keep, st) : EG_OK;
    free(keep);
    return rc;
}
