/* Writers: GraphML and DOT escaping and structure, numbers, all-or-nothing
 * files and clear errors.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "entgraph.h"
#include "export/writer.h"

#include <math.h>
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
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
    return CHECK_DONE();
}
