/* Test helper: reads a weighted graph ("n" then "source target weight"
 * lines) on stdin, computes every metric and prints one tab-separated line
 * per node (degree, strength, pagerank, betweenness, eigenvector,
 * harmonic, closeness, kcore, community) and a last line "modularity Q K".
 * tests/test_graph.py compares the values with networkx.
 * usage: graph_dump none|louvain|leiden SEED
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    eg_community_algo algo = EG_COMMUNITY_NONE;
    if (argc > 1 && !strcmp(argv[1], "louvain"))
        algo = EG_COMMUNITY_LOUVAIN;
    else if (argc > 1 && !strcmp(argv[1], "leiden"))
        algo = EG_COMMUNITY_LEIDEN;
    unsigned long seed = argc > 2 ? strtoul(argv[2], NULL, 10) : 42;
    size_t n;
    if (scanf("%zu", &n) != 1)
        return 2;
    eg_network net;
    eg_network_init(&net);
    net.nodes = calloc(n ? n : 1, sizeof *net.nodes);
    net.n_nodes = n;
    for (size_t i = 0; i < n; i++) {
        char id[32];
        snprintf(id, sizeof id, "n%zu", i);
        net.nodes[i].id = strdup(id);
        net.nodes[i].label = strdup(id);
        net.nodes[i].community = -1;
    }
    size_t cap = 0, s, t;
    double w;
    while (scanf("%zu %zu %lf", &s, &t, &w) == 3) {
        if (s >= n || t >= n || s == t)
            return 2;
        if (net.n_edges == cap) {
            cap = cap ? 2 * cap : 64;
            net.edges = realloc(net.edges, cap * sizeof *net.edges);
        }
        eg_edge *e = &net.edges[net.n_edges++];
        memset(e, 0, sizeof *e);
        e->source = s < t ? s : t;
        e->target = s < t ? t : s;
        e->weight = w;
        e->count = 1;
    }
    eg_status st = {0};
    if (eg_network_compute_metrics(&net, algo, 1.0, seed, &st) != EG_OK) {
        fprintf(stderr, "graph_dump: %s\n", st.message);
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        const eg_node *nd = &net.nodes[i];
        printf("%ld\t%.17g\t%.17g\t%.17g\t%.17g\t%.17g\t%.17g\t%ld\t%ld\n",
               nd->degree, nd->weighted_degree, nd->pagerank,
               nd->betweenness, nd->eigenvector, nd->harmonic,
               nd->closeness, nd->kcore, nd->community);
    }
    printf("modularity %.17g %ld\n", net.modularity, net.n_communities);
    eg_network_finish(&net);
    return 0;
}
