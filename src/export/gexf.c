/* GEXF 1.2draft for Gephi and Gephi Lite (../FORMATS.md §2): label= and
 * weight= on the elements, the other data as declared attributes (id =
 * title, types integer/double/string), viz:color r g b (no alpha, no hex),
 * viz:size, viz:position only when laid out. With document dates the graph
 * is dynamic: each node and edge carries one spell from its first to its
 * last date, so Gephi's timeline works; attributes stay static.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/export.h"
#include "export/writer.h"

#include <ctype.h>
#include <string.h>

static const char *gexf_type(eg_col_type t)
{
    switch (t) {
    case EG_COL_INT: return "integer"; /* not "int": see FORMATS.md */
    case EG_COL_DOUBLE: return "double";
    default: return "string";
    }
}

static void declare(eg_writer *w, const eg_network *net,
                    const eg_column *cols, const char *cls)
{
    eg_wprintf(w, "<attributes class=\"%s\">", cls);
    for (const eg_column *c = cols; c->name; c++)
        if (c->role == EG_ROLE_DATA && eg_column_wanted(net, c))
            eg_wprintf(w, "<attribute id=\"%s\" title=\"%s\" type=\"%s\"/>",
                       c->name, c->name, gexf_type(c->type));
    eg_wputs(w, "</attributes>\n");
}

static void xml_attr(eg_writer *w, const char *s)
{
    eg_wxml(w, s, true);
}

/* One attvalue; absent strings are left out. */
static void attvalue(eg_writer *w, const eg_column *c, const eg_value *v)
{
    if (v->type == EG_COL_STRING && !v->s)
        return;
    eg_wprintf(w, "<attvalue for=\"%s\" value=\"", c->name);
    switch (v->type) {
    case EG_COL_STRING: eg_wxml(w, v->s, true); break;
    case EG_COL_INT: eg_wprintf(w, "%ld", v->i); break;
    case EG_COL_DOUBLE: eg_wdouble(w, v->d); break;
    case EG_COL_LIST: eg_wlist(w, v, xml_attr); break;
    }
    eg_wputs(w, "\"/>");
}

/* True when s starts with a YYYY-MM-DD date (the form timeformat="date"
 * takes; a longer ISO date-time is cut to it). */
static bool is_date(const char *s)
{
    static const char shape[] = "dddd-dd-dd";
    if (!s)
        return false;
    for (size_t i = 0; shape[i]; i++)
        if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) : s[i] != '-')
            return false;
    return true;
}

static void spells(eg_writer *w, const eg_network *net, const char *first,
                   const char *last)
{
    if (!(net->has & EG_HAS_DATES))
        return;
    if (!is_date(first))
        first = last;
    if (!is_date(last))
        last = first;
    if (!is_date(first))
        return; /* no date: present throughout */
    eg_wprintf(w, "<spells><spell start=\"%.10s\" end=\"%.10s\"/></spells>",
               first, last);
}

static void nodes(eg_writer *w, const void *p, size_t from, size_t to)
{
    const eg_net_ctx *x = p;
    const eg_network *net = x->net;
    eg_value v;
    for (size_t i = from; i < to; i++) {
        const eg_node *n = &net->nodes[i];
        eg_wputs(w, "<node id=\"");
        eg_wxml(w, n->id, true);
        eg_wputs(w, "\" label=\"");
        eg_wxml(w, n->label ? n->label : "", true);
        eg_wputs(w, "\"><attvalues>");
        for (const eg_column *c = eg_node_columns; c->name; c++)
            if (c->role == EG_ROLE_DATA && eg_column_wanted(net, c)) {
                eg_node_value(net, i, c, x->max_pr, &v);
                attvalue(w, c, &v);
            }
        eg_wputs(w, "</attvalues>");
        spells(w, net, n->first, n->last);
        eg_wputs(w, "<viz:size value=\"");
        eg_wdouble(w, eg_node_size(net, i, x->max_pr));
        int r, g, b;
        eg_community_rgb(n->community, &r, &g, &b);
        eg_wprintf(w, "\"/><viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>", r, g, b);
        if (net->has & EG_HAS_LAYOUT) {
            eg_wputs(w, "<viz:position x=\"");
            eg_wdouble(w, n->x);
            eg_wputs(w, "\" y=\"");
            eg_wdouble(w, n->y);
            eg_wputs(w, "\"/>");
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
        eg_wprintf(w, "<edge id=\"e%zu\" source=\"", i);
        eg_wxml(w, net->nodes[e->source].id, true);
        eg_wputs(w, "\" target=\"");
        eg_wxml(w, net->nodes[e->target].id, true);
        eg_wputs(w, "\" weight=\"");
        eg_wdouble(w, e->weight);
        eg_wputs(w, "\"><attvalues>");
        for (const eg_column *c = eg_edge_columns; c->name; c++)
            if (c->role == EG_ROLE_DATA && eg_column_wanted(net, c)) {
                eg_edge_value(e, c, &v);
                attvalue(w, c, &v);
            }
        eg_wputs(w, "</attvalues>");
        spells(w, net, e->first, e->last);
        eg_wputs(w, "</edge>\n");
    }
}

void eg_write_gexf(eg_writer *w, const eg_network *net)
{
    bool dynamic = net->has & EG_HAS_DATES;
    eg_wputs(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
                "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
                "version=\"1.2\">\n");
    eg_wputs(w, dynamic ? "<graph mode=\"dynamic\" timeformat=\"date\" "
                          "defaultedgetype=\"undirected\">\n"
                        : "<graph mode=\"static\" "
                          "defaultedgetype=\"undirected\">\n");
    declare(w, net, eg_node_columns, "node");
    declare(w, net, eg_edge_columns, "edge");
    eg_net_ctx x = {net, eg_max_pagerank(net)};
    eg_wputs(w, "<nodes>\n");
    eg_wloop(w, net->n_nodes, nodes, &x);
    eg_wputs(w, "</nodes>\n<edges>\n");
    eg_wloop(w, net->n_edges, edges, &x);
    eg_wputs(w, "</edges>\n</graph>\n</gexf>\n");
}
