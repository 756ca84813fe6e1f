/* Writers: GraphML and DOT escaping and structure, numbers, all-or-nothing
 * files and clear errors.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "entgraph.h"
#include "export/export.h"
#include "export/writer.h"

#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char *xstrdup(const char *s)
{
    char *d = malloc(strlen(s) + 1);
    return strcpy(d, s);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void make_net(eg_network *net)
{
    eg_network_init(net);
    net->n_nodes = 3;
    net->nodes = calloc(3, sizeof *net->nodes);
    const char *ids[] = {"a_b", "graph", "x"};
    const char *labels[] = {"A & B \"Co\"", "graph", "Ctl\x01here <x>"};
    for (int i = 0; i < 3; i++) {
        net->nodes[i].id = xstrdup(ids[i]);
        net->nodes[i].label = xstrdup(labels[i]);
        net->nodes[i].type = EG_TYPE_ORG;
        net->nodes[i].mentions = 2;
        net->nodes[i].community = i;
        net->nodes[i].pagerank = i == 2 ? NAN : 0.5;
    }
    net->n_edges = 1;
    net->edges = calloc(1, sizeof *net->edges);
    net->edges[0].source = 0;
    net->edges[0].target = 1;
    net->edges[0].weight = 3;
    net->edges[0].count = 3;
    net->edges[0].evidence = xstrdup("Line one\nsaid \"hi\" & left\\N");
    net->has = EG_HAS_PAGERANK | EG_HAS_COMMUNITY;
}

/* eg_format_g10() against snprintf("%.10g"): whenever it answers, the
 * same bytes. Values: random mantissas over the decades it handles,
 * metric-like fractions, and numbers a hair either side of a rounding
 * tie in the tenth digit (where a sloppy product would round wrong). */
static void test_format_g10(void)
{
    uint64_t s = 0x9e3779b97f4a7c15ULL;
    size_t fast = 0, total = 0, bad = 0;
    char want[64], got[64];
    for (int i = 0; i < 300000; i++) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        double x;
        int kind = i % 4;
        if (kind == 0) {
            /* uniform mantissa, decade -20..9 */
            double m = 1.0 + (double)(s >> 11) * 0x1.0p-53 * 9.0;
            x = m * pow(10.0, (double)((int)(s % 30) - 20));
        } else if (kind == 1) {
            /* k / n, like PageRank or closeness */
            x = (double)(1 + s % 100000) / (double)(1 + (s >> 20) % 999983);
        } else {
            /* a ten-digit D + 1/2 in the last place, nudged */
            double d = 1e9 + (double)(s % 9000000000ULL);
            int e = (int)((s >> 40) % 27) - 18;
            double tie = (d + 0.5) * pow(10.0, e - 9);
            x = kind == 2 ? nextafter(tie, 0) : nextafter(tie, INFINITY);
        }
        if (s & 1)
            x = -x;
        total++;
        snprintf(want, sizeof want, "%.10g", x);
        size_t n = eg_format_g10(x, got);
        if (!n)
            continue;
        fast++;
        if (strcmp(want, got) != 0 || n != strlen(want)) {
            if (bad++ < 5)
                fprintf(stderr, "%.17g: %%.10g %s, eg_format_g10 %s\n", x,
                        want, got);
        }
    }
    CHECK_INT(bad, 0);
    /* it answers for nearly everything in its range (the rest: ties) */
    CHECK(fast > total / 2);
    CHECK(eg_format_g10(1e-19, got) == 0 && eg_format_g10(2e9, got) == 0);
    CHECK(eg_format_g10(1e-5, got) == 5 && strcmp(got, "1e-05") == 0);
    CHECK(eg_format_g10(-6.302916763e-05, got) &&
          strcmp(got, "-6.302916763e-05") == 0);
    CHECK(eg_format_g10(3.41335805e-09, got) &&
          strcmp(got, "3.41335805e-09") == 0);
    CHECK(eg_format_g10(9.99999999996e-5, got) &&
          strcmp(got, "0.0001") == 0);
    CHECK(eg_format_g10(0.25, got) == 4 && strcmp(got, "0.25") == 0);
    CHECK(eg_format_g10(-123.456, got) && strcmp(got, "-123.456") == 0);
    CHECK(eg_format_g10(0.00012345678912, got) &&
          strcmp(got, "0.0001234567891") == 0);
}

/* The whole content of a file (malloc'd), or NULL. */
static char *slurp_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    for (size_t k; b && (k = fread(b + n, 1, cap - n, f)) > 0;) {
        n += k;
        if (n == cap)
            b = realloc(b, cap *= 2);
    }
    fclose(f);
    *len = n;
    return b;
}

static void items(eg_writer *w, const void *ctx, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        eg_wprintf(w, "%s %zu;\n", (const char *)ctx, i);
}

/* eg_wloop() on two threads: the same bytes as one call, with what comes
 * before and after in place, for item counts around the block size. */
static void test_wloop(const char *dir)
{
    char path[256];
    snprintf(path, sizeof path, "%s/loop.txt", dir);
    const size_t counts[] = {0, 1, 255, 256, 257, 1000, 5000};
    for (size_t c = 0; c < sizeof counts / sizeof *counts; c++) {
        size_t n = counts[c];
        char *want[2] = {NULL, NULL};
        size_t len[2] = {0, 0};
        for (unsigned jobs = 1; jobs <= 2; jobs++) {
            eg_writer w;
            eg_status st;
            CHECK_INT(eg_writer_open(&w, path, &st), EG_OK);
            w.jobs = jobs;
            eg_wputs(&w, "head\n");
            eg_wloop(&w, n, items, "item");
            eg_wputs(&w, "tail\n");
            eg_wloop(&w, n / 2, items, "again");
            CHECK_INT(eg_writer_close(&w, &st), EG_OK);
            want[jobs - 1] = slurp_all(path, &len[jobs - 1]);
        }
        CHECK(want[0] && want[1] && len[0] == len[1] &&
              memcmp(want[0], want[1], len[0]) == 0);
        /* and the serial bytes are the items in order */
        char last[64];
        snprintf(last, sizeof last, "item %zu;\ntail\n", n ? n - 1 : 0);
        CHECK(n == 0 || (want[0] && strstr(want[0], last)));
        free(want[0]);
        free(want[1]);
    }
}

/* A network of n nodes in a ring with chords, evidence on every edge. */
static void make_big_net(eg_network *net, size_t n)
{
    eg_network_init(net);
    net->n_nodes = n;
    net->nodes = calloc(n, sizeof *net->nodes);
    for (size_t i = 0; i < n; i++) {
        char s[64];
        snprintf(s, sizeof s, "node_%zu", i);
        net->nodes[i].id = xstrdup(s);
        snprintf(s, sizeof s, "Node <%zu> & Co", i);
        net->nodes[i].label = xstrdup(s);
        net->nodes[i].type = (eg_type)(EG_TYPE_PERSON + i % 3);
        net->nodes[i].mentions = (long)(i % 7 + 1);
        net->nodes[i].pagerank = 1.0 / (double)(i + 2);
        net->nodes[i].community = (long)(i % 5);
    }
    net->n_edges = 2 * n;
    net->edges = calloc(2 * n, sizeof *net->edges);
    for (size_t i = 0; i < 2 * n; i++) {
        eg_edge *e = &net->edges[i];
        e->source = i % n;
        e->target = (i % n + 1 + i / n * 7) % n;
        e->weight = e->count = (long)(i % 4 + 1);
        e->documents = 1;
        char s[96];
        snprintf(s, sizeof s, "Sentence %zu says \"x\" < y, caf\xc3\xa9.", i);
        e->evidence = xstrdup(s);
    }
    net->has = EG_HAS_PAGERANK | EG_HAS_COMMUNITY;
}

/* Every format written with two threads is the file written with one. */
static void test_export_jobs(const char *dir)
{
    eg_network net;
    make_big_net(&net, 700);
    for (const eg_format *f = eg_formats(); f->name; f++) {
        char path[2][256];
        char *got[2];
        size_t len[2];
        for (unsigned j = 0; j < 2; j++) {
            snprintf(path[j], sizeof path[j], "%s/jobs%u%s", dir, j + 1,
                     f->extensions[0]);
            eg_status st;
            CHECK_INT(eg_export_jobs(&net, f, path[j], j + 1, &st), EG_OK);
            if (strcmp(f->name, "csv") == 0) /* PREFIX.edges.csv */
                snprintf(path[j], sizeof path[j], "%s/jobs%u.edges.csv", dir,
                         j + 1);
            got[j] = slurp_all(path[j], &len[j]);
        }
        CHECK(got[0] && got[1] && len[0] > 50000 && len[0] == len[1] &&
              memcmp(got[0], got[1], len[0]) == 0);
        if (!(got[0] && got[1] && len[0] == len[1]))
            fprintf(stderr, "format %s differs\n", f->name);
        free(got[0]);
        free(got[1]);
    }
    eg_network_finish(&net);
}

int main(void)
{
    test_format_g10();
    char dir[] = "/tmp/eg-test-XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    char path[256];
    eg_network net;
    make_net(&net);
    eg_status st;

    /* GraphML */
    snprintf(path, sizeof path, "%s/g.graphml", dir);
    const eg_format *fmt = eg_format_for_path(path);
    CHECK(fmt && strcmp(fmt->name, "graphml") == 0);
    CHECK_INT(eg_export(&net, fmt, path, &st), EG_OK);
    const char *g = slurp(path);
    CHECK(g && strstr(g, "<graph id=\"G\" edgedefault=\"undirected\">"));
    CHECK(g && strstr(g, "<key id=\"v_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"));
    CHECK(g && strstr(g, "<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"));
    CHECK(g && !strstr(g, "for=\"all\""));
    CHECK(g && strstr(g, "A &amp; B \"Co\""));
    CHECK(g && strstr(g, "Ctlhere &lt;x&gt;"));  /* control char dropped */
    CHECK(g && !strstr(g, "nan") && !strstr(g, "NaN"));
    CHECK(g && strstr(g, "<data key=\"v_mentions\">2</data>"));
    CHECK(g && strstr(g, "<data key=\"e_count\">3</data>"));
    CHECK(g && strstr(g, "<edge id=\"e0\" source=\"a_b\" target=\"graph\">"));

    /* DOT: quoted ids (a node called "graph" is a keyword), escapes */
    snprintf(path, sizeof path, "%s/g.dot", dir);
    fmt = eg_format_for_path(path);
    CHECK(fmt && strcmp(fmt->name, "dot") == 0);
    CHECK_INT(eg_export(&net, fmt, path, &st), EG_OK);
    const char *d = slurp(path);
    CHECK(d && strstr(d, "\"graph\" [label=\"graph\""));
    CHECK(d && strstr(d, "label=\"A &amp; B \\\"Co\\\"\""));
    CHECK(d && strstr(d, "\"a_b\" -- \"graph\" [penwidth=5, weight=3];"));
    CHECK(eg_format_for_path("x.GV") != NULL);
    CHECK(eg_format_for_path("x.txt") == NULL);
    CHECK(eg_format_by_name("graphml") != NULL);

    /* errors name the path; no temporary file is left behind */
    snprintf(path, sizeof path, "%s/missing-dir/g.graphml", dir);
    CHECK_INT(eg_export(&net, eg_format_by_name("graphml"), path, &st),
              EG_EOUTPUT);
    CHECK(strstr(st.message, "missing-dir/g.graphml") != NULL);
    if (access("/dev/full", W_OK) == 0) {
        CHECK_INT(eg_export(&net, eg_format_by_name("graphml"), "/dev/full",
                            &st),
                  EG_EOUTPUT);
        CHECK(strstr(st.message, "/dev/full") != NULL);
    }
    /* a good file is replaced only by a complete one */
    snprintf(path, sizeof path, "%s/g.graphml", dir);
    struct stat sb;
    CHECK(stat(path, &sb) == 0 && sb.st_size > 0);

    eg_network_finish(&net);
    test_wloop(dir);
    test_export_jobs(dir);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
    return CHECK_DONE();
}
