/* CSV for Gephi's spreadsheet import, pandas and spreadsheets
 * (../FORMATS.md §5): -o PREFIX.csv writes PREFIX.nodes.csv (Id, Label,
 * then the node columns) and PREFIX.edges.csv (Source, Target, Type, Id,
 * Weight, then the edge columns). RFC 4180 quoting, LF line ends, UTF-8
 * without BOM; CR, LF and TAB in text become spaces (Gephi reads "\n" and
 * TAB in cells as escapes). Both files are complete before either replaces
 * an older one.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/export.h"
#include "export/writer.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *csv_escape(uint32_t cp, char tmp[16])
{
    if (cp == '"')
        return "\"\"";
    if (cp == '\r' || cp == '\n' || cp == '\t')
        return " ";
    return cp < 0x20 ? "" : NULL;
}

static void csv_text(eg_writer *w, const char *s)
{
    eg_wescaped(w, s, csv_escape);
}

static bool needs_quotes(const char *s)
{
    return s && s[strcspn(s, ",\"\r\n")] != '\0';
}

static void cell(eg_writer *w, const eg_value *v)
{
    bool q = false;
    switch (v->type) {
    case EG_COL_STRING:
        q = needs_quotes(v->s);
        if (q)
            eg_wputs(w, "\"");
        csv_text(w, v->s ? v->s : "");
        break;
    case EG_COL_INT: eg_wprintf(w, "%ld", v->i); break;
    case EG_COL_DOUBLE: eg_wdouble(w, v->d); break;
    case EG_COL_LIST:
        for (size_t a = 0; a < v->n; a++)
            q = q || needs_quotes(v->list[a]);
        if (q)
            eg_wputs(w, "\"");
        eg_wlist(w, v, csv_text);
        break;
    }
    if (q)
        eg_wputs(w, "\"");
}

static void id_cell(eg_writer *w, const char *id)
{
    eg_value v = {.type = EG_COL_STRING, .s = id};
    cell(w, &v);
}

static void write_nodes(eg_writer *w, const eg_network *net)
{
    eg_wputs(w, "Id,Label");
    for (const eg_column *c = eg_node_columns; c->name; c++)
        if (c->role != EG_ROLE_LABEL && eg_column_wanted(net, c))
            eg_wprintf(w, ",%s", c->name);
    eg_wputs(w, "\n");
    double max_pr = eg_max_pagerank(net);
    eg_value v;
    for (size_t i = 0; i < net->n_nodes; i++) {
        id_cell(w, net->nodes[i].id);
        eg_wputs(w, ",");
        id_cell(w, net->nodes[i].label);
        for (const eg_column *c = eg_node_columns; c->name; c++)
            if (c->role != EG_ROLE_LABEL && eg_column_wanted(net, c)) {
                eg_node_value(net, i, c, max_pr, &v);
                eg_wputs(w, ",");
                cell(w, &v);
            }
        eg_wputs(w, "\n");
    }
}

static void write_edges(eg_writer *w, const eg_network *net)
{
    eg_wputs(w, "Source,Target,Type,Id,Weight");
    for (const eg_column *c = eg_edge_columns; c->name; c++)
        if (c->role != EG_ROLE_WEIGHT && eg_column_wanted(net, c))
            eg_wprintf(w, ",%s", c->name);
    eg_wputs(w, "\n");
    eg_value v;
    for (size_t i = 0; i < net->n_edges; i++) {
        const eg_edge *e = &net->edges[i];
        id_cell(w, net->nodes[e->source].id);
        eg_wputs(w, ",");
        id_cell(w, net->nodes[e->target].id);
        eg_wprintf(w, ",Undirected,e%zu,", i);
        eg_wdouble(w, e->weight);
        for (const eg_column *c = eg_edge_columns; c->name; c++)
            if (c->role != EG_ROLE_WEIGHT && eg_column_wanted(net, c)) {
                eg_edge_value(e, c, &v);
                eg_wputs(w, ",");
                cell(w, &v);
            }
        eg_wputs(w, "\n");
    }
}

/* new: PREFIX + suffix, where PREFIX is path without a final ".csv". */
static char *sibling(const char *path, const char *suffix)
{
    size_t n = strlen(path);
    if (n > 4 && strcasecmp(path + n - 4, ".csv") == 0)
        n -= 4;
    char *s = malloc(n + strlen(suffix) + 1);
    if (s) {
        memcpy(s, path, n);
        strcpy(s + n, suffix);
    }
    return s;
}

eg_error_t eg_export_csv(const eg_network *net, const char *path,
                         eg_status *st)
{
    if (strcmp(path, "-") == 0)
        return eg_fail(st, EG_EUSAGE,
                       "-: CSV output is two files (PREFIX.nodes.csv and "
                       "PREFIX.edges.csv); give -o PREFIX.csv");
    eg_error_t rc = EG_OK;
    char *nodes_path = sibling(path, ".nodes.csv");
    char *edges_path = sibling(path, ".edges.csv");
    eg_writer nw, ew;
    bool nodes_open = false, edges_open = false;
    if (!nodes_path || !edges_path) {
        rc = eg_fail_nomem(st);
        goto out;
    }
    if ((rc = eg_writer_open(&nw, nodes_path, st)) != EG_OK)
        goto out;
    nodes_open = true;
    write_nodes(&nw, net);
    if ((rc = eg_writer_finish(&nw, st)) != EG_OK)
        goto out;
    if ((rc = eg_writer_open(&ew, edges_path, st)) != EG_OK)
        goto out;
    edges_open = true;
    write_edges(&ew, net);
    if ((rc = eg_writer_finish(&ew, st)) != EG_OK)
        goto out;
    /* both complete: only now replace the old files */
    if ((rc = eg_writer_commit(&nw, st)) != EG_OK)
        goto out;
    rc = eg_writer_commit(&ew, st);
out:
    if (nodes_open)
        eg_writer_abort(&nw); /* no-op after a commit */
    if (edges_open)
        eg_writer_abort(&ew);
    free(nodes_path);
    free(edges_path);
    return rc;
}
