/* Every export format on a small hand-built graph with odd labels (from
 * tests/cases/odd/labels.txt), dates and a layout, compared byte for byte
 * with tests/golden/formats/; run_tests.py "formats" parses the same
 * golden files back with networkx and the csv module.
 *
 * usage: test_formats LABELS.txt GOLDEN_DIR   (EG_UPDATE_GOLDEN=1 rewrites)
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "entgraph.h"

#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_NODES 32

static char *xstrdup(const char *s)
{
    if (!s)
        return NULL;
    char *d = malloc(strlen(s) + 1);
    return strcpy(d, s);
}

/* new: the whole file, NUL-terminated; *len its size */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, r;
    do {
        if (n + 4096 + 1 > cap) {
            cap = 2 * cap + 8192;
            buf = realloc(buf, cap);
        }
        r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
    } while (r > 0);
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static size_t read_labels(const char *path, char **labels)
{
    size_t len, n = 0;
    char *text = slurp(path, &len);
    if (!text)
        return 0;
    for (char *line = strtok(text, "\n"); line && n < MAX_NODES - 1;
         line = strtok(NULL, "\n"))
        labels[n++] = xstrdup(line);
    free(text);
    return n;
}

static void make_net(eg_network *net, char **labels, size_t n_labels)
{
    eg_network_init(net);
    size_t n = n_labels + 1;
    net->n_nodes = n;
    net->nodes = calloc(n, sizeof *net->nodes);
    for (size_t i = 0; i < n; i++) {
        eg_node *v = &net->nodes[i];
        char id[16];
        snprintf(id, sizeof id, "n%02zu", i);
        /* the last node: a DOT keyword as id and an invalid UTF-8 byte */
        v->id = xstrdup(i == n_labels ? "node" : id);
        v->label = i == n_labels ? xstrdup("Bad\xff" "byte") : labels[i];
        v->type = (eg_type)(1 + i % 3);
        v->mentions = (long)(10 - i % 7);
        v->documents = (long)(1 + i % 4);
        v->degree = 2;
        v->weighted_degree = 2.5 + (double)i;
        v->pagerank = i == 3 ? NAN : 1.0 / (double)(i + 2);
        v->betweenness = i == 4 ? 1e-320 : (double)i / 3.0;
        v->eigenvector = i == 5 ? INFINITY : 0.125 * (double)i;
        v->harmonic = 0.5;
        v->kcore = 1;
        v->community = i == 6 ? -1 : i == 7 ? 25 : (long)(i % 4);
        v->x = 10.5 * (double)i - 50;
        v->y = i % 2 ? -3.25 : 7.0;
        if (i % 3 == 0) {
            v->first = xstrdup("2024-01-03");
            v->last = xstrdup(i % 2 ? "2024-02-10T12:00:00Z" : "2024-02-10");
        } else if (i % 3 == 1) {
            v->first = xstrdup("2023-12-31");
        }
    }
    net->nodes[0].n_aliases = 2;
    net->nodes[0].aliases = calloc(2, sizeof(char *));
    net->nodes[0].aliases[0] = xstrdup("AT & T Inc.");
    net->nodes[0].aliases[1] = xstrdup("American Telephone | Telegraph");

    static const char *const evidence[] = {
        "AT&T met Procter & Gamble.",
        "Line one\nline two\r\nand\ttab",
        "She said \"hi\", then left \\N.",
        NULL,
        "Ctl\x01" "char <x> & 'y'",
    };
    net->n_edges = n - 1;
    net->edges = calloc(n - 1, sizeof *net->edges);
    for (size_t i = 0; i + 1 < n; i++) {
        eg_edge *e = &net->edges[i];
        e->source = i;
        e->target = i + 1;
        e->count = (long)(1 + i % 3);
        e->weight = i % 4 == 3 ? 2.5 : (double)e->count;
        e->documents = 1;
        e->evidence = xstrdup(evidence[i % 5]);
        if (i % 2 == 0) {
            e->first = xstrdup("2024-01-05");
            e->last = xstrdup("2024-01-20");
        }
    }
    net->has = EG_HAS_PAGERANK | EG_HAS_DEGREE | EG_HAS_BETWEENNESS |
               EG_HAS_EIGENVECTOR | EG_HAS_HARMONIC | EG_HAS_KCORE |
               EG_HAS_COMMUNITY | EG_HAS_LAYOUT | EG_HAS_DATES;
    net->n_communities = 4;
}

static void compare(const char *got_path, const char *golden_dir,
                    const char *name, bool update)
{
    char want_path[1024];
    snprintf(want_path, sizeof want_path, "%s/%s", golden_dir, name);
    size_t gl = 0, wl = 0;
    char *got = slurp(got_path, &gl);
    CHECK(got != NULL);
    if (!got)
        return;
    if (update) {
        FILE *f = fopen(want_path, "wb");
        CHECK(f && fwrite(got, 1, gl, f) == gl && fclose(f) == 0);
        free(got);
        return;
    }
    char *want = slurp(want_path, &wl);
    if (!want || wl != gl || memcmp(want, got, gl) != 0) {
        fprintf(stderr, "%s differs from %s (EG_UPDATE_GOLDEN=1 rewrites "
                        "it; commit the change with a reason)\n",
                got_path, want_path);
        check_failures++;
    }
    free(want);
    free(got);
}

static size_t count_tmp_files(const char *dir)
{
    size_t n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    for (struct dirent *e; (e = readdir(d));)
        if (strstr(e->d_name, ".tmp-"))
            n++;
    closedir(d);
    return n;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: test_formats LABELS.txt GOLDEN_DIR\n");
        return 2;
    }
    bool update = getenv("EG_UPDATE_GOLDEN") != NULL;
    char *labels[MAX_NODES];
    size_t n_labels = read_labels(argv[1], labels);
    CHECK(n_labels >= 10);
    char dir[] = "/tmp/eg-formats-XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    eg_network net;
    make_net(&net, labels, n_labels);
    eg_status st;
    char path[1024];

    /* every format, picked by extension, against its golden file */
    static const char *const files[] = {
        "small.graphml", "small.gexf", "small.dot", "small.json",
        "small.graphology.json", "small.csv",
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        const eg_format *fmt = eg_format_for_path(path);
        CHECK(fmt != NULL);
        if (!fmt)
            continue;
        CHECK_INT(eg_export(&net, fmt, path, &st), EG_OK);
        if (!strcmp(fmt->name, "csv")) {
            snprintf(path, sizeof path, "%s/small.nodes.csv", dir);
            compare(path, argv[2], "small.nodes.csv", update);
            snprintf(path, sizeof path, "%s/small.edges.csv", dir);
            compare(path, argv[2], "small.edges.csv", update);
        } else {
            compare(path, argv[2], files[i], update);
        }
    }
    CHECK_STR(eg_format_for_path("a.graphology.json")->name, "graphology");
    CHECK_STR(eg_format_for_path("a.JSON")->name, "json");
    CHECK_STR(eg_format_for_path("a.gexf")->name, "gexf");
    CHECK_STR(eg_format_for_path("a.csv")->name, "csv");

    /* CSV is two files: when the second cannot be written, the first
     * keeps its old content too */
    snprintf(path, sizeof path, "%s/pair.csv", dir);
    CHECK_INT(eg_export(&net, eg_format_by_name("csv"), path, &st), EG_OK);
    char nodes_path[1100], edges_path[1100];
    snprintf(nodes_path, sizeof nodes_path, "%s/pair.nodes.csv", dir);
    snprintf(edges_path, sizeof edges_path, "%s/pair.edges.csv", dir);
    size_t before_len, after_len;
    char *before = slurp(nodes_path, &before_len);
    CHECK(before && unlink(edges_path) == 0 && mkdir(edges_path, 0700) == 0);
    char *old_label = net.nodes[0].label;
    net.nodes[0].label = "Changed";
    CHECK_INT(eg_export(&net, eg_format_by_name("csv"), path, &st),
              EG_EOUTPUT);
    CHECK(strstr(st.message, "pair.edges.csv") != NULL);
    net.nodes[0].label = old_label;
    char *after = slurp(nodes_path, &after_len);
    CHECK(before && after && before_len == after_len &&
          memcmp(before, after, before_len) == 0);
    CHECK_INT(count_tmp_files(dir), 0);
    free(before);
    free(after);
    rmdir(edges_path);
    CHECK_INT(eg_export(&net, eg_format_by_name("csv"), "-", &st),
              EG_EUSAGE);
    if (access("/dev/full", W_OK) == 0) {
        CHECK_INT(eg_export(&net, eg_format_by_name("gexf"), "/dev/full",
                            &st),
                  EG_EOUTPUT);
        CHECK_INT(eg_export(&net, eg_format_by_name("json"), "/dev/full",
                            &st),
                  EG_EOUTPUT);
    }

    eg_network_finish(&net);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
    return CHECK_DONE();
}
