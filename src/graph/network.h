/* Internal helpers of eg_network's lifetime, shared with the filters.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_GRAPH_NETWORK_H
#define EG_GRAPH_NETWORK_H

#include "entgraph.h"

/* Frees what a node or an edge of net owns: its strings, unless they live
 * in net->strings, and a node's alias array. */
void eg_node_release(const eg_network *net, eg_node *nd);
void eg_edge_release(const eg_network *net, eg_edge *e);

#endif
