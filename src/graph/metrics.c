/* Centralities and communities with igraph.
 *
 * igraph 0.10 seeds its random number generator from the clock, so the
 * generator is seeded here before every randomised call: same input, same
 * communities.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "core/error.h"
#include "graph/paths.h"

#include <igraph.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

/* igraph's PRPACK PageRank runs OpenMP loops whose reductions add up in
 * the order the threads finish, so the last digits of PageRank varied
 * between runs of the same input (seen as -j1/-j2 "differences"). One
 * OpenMP thread keeps outputs byte-identical; PRPACK takes well under a
 * second even on a million edges. */
static void igraph_one_thread(void)
{
#ifdef _OPENMP
    omp_set_num_threads(1);
#endif
}

/* Values igraph hands back that must not reach an export: NaN, infinities
 * and denormals (which igraph's own GraphML reader rejects). */
static double clean(double x)
{
    if (!isfinite(x) || fabs(x) < 1e-300)
        return 0.0;
    return x;
}

static eg_error_t ig_fail(eg_status *st, const char *what, igraph_error_t err)
{
    return eg_fail(st, EG_EGRAPH, "igraph: %s failed: %s", what,
                   igraph_strerror(err));
}

#define IG(call, what)                                                      \
    do {                                                                    \
        igraph_error_t ig_rc_ = (call);                                     \
        if (ig_rc_ != IGRAPH_SUCCESS) {                                     \
            rc = ig_fail(st, what, ig_rc_);                                 \
            goto out;                                                       \
        }                                                                   \
    } while (0)

typedef struct comm_rank {
    igraph_integer_t id;
    igraph_integer_t size;
    size_t first;      /* smallest node index in it, for ties */
} comm_rank;

static int cmp_comm(const void *a, const void *b)
{
    const comm_rank *x = a, *y = b;
    if (x->size != y->size)
        return x->size > y->size ? -1 : 1;
    return (x->first > y->first) - (x->first < y->first);
}

/* Renumbers communities 0..k-1 by decreasing size (ties: first node), so
 * that numbering does not depend on the algorithm's internal order. */
static eg_error_t renumber(eg_network *net, const igraph_vector_int_t *memb,
                           eg_status *st)
{
    size_t n = net->n_nodes;
    igraph_integer_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (VECTOR(*memb)[i] + 1 > k)
            k = VECTOR(*memb)[i] + 1;
    comm_rank *r = calloc((size_t)k + 1, sizeof *r);
    igraph_integer_t *map = calloc((size_t)k + 1, sizeof *map);
    if (!r || !map) {
        free(r);
        free(map);
        return eg_fail_nomem(st);
    }
    for (igraph_integer_t c = 0; c < k; c++) {
        r[c].id = c;
        r[c].first = SIZE_MAX;
    }
    for (size_t i = 0; i < n; i++) {
        comm_rank *c = &r[VECTOR(*memb)[i]];
        c->size++;
        if (i < c->first)
            c->first = i;
    }
    if (k > 1)
        qsort(r, (size_t)k, sizeof *r, cmp_comm);
    for (igraph_integer_t c = 0; c < k; c++)
        map[r[c].id] = c;
    for (size_t i = 0; i < n; i++)
        net->nodes[i].community = (long)map[VECTOR(*memb)[i]];
    net->n_communities = (long)k;
    free(r);
    free(map);
    return EG_OK;
}

/* Edge weights as igraph reads them: a zero or negative weight (not
 * produced by any scheme) counts as 1 rather than breaking PageRank. */
static double edge_weight(const eg_edge *e)
{
    return e->weight > 0 ? e->weight : 1.0;
}

/* Creates the igraph graph of net and fills w with the edge weights. The
 * vector is initialised by the caller; g exists only on success. */
static igraph_error_t make_graph(const eg_network *net, igraph_t *g,
                                 igraph_vector_t *w)
{
    size_t m = net->n_edges;
    igraph_vector_int_t edges;
    IGRAPH_CHECK(igraph_vector_int_init(&edges, (igraph_integer_t)(2 * m)));
    igraph_error_t e = igraph_vector_resize(w, (igraph_integer_t)m);
    if (e == IGRAPH_SUCCESS) {
        for (size_t i = 0; i < m; i++) {
            VECTOR(edges)[2 * i] = (igraph_integer_t)net->edges[i].source;
            VECTOR(edges)[2 * i + 1] = (igraph_integer_t)net->edges[i].target;
            double wt = edge_weight(&net->edges[i]);
            VECTOR(*w)[i] = wt;
        }
        e = igraph_create(g, &edges, (igraph_integer_t)net->n_nodes,
                          IGRAPH_UNDIRECTED);
    }
    igraph_vector_int_destroy(&edges);
    return e;
}

/* Weighted PageRank, damping 0.85, PRPACK (unweighted without edges). */
static igraph_error_t weighted_pagerank(const igraph_t *g,
                                        const igraph_vector_t *w,
                                        igraph_vector_t *out)
{
    igraph_real_t value;
    return igraph_pagerank(g, IGRAPH_PAGERANK_ALGO_PRPACK, out, &value,
                           igraph_vss_all(), IGRAPH_UNDIRECTED, 0.85,
                           igraph_ecount(g) ? w : NULL, NULL);
}

void eg_metrics_options_init(eg_metrics_options *mo)
{
    memset(mo, 0, sizeof *mo);
    mo->community = EG_COMMUNITY_LEIDEN;
    mo->resolution = 1.0;
    mo->seed = 42;
    mo->paths = EG_PATHS_AUTO;
}

bool eg_path_metrics_parse(const char *name, eg_path_metrics *out)
{
    static const char *const names[] = {"auto", "exact", "approx", "off"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(name, names[i])) {
            *out = (eg_path_metrics)i;
            return true;
        }
    return false;
}

/* splitmix64: the sampled sources depend on the seed only. */
static uint64_t mix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Betweenness, harmonic and closeness from k sources drawn with the seed
 * (see entgraph.h), or exact when k = n: every node a source, and the
 * formulas below reduce to igraph's (betweenness as is, harmonic the mean
 * of 1/d over the n - 1 others, closeness the number reached over their
 * total distance). */
static eg_error_t paths_from(eg_network *net, size_t k, unsigned long seed,
                             unsigned jobs, eg_paths_helpers *helpers,
                             eg_status *st)
{
    size_t n = net->n_nodes;
    size_t *src = malloc(n * sizeof *src);
    size_t *reached = malloc(n * sizeof *reached);
    double *btw = malloc(n * sizeof *btw), *hsum = malloc(n * sizeof *hsum),
           *dsum = malloc(n * sizeof *dsum);
    eg_error_t rc = EG_ENOMEM;
    if (!src || !reached || !btw || !hsum || !dsum)
        goto out;
    /* k distinct sources: a partial Fisher-Yates shuffle, then sorted */
    uint64_t state = (uint64_t)seed * 0x2545f4914f6cdd1dULL + 1;
    for (size_t i = 0; i < n; i++)
        src[i] = i;
    for (size_t i = 0; i < k; i++) {
        size_t j = i + (size_t)(mix(&state) % (n - i));
        size_t t = src[i];
        src[i] = src[j];
        src[j] = t;
    }
    qsort(src, k, sizeof *src, cmp_size);
    rc = eg_paths_from_sources(net, src, k, jobs, btw, hsum, dsum, reached,
                               helpers);
    if (rc != EG_OK)
        goto out;
    for (size_t v = 0; v < n; v++) {
        /* sampled sources other than v itself */
        size_t others = k;
        if (bsearch(&v, src, k, sizeof *src, cmp_size))
            others--;
        eg_node *nd = &net->nodes[v];
        /* a source's dependencies cover the n - 1 others, hence n / k */
        nd->betweenness =
            clean(k == n ? btw[v] : btw[v] * (double)n / (double)k);
        nd->harmonic = others ? clean(hsum[v] / (double)others) : 0;
        nd->closeness = reached[v] ? clean((double)reached[v] / dsum[v]) : 0;
    }
    net->path_sources = k < n ? k : 0;
out:
    free(src);
    free(reached);
    free(btw);
    free(hsum);
    free(dsum);
    return rc == EG_ENOMEM ? eg_fail_nomem(st) : rc;
}

/* Betweenness, harmonic and closeness per mo->paths, on jobs threads;
 * *has gets the EG_HAS_* bits of what was computed (net->has is left to
 * the caller: this may run beside the igraph metrics). */
static eg_error_t path_centralities(eg_network *net,
                                    const eg_metrics_options *mo,
                                    unsigned jobs, eg_paths_helpers *helpers,
                                    unsigned *has, eg_status *st)
{
    size_t n = net->n_nodes;
    size_t k = mo->sources;
    if (!k) {
        double budget = EG_PATHS_EXACT_LIMIT / (net->n_edges ? (double)net->n_edges : 1.0);
        k = budget < EG_PATHS_SOURCES ? EG_PATHS_SOURCES
            : budget > (double)n      ? n
                                      : (size_t)budget;
    }
    eg_path_metrics p = mo->paths;
    net->path_sources = 0;
    if (p == EG_PATHS_OFF)
        return EG_OK;
    if (p == EG_PATHS_AUTO)
        p = (double)n * (double)net->n_edges > EG_PATHS_EXACT_LIMIT
                ? EG_PATHS_APPROX
                : EG_PATHS_EXACT;
    eg_error_t rc = paths_from(net, p == EG_PATHS_APPROX && k < n ? k : n,
                               mo->seed, jobs, helpers, st);
    if (rc == EG_OK)
        *has |= EG_HAS_BETWEENNESS | EG_HAS_HARMONIC | EG_HAS_CLOSENESS;
    return rc;
}

/* The path centralities use graph/paths.c, not igraph (which this build
 * of igraph does not allow from two threads at once): with two or more
 * jobs they run in their own thread while igraph computes the rest, and
 * the igraph thread, done, takes sources too (eg_paths_help()). They
 * write only their own fields of the nodes. */
typedef struct paths_job {
    eg_network *net;
    const eg_metrics_options *mo;
    unsigned jobs;
    unsigned has;
    eg_error_t rc;
    eg_status st;
    pthread_t tid;
    eg_paths_helpers helpers;
} paths_job;

static void *paths_thread(void *p)
{
    paths_job *j = p;
    j->rc = path_centralities(j->net, j->mo, j->jobs, &j->helpers, &j->has,
                              &j->st);
    return NULL;
}

eg_error_t eg_network_pagerank(const eg_network *net, double *out_pr,
                               eg_status *st)
{
    eg_error_t rc = EG_OK;
    size_t n = net->n_nodes;
    if (n == 0)
        return EG_OK;
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_one_thread();
    igraph_t g;
    igraph_vector_t w, out;
    bool have_g = false;
    IG(igraph_vector_init(&w, 0), "vector");
    IG(igraph_vector_init(&out, 0), "vector");
    IG(make_graph(net, &g, &w), "create");
    have_g = true;
    IG(weighted_pagerank(&g, &w, &out), "pagerank");
    for (size_t i = 0; i < n; i++)
        out_pr[i] = clean(VECTOR(out)[i]);
out:
    if (have_g)
        igraph_destroy(&g);
    igraph_vector_destroy(&w);
    igraph_vector_destroy(&out);
    return rc;
}

eg_error_t eg_network_compute_metrics(eg_network *net,
                                      eg_community_algo algo,
                                      double resolution, unsigned long seed,
                                      eg_status *st)
{
    eg_metrics_options mo;
    eg_metrics_options_init(&mo);
    mo.community = algo;
    mo.resolution = resolution;
    mo.seed = seed;
    return eg_network_compute_metrics_opt(net, &mo, st);
}

eg_error_t eg_network_compute_metrics_opt(eg_network *net,
                                          const eg_metrics_options *mo,
                                          eg_status *st)
{
    eg_error_t rc = EG_OK;
    eg_community_algo algo = mo->community;
    double resolution = mo->resolution;
    unsigned long seed = mo->seed;
    size_t n = net->n_nodes, m = net->n_edges;
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_one_thread();
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);

    igraph_t g;
    igraph_vector_int_t memb;
    igraph_vector_t w, out;
    bool have_g = false;
    paths_job pj = {.net = net, .mo = mo, .jobs = 1, .rc = EG_OK};
    eg_paths_helpers_init(&pj.helpers);
    bool paths_async = false;
    if (n > 0 && mo->jobs >= 2) {
        pj.jobs = mo->jobs - 1;
        paths_async = pthread_create(&pj.tid, NULL, paths_thread, &pj) == 0;
    }
    IG(igraph_vector_int_init(&memb, 0), "vector");
    IG(igraph_vector_init(&w, 0), "vector");
    IG(igraph_vector_init(&out, 0), "vector");
    IG(make_graph(net, &g, &w), "create");
    have_g = true;

    /* degree and weighted degree (strength) */
    igraph_vector_int_t deg;
    IG(igraph_vector_int_init(&deg, 0), "vector");
    igraph_error_t e = igraph_degree(&g, &deg, igraph_vss_all(), IGRAPH_ALL,
                                     IGRAPH_NO_LOOPS);
    if (e == IGRAPH_SUCCESS)
        for (size_t i = 0; i < n; i++)
            net->nodes[i].degree = (long)VECTOR(deg)[i];
    igraph_vector_int_destroy(&deg);
    IG(e, "degree");
    IG(igraph_strength(&g, &out, igraph_vss_all(), IGRAPH_ALL,
                       IGRAPH_NO_LOOPS, &w),
       "strength");
    for (size_t i = 0; i < n; i++)
        net->nodes[i].weighted_degree = clean(VECTOR(out)[i]);
    net->has |= EG_HAS_DEGREE;

    if (n > 0) {
        igraph_real_t value;
        IG(weighted_pagerank(&g, &w, &out), "pagerank");
        for (size_t i = 0; i < n; i++)
            net->nodes[i].pagerank = clean(VECTOR(out)[i]);
        net->has |= EG_HAS_PAGERANK;

        if (m > 0) {
            IG(igraph_eigenvector_centrality(&g, &out, &value,
                                             IGRAPH_UNDIRECTED, true, &w,
                                             NULL),
               "eigenvector centrality");
            for (size_t i = 0; i < n; i++)
                net->nodes[i].eigenvector = clean(VECTOR(out)[i]);
        }
        net->has |= EG_HAS_EIGENVECTOR;

        if (!paths_async) {
            rc = path_centralities(net, mo, mo->jobs ? mo->jobs : 1, NULL,
                                   &pj.has, st);
            if (rc != EG_OK)
                goto out;
        }

        igraph_vector_int_t core;
        IG(igraph_vector_int_init(&core, 0), "vector");
        e = igraph_coreness(&g, &core, IGRAPH_ALL);
        if (e == IGRAPH_SUCCESS)
            for (size_t i = 0; i < n; i++)
                net->nodes[i].kcore = (long)VECTOR(core)[i];
        igraph_vector_int_destroy(&core);
        IG(e, "coreness");
        net->has |= EG_HAS_KCORE;
    }

    if (algo != EG_COMMUNITY_NONE && n > 0) {
        igraph_real_t modularity = 0;
        igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
        if (algo == EG_COMMUNITY_LEIDEN && m == 0) {
            /* no edges: every node alone (igraph's Leiden, asked to
             * iterate until stable, never stops on an edgeless graph) */
            IG(igraph_vector_int_resize(&memb, (igraph_integer_t)n),
               "vector");
            for (size_t i = 0; i < n; i++)
                VECTOR(memb)[i] = (igraph_integer_t)i;
        } else if (algo == EG_COMMUNITY_LEIDEN) {
            /* modularity objective: resolution / (2m) with node weights =
             * strength */
            igraph_vector_t nw;
            IG(igraph_vector_init(&nw, 0), "vector");
            e = igraph_strength(&g, &nw, igraph_vss_all(), IGRAPH_ALL,
                                IGRAPH_NO_LOOPS, &w);
            double total = 0;
            for (size_t i = 0; i < m; i++)
                total += VECTOR(w)[i];
            igraph_integer_t nc;
            if (e == IGRAPH_SUCCESS)
                e = igraph_community_leiden(
                    &g, m ? &w : NULL, &nw,
                    total > 0 ? resolution / (2 * total) : resolution, 0.01,
                    false, -1, &memb, &nc, NULL);
            igraph_vector_destroy(&nw);
            IG(e, "Leiden communities");
        } else {
            IG(igraph_community_multilevel(&g, m ? &w : NULL, resolution,
                                           &memb, NULL, NULL),
               "Louvain communities");
        }
        IG(igraph_modularity(&g, &memb, m ? &w : NULL, resolution,
                             IGRAPH_UNDIRECTED, &modularity),
           "modularity");
        rc = renumber(net, &memb, st);
        if (rc != EG_OK)
            goto out;
        net->modularity = clean(modularity);
        net->has |= EG_HAS_COMMUNITY;
    }

out:
    if (paths_async) {
        /* the sources left, shared with the paths thread */
        if (rc == EG_OK)
            eg_paths_help(&pj.helpers);
        pthread_join(pj.tid, NULL);
        if (rc == EG_OK && pj.rc != EG_OK) {
            rc = pj.rc;
            *st = pj.st;
        }
    }
    eg_paths_helpers_finish(&pj.helpers);
    if (rc == EG_OK)
        net->has |= pj.has;
    if (have_g)
        igraph_destroy(&g);
    igraph_vector_int_destroy(&memb);
    igraph_vector_destroy(&w);
    igraph_vector_destroy(&out);
    return rc;
}
