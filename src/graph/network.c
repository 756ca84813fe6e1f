/* eg_network lifetime.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "graph/network.h"
#include "core/arena.h"
#include "core/error.h"

#include <stdlib.h>
#include <string.h>

void eg_network_init(eg_network *net)
{
    memset(net, 0, sizeof *net);
    net->weighting = "count";
    net->window = "sentence";
}

void eg_node_release(const eg_network *net, eg_node *nd)
{
    if (!net->strings) {
        free(nd->id);
        free(nd->label);
        for (size_t a = 0; a < nd->n_aliases; a++)
            free(nd->aliases[a]);
        free(nd->first);
        free(nd->last);
    }
    free(nd->aliases);
}

void eg_edge_release(const eg_network *net, eg_edge *e)
{
    if (!net->strings) {
        free(e->evidence);
        free(e->first);
        free(e->last);
    }
}

void eg_network_finish(eg_network *net)
{
    for (size_t i = 0; i < net->n_nodes; i++)
        eg_node_release(net, &net->nodes[i]);
    if (net->strings) {
        /* an edge owns nothing but strings, and these are in the pool */
        eg_arena_finish(net->strings);
        free(net->strings);
    } else {
        for (size_t i = 0; i < net->n_edges; i++)
            eg_edge_release(net, &net->edges[i]);
    }
    free(net->nodes);
    free(net->edges);
    eg_network_init(net);
}
