/* eg_network lifetime.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "core/error.h"

#include <stdlib.h>
#include <string.h>

void eg_network_init(eg_network *net)
{
    memset(net, 0, sizeof *net);
    net->weighting = "count";
    net->window = "sentence";
}

void eg_network_finish(eg_network *net)
{
    for (size_t i = 0; i < net->n_nodes; i++) {
        eg_node *n = &net->nodes[i];
        free(n->id);
        free(n->label);
        for (size_t a = 0; a < n->n_aliases; a++)
            free(n->aliases[a]);
        free(n->aliases);
        free(n->first);
        free(n->last);
    }
    for (size_t i = 0; i < net->n_edges; i++) {
        free(net->edges[i].evidence);
        free(net->edges[i].first);
        free(net->edges[i].last);
    }
    free(net->nodes);
    free(net->edges);
    eg_network_init(net);
}

eg_error_t eg_network_drop_isolates(eg_network *net, eg_status *st)
{
    size_t n = net->n_nodes;
    size_t *map = malloc((n ? n : 1) * sizeof *map);
    bool *linked = calloc(n ? n : 1, sizeof *linked);
    if (!map || !linked) {
        free(map);
        free(linked);
        return eg_fail_nomem(st);
    }
    for (size_t i = 0; i < net->n_edges; i++)
        linked[net->edges[i].source] = linked[net->edges[i].target] = true;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        eg_node *nd = &net->nodes[i];
        if (!linked[i]) {
            free(nd->id);
            free(nd->label);
            for (size_t a = 0; a < nd->n_aliases; a++)
                free(nd->aliases[a]);
            free(nd->aliases);
            free(nd->first);
            free(nd->last);
            continue;
        }
        map[i] = k;
        net->nodes[k++] = *nd;
    }
    net->n_nodes = k;
    net->stats.entities = k;
    for (size_t i = 0; i < net->n_edges; i++) {
        net->edges[i].source = map[net->edges[i].source];
        net->edges[i].target = map[net->edges[i].target];
    }
    free(map);
    free(linked);
    return EG_OK;
}
