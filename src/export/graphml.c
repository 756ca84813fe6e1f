/* GraphML for Gephi, Gephi Lite, networkx and igraph (../FORMATS.md §1):
 * every key declared first with for="node"|"edge" and a basic attr.type,
 * key ids v_<name>/e_<name>, every value written on every element, no
 * defaults.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/export.h"
#include "export/writer.h"

#include <string.h>

typedef struct key {
    const char *name, *type;
    unsigned need; /* EG_HAS_* bits, 0 = always */
} key;

static const key node_keys[] = {
    {"label", "string", 0},
    {"type", "string", 0},
    {"aliases", "string", 0},
    {"mentions", "int", 0},
    {"documents", "int", 0},
    {"first", "string", EG_HAS_DATES},
    {"last", "string", EG_HAS_DATES},
    {"degree", "int", EG_HAS_DEGREE},
    {"weighted_degree", "double", EG_HAS_DEGREE},
    {"pagerank", "double", EG_HAS_PAGERANK},
    {"betweenness", "double", EG_HAS_BETWEENNESS},
    {"eigenvector", "double", EG_HAS_EIGENVECTOR},
    {"harmonic", "double", EG_HAS_HARMONIC},
    {"kcore", "int", EG_HAS_KCORE},
    {"community", "int", EG_HAS_COMMUNITY},
    {"size", "double", 0},
    {"color", "string", 0},
    {"x", "double", EG_HAS_LAYOUT},
    {"y", "double", EG_HAS_LAYOUT},
};

static const key edge_keys[] = {
    {"weight", "double", 0},
    {"count", "int", 0},
    {"documents", "int", 0},
    {"evidence", "string", 0},
    {"first", "string", EG_HAS_DATES},
    {"last", "string", EG_HAS_DATES},
};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static bool wanted(const eg_network *net, const key *k)
{
    return k->need == 0 || (net->has & k->need) == k->need;
}

static void data_str(eg_writer *w, char kind, const char *name, const char *v)
{
    eg_wprintf(w, "<data key=\"%c_%s\">", kind, name);
    eg_wxml(w, v ? v : "", false);
    eg_wputs(w, "</data>");
}

static void data_long(eg_writer *w, char kind, const char *name, long v)
{
    eg_wprintf(w, "<data key=\"%c_%s\">%ld</data>", kind, name, v);
}

static void data_double(eg_writer *w, char kind, const char *name, double v)
{
    eg_wprintf(w, "<data key=\"%c_%s\">", kind, name);
    eg_wdouble(w, v);
    eg_wputs(w, "</data>");
}

static void node_value(eg_writer *w, const eg_network *net, size_t i,
                       const key *k, double max_pr)
{
    const eg_node *n = &net->nodes[i];
    const char *nm = k->name;
    if (!strcmp(nm, "label")) data_str(w, 'v', nm, n->label);
    else if (!strcmp(nm, "type")) data_str(w, 'v', nm, eg_type_name(n->type));
    else if (!strcmp(nm, "aliases")) {
        eg_wputs(w, "<data key=\"v_aliases\">");
        for (size_t a = 0; a < n->n_aliases; a++) {
            if (a)
                eg_wputs(w, " | ");
            eg_wxml(w, n->aliases[a], false);
        }
        eg_wputs(w, "</data>");
    }
    else if (!strcmp(nm, "mentions")) data_long(w, 'v', nm, n->mentions);
    else if (!strcmp(nm, "documents")) data_long(w, 'v', nm, n->documents);
    else if (!strcmp(nm, "first")) data_str(w, 'v', nm, n->first);
    else if (!strcmp(nm, "last")) data_str(w, 'v', nm, n->last);
    else if (!strcmp(nm, "degree")) data_long(w, 'v', nm, n->degree);
    else if (!strcmp(nm, "weighted_degree")) data_double(w, 'v', nm, n->weighted_degree);
    else if (!strcmp(nm, "pagerank")) data_double(w, 'v', nm, n->pagerank);
    else if (!strcmp(nm, "betweenness")) data_double(w, 'v', nm, n->betweenness);
    else if (!strcmp(nm, "eigenvector")) data_double(w, 'v', nm, n->eigenvector);
    else if (!strcmp(nm, "harmonic")) data_double(w, 'v', nm, n->harmonic);
    else if (!strcmp(nm, "kcore")) data_long(w, 'v', nm, n->kcore);
    else if (!strcmp(nm, "community")) data_long(w, 'v', nm, n->community);
    else if (!strcmp(nm, "size")) data_double(w, 'v', nm, eg_node_size(net, i, max_pr));
    else if (!strcmp(nm, "color")) data_str(w, 'v', nm, eg_community_color(n->community));
    else if (!strcmp(nm, "x")) data_double(w, 'v', nm, n->x);
    else if (!strcmp(nm, "y")) data_double(w, 'v', nm, n->y);
}

static void edge_value(eg_writer *w, const eg_edge *e, const key *k)
{
    const char *nm = k->name;
    if (!strcmp(nm, "weight")) data_double(w, 'e', nm, e->weight);
    else if (!strcmp(nm, "count")) data_long(w, 'e', nm, e->count);
    else if (!strcmp(nm, "documents")) data_long(w, 'e', nm, e->documents);
    else if (!strcmp(nm, "evidence")) data_str(w, 'e', nm, e->evidence);
    else if (!strcmp(nm, "first")) data_str(w, 'e', nm, e->first);
    else if (!strcmp(nm, "last")) data_str(w, 'e', nm, e->last);
}

void eg_write_graphml(eg_writer *w, const eg_network *net)
{
    eg_wputs(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    for (size_t k = 0; k < N_OF(node_keys); k++)
        if (wanted(net, &node_keys[k]))
            eg_wprintf(w,
                       "<key id=\"v_%s\" for=\"node\" attr.name=\"%s\" "
                       "attr.type=\"%s\"/>\n",
                       node_keys[k].name, node_keys[k].name, node_keys[k].type);
    for (size_t k = 0; k < N_OF(edge_keys); k++)
        if (wanted(net, &edge_keys[k]))
            eg_wprintf(w,
                       "<key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" "
                       "attr.type=\"%s\"/>\n",
                       edge_keys[k].name, edge_keys[k].name, edge_keys[k].type);
    eg_wputs(w, "<graph id=\"G\" edgedefault=\"undirected\">\n");
    double max_pr = eg_max_pagerank(net);
    for (size_t i = 0; i < net->n_nodes; i++) {
        eg_wputs(w, "<node id=\"");
        eg_wxml(w, net->nodes[i].id, true);
        eg_wputs(w, "\">");
        for (size_t k = 0; k < N_OF(node_keys); k++)
            if (wanted(net, &node_keys[k]))
                node_value(w, net, i, &node_keys[k], max_pr);
        eg_wputs(w, "</node>\n");
    }
    for (size_t i = 0; i < net->n_edges; i++) {
        const eg_edge *e = &net->edges[i];
        eg_wprintf(w, "<edge id=\"e%zu\" source=\"", i);
        eg_wxml(w, net->nodes[e->source].id, true);
        eg_wputs(w, "\" target=\"");
        eg_wxml(w, net->nodes[e->target].id, true);
        eg_wputs(w, "\">");
        for (size_t k = 0; k < N_OF(edge_keys); k++)
            if (wanted(net, &edge_keys[k]))
                edge_value(w, e, &edge_keys[k]);
        eg_wputs(w, "</edge>\n");
    }
    eg_wputs(w, "</graph>\n</graphml>\n");
}
