/* The format writers behind eg_export(); each writes a whole network on an
 * open writer (errors are sticky on the writer).
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_EXPORT_EXPORT_H
#define EG_EXPORT_EXPORT_H

#include "entgraph.h"
#include "export/writer.h"

void eg_write_graphml(eg_writer *w, const eg_network *net);
void eg_write_dot(eg_writer *w, const eg_network *net);

#endif
