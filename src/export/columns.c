/* The node and edge columns every format writes, in one table, so that
 * GraphML, GEXF, JSON and CSV carry the same data under the same names.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/export.h"

#include <string.h>

const eg_column eg_node_columns[] = {
    {"label", EG_COL_STRING, 0, EG_ROLE_LABEL},
    {"type", EG_COL_STRING, 0, EG_ROLE_DATA},
    {"aliases", EG_COL_LIST, 0, EG_ROLE_DATA},
    {"mentions", EG_COL_INT, 0, EG_ROLE_DATA},
    {"documents", EG_COL_INT, 0, EG_ROLE_DATA},
    {"first", EG_COL_STRING, EG_HAS_DATES, EG_ROLE_DATA},
    {"last", EG_COL_STRING, EG_HAS_DATES, EG_ROLE_DATA},
    {"degree", EG_COL_INT, EG_HAS_DEGREE, EG_ROLE_DATA},
    {"weighted_degree", EG_COL_DOUBLE, EG_HAS_DEGREE, EG_ROLE_DATA},
    {"pagerank", EG_COL_DOUBLE, EG_HAS_PAGERANK, EG_ROLE_DATA},
    {"betweenness", EG_COL_DOUBLE, EG_HAS_BETWEENNESS, EG_ROLE_DATA},
    {"eigenvector", EG_COL_DOUBLE, EG_HAS_EIGENVECTOR, EG_ROLE_DATA},
    {"harmonic", EG_COL_DOUBLE, EG_HAS_HARMONIC, EG_ROLE_DATA},
    {"closeness", EG_COL_DOUBLE, EG_HAS_CLOSENESS, EG_ROLE_DATA},
    {"kcore", EG_COL_INT, EG_HAS_KCORE, EG_ROLE_DATA},
    {"community", EG_COL_INT, EG_HAS_COMMUNITY, EG_ROLE_DATA},
    {"size", EG_COL_DOUBLE, 0, EG_ROLE_STYLE},
    {"color", EG_COL_STRING, 0, EG_ROLE_STYLE},
    {"x", EG_COL_DOUBLE, EG_HAS_LAYOUT, EG_ROLE_STYLE},
    {"y", EG_COL_DOUBLE, EG_HAS_LAYOUT, EG_ROLE_STYLE},
    {NULL, 0, 0, 0},
};

const eg_column eg_edge_columns[] = {
    {"weight", EG_COL_DOUBLE, 0, EG_ROLE_WEIGHT},
    {"count", EG_COL_INT, 0, EG_ROLE_DATA},
    {"documents", EG_COL_INT, 0, EG_ROLE_DATA},
    {"evidence", EG_COL_STRING, 0, EG_ROLE_DATA},
    {"first", EG_COL_STRING, EG_HAS_DATES, EG_ROLE_DATA},
    {"last", EG_COL_STRING, EG_HAS_DATES, EG_ROLE_DATA},
    {NULL, 0, 0, 0},
};

bool eg_column_wanted(const eg_network *net, const eg_column *c)
{
    return (net->has & c->need) == c->need;
}

static void set_str(eg_value *v, const char *s)
{
    v->type = EG_COL_STRING;
    v->s = s;
}

static void set_int(eg_value *v, long i)
{
    v->type = EG_COL_INT;
    v->i = i;
}

static void set_double(eg_value *v, double d)
{
    v->type = EG_COL_DOUBLE;
    v->d = d;
}

void eg_node_value(const eg_network *net, size_t node, const eg_column *c,
                   double max_pagerank, eg_value *v)
{
    const eg_node *n = &net->nodes[node];
    const char *nm = c->name;
    memset(v, 0, sizeof *v);
    if (!strcmp(nm, "label")) set_str(v, n->label);
    else if (!strcmp(nm, "type")) set_str(v, eg_type_name(n->type));
    else if (!strcmp(nm, "aliases")) {
        v->type = EG_COL_LIST;
        v->list = (const char *const *)n->aliases;
        v->n = n->n_aliases;
    }
    else if (!strcmp(nm, "mentions")) set_int(v, n->mentions);
    else if (!strcmp(nm, "documents")) set_int(v, n->documents);
    else if (!strcmp(nm, "first")) set_str(v, n->first);
    else if (!strcmp(nm, "last")) set_str(v, n->last);
    else if (!strcmp(nm, "degree")) set_int(v, n->degree);
    else if (!strcmp(nm, "weighted_degree")) set_double(v, n->weighted_degree);
    else if (!strcmp(nm, "pagerank")) set_double(v, n->pagerank);
    else if (!strcmp(nm, "betweenness")) set_double(v, n->betweenness);
    else if (!strcmp(nm, "eigenvector")) set_double(v, n->eigenvector);
    else if (!strcmp(nm, "harmonic")) set_double(v, n->harmonic);
    else if (!strcmp(nm, "closeness")) set_double(v, n->closeness);
    else if (!strcmp(nm, "kcore")) set_int(v, n->kcore);
    else if (!strcmp(nm, "community")) set_int(v, n->community);
    else if (!strcmp(nm, "size")) set_double(v, eg_node_size(net, node, max_pagerank));
    else if (!strcmp(nm, "color")) set_str(v, eg_community_color(n->community));
    else if (!strcmp(nm, "x")) set_double(v, n->x);
    else if (!strcmp(nm, "y")) set_double(v, n->y);
}

void eg_edge_value(const eg_edge *e, const eg_column *c, eg_value *v)
{
    const char *nm = c->name;
    memset(v, 0, sizeof *v);
    if (!strcmp(nm, "weight")) set_double(v, e->weight);
    else if (!strcmp(nm, "count")) set_int(v, e->count);
    else if (!strcmp(nm, "documents")) set_int(v, e->documents);
    else if (!strcmp(nm, "evidence")) set_str(v, e->evidence);
    else if (!strcmp(nm, "first")) set_str(v, e->first);
    else if (!strcmp(nm, "last")) set_str(v, e->last);
}

void eg_wlist(eg_writer *w, const eg_value *v, void (*text)(eg_writer *, const char *))
{
    for (size_t a = 0; a < v->n; a++) {
        if (a)
            eg_wputs(w, EG_LIST_SEPARATOR);
        text(w, v->list[a]);
    }
}
