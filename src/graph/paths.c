/* Betweenness, harmonic and closeness sums from a set of sources: one
 * Dijkstra run per source serves all three (igraph runs one for
 * betweenness and another for the distances), over a compact adjacency
 * array, with the sources shared among threads.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "graph/paths.h"

#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* igraph_cmp_epsilon(a, b, IGRAPH_SHORTEST_PATH_EPSILON): -1, 0 or 1,
 * with lengths equal to a relative 1e-10 counting as equal, so that
 * 1/3 + 1/6 and 1/2 are the same distance, as they are for igraph. */
static int cmp_eps_exact(double a, double b)
{
    const double eps = 1e-10;
    if (a == b)
        return 0;
    double diff = a - b, sum = fabs(a) + fabs(b);
    bool equal;
    if (a == 0 || b == 0 || sum < DBL_MIN)
        equal = fabs(diff) < eps * DBL_MIN;
    else if (!isfinite(sum))
        equal = fabs(diff) < eps * fabs(a) + eps * fabs(b);
    else
        equal = fabs(diff) / sum < eps;
    return equal ? 0 : diff < 0 ? -1 : 1;
}

/* The same, deciding inline the pairs that clearly differ (a relative
 * gap ten times the tolerance), without a division. */
static inline int cmp_eps(double a, double b)
{
    double diff = a - b, sum = fabs(a) + fabs(b);
    if (a != 0 && b != 0 && sum >= DBL_MIN && sum <= DBL_MAX &&
        fabs(diff) > 1e-9 * sum)
        return diff < 0 ? -1 : 1;
    return cmp_eps_exact(a, b);
}

typedef struct graph {
    size_t n;
    size_t *off;    /* n + 1: v's neighbours are adj[off[v] .. off[v+1]) */
    uint32_t *adj;
    double *len;
    unsigned char *leaf; /* 1 for a node with one neighbour */
} graph;

enum { UNSEEN = 0, QUEUED, SETTLED };
#define NONE UINT32_MAX

/* A heap entry: the node with its distance beside it, so that sifting
 * reads one array instead of following each node to its distance. */
typedef struct hent {
    double d;
    uint32_t v;
} hent;

/* One thread's workspace and the result of its current source. */
typedef struct worker {
    const graph *g;
    double *dist, *sigma, *delta;
    /* settled nodes, nearest first, except that a leaf comes right after
     * its neighbour: every node after the nodes before it on its paths */
    uint32_t *order;
    /* binary min-heap of queued nodes by distance, n + 1 entries: those
     * from the heap's size on are at +inf */
    hent *heap;
    uint32_t *hpos;   /* position in heap */
    unsigned char *state;
    /* predecessors on shortest paths, as lists: pred_head[v] -> slot,
     * pred_next[slot] -> slot, pred_from[slot] = the node; NONE ends */
    uint32_t *pred_head, *pred_next, *pred_from;
    size_t n_pred;
    size_t n_order;
    pthread_t tid;
} worker;

/* Moves e up from slot i (a new entry, or one whose distance fell). */
static void sift_up(worker *w, size_t i, hent e)
{
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!(e.d < w->heap[p].d))
            break;
        w->heap[i] = w->heap[p];
        w->hpos[w->heap[i].v] = (uint32_t)i;
        i = p;
    }
    w->heap[i] = e;
    w->hpos[e.v] = (uint32_t)i;
}

static uint32_t pop_min(worker *w, size_t *size)
{
    uint32_t top = w->heap[0].v;
    size_t n = --*size;
    hent e = w->heap[n];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n)
            break;
        /* heap[n] is past the end, at +inf: no bounds test, and the
         * choice compiles without a branch */
        c += w->heap[c + 1].d < w->heap[c].d;
        if (!(w->heap[c].d < e.d))
            break;
        w->heap[i] = w->heap[c];
        w->hpos[w->heap[i].v] = (uint32_t)i;
        i = c;
    }
    w->heap[i] = e;
    w->hpos[e.v] = (uint32_t)i;
    w->heap[n].d = INFINITY;
    return top;
}

/* Records v as a predecessor of u (each arc is relaxed once per source,
 * so the slots never run out). */
static void add_pred(worker *w, uint32_t u, uint32_t v)
{
    uint32_t slot = (uint32_t)w->n_pred++;
    w->pred_from[slot] = v;
    w->pred_next[slot] = w->pred_head[u];
    w->pred_head[u] = slot;
}

/* Brandes' algorithm from one source: distances, path counts, then the
 * dependencies in reverse order of distance. */
static void run_source(worker *w, uint32_t s)
{
    const graph *g = w->g;
    /* reset what the previous source touched */
    for (size_t i = 0; i < w->n_order; i++) {
        uint32_t v = w->order[i];
        w->state[v] = UNSEEN;
        w->delta[v] = 0;
        w->dist[v] = INFINITY;
    }
    w->n_order = 0;
    w->n_pred = 0;
    size_t hsize = 0;
    w->dist[s] = 0;
    w->sigma[s] = 1;
    w->state[s] = QUEUED;
    w->heap[hsize++] = (hent){0, s};
    w->hpos[s] = 0;
    while (hsize) {
        uint32_t v = pop_min(w, &hsize);
        w->state[v] = SETTLED;
        w->order[w->n_order++] = v;
        double dv = w->dist[v], sv = w->sigma[v];
        for (size_t e = g->off[v]; e < g->off[v + 1]; e++) {
            uint32_t u = g->adj[e];
            double alt = dv + g->len[e];
            /* most arcs lead to a node already as close or closer: dist
             * is +inf until a node is seen, so one comparison settles
             * them (a relative gap of 1e-9 is ten times igraph's
             * tolerance, so cmp_eps() would say "longer" too) */
            if (alt > w->dist[u] * (1.0 + 1e-9))
                continue;
            switch (w->state[u]) {
            case UNSEEN:
                if (g->leaf[u]) {
                    /* its one path goes through v: settled now, without
                     * the heap (a quarter of the nodes of a typical
                     * network). It follows v in order, so its dependency
                     * reaches v before v passes its own on. */
                    w->state[u] = SETTLED;
                    w->dist[u] = alt;
                    w->sigma[u] = sv;
                    w->pred_head[u] = NONE;
                    add_pred(w, u, v);
                    w->order[w->n_order++] = u;
                    break;
                }
                w->state[u] = QUEUED;
                w->dist[u] = alt;
                w->sigma[u] = sv;
                w->pred_head[u] = NONE;
                add_pred(w, u, v);
                sift_up(w, hsize++, (hent){alt, u});
                break;
            case QUEUED: {
                int c = cmp_eps(alt, w->dist[u]);
                if (c < 0) {
                    w->dist[u] = alt;
                    w->sigma[u] = sv;
                    w->pred_head[u] = NONE;
                    add_pred(w, u, v);
                    sift_up(w, w->hpos[u], (hent){alt, u});
                } else if (c == 0) {
                    w->sigma[u] += sv;
                    add_pred(w, u, v);
                }
                break;
            }
            default:
                break;
            }
        }
    }
    /* dependencies, farthest first: each predecessor v of x (the node
     * before it on a shortest path) gets its share of x's */
    for (size_t i = w->n_order; i-- > 1;) {
        uint32_t x = w->order[i];
        double f = (1.0 + w->delta[x]) / w->sigma[x];
        for (uint32_t p = w->pred_head[x]; p != NONE; p = w->pred_next[p]) {
            uint32_t v = w->pred_from[p];
            w->delta[v] += w->sigma[v] * f;
        }
    }
}

/* Adds one source's results, in source order. */
static void merge(const worker *w, double *btw, double *hsum, double *dsum,
                  size_t *reached)
{
    /* order[0] is the source itself */
    for (size_t i = 1; i < w->n_order; i++) {
        uint32_t v = w->order[i];
        double d = w->dist[v];
        btw[v] += w->delta[v] / 2;
        if (d > 0 && isfinite(d)) {
            hsum[v] += 1.0 / d;
            dsum[v] += d;
            reached[v]++;
        }
    }
}

static void worker_free(worker *w)
{
    free(w->dist);
    free(w->sigma);
    free(w->delta);
    free(w->order);
    free(w->heap);
    free(w->hpos);
    free(w->state);
    free(w->pred_head);
    free(w->pred_next);
    free(w->pred_from);
}

static bool worker_init(worker *w, const graph *g)
{
    size_t n = g->n ? g->n : 1;
    memset(w, 0, sizeof *w);
    w->g = g;
    w->dist = malloc(n * sizeof *w->dist);
    if (w->dist)
        for (size_t i = 0; i < n; i++)
            w->dist[i] = INFINITY; /* unseen */
    w->sigma = malloc(n * sizeof *w->sigma);
    w->delta = calloc(n, sizeof *w->delta);
    w->order = malloc(n * sizeof *w->order);
    /* one more entry than nodes, and every entry past the end at +inf */
    w->heap = malloc((n + 1) * sizeof *w->heap);
    if (w->heap)
        for (size_t i = 0; i <= n; i++)
            w->heap[i] = (hent){INFINITY, 0};
    w->hpos = malloc(n * sizeof *w->hpos);
    w->state = calloc(n, 1);
    size_t arcs = g->off[g->n] ? g->off[g->n] : 1;
    w->pred_head = malloc(n * sizeof *w->pred_head);
    w->pred_next = malloc(arcs * sizeof *w->pred_next);
    w->pred_from = malloc(arcs * sizeof *w->pred_from);
    if (!w->dist || !w->sigma || !w->delta || !w->order || !w->heap ||
        !w->hpos || !w->state || !w->pred_head || !w->pred_next ||
        !w->pred_from) {
        worker_free(w);
        return false;
    }
    return true;
}

static bool graph_init(graph *g, const eg_network *net)
{
    size_t n = net->n_nodes, m = net->n_edges;
    g->n = n;
    g->off = calloc(n + 1, sizeof *g->off);
    size_t arcs = m ? 2 * m : 1;
    g->adj = malloc(arcs * sizeof *g->adj);
    g->len = malloc(arcs * sizeof *g->len);
    g->leaf = malloc(n ? n : 1);
    size_t *fill = calloc(n + 1, sizeof *fill);
    if (!g->off || !g->adj || !g->len || !g->leaf || !fill) {
        free(fill);
        return false;
    }
    for (size_t i = 0; i < m; i++) {
        g->off[net->edges[i].source + 1]++;
        g->off[net->edges[i].target + 1]++;
    }
    for (size_t v = 0; v < n; v++) {
        g->leaf[v] = g->off[v + 1] == 1;
        g->off[v + 1] += g->off[v];
    }
    memcpy(fill, g->off, (n + 1) * sizeof *fill);
    /* edges in input order: the order paths are found in, hence the
     * order path counts are summed in, is fixed by the network */
    for (size_t i = 0; i < m; i++) {
        const eg_edge *e = &net->edges[i];
        double l = 1.0 / (e->weight > 0 ? e->weight : 1.0);
        size_t a = fill[e->source]++, b = fill[e->target]++;
        g->adj[a] = (uint32_t)e->target;
        g->len[a] = l;
        g->adj[b] = (uint32_t)e->source;
        g->len[b] = l;
    }
    free(fill);
    return true;
}

static void graph_free(graph *g)
{
    free(g->off);
    free(g->adj);
    free(g->len);
    free(g->leaf);
}

/* The sources shared among the workers of one computation: each takes the
 * next source, runs it, then waits for its turn to add the result, so
 * that results are added in source order whichever thread ran them.
 * Helpers (eg_paths_help()) join with a workspace of their own. */
typedef struct pool {
    const graph *g;
    const size_t *sources;
    size_t k;
    double *btw, *hsum, *dsum;
    size_t *reached;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    size_t next;    /* next source to take */
    size_t merged;  /* sources added so far */
    size_t helpers; /* helpers inside */
} pool;

static void pool_work(pool *p, worker *w)
{
    for (;;) {
        pthread_mutex_lock(&p->mu);
        size_t i = p->next < p->k ? p->next++ : p->k;
        pthread_mutex_unlock(&p->mu);
        if (i == p->k)
            return;
        run_source(w, (uint32_t)p->sources[i]);
        pthread_mutex_lock(&p->mu);
        while (p->merged != i)
            pthread_cond_wait(&p->cv, &p->mu);
        pthread_mutex_unlock(&p->mu);
        /* only the taker of source `merged` gets here: no lock needed */
        merge(w, p->btw, p->hsum, p->dsum, p->reached);
        pthread_mutex_lock(&p->mu);
        p->merged++;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
    }
}

typedef struct pool_thread {
    pool *p;
    worker *w;
} pool_thread;

static void *pool_thread_main(void *arg)
{
    pool_thread *t = arg;
    pool_work(t->p, t->w);
    return NULL;
}

void eg_paths_helpers_init(eg_paths_helpers *h)
{
    pthread_mutex_init(&h->mu, NULL);
    h->pool = NULL;
}

void eg_paths_helpers_finish(eg_paths_helpers *h)
{
    pthread_mutex_destroy(&h->mu);
}

void eg_paths_help(eg_paths_helpers *h)
{
    pthread_mutex_lock(&h->mu);
    pool *p = h->pool;
    if (p) {
        pthread_mutex_lock(&p->mu);
        p->helpers++;
        pthread_mutex_unlock(&p->mu);
    }
    pthread_mutex_unlock(&h->mu);
    if (!p)
        return;
    worker w;
    if (worker_init(&w, p->g)) {
        pool_work(p, &w);
        worker_free(&w);
    }
    pthread_mutex_lock(&p->mu);
    p->helpers--;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

eg_error_t eg_paths_from_sources(const eg_network *net, const size_t *sources,
                                 size_t k, unsigned jobs, double *btw,
                                 double *hsum, double *dsum, size_t *reached,
                                 eg_paths_helpers *helpers)
{
    size_t n = net->n_nodes;
    memset(btw, 0, n * sizeof *btw);
    memset(hsum, 0, n * sizeof *hsum);
    memset(dsum, 0, n * sizeof *dsum);
    memset(reached, 0, n * sizeof *reached);
    if (n == 0 || k == 0)
        return EG_OK;
    /* nodes and predecessor slots (one per arc end) are 32-bit */
    if (n >= UINT32_MAX || net->n_edges >= UINT32_MAX / 2)
        return EG_ENOMEM;
    size_t t = jobs ? jobs : 1;
    if (t > k)
        t = k;
    graph g = {0};
    pool p = {.g = &g, .sources = sources, .k = k, .btw = btw, .hsum = hsum,
              .dsum = dsum, .reached = reached};
    worker *w = calloc(t, sizeof *w);
    pool_thread *pt = calloc(t, sizeof *pt);
    eg_error_t rc = EG_OK;
    size_t made = 0, started = 0;
    if (!w || !pt || !graph_init(&g, net)) {
        rc = EG_ENOMEM;
        goto out;
    }
    for (; made < t; made++)
        if (!worker_init(&w[made], &g)) {
            rc = EG_ENOMEM;
            goto out;
        }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv, NULL);
    if (helpers) {
        pthread_mutex_lock(&helpers->mu);
        helpers->pool = &p;
        pthread_mutex_unlock(&helpers->mu);
    }
    /* worker 0 runs here, the others in threads (fewer when a thread
     * cannot be made: the pool needs none of them) */
    for (size_t i = 1; i < t; i++) {
        pt[i] = (pool_thread){&p, &w[i]};
        if (pthread_create(&w[i].tid, NULL, pool_thread_main, &pt[i]) != 0)
            break;
        started = i;
    }
    pool_work(&p, &w[0]);
    for (size_t i = 1; i <= started; i++)
        pthread_join(w[i].tid, NULL);
    /* no helper may come in now, and those inside must leave first */
    if (helpers) {
        pthread_mutex_lock(&helpers->mu);
        helpers->pool = NULL;
        pthread_mutex_unlock(&helpers->mu);
    }
    pthread_mutex_lock(&p.mu);
    while (p.helpers)
        pthread_cond_wait(&p.cv, &p.mu);
    pthread_mutex_unlock(&p.mu);
    pthread_cond_destroy(&p.cv);
    pthread_mutex_destroy(&p.mu);
out:
    for (size_t i = 0; i < made; i++)
        worker_free(&w[i]);
    free(w);
    free(pt);
    graph_free(&g);
    return rc;
}
