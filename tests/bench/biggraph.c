/* biggraph: times eg_network_compute_metrics() on a synthetic graph.
 *
 * usage: biggraph [NODES [EDGES [MODE [SEED]]]]
 *        (defaults 100000 1000000 auto 1; MODE: auto, exact, approx, off)
 *
 * The graph is built directly as an eg_network: Chung-Lu style, node i
 * drawn with probability proportional to (i + 1)^-0.5 (a power-law degree
 * tail with exponent about 3, hubs of a few thousand edges on 1M edges),
 * no self-loops or repeated pairs, edge counts 1 + a geometric number
 * (mostly 1, like co-occurrence counts). Same arguments, same graph: a
 * seeded splitmix64, never the clock. Prints one line: nodes, edges,
 * mode, seconds to build and seconds for the metrics.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "core/hashmap.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint64_t next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static double uniform(uint64_t *s)
{
    return (double)(next(s) >> 11) * 0x1.0p-53;
}

/* Index i with cum[i - 1] <= x < cum[i]. */
static size_t pick(const double *cum, size_t n, double x)
{
    size_t lo = 0, hi = n - 1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cum[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int cmp_edge(const void *a, const void *b)
{
    const eg_edge *x = a, *y = b;
    if (x->source != y->source)
        return x->source < y->source ? -1 : 1;
    return (x->target > y->target) - (x->target < y->target);
}

static int make_graph(eg_network *net, size_t n, size_t m, uint64_t seed)
{
    double *cum = malloc(n * sizeof *cum);
    net->nodes = calloc(n, sizeof *net->nodes);
    net->edges = calloc(m, sizeof *net->edges);
    if (!cum || !net->nodes || !net->edges) {
        free(cum);
        return -1;
    }
    net->n_nodes = n;
    double acc = 0;
    for (size_t i = 0; i < n; i++) {
        acc += pow((double)(i + 1), -0.5);
        cum[i] = acc;
        net->nodes[i].type = EG_TYPE_PERSON;
        net->nodes[i].community = -1;
    }
    eg_u64map seen;
    eg_u64map_init(&seen);
    uint64_t s = seed;
    size_t tries = 0;
    while (net->n_edges < m && tries++ < 50 * m) {
        size_t a = pick(cum, n, uniform(&s) * acc);
        size_t b = pick(cum, n, uniform(&s) * acc);
        if (a == b)
            continue;
        if (a > b) {
            size_t t = a;
            a = b;
            b = t;
        }
        uint32_t v = 0;
        bool found;
        if (!eg_u64map_put(&seen, (uint64_t)a << 32 | b, &v, &found)) {
            free(cum);
            eg_u64map_finish(&seen);
            return -1;
        }
        if (found)
            continue;
        eg_edge *e = &net->edges[net->n_edges++];
        e->source = a;
        e->target = b;
        e->count = 1;
        while (uniform(&s) < 0.3)
            e->count++;
        e->documents = 1;
        e->weight = (double)e->count;
    }
    qsort(net->edges, net->n_edges, sizeof *net->edges, cmp_edge);
    for (size_t i = 0; i < net->n_edges; i++) {
        net->nodes[net->edges[i].source].degree++;
        net->nodes[net->edges[i].target].degree++;
    }
    free(cum);
    eg_u64map_finish(&seen);
    return 0;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 100000;
    size_t m = argc > 2 ? strtoul(argv[2], NULL, 10) : 1000000;
    const char *mode_name = argc > 3 ? argv[3] : "auto";
    uint64_t seed = argc > 4 ? strtoull(argv[4], NULL, 10) : 1;
    eg_path_metrics mode;
    if (n < 2 || !eg_path_metrics_parse(mode_name, &mode)) {
        fprintf(stderr, "usage: biggraph [NODES [EDGES [auto|exact|approx|"
                        "off [SEED]]]]\n");
        return 1;
    }
    eg_network net;
    eg_network_init(&net);
    double t0 = now();
    if (make_graph(&net, n, m, seed) != 0) {
        fprintf(stderr, "biggraph: out of memory\n");
        return 1;
    }
    double t1 = now();
    eg_status st = {0};
    eg_metrics_options mo;
    eg_metrics_options_init(&mo);
    mo.paths = mode;
    if (eg_network_compute_metrics_opt(&net, &mo, &st) != EG_OK) {
        fprintf(stderr, "biggraph: %s\n", st.message);
        return 1;
    }
    double t2 = now();
    long maxdeg = 0;
    for (size_t i = 0; i < net.n_nodes; i++)
        if (net.nodes[i].degree > maxdeg)
            maxdeg = net.nodes[i].degree;
    printf("biggraph: %zu nodes, %zu edges (max degree %ld), %s",
           net.n_nodes, net.n_edges, maxdeg, mode_name);
    if (net.path_sources)
        printf(" (%zu sampled sources)", net.path_sources);
    printf(", %ld communities; seconds: build %.2f, metrics %.2f\n",
           net.n_communities, t1 - t0, t2 - t1);
    eg_network_finish(&net);
    return 0;
}
