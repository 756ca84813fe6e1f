/* Shortest-path centralities from a set of sources, in one pass.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_GRAPH_PATHS_H
#define EG_GRAPH_PATHS_H

#include "entgraph.h"

#include <pthread.h>
#include <stddef.h>

/* One Dijkstra run per source (Brandes 2001; Brandes & Pich 2007 for the
 * sampling) over the undirected graph of net with edge length 1 / weight
 * (a weight <= 0 counts as 1), accumulating for every node v:
 *   btw[v]   the sum over the sources s of the dependency of s on v, / 2
 *            (each unordered pair once, as igraph counts undirected
 *            betweenness);
 *   hsum[v]  the sum of 1 / d(s, v) over the sources s != v reaching v;
 *   dsum[v]  the sum of d(s, v) over the same sources;
 *   reached[v] their number.
 * Paths whose lengths agree to a relative 1e-10 count as equally short
 * (igraph's IGRAPH_SHORTEST_PATH_EPSILON). With every node as a source
 * this is exact betweenness, and harmonic and closeness follow from the
 * sums. The sources are shared among jobs threads (0 = 1) and any
 * helpers, and their results are added in source order, so the sums do
 * not depend on how many took part. The outputs have net->n_nodes
 * elements, zeroed here. EG_ENOMEM when out of memory.
 *
 * helpers (may be NULL): while the computation runs, another thread may
 * call eg_paths_help() on it to take sources too, and returns when none
 * are left; a call before the computation has started, or after it has
 * ended, returns at once. */
typedef struct eg_paths_helpers {
    pthread_mutex_t mu;
    void *pool; /* the running computation, or NULL */
} eg_paths_helpers;

void eg_paths_helpers_init(eg_paths_helpers *h);
void eg_paths_helpers_finish(eg_paths_helpers *h);
void eg_paths_help(eg_paths_helpers *h);

eg_error_t eg_paths_from_sources(const eg_network *net, const size_t *sources,
                                 size_t k, unsigned jobs, double *btw,
                                 double *hsum, double *dsum, size_t *reached,
                                 eg_paths_helpers *helpers);

#endif
