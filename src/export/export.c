/* The table of export formats and eg_export().
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/export.h"

#include <string.h>
#include <strings.h>

typedef void (*body_fn)(eg_writer *w, const eg_network *net);

static eg_error_t write_with(body_fn body, const eg_network *net,
                             const char *path, unsigned jobs, eg_status *st)
{
    eg_writer w;
    EG_CHECK(eg_writer_open(&w, path, st));
    w.jobs = jobs ? jobs : 1;
    body(&w, net);
    return eg_writer_close(&w, st);
}

#define BODY_WRITER(fn, body)                                               \
    static eg_error_t fn(const eg_network *net, const char *path,          \
                         eg_status *st)                                    \
    {                                                                       \
        return write_with(body, net, path, 1, st);                         \
    }

BODY_WRITER(write_graphml, eg_write_graphml)
BODY_WRITER(write_gexf, eg_write_gexf)
BODY_WRITER(write_dot, eg_write_dot)
BODY_WRITER(write_json, eg_write_node_link_json)
BODY_WRITER(write_graphology, eg_write_graphology_json)

static const char *const graphml_ext[] = {".graphml", NULL};
static const char *const gexf_ext[] = {".gexf", NULL};
static const char *const dot_ext[] = {".dot", ".gv", NULL};
static const char *const json_ext[] = {".json", NULL};
static const char *const graphology_ext[] = {".graphology.json", NULL};
static const char *const csv_ext[] = {".csv", NULL};

/* One row per format; the longest matching extension wins, so
 * x.graphology.json is graphology and y.json node-link. */
static const eg_format formats[] = {
    {"graphml", graphml_ext, write_graphml,
     "GraphML for Gephi, Gephi Lite, networkx and igraph"},
    {"gexf", gexf_ext, write_gexf,
     "GEXF 1.2 for Gephi (timeline when documents have dates) and Gephi Lite"},
    {"dot", dot_ext, write_dot, "Graphviz DOT, laid out with sfdp"},
    {"json", json_ext, write_json,
     "node-link JSON for networkx (node_link_graph) and d3"},
    {"graphology", graphology_ext, write_graphology,
     "graphology JSON for sigma.js and Gephi Lite"},
    {"csv", csv_ext, eg_export_csv,
     "PREFIX.nodes.csv + PREFIX.edges.csv for Gephi's spreadsheet import "
     "and pandas"},
    {NULL, NULL, NULL, NULL},
};

const eg_format *eg_formats(void)
{
    return formats;
}

const eg_format *eg_format_by_name(const char *name)
{
    for (const eg_format *f = formats; f->name; f++)
        if (strcasecmp(f->name, name) == 0)
            return f;
    return NULL;
}

const eg_format *eg_format_for_path(const char *path)
{
    size_t n = strlen(path);
    const eg_format *best = NULL;
    size_t best_len = 0;
    for (const eg_format *f = formats; f->name; f++)
        for (const char *const *e = f->extensions; *e; e++) {
            size_t el = strlen(*e);
            if (n > el && el > best_len && strcasecmp(path + n - el, *e) == 0) {
                best = f;
                best_len = el;
            }
        }
    return best;
}

eg_error_t eg_export(const eg_network *net, const eg_format *fmt,
                     const char *path, eg_status *st)
{
    return fmt->write(net, path, st);
}

/* The bodies of the formats written through one writer, by row of
 * formats[] (NULL: the format opens its own writers, as CSV does). */
static const body_fn bodies[] = {
    eg_write_graphml, eg_write_gexf, eg_write_dot, eg_write_node_link_json,
    eg_write_graphology_json, NULL,
};

eg_error_t eg_export_jobs(const eg_network *net, const eg_format *fmt,
                          const char *path, unsigned jobs, eg_status *st)
{
    _Static_assert(sizeof bodies / sizeof *bodies ==
                       sizeof formats / sizeof *formats - 1,
                   "one body per format");
    for (size_t row = 0; row < sizeof bodies / sizeof *bodies; row++)
        if (fmt == &formats[row] && bodies[row])
            return write_with(bodies[row], net, path, jobs, st);
    return fmt->write(net, path, st);
}
