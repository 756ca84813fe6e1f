/* Node positions with igraph (--layout), so that Gephi, Gephi Lite and
 * sigma.js open a laid-out graph instead of a random cloud.
 *
 * igraph's RNG is seeded before the call (igraph 0.10 seeds from the clock
 * otherwise) and coordinates are rounded to 3 decimals, so the same input
 * gives byte-identical files.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "core/error.h"

#include <igraph.h>
#include <math.h>

/* Positions are scaled so that the layout spans about this many units:
 * Gephi sizes nodes 10..60, so a few thousand keeps them apart. */
#define LAYOUT_SPAN 1000.0

static double round3(double x)
{
    if (!isfinite(x))
        return 0.0;
    double r = round(x * 1000.0) / 1000.0;
    return r == 0.0 ? 0.0 : r; /* no "-0" */
}

eg_error_t eg_network_layout(eg_network *net, eg_layout_algo algo,
                             unsigned long seed, eg_status *st)
{
    if (algo == EG_LAYOUT_NONE || net->n_nodes == 0)
        return EG_OK;
    size_t n = net->n_nodes, m = net->n_edges;
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_t g;
    igraph_vector_int_t edges;
    igraph_vector_t w;
    igraph_matrix_t pos;
    igraph_error_t e = igraph_vector_int_init(&edges, (igraph_integer_t)(2 * m));
    if (e != IGRAPH_SUCCESS)
        return eg_fail_nomem(st);
    if ((e = igraph_vector_init(&w, (igraph_integer_t)m)) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&edges);
        return eg_fail_nomem(st);
    }
    if ((e = igraph_matrix_init(&pos, 0, 0)) != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&w);
        igraph_vector_int_destroy(&edges);
        return eg_fail_nomem(st);
    }
    for (size_t i = 0; i < m; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)net->edges[i].source;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)net->edges[i].target;
        VECTOR(w)[i] = net->edges[i].weight > 0 ? net->edges[i].weight : 1.0;
    }
    e = igraph_create(&g, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED);
    if (e == IGRAPH_SUCCESS) {
        igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
        if (algo == EG_LAYOUT_DRL) {
            igraph_layout_drl_options_t o;
            e = igraph_layout_drl_options_init(&o, IGRAPH_LAYOUT_DRL_DEFAULT);
            if (e == IGRAPH_SUCCESS)
                e = igraph_layout_drl(&g, &pos, false, &o, m ? &w : NULL);
        } else {
            e = igraph_layout_fruchterman_reingold(
                &g, &pos, false, 500, sqrt((double)n), IGRAPH_LAYOUT_AUTOGRID,
                m ? &w : NULL, NULL, NULL, NULL, NULL);
        }
        igraph_destroy(&g);
    }
    eg_error_t rc = EG_OK;
    if (e != IGRAPH_SUCCESS) {
        rc = eg_fail(st, EG_EGRAPH, "igraph: layout failed: %s",
                     igraph_strerror(e));
    } else {
        /* centre on 0 and scale to LAYOUT_SPAN */
        double minx = INFINITY, maxx = -INFINITY, miny = INFINITY,
               maxy = -INFINITY;
        for (size_t i = 0; i < n; i++) {
            double x = MATRIX(pos, i, 0), y = MATRIX(pos, i, 1);
            minx = fmin(minx, x), maxx = fmax(maxx, x);
            miny = fmin(miny, y), maxy = fmax(maxy, y);
        }
        double span = fmax(maxx - minx, maxy - miny);
        double k = span > 0 && isfinite(span) ? LAYOUT_SPAN / span : 1.0;
        for (size_t i = 0; i < n; i++) {
            net->nodes[i].x = round3((MATRIX(pos, i, 0) - (minx + maxx) / 2) * k);
            net->nodes[i].y = round3((MATRIX(pos, i, 1) - (miny + maxy) / 2) * k);
        }
        net->has |= EG_HAS_LAYOUT;
    }
    igraph_matrix_destroy(&pos);
    igraph_vector_destroy(&w);
    igraph_vector_int_destroy(&edges);
    return rc;
}
