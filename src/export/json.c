/* JSON (../FORMATS.md §4), two flavours:
 * - node-link for networkx (node_link_graph, 2.8 to 3.6) and d3: flat
 *   attributes, directed/multigraph given, the edge list under both
 *   "links" (networkx < 3.6, d3) and "edges" (networkx >= 3.6);
 * - graphology's serialisation (*.graphology.json) for sigma.js and Gephi
 *   Lite: options.type "undirected", attributes nested; the entity type is
 *   called "entity_type" there because sigma.js reads a node's "type" as
 *   the name of its renderer and fails on "person".
 * Numbers are finite (eg_wdouble), absent strings are left out, text is
 * valid UTF-8.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/export.h"
#include "export/writer.h"

#include <string.h>

typedef enum flavour { NODE_LINK, GRAPHOLOGY } flavour;

static void json_item(eg_writer *w, const char *s)
{
    eg_wjson(w, s);
}

/* ", \"name\": value"; nothing for an absent string. */
static void member(eg_writer *w, flavour fl, const char *name,
                   const eg_value *v, bool *first)
{
    if (v->type == EG_COL_STRING && !v->s)
        return;
    if (!*first)
        eg_wputs(w, ", ");
    *first = false;
    if (fl == GRAPHOLOGY && !strcmp(name, "type"))
        name = "entity_type";
    eg_wjson(w, name);
    eg_wputs(w, ": ");
    switch (v->type) {
    case EG_COL_STRING: eg_wjson(w, v->s); break;
    case EG_COL_INT: eg_wprintf(w, "%ld", v->i); break;
    case EG_COL_DOUBLE: eg_wdouble(w, v->d); break;
    case EG_COL_LIST:
        if (fl == GRAPHOLOGY) {
            /* one string, like GraphML: Gephi Lite has no list fields */
            eg_wputs(w, "\"");
            for (size_t a = 0; a < v->n; a++) {
                if (a)
                    eg_wputs(w, EG_LIST_SEPARATOR);
                eg_wjson_chars(w, v->list[a]);
            }
            eg_wputs(w, "\"");
        } else {
            eg_wputs(w, "[");
            for (size_t a = 0; a < v->n; a++) {
                if (a)
                    eg_wputs(w, ", ");
                json_item(w, v->list[a]);
            }
            eg_wputs(w, "]");
        }
        break;
    }
}

static void node_members(eg_writer *w, const eg_network *net, flavour fl,
                         size_t i, double max_pr, bool *first)
{
    eg_value v;
    for (const eg_column *c = eg_node_columns; c->name; c++)
        if (eg_column_wanted(net, c)) {
            eg_node_value(net, i, c, max_pr, &v);
            member(w, fl, c->name, &v, first);
        }
}

static void edge_members(eg_writer *w, const eg_network *net, flavour fl,
                         const eg_edge *e, bool *first)
{
    eg_value v;
    for (const eg_column *c = eg_edge_columns; c->name; c++)
        if (eg_column_wanted(net, c)) {
            eg_edge_value(e, c, &v);
            member(w, fl, c->name, &v, first);
        }
}

static void ends(eg_writer *w, const eg_network *net, const eg_edge *e)
{
    eg_wputs(w, "\"source\": ");
    eg_wjson(w, net->nodes[e->source].id);
    eg_wputs(w, ", \"target\": ");
    eg_wjson(w, net->nodes[e->target].id);
}

static void links(eg_writer *w, const void *p, size_t from, size_t to)
{
    const eg_network *net = p;
    for (size_t i = from; i < to; i++) {
        const eg_edge *e = &net->edges[i];
        eg_wputs(w, i ? ",\n  {" : "\n  {");
        ends(w, net, e);
        bool first = false;
        edge_members(w, net, NODE_LINK, e, &first);
        eg_wputs(w, "}");
    }
}

static void link_list(eg_writer *w, const eg_network *net)
{
    eg_wputs(w, "[");
    eg_wloop(w, net->n_edges, links, net);
    eg_wputs(w, "]");
}

/* Graph-level notes: only when the path centralities were sampled, so
 * that exact runs keep an empty object. */
static void graph_attributes(eg_writer *w, const eg_network *net)
{
    if (net->path_sources)
        eg_wprintf(w, "\"betweenness_approx\": true, "
                      "\"betweenness_sources\": %zu",
                   net->path_sources);
}

static void nl_nodes(eg_writer *w, const void *p, size_t from, size_t to)
{
    const eg_net_ctx *x = p;
    for (size_t i = from; i < to; i++) {
        eg_wputs(w, i ? ",\n  {\"id\": " : "\n  {\"id\": ");
        eg_wjson(w, x->net->nodes[i].id);
        bool first = false;
        node_members(w, x->net, NODE_LINK, i, x->max_pr, &first);
        eg_wputs(w, "}");
    }
}

void eg_write_node_link_json(eg_writer *w, const eg_network *net)
{
    eg_wputs(w, "{\"directed\": false, \"multigraph\": false, \"graph\": {");
    graph_attributes(w, net);
    eg_wputs(w, "},\n\"nodes\": [");
    eg_net_ctx x = {net, eg_max_pagerank(net)};
    eg_wloop(w, net->n_nodes, nl_nodes, &x);
    eg_wputs(w, "],\n\"links\": ");
    link_list(w, net);
    eg_wputs(w, ",\n\"edges\": ");
    link_list(w, net);
    eg_wputs(w, "}\n");
}

static void gy_nodes(eg_writer *w, const void *p, size_t from, size_t to)
{
    const eg_net_ctx *x = p;
    for (size_t i = from; i < to; i++) {
        eg_wputs(w, i ? ",\n  {\"key\": " : "\n  {\"key\": ");
        eg_wjson(w, x->net->nodes[i].id);
        eg_wputs(w, ", \"attributes\": {");
        bool first = true;
        node_members(w, x->net, GRAPHOLOGY, i, x->max_pr, &first);
        eg_wputs(w, "}}");
    }
}

static void gy_edges(eg_writer *w, const void *p, size_t from, size_t to)
{
    const eg_network *net = p;
    for (size_t i = from; i < to; i++) {
        const eg_edge *e = &net->edges[i];
        eg_wprintf(w, "%s{\"key\": \"e%zu\", ", i ? ",\n  " : "\n  ", i);
        ends(w, net, e);
        eg_wputs(w, ", \"attributes\": {");
        bool first = true;
        edge_members(w, net, GRAPHOLOGY, e, &first);
        eg_wputs(w, "}}");
    }
}

void eg_write_graphology_json(eg_writer *w, const eg_network *net)
{
    eg_wputs(w, "{\"attributes\": {");
    graph_attributes(w, net);
    eg_wputs(w, "}, \"options\": {\"type\": \"undirected\", "
                "\"multi\": false, \"allowSelfLoops\": false},\n\"nodes\": [");
    eg_net_ctx x = {net, eg_max_pagerank(net)};
    eg_wloop(w, net->n_nodes, gy_nodes, &x);
    eg_wputs(w, "],\n\"edges\": [");
    eg_wloop(w, net->n_edges, gy_edges, net);
    eg_wputs(w, "]}\n");
}
