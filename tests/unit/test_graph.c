/* Graph analysis: co-occurrence windows and counts on a hand-built
 * document, weight formulas, filters (backbone on a star), metrics and
 * communities on small graphs whose values are worked out by hand.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "entgraph.h"
#include "extract/extract.h"
#include "graph/cooccur.h"
#include "graph/paths.h"
#include "core/hashmap.h"
#include "core/sort.h"

#include <igraph.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>

#define CHECK_NEAR(got, want, tol)                                          \
    do {                                                                    \
        double g_ = (got), w_ = (want);                                     \
        if (!(fabs(g_ - w_) <= (tol))) {                                    \
            fprintf(stderr, "%s:%d: %s = %.9g, want %.9g\n", __FILE__,      \
                    __LINE__, #got, g_, w_);                                \
            check_failures++;                                               \
        }                                                                   \
    } while (0)

/* ---- a hand-segmented document -------------------------------------

   "Ann met Bob. Bob saw Cid.\n\nAnn left."
   tokens:  Ann0 met1 Bob2 | Bob3 saw4 Cid5 | Ann6 left7
   sentences S0 (tokens 0-2) and S1 (3-5) in paragraph 0, S2 (6-7) in 1
   mentions: Ann@0 Bob@2 | Bob@3 Cid@5 | Ann@6                          */

static const char text[] = "Ann met Bob. Bob saw Cid.\n\nAnn left.";

static void make_doc(eg_doc *doc, eg_analysis *an)
{
    static eg_token tokens[] = {{0, 3},   {4, 7},   {8, 11}, {13, 16},
                                {17, 20}, {21, 24}, {27, 30}, {31, 35}};
    static eg_sentence sentences[] = {
        {0, 12, 0, 0, 3}, {13, 25, 0, 3, 3}, {27, 36, 1, 6, 2}};
    static eg_mention mentions[] = {{0, 3, 0, 0, false},
                                    {8, 11, 0, 1, false},
                                    {13, 16, 1, 1, false},
                                    {21, 24, 1, 2, false},
                                    {27, 30, 2, 0, false}};
    static eg_doc_entity entities[3];
    const char *keys[] = {"ann", "bob", "cid"};
    for (int i = 0; i < 3; i++) {
        memset(&entities[i], 0, sizeof entities[i]);
        entities[i].name = entities[i].key = keys[i];
        entities[i].type = EG_TYPE_PERSON;
        entities[i].votes[EG_TYPE_PERSON] = 1.0f;
    }
    memset(doc, 0, sizeof *doc);
    doc->id = "doc";
    doc->text = text;
    doc->len = sizeof text - 1;
    memset(an, 0, sizeof *an);
    an->seg.tokens = tokens;
    an->seg.n_tokens = 8;
    an->seg.sentences = sentences;
    an->seg.n_sentences = 3;
    an->seg.n_paragraphs = 2;
    an->mentions = mentions;
    an->n_mentions = 5;
    an->entities = entities;
    an->n_entities = 3;
}

static long edge_count(const eg_network *net, size_t a, size_t b)
{
    for (size_t i = 0; i < net->n_edges; i++)
        if (net->edges[i].source == a && net->edges[i].target == b)
            return net->edges[i].count;
    return 0;
}

/* Adds doc to a new corpus with options co, times over (as documents 0,
 * 1 ...), and builds net from it; net keeps what it needs, so the corpus
 * goes. */
static void build_net(const eg_corpus_options *co, eg_doc *doc,
                      const eg_analysis *an, int times, eg_network *net)
{
    eg_corpus *c;
    eg_status st = {0};
    eg_network_init(net);
    CHECK(eg_corpus_create(&c, co, &st) == EG_OK);
    for (int i = 0; i < times; i++) {
        doc->index = (size_t)i;
        CHECK(eg_corpus_add(c, doc, an, &st) == EG_OK);
    }
    CHECK(eg_corpus_build(c, net, &st) == EG_OK);
    eg_corpus_destroy(c);
}

/* Builds the network of the document above with the given window and
 * checks c_ij (AB, AC, BC), c_i (A, B, C) and W. */
static void check_window(eg_window_kind kind, unsigned n, long ab, long ac,
                         long bc, long ca, long cb, long cc, long w)
{
    eg_doc doc;
    eg_analysis an;
    make_doc(&doc, &an);
    eg_corpus_options co = {.window = kind, .window_tokens = n,
                            .keep_isolates = true, .min_mentions = 1};
    eg_network net;
    build_net(&co, &doc, &an, 1, &net);
    CHECK_INT(net.n_nodes, 3);
    if (net.n_nodes == 3) {
        CHECK_STR(net.nodes[0].id, "ann");
        CHECK_INT(edge_count(&net, 0, 1), ab);
        CHECK_INT(edge_count(&net, 0, 2), ac);
        CHECK_INT(edge_count(&net, 1, 2), bc);
        CHECK_INT(net.nodes[0].windows, ca);
        CHECK_INT(net.nodes[1].windows, cb);
        CHECK_INT(net.nodes[2].windows, cc);
        CHECK_INT(net.nodes[0].mentions, 2);
    }
    CHECK_INT(net.stats.windows, w);
    for (size_t i = 0; i < net.n_edges; i++)
        CHECK_INT(net.edges[i].documents, 1);
    eg_network_finish(&net);
}

static void test_windows(void)
{
    /*            kind             N  AB AC BC  cA cB cC  W */
    check_window(EG_WINDOW_SENTENCE, 0, 1, 0, 1, 2, 2, 1, 3);
    check_window(EG_WINDOW_PARAGRAPH, 0, 1, 1, 1, 2, 1, 1, 2);
    check_window(EG_WINDOW_DOCUMENT, 0, 1, 1, 1, 1, 1, 1, 1);
    /* N = 2: anchors A0 {A}, B2 {A,B}, B3 {B}, C5 {B,C}, A6 {C,A} */
    check_window(EG_WINDOW_TOKENS, 2, 1, 1, 1, 3, 3, 2, 5);
    /* N = 3: B2 {A,B}, B3 {A,B} (A0 is 3 away), C5 {B,C}, A6 {B,C,A}:
       A6 pairs A with B and C but does not count B-C again */
    check_window(EG_WINDOW_TOKENS, 3, 3, 1, 1, 4, 4, 2, 5);
    /* N = 1: B2-B3 are adjacent but the same entity; C5-A6 are adjacent
       across a sentence and paragraph break (token windows ignore them) */
    check_window(EG_WINDOW_TOKENS, 1, 0, 1, 0, 2, 2, 2, 5);
}

/* ---- forms the corpus merges ---------------------------------------

   "Gaza Strip, Gaza and Bob. Gaza left."
   tokens:  Gaza0 Strip1 Gaza2 and3 Bob4 | Gaza5 left6
   mentions: Gaza Strip@0 Gaza@2 Bob@4 | Gaza@5
   The document keeps "Gaza Strip" and "Gaza" apart; the corpus merges
   them (a place and the same name with "strip"). One node "gaza" then
   names both sentences of one document, and the first sentence once. */

static const char text2[] = "Gaza Strip, Gaza and Bob. Gaza left.";

static void check_merged(eg_window_kind kind, unsigned n, size_t memory,
                         long gb, long cg, long cb)
{
    static eg_token tokens[] = {{0, 4},   {5, 10},  {12, 16}, {17, 20},
                                {21, 24}, {26, 30}, {31, 35}};
    static eg_sentence sentences[] = {{0, 25, 0, 0, 5}, {26, 36, 0, 5, 2}};
    static eg_mention mentions[] = {{0, 10, 0, 0, false},
                                    {12, 16, 0, 1, false},
                                    {21, 24, 0, 2, false},
                                    {26, 30, 1, 1, false}};
    eg_doc_entity entities[3];
    memset(entities, 0, sizeof entities);
    entities[0].name = "Gaza Strip";
    entities[0].key = "gazastrip";
    entities[0].first_key = "gaza";
    entities[0].last_key = "strip";
    entities[1].name = entities[1].key = "gaza";
    entities[2].name = entities[2].key = "bob";
    for (int i = 0; i < 3; i++) {
        eg_type t = i < 2 ? EG_TYPE_PLACE : EG_TYPE_PERSON;
        entities[i].type = t;
        entities[i].votes[t] = 1.0f;
    }
    eg_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.id = "doc";
    doc.text = text2;
    doc.len = sizeof text2 - 1;
    eg_analysis an;
    memset(&an, 0, sizeof an);
    an.seg.tokens = tokens;
    an.seg.n_tokens = 7;
    an.seg.sentences = sentences;
    an.seg.n_sentences = 2;
    an.seg.n_paragraphs = 1;
    an.mentions = mentions;
    an.n_mentions = 4;
    an.entities = entities;
    an.n_entities = 3;

    eg_corpus_options co = {.window = kind, .window_tokens = n,
                            .keep_isolates = true, .min_mentions = 1,
                            .spool_memory = memory};
    /* the same document twice: one more document for both nodes */
    eg_network net;
    build_net(&co, &doc, &an, 2, &net);
    CHECK_INT(net.n_nodes, 2);
    CHECK_INT(net.n_edges, 1);
    if (net.n_nodes == 2 && net.n_edges == 1) {
        CHECK_STR(net.nodes[0].id, "bob");
        CHECK_STR(net.nodes[1].id, "gaza");
        CHECK_INT(net.nodes[0].documents, 2);
        CHECK_INT(net.nodes[1].documents, 2);
        CHECK_INT(net.nodes[1].mentions, 6);
        CHECK_INT(net.edges[0].count, 2 * gb);
        CHECK_INT(net.edges[0].documents, 2);
        CHECK_INT(net.nodes[1].windows, 2 * cg);
        CHECK_INT(net.nodes[0].windows, 2 * cb);
    }
    eg_network_finish(&net);
}

static void test_merged_forms(void)
{
    /* per document: gaza-bob windows, gaza's windows, bob's windows */
    check_merged(EG_WINDOW_SENTENCE, 0, 0, 1, 2, 1);
    check_merged(EG_WINDOW_DOCUMENT, 0, 0, 1, 1, 1);
    /* N = 4: anchors GS0 {G}, G2 {G}, B4 {G, B}, G5 {G, B}: Bob's window
       holds both forms and counts once */
    check_merged(EG_WINDOW_TOKENS, 4, 0, 2, 4, 2);
    /* every record through the temporary file */
    check_merged(EG_WINDOW_SENTENCE, 0, 1, 1, 2, 1);
    check_merged(EG_WINDOW_TOKENS, 4, 1, 2, 4, 2);
}

/* ---- networks built by hand ------------------------------------------ */

static char *dup(const char *s)
{
    char *d = malloc(strlen(s) + 1);
    return strcpy(d, s);
}

/* n nodes "n0".., edges (s, t, w) with s < t, in sorted order. */
static void make_net(eg_network *net, size_t n, const double (*e)[3],
                     size_t m)
{
    eg_network_init(net);
    net->nodes = calloc(n, sizeof *net->nodes);
    net->n_nodes = n;
    for (size_t i = 0; i < n; i++) {
        char id[16];
        snprintf(id, sizeof id, "n%02zu", i);
        net->nodes[i].id = dup(id);
        net->nodes[i].label = dup(id);
        net->nodes[i].type = EG_TYPE_PERSON;
        net->nodes[i].mentions = 1;
        net->nodes[i].documents = 1;
        net->nodes[i].community = -1;
    }
    net->edges = calloc(m ? m : 1, sizeof *net->edges);
    net->n_edges = m;
    for (size_t i = 0; i < m; i++) {
        net->edges[i].source = (size_t)e[i][0];
        net->edges[i].target = (size_t)e[i][1];
        net->edges[i].weight = e[i][2];
        net->edges[i].count = (long)e[i][2];
    }
}

static void test_weights(void)
{
    /* c_01 = 2, c_02 = 1, c_12 = 3; c = 4, 5, 3; W = 10 */
    const double e[][3] = {{0, 1, 2}, {0, 2, 1}, {1, 2, 3}};
    const long c[] = {4, 5, 3};
    eg_status st = {0};
    eg_network net;
    eg_weighting kinds[] = {EG_WEIGHT_COUNT, EG_WEIGHT_ASSOCIATION,
                            EG_WEIGHT_JACCARD, EG_WEIGHT_NPMI};
    for (int k = 0; k < 4; k++) {
        make_net(&net, 3, e, 3);
        for (int i = 0; i < 3; i++)
            net.nodes[i].windows = c[i];
        net.stats.windows = 10;
        CHECK(eg_network_apply_weights(&net, kinds[k], &st) == EG_OK);
        CHECK_STR(net.weighting, eg_weighting_name(kinds[k]));
        switch (kinds[k]) {
        case EG_WEIGHT_COUNT:
            CHECK_NEAR(net.edges[2].weight, 3, 0);
            break;
        case EG_WEIGHT_ASSOCIATION:
            CHECK_NEAR(net.edges[0].weight, 10.0 * 2 / (4 * 5), 1e-12);
            CHECK_NEAR(net.edges[1].weight, 10.0 * 1 / (4 * 3), 1e-12);
            CHECK_NEAR(net.edges[2].weight, 10.0 * 3 / (5 * 3), 1e-12);
            break;
        case EG_WEIGHT_JACCARD:
            CHECK_NEAR(net.edges[0].weight, 2.0 / 7, 1e-12);
            CHECK_NEAR(net.edges[1].weight, 1.0 / 6, 1e-12);
            CHECK_NEAR(net.edges[2].weight, 3.0 / 5, 1e-12);
            break;
        default:
            /* 0-1: ln(0.2 / (0.4 * 0.5)) = 0 -> removed;
               0-2: ln(0.1 / 0.12) < 0 -> removed;
               1-2: ln(0.3 / 0.15) / -ln 0.3 */
            CHECK_INT(net.n_edges, 1);
            if (net.n_edges == 1) {
                CHECK_INT(net.edges[0].source, 1);
                CHECK_NEAR(net.edges[0].weight, log(2.0) / -log(0.3),
                           1e-12);
            }
        }
        eg_network_finish(&net);
    }
    /* NPMI is 1 when the pair is in every window */
    const double one[][3] = {{0, 1, 4}};
    make_net(&net, 2, one, 1);
    net.nodes[0].windows = net.nodes[1].windows = 4;
    net.stats.windows = 4;
    CHECK(eg_network_apply_weights(&net, EG_WEIGHT_NPMI, &st) == EG_OK);
    CHECK_NEAR(net.edges[0].weight, 1.0, 1e-12);
    eg_network_finish(&net);
}

static bool has_edge(const eg_network *net, size_t a, size_t b)
{
    for (size_t i = 0; i < net->n_edges; i++)
        if (net->edges[i].source == a && net->edges[i].target == b)
            return true;
    return false;
}

static void test_backbone(void)
{
    /* star: hub 0, leaves 1..4 with weights 10, 1, 1, 1 (s = 13, k = 4),
       plus the dyad 5-6 (both ends of degree 1: never tested, dropped).
       alpha(0-1) = (1 - 10/13)^3 = 0.0123; alpha(0-2) = (12/13)^3 = 0.787.
       Leaves have k = 1 and do not count. */
    const double e[][3] = {{0, 1, 10}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1},
                           {5, 6, 2}};
    eg_status st = {0};
    eg_network net;
    make_net(&net, 7, e, 5);
    eg_filter_options fo = {.backbone = 0.05, .keep_isolates = true};
    CHECK(eg_network_filter(&net, &fo, &st) == EG_OK);
    CHECK_INT(net.n_edges, 1);
    CHECK(has_edge(&net, 0, 1));
    CHECK_INT(net.n_nodes, 7);
    eg_network_finish(&net);
    /* alpha = 0.8 keeps every star edge (0.787 < 0.8) */
    make_net(&net, 7, e, 5);
    fo.backbone = 0.8;
    fo.keep_isolates = false;
    CHECK(eg_network_filter(&net, &fo, &st) == EG_OK);
    CHECK_INT(net.n_edges, 4);
    CHECK_INT(net.n_nodes, 5); /* 5 and 6 became isolates */
    eg_network_finish(&net);
}

static void test_filters(void)
{
    const double e[][3] = {{0, 1, 5}, {1, 2, 1}, {2, 3, 2}};
    eg_status st = {0};
    eg_network net;
    make_net(&net, 5, e, 3);
    net.nodes[3].documents = 3;
    net.nodes[2].documents = 2;
    eg_filter_options fo = {.min_weight = 2, .keep_isolates = true};
    CHECK(eg_network_filter(&net, &fo, &st) == EG_OK);
    CHECK_INT(net.n_edges, 2);
    CHECK_INT(net.n_nodes, 5);
    fo = (eg_filter_options){.min_documents = 2, .keep_isolates = true};
    CHECK(eg_network_filter(&net, &fo, &st) == EG_OK);
    CHECK_INT(net.n_nodes, 2);
    CHECK_STR(net.nodes[0].id, "n02");
    CHECK_INT(net.n_edges, 1);
    CHECK(has_edge(&net, 0, 1));
    eg_network_finish(&net);

    /* top 2 by PageRank on the path 0-1-2-3 plus isolate 4: the middle */
    const double p[][3] = {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}};
    make_net(&net, 5, p, 3);
    fo = (eg_filter_options){.top = 2, .keep_isolates = true};
    CHECK(eg_network_filter(&net, &fo, &st) == EG_OK);
    CHECK_INT(net.n_nodes, 2);
    CHECK_STR(net.nodes[0].id, "n01");
    CHECK_STR(net.nodes[1].id, "n02");
    CHECK_INT(net.n_edges, 1);
    eg_network_finish(&net);
    make_net(&net, 5, p, 3);
    fo = (eg_filter_options){.keep_isolates = false};
    CHECK(eg_network_filter(&net, &fo, &st) == EG_OK);
    CHECK_INT(net.n_nodes, 4);
    eg_network_finish(&net);
}

static void test_metrics_star(void)
{
    /* star K1,3, unit weights. PageRank: c = 0.15/4 + 0.85 * 3 l,
       l = 0.15/4 + 0.85 c / 3  =>  c = 0.133125 / 0.2775. Betweenness of
       the hub: 3 pairs of leaves. Harmonic (normalised): hub 1, leaf
       (1 + 1/2 + 1/2) / 3. Closeness: hub 1, leaf 3 / 5. */
    const double e[][3] = {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}};
    eg_status st = {0};
    eg_network net;
    make_net(&net, 4, e, 3);
    CHECK(eg_network_compute_metrics(&net, EG_COMMUNITY_NONE, 1, 42, &st) ==
          EG_OK);
    double c = 0.133125 / 0.2775;
    CHECK_NEAR(net.nodes[0].pagerank, c, 1e-9);
    CHECK_NEAR(net.nodes[1].pagerank, (1 - c) / 3, 1e-9);
    CHECK_INT(net.nodes[0].degree, 3);
    CHECK_NEAR(net.nodes[0].weighted_degree, 3, 0);
    CHECK_NEAR(net.nodes[0].betweenness, 3, 1e-12);
    CHECK_NEAR(net.nodes[1].betweenness, 0, 1e-12);
    CHECK_NEAR(net.nodes[0].harmonic, 1, 1e-12);
    CHECK_NEAR(net.nodes[1].harmonic, 2.0 / 3, 1e-12);
    CHECK_NEAR(net.nodes[0].closeness, 1, 1e-12);
    CHECK_NEAR(net.nodes[1].closeness, 0.6, 1e-12);
    /* eigenvector: hub sqrt(3) times a leaf; scaled to max 1 */
    CHECK_NEAR(net.nodes[0].eigenvector, 1, 1e-9);
    CHECK_NEAR(net.nodes[1].eigenvector, 1 / sqrt(3.0), 1e-6);
    CHECK_INT(net.nodes[0].kcore, 1);
    CHECK(!(net.has & EG_HAS_COMMUNITY));
    eg_network_finish(&net);
}

static void test_metrics_sampled(void)
{
    /* star K1,9: exact hub betweenness C(9,2) = 36. Sampled from 3
     * sources: a leaf source depends on the hub for its 8 other leaves,
     * igraph counts each unordered pair once, times n / k = 10 / 3: 40
     * with three leaves, 80/3 when the hub is drawn. Leaves stay 0. */
    double e[9][3];
    for (int i = 0; i < 9; i++) {
        e[i][0] = 0;
        e[i][1] = i + 1;
        e[i][2] = 1;
    }
    eg_status st = {0};
    eg_network net;
    eg_metrics_options mo;
    eg_metrics_options_init(&mo);
    mo.community = EG_COMMUNITY_NONE;
    mo.paths = EG_PATHS_APPROX;
    mo.sources = 3;
    make_net(&net, 10, (const double(*)[3])e, 9);
    CHECK(eg_network_compute_metrics_opt(&net, &mo, &st) == EG_OK);
    CHECK_INT(net.path_sources, 3);
    CHECK(fabs(net.nodes[0].betweenness - 40) < 1e-9 ||
          fabs(net.nodes[0].betweenness - 80.0 / 3) < 1e-9);
    CHECK_NEAR(net.nodes[5].betweenness, 0, 1e-12);
    CHECK(net.nodes[5].harmonic >= 0.5 && net.nodes[5].harmonic <= 1);
    CHECK(net.nodes[5].closeness >= 0.5 && net.nodes[5].closeness <= 1);
    CHECK(net.has & EG_HAS_HARMONIC);
    /* same seed, same estimate */
    double b = net.nodes[0].betweenness;
    CHECK(eg_network_compute_metrics_opt(&net, &mo, &st) == EG_OK);
    CHECK_NEAR(net.nodes[0].betweenness, b, 0);
    eg_network_finish(&net);

    /* auto on a small graph is exact; off leaves the columns out */
    make_net(&net, 10, (const double(*)[3])e, 9);
    mo.paths = EG_PATHS_AUTO;
    CHECK(eg_network_compute_metrics_opt(&net, &mo, &st) == EG_OK);
    CHECK_INT(net.path_sources, 0);
    CHECK_NEAR(net.nodes[0].betweenness, 36, 1e-9);
    eg_network_finish(&net);
    make_net(&net, 10, (const double(*)[3])e, 9);
    mo.paths = EG_PATHS_OFF;
    CHECK(eg_network_compute_metrics_opt(&net, &mo, &st) == EG_OK);
    CHECK(!(net.has & (EG_HAS_BETWEENNESS | EG_HAS_HARMONIC |
                       EG_HAS_CLOSENESS)));
    eg_network_finish(&net);
}

static void test_metrics_weighted(void)
{
    /* path 0 -2- 1 -1- 2 -4- 3 and the chord 0-2 with weight 1: distances
       1/w: 0-1 0.5, 1-2 1, 2-3 0.25, 0-2 1. Shortest 0->2 is 0-2 (1) vs
       0-1-2 (1.5); 1->3: 1-2-3 (1.25) vs 1-0-2-3 (1.75).
       Betweenness: node 2 is inner on 0-3 and 1-3 => 2; node 1 on none
       => 0; node 0: none => 0. Strength: 3, 3, 6, 4. Triangle 0-1-2 =>
       coreness 2 for 0, 1, 2 and 1 for 3. */
    const double e[][3] = {{0, 1, 2}, {0, 2, 1}, {1, 2, 1}, {2, 3, 4}};
    eg_status st = {0};
    eg_network net;
    make_net(&net, 4, e, 4);
    CHECK(eg_network_compute_metrics(&net, EG_COMMUNITY_NONE, 1, 42, &st) ==
          EG_OK);
    CHECK_NEAR(net.nodes[0].weighted_degree, 3, 0);
    CHECK_NEAR(net.nodes[2].weighted_degree, 6, 0);
    CHECK_NEAR(net.nodes[3].weighted_degree, 4, 0);
    CHECK_NEAR(net.nodes[2].betweenness, 2, 1e-12);
    CHECK_NEAR(net.nodes[0].betweenness, 0, 1e-12);
    CHECK_NEAR(net.nodes[1].betweenness, 0, 1e-12);
    CHECK_INT(net.nodes[0].kcore, 2);
    CHECK_INT(net.nodes[3].kcore, 1);
    /* harmonic of 3: 1/0.25 + 1/1.25 + 1/1.25 over 3 */
    CHECK_NEAR(net.nodes[3].harmonic, (4 + 0.8 + 0.8) / 3, 1e-12);
    /* PageRank sums to 1 */
    double sum = 0;
    for (int i = 0; i < 4; i++)
        sum += net.nodes[i].pagerank;
    CHECK_NEAR(sum, 1, 1e-9);
    eg_network_finish(&net);
}

/* eg_paths_from_sources() on a thread of its own, with helpers. */
typedef struct paths_run {
    const eg_network *net;
    const size_t *src;
    size_t k;
    double *btw, *hsum, *dsum;
    size_t *reached;
    eg_error_t rc;
    atomic_int done;
    eg_paths_helpers helpers;
} paths_run;

static void *paths_run_main(void *p)
{
    paths_run *r = p;
    r->rc = eg_paths_from_sources(r->net, r->src, r->k, 1, r->btw, r->hsum,
                                  r->dsum, r->reached, &r->helpers);
    atomic_store(&r->done, 1);
    return NULL;
}

/* igraph's exact betweenness, harmonic and closeness (distance 1/weight,
 * normalised as metrics.c documents) of net, into out[3][n]. */
static void igraph_paths(const eg_network *net, double *out[3])
{
    size_t n = net->n_nodes, m = net->n_edges;
    igraph_vector_int_t edges;
    igraph_vector_t len, res;
    igraph_t g;
    igraph_vector_int_init(&edges, (igraph_integer_t)(2 * m));
    igraph_vector_init(&len, (igraph_integer_t)m);
    igraph_vector_init(&res, 0);
    for (size_t i = 0; i < m; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)net->edges[i].source;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)net->edges[i].target;
        VECTOR(len)[i] = 1.0 / net->edges[i].weight;
    }
    igraph_create(&g, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED);
    CHECK(igraph_betweenness(&g, &res, igraph_vss_all(), IGRAPH_UNDIRECTED,
                             &len) == IGRAPH_SUCCESS);
    for (size_t v = 0; v < n; v++)
        out[0][v] = VECTOR(res)[v];
    CHECK(igraph_harmonic_centrality(&g, &res, igraph_vss_all(), IGRAPH_ALL,
                                     &len, true) == IGRAPH_SUCCESS);
    for (size_t v = 0; v < n; v++)
        out[1][v] = VECTOR(res)[v];
    CHECK(igraph_closeness(&g, &res, NULL, NULL, igraph_vss_all(), IGRAPH_ALL,
                           &len, true) == IGRAPH_SUCCESS);
    for (size_t v = 0; v < n; v++)
        out[2][v] = isnan(VECTOR(res)[v]) ? 0 : VECTOR(res)[v];
    igraph_destroy(&g);
    igraph_vector_int_destroy(&edges);
    igraph_vector_destroy(&len);
    igraph_vector_destroy(&res);
}

/* The one-pass sums of graph/paths.c from every node against igraph's
 * exact betweenness, harmonic and closeness, on random graphs with small
 * integer weights (so that many paths tie: 1/2 + 1/2 = 1/1) and several
 * components; with 1 and 3 threads, which must agree to the bit; and the
 * exact metrics of eg_network_compute_metrics_opt(), which come from
 * those sums. */
static void test_paths_exact(void)
{
    uint64_t seed = 12345;
    for (int round = 0; round < 6; round++) {
        size_t n = 12 + (size_t)round * 9, m = 0;
        double(*e)[3] = malloc(n * n * sizeof *e);
        for (size_t a = 0; a < n; a++)
            for (size_t b = a + 1; b < n; b++) {
                seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
                unsigned r = (unsigned)(seed >> 33);
                /* two blocks, never joined, plus node n-1 alone */
                if (b == n - 1 || (a < n / 2) != (b < n / 2) || r % 100 >= 30)
                    continue;
                e[m][0] = (double)a;
                e[m][1] = (double)b;
                e[m][2] = round % 2 ? 1 : 1 + r % 3;
                m++;
            }
        eg_status st = {0};
        eg_network net;
        make_net(&net, n, (const double(*)[3])e, m);
        double *ig[3];
        for (int i = 0; i < 3; i++)
            ig[i] = malloc(n * sizeof(double));
        igraph_paths(&net, ig);
        eg_metrics_options mo;
        eg_metrics_options_init(&mo);
        mo.community = EG_COMMUNITY_NONE;
        mo.paths = EG_PATHS_EXACT;
        CHECK(eg_network_compute_metrics_opt(&net, &mo, &st) == EG_OK);
        CHECK_INT(net.path_sources, 0);
        size_t *src = malloc(n * sizeof *src), *reached[3];
        double *btw[3], *hsum[3], *dsum[3];
        for (size_t v = 0; v < n; v++)
            src[v] = v;
        /* one thread; three; one and a helper that joins while it runs */
        for (int t = 0; t < 3; t++) {
            btw[t] = malloc(n * sizeof(double));
            hsum[t] = malloc(n * sizeof(double));
            dsum[t] = malloc(n * sizeof(double));
            reached[t] = malloc(n * sizeof(size_t));
            if (t < 2) {
                CHECK(eg_paths_from_sources(&net, src, n, t ? 3 : 1, btw[t],
                                            hsum[t], dsum[t], reached[t],
                                            NULL) == EG_OK);
                continue;
            }
            paths_run pr = {.net = &net, .src = src, .k = n,
                            .btw = btw[t], .hsum = hsum[t], .dsum = dsum[t],
                            .reached = reached[t], .rc = EG_ENOMEM};
            eg_paths_helpers_init(&pr.helpers);
            pthread_t tid;
            CHECK(pthread_create(&tid, NULL, paths_run_main, &pr) == 0);
            while (!atomic_load(&pr.done))
                eg_paths_help(&pr.helpers);
            pthread_join(tid, NULL);
            eg_paths_helpers_finish(&pr.helpers);
            CHECK(pr.rc == EG_OK);
        }
        for (size_t v = 0; v < n; v++) {
            const eg_node *nd = &net.nodes[v];
            CHECK_NEAR(btw[0][v], ig[0][v], 1e-9 * (1 + ig[0][v]));
            CHECK_NEAR(hsum[0][v] / (double)(n - 1), ig[1][v], 1e-12);
            CHECK_NEAR(reached[0][v] ? (double)reached[0][v] / dsum[0][v] : 0,
                       ig[2][v], 1e-12);
            CHECK_NEAR(nd->betweenness, ig[0][v], 1e-9 * (1 + ig[0][v]));
            CHECK_NEAR(nd->harmonic, ig[1][v], 1e-12);
            CHECK_NEAR(nd->closeness, ig[2][v], 1e-12);
            for (int t = 1; t < 3; t++)
                CHECK(btw[0][v] == btw[t][v] && hsum[0][v] == hsum[t][v] &&
                      dsum[0][v] == dsum[t][v] &&
                      reached[0][v] == reached[t][v]);
        }
        for (int i = 0; i < 3; i++)
            free(ig[i]);
        /* node n-1 is isolated: reached by nothing */
        CHECK_INT(reached[0][n - 1], 0);
        CHECK_NEAR(btw[0][n - 1], 0, 0);
        for (int t = 0; t < 3; t++) {
            free(btw[t]);
            free(hsum[t]);
            free(dsum[t]);
            free(reached[t]);
        }
        free(src);
        free(e);
        eg_network_finish(&net);
    }
}

/* A cycle 0 -2- 1 -3- 2 -6- 3 -1- 0: from 0, 1/2 + 1/3 + 1/6 comes out
 * one unit in the last place away from 1/1, yet the two routes to 3 are
 * equally short, so 1 and 2 each lie on half the (0, 3) paths: with the
 * pairs (0, 2) and (1, 3) betweenness 1.5 for both, as igraph says. */
static void test_paths_ties(void)
{
    const double e[][3] = {{0, 1, 2}, {1, 2, 3}, {2, 3, 6}, {0, 3, 1}};
    eg_status st = {0};
    eg_network net;
    make_net(&net, 4, e, 4);
    eg_metrics_options mo;
    eg_metrics_options_init(&mo);
    mo.community = EG_COMMUNITY_NONE;
    mo.paths = EG_PATHS_EXACT;
    CHECK(eg_network_compute_metrics_opt(&net, &mo, &st) == EG_OK);
    CHECK_NEAR(net.nodes[1].betweenness, 1.5, 1e-12);
    double b[4], h[4], c[4], *ig[3] = {b, h, c};
    igraph_paths(&net, ig);
    CHECK_NEAR(b[1], 1.5, 1e-12);
    CHECK_NEAR(b[2], 1.5, 1e-12);
    size_t src[] = {0, 1, 2, 3}, reached[4];
    double btw[4], hsum[4], dsum[4];
    CHECK(eg_paths_from_sources(&net, src, 4, 1, btw, hsum, dsum, reached,
                                NULL) ==
          EG_OK);
    for (int v = 0; v < 4; v++)
        CHECK_NEAR(btw[v], v == 1 || v == 2 ? 1.5 : 0, 1e-12);
    eg_network_finish(&net);
}

/* Metrics with path centralities beside igraph (jobs >= 2) equal the
 * single-threaded ones bit for bit, exact and sampled. */
static void test_metrics_jobs(void)
{
    double e[60][3];
    uint64_t seed = 99;
    for (int i = 0; i < 60; i++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        e[i][0] = (double)(i % 20);
        e[i][1] = (double)(20 + (seed >> 33) % 20);
        e[i][2] = (double)(1 + (seed >> 40) % 4);
    }
    eg_path_metrics modes[] = {EG_PATHS_EXACT, EG_PATHS_APPROX};
    for (int m = 0; m < 2; m++) {
        eg_network a, b;
        eg_status st = {0};
        eg_metrics_options mo;
        eg_metrics_options_init(&mo);
        mo.paths = modes[m];
        mo.sources = 7;
        make_net(&a, 40, (const double(*)[3])e, 60);
        make_net(&b, 40, (const double(*)[3])e, 60);
        mo.jobs = 1;
        CHECK(eg_network_compute_metrics_opt(&a, &mo, &st) == EG_OK);
        mo.jobs = 3;
        CHECK(eg_network_compute_metrics_opt(&b, &mo, &st) == EG_OK);
        CHECK_INT(a.has, b.has);
        CHECK(a.has & EG_HAS_BETWEENNESS);
        CHECK_INT(a.path_sources, b.path_sources);
        CHECK_INT(a.path_sources, m ? 7 : 0);
        for (int v = 0; v < 40; v++) {
            const eg_node *x = &a.nodes[v], *y = &b.nodes[v];
            CHECK(x->betweenness == y->betweenness &&
                  x->harmonic == y->harmonic && x->closeness == y->closeness &&
                  x->pagerank == y->pagerank &&
                  x->eigenvector == y->eigenvector &&
                  x->community == y->community && x->kcore == y->kcore);
        }
        eg_network_finish(&a);
        eg_network_finish(&b);
    }
}

static void test_communities(void)
{
    /* nodes 0-2 a triangle, nodes 3-6 a K4, bridge 2-3: communities by
       size, so the K4 is 0 even though its nodes come later. Modularity
       (m = 10): K4 6/10 - (13/20)^2, triangle 3/10 - (7/20)^2. */
    const double e[][3] = {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 3, 1},
                           {3, 4, 1}, {3, 5, 1}, {3, 6, 1}, {4, 5, 1},
                           {4, 6, 1}, {5, 6, 1}};
    double q = 0.6 - 0.65 * 0.65 + 0.3 - 0.35 * 0.35;
    eg_community_algo algos[] = {EG_COMMUNITY_LOUVAIN, EG_COMMUNITY_LEIDEN};
    for (int a = 0; a < 2; a++) {
        eg_status st = {0};
        eg_network net;
        make_net(&net, 7, e, 10);
        CHECK(eg_network_compute_metrics(&net, algos[a], 1, 7, &st) == EG_OK);
        CHECK(net.has & EG_HAS_COMMUNITY);
        CHECK_INT(net.n_communities, 2);
        for (int i = 0; i < 7; i++)
            CHECK_INT(net.nodes[i].community, i < 3 ? 1 : 0);
        CHECK_NEAR(net.modularity, q, 1e-9);
        eg_network_finish(&net);
    }
    /* no edges (--keep-isolates after strict filters): every node is a
       community of its own, and Leiden must not loop forever */
    for (int a = 0; a < 2; a++) {
        eg_status st = {0};
        eg_network net;
        make_net(&net, 2, NULL, 0);
        CHECK(eg_network_compute_metrics(&net, algos[a], 1, 42, &st) == EG_OK);
        CHECK_INT(net.n_communities, 2);
        for (int i = 0; i < 2; i++)
            CHECK_INT(net.nodes[i].community, i);
        CHECK_NEAR(net.modularity, 0, 1e-12);
        eg_network_finish(&net);
    }
}

/* The u64 map of pairs: every key found again with its value, a missing
 * key not found, and room reserved up front taking every entry without
 * moving (the graph's edges are mapped that way). */
static void test_u64map(void)
{
    eg_u64map m;
    eg_u64map_init(&m);
    CHECK(eg_u64map_reserve(&m, 10000));
    const eg_u64map_slot *slots = m.slots;
    size_t cap = m.cap;
    CHECK(cap * 7 >= 10000 * 10);
    for (uint32_t i = 0; i < 10000; i++) {
        uint32_t v = i * 3;
        bool found = true;
        CHECK(eg_u64map_put(&m, (uint64_t)i << 32 | (i ^ 0x5555), &v,
                            &found));
        CHECK(!found);
    }
    CHECK(m.slots == slots);
    CHECK_INT(m.cap, cap);
    CHECK_INT(m.count, 10000);
    bool all = true;
    for (uint32_t i = 0; i < 10000; i++) {
        uint32_t v = 0;
        all = all && eg_u64map_get(&m, (uint64_t)i << 32 | (i ^ 0x5555), &v) &&
              v == i * 3;
    }
    CHECK(all);
    CHECK(!eg_u64map_get(&m, (uint64_t)10000 << 32, NULL));
    /* putting a key again finds its value and keeps it */
    uint32_t v = 7;
    bool found = false;
    CHECK(eg_u64map_put(&m, (uint64_t)5 << 32 | (5 ^ 0x5555), &v, &found));
    CHECK(found);
    CHECK_INT(v, 15);
    /* a smaller reservation changes nothing */
    CHECK(eg_u64map_reserve(&m, 100));
    CHECK(m.slots == slots);
    eg_u64map_finish(&m);
}

typedef struct sort_rec {
    const char *key;
    uint64_t pre;
    uint32_t id;
} sort_rec;

static int cmp_sort_rec(const void *x, const void *y)
{
    const sort_rec *a = x, *b = y;
    if (a->pre != b->pre)
        return a->pre < b->pre ? -1 : 1;
    int r = strcmp(a->key, b->key);
    if (r)
        return r;
    return (a->id > b->id) - (a->id < b->id);
}

/* eg_sort_prefixed() puts records in qsort()'s order: keys sharing their
 * first eight bytes (a prefix tie settled by the comparison), equal keys
 * (settled by the id), short keys, sizes on both sides of the radix
 * threshold. */
static void test_sort_prefixed(void)
{
    static const char *const words[] = {
        "kim", "kimjongun", "kimjongil", "kimjongnam", "a", "", "zz",
        "unitedstates", "unitedstatesfederalreserve", "unitedstatesarmy",
        "moscow", "moskva", "b\xc3\xa9la", "~tilde"};
    const size_t nw = sizeof words / sizeof *words;
    const size_t sizes[] = {0, 1, 5, 63, 64, 65, 1000, 5000};
    uint64_t state = 12345;
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        size_t n = sizes[t];
        sort_rec *a = malloc((n + 1) * sizeof *a);
        sort_rec *b = malloc((n + 1) * sizeof *b);
        for (size_t i = 0; i < n; i++) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            const char *k = words[(state >> 33) % nw];
            uint64_t p = 0;
            for (int j = 0, end = 0; j < 8; j++) {
                p <<= 8;
                if (!end && k[j])
                    p |= (unsigned char)k[j];
                else
                    end = 1;
            }
            a[i] = (sort_rec){k, p, (uint32_t)((state >> 20) % 97)};
        }
        memcpy(b, a, n * sizeof *a);
        eg_sort_prefixed(a, n, sizeof *a, offsetof(sort_rec, pre),
                         cmp_sort_rec);
        if (n)
            qsort(b, n, sizeof *b, cmp_sort_rec);
        bool same = true;
        for (size_t i = 0; i < n; i++)
            same = same && a[i].key == b[i].key && a[i].id == b[i].id;
        CHECK(same);
        free(a);
        free(b);
    }
}

int main(void)
{
    test_u64map();
    test_sort_prefixed();
    test_windows();
    test_merged_forms();
    test_weights();
    test_backbone();
    test_filters();
    test_metrics_star();
    test_metrics_weighted();
    test_metrics_sampled();
    test_paths_exact();
    test_paths_ties();
    test_metrics_jobs();
    test_communities();
    return CHECK_DONE();
}
