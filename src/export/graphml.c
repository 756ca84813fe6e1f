/* GraphML for Gephi, Gephi Lite, networkx and igraph (../FORMATS.md §1):
 * every key declared first with for="node"|"edge" and a basic attr.type,
 * key ids v_<name>/e_<name>, every value written on every element, no
 * defaults.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/export.h"
#include "export/writer.h"

static const char *graphml_type(eg_col_type t)
{
    switch (t) {
    case EG_COL_INT: return "int";
    case EG_COL_DOUBLE: return "double";
    default: return "string";
    }
}

static void keys(eg_writer *w, const eg_network *net, const eg_column *cols,
                 char kind, const char *for_)
{
    for (const eg_column *c = cols; c->name; c++)
        if (eg_column_wanted(net, c))
            eg_wprintf(w,
                       "<key id=\"%c_%s\" for=\"%s\" attr.name=\"%s\" "
                       "attr.type=\"%s\"/>\n",
                       kind, c->name, for_, c->name, graphml_type(c->type));
}

static void xml_text(eg_writer *w, const char *s)
{
    eg_wxml(w, s, false);
}

static void data(eg_writer *w, char kind, const eg_column *c,
                 const eg_value *v)
{
    char open[] = {'<', 'd', 'a', 't', 'a', ' ', 'k', 'e', 'y', '=', '"',
                   kind, '_'};
    eg_wr(w, open, sizeof open);
    eg_wputs(w, c->name);
    eg_wputs(w, "\">");
    switch (v->type) {
    case EG_COL_STRING: eg_wxml(w, v->s ? v->s : "", false); break;
    case EG_COL_INT: eg_wlong(w, v->i); break;
    case EG_COL_DOUBLE: eg_wdouble(w, v->d); break;
    case EG_COL_LIST: eg_wlist(w, v, xml_text); break;
    }
    eg_wputs(w, "</data>");
}

static void nodes(eg_writer *w, const void *p, size_t from, size_t to)
{
    const eg_net_ctx *x = p;
    const eg_network *net = x->net;
    eg_value v;
    for (size_t i = from; i < to; i++) {
        eg_wputs(w, "<node id=\"");
        eg_wxml(w, net->nodes[i].id, true);
        eg_wputs(w, "\">");
        for (const eg_column *c = eg_node_columns; c->name; c++)
            if (eg_column_wanted(net, c)) {
                eg_node_value(net, i, c, x->max_pr, &v);
                data(w, 'v', c, &v);
            }
        eg_wputs(w, "</node>\n");
    }
}

static void edges(eg_writer *w, const void *p, size_t from, size_t to)
{
    const eg_network *net = ((const eg_net_ctx *)p)->net;
    eg_value v;
    for (size_t i = from; i < to; i++) {
        const eg_edge *e = &net->edges[i];
        eg_wputs(w, "<edge id=\"e");
        eg_wlong(w, (long)i);
        eg_wputs(w, "\" source=\"");
        eg_wxml(w, net->nodes[e->source].id, true);
        eg_wputs(w, "\" target=\"");
        eg_wxml(w, net->nodes[e->target].id, true);
        eg_wputs(w, "\">");
        for (const eg_column *c = eg_edge_columns; c->name; c++)
            if (eg_column_wanted(net, c)) {
                eg_edge_value(e, c, &v);
                data(w, 'e', c, &v);
            }
        eg_wputs(w, "</edge>\n");
    }
}

void eg_write_graphml(eg_writer *w, const eg_network *net)
{
    eg_wputs(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    keys(w, net, eg_node_columns, 'v', "node");
    keys(w, net, eg_edge_columns, 'e', "edge");
    eg_wputs(w, "<graph id=\"G\" edgedefault=\"undirected\">\n");
    eg_net_ctx x = {net, eg_max_pagerank(net)};
    eg_wloop(w, net->n_nodes, nodes, &x);
    eg_wloop(w, net->n_edges, edges, &x);
    eg_wputs(w, "</graph>\n</graphml>\n");
}
