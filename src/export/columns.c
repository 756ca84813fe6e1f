/* The node and edge columns every format writes, in one table, so that
 * GraphML, GEXF, JSON and CSV carry the same data under the same names.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/export.h"

#include <string.h>

const eg_column eg_node_columns[] = {
    {"label", EG_COL_STRING, 0, EG_ROLE_LABEL, EG_NC_LABEL},
    {"type", EG_COL_STRING, 0, EG_ROLE_DATA, EG_NC_TYPE},
    {"aliases", EG_COL_LIST, 0, EG_ROLE_DATA, EG_NC_ALIASES},
    {"mentions", EG_COL_INT, 0, EG_ROLE_DATA, EG_NC_MENTIONS},
    {"documents", EG_COL_INT, 0, EG_ROLE_DATA, EG_NC_DOCUMENTS},
    {"first", EG_COL_STRING, EG_HAS_DATES, EG_ROLE_DATA, EG_NC_FIRST},
    {"last", EG_COL_STRING, EG_HAS_DATES, EG_ROLE_DATA, EG_NC_LAST},
    {"degree", EG_COL_INT, EG_HAS_DEGREE, EG_ROLE_DATA, EG_NC_DEGREE},
    {"weighted_degree", EG_COL_DOUBLE, EG_HAS_DEGREE, EG_ROLE_DATA,
     EG_NC_WEIGHTED_DEGREE},
    {"pagerank", EG_COL_DOUBLE, EG_HAS_PAGERANK, EG_ROLE_DATA, EG_NC_PAGERANK},
    {"betweenness", EG_COL_DOUBLE, EG_HAS_BETWEENNESS, EG_ROLE_DATA,
     EG_NC_BETWEENNESS},
    {"eigenvector", EG_COL_DOUBLE, EG_HAS_EIGENVECTOR, EG_ROLE_DATA,
     EG_NC_EIGENVECTOR},
    {"harmonic", EG_COL_DOUBLE, EG_HAS_HARMONIC, EG_ROLE_DATA, EG_NC_HARMONIC},
    {"closeness", EG_COL_DOUBLE, EG_HAS_CLOSENESS, EG_ROLE_DATA,
     EG_NC_CLOSENESS},
    {"kcore", EG_COL_INT, EG_HAS_KCORE, EG_ROLE_DATA, EG_NC_KCORE},
    {"community", EG_COL_INT, EG_HAS_COMMUNITY, EG_ROLE_DATA, EG_NC_COMMUNITY},
    {"size", EG_COL_DOUBLE, 0, EG_ROLE_STYLE, EG_NC_SIZE},
    {"color", EG_COL_STRING, 0, EG_ROLE_STYLE, EG_NC_COLOR},
    {"x", EG_COL_DOUBLE, EG_HAS_LAYOUT, EG_ROLE_STYLE, EG_NC_X},
    {"y", EG_COL_DOUBLE, EG_HAS_LAYOUT, EG_ROLE_STYLE, EG_NC_Y},
    {NULL, 0, 0, 0, 0},
};

const eg_column eg_edge_columns[] = {
    {"weight", EG_COL_DOUBLE, 0, EG_ROLE_WEIGHT, EG_EC_WEIGHT},
    {"count", EG_COL_INT, 0, EG_ROLE_DATA, EG_EC_COUNT},
    {"documents", EG_COL_INT, 0, EG_ROLE_DATA, EG_EC_DOCUMENTS},
    {"evidence", EG_COL_STRING, 0, EG_ROLE_DATA, EG_EC_EVIDENCE},
    {"first", EG_COL_STRING, EG_HAS_DATES, EG_ROLE_DATA, EG_EC_FIRST},
    {"last", EG_COL_STRING, EG_HAS_DATES, EG_ROLE_DATA, EG_EC_LAST},
    {NULL, 0, 0, 0, 0},
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
    memset(v, 0, sizeof *v);
    switch (c->id) {
    case EG_NC_LABEL: set_str(v, n->label); break;
    case EG_NC_TYPE: set_str(v, eg_type_name(n->type)); break;
    case EG_NC_ALIASES:
        v->type = EG_COL_LIST;
        v->list = (const char *const *)n->aliases;
        v->n = n->n_aliases;
        break;
    case EG_NC_MENTIONS: set_int(v, n->mentions); break;
    case EG_NC_DOCUMENTS: set_int(v, n->documents); break;
    case EG_NC_FIRST: set_str(v, n->first); break;
    case EG_NC_LAST: set_str(v, n->last); break;
    case EG_NC_DEGREE: set_int(v, n->degree); break;
    case EG_NC_WEIGHTED_DEGREE: set_double(v, n->weighted_degree); break;
    case EG_NC_PAGERANK: set_double(v, n->pagerank); break;
    case EG_NC_BETWEENNESS: set_double(v, n->betweenness); break;
    case EG_NC_EIGENVECTOR: set_double(v, n->eigenvector); break;
    case EG_NC_HARMONIC: set_double(v, n->harmonic); break;
    case EG_NC_CLOSENESS: set_double(v, n->closeness); break;
    case EG_NC_KCORE: set_int(v, n->kcore); break;
    case EG_NC_COMMUNITY: set_int(v, n->community); break;
    case EG_NC_SIZE:
        set_double(v, eg_node_size(net, node, max_pagerank));
        break;
    case EG_NC_COLOR: set_str(v, eg_community_color(n->community)); break;
    case EG_NC_X: set_double(v, n->x); break;
    case EG_NC_Y: set_double(v, n->y); break;
    default: break;
    }
}

void eg_edge_value(const eg_edge *e, const eg_column *c, eg_value *v)
{
    memset(v, 0, sizeof *v);
    switch (c->id) {
    case EG_EC_WEIGHT: set_double(v, e->weight); break;
    case EG_EC_COUNT: set_int(v, e->count); break;
    case EG_EC_DOCUMENTS: set_int(v, e->documents); break;
    case EG_EC_EVIDENCE: set_str(v, e->evidence); break;
    case EG_EC_FIRST: set_str(v, e->first); break;
    case EG_EC_LAST: set_str(v, e->last); break;
    default: break;
    }
}

void eg_wlist(eg_writer *w, const eg_value *v, void (*text)(eg_writer *, const char *))
{
    for (size_t a = 0; a < v->n; a++) {
        if (a)
            eg_wputs(w, EG_LIST_SEPARATOR);
        text(w, v->list[a]);
    }
}
