/* eg_network lifetime.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
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

void eg_network_finish(eg_network *net)
{
    if (net->strings) {
        /* the strings go with their pool; the alias arrays are malloc()ed */
        for (size_t i = 0; i < net->n_nodes; i++)
            free(net->nodes[i].aliases);
        eg_arena_finish(net->strings);
        free(net->strings);
    } else {
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
    }
    free(net->nodes);
    free(net->edges);
    eg_network_init(net);
}
