/* Lookup of embedded data files.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "data/data.h"

#include <string.h>

const eg_blob *eg_data_find(const char *name)
{
    for (const eg_blob *b = eg_data_blobs(); b->name; b++)
        if (strcmp(b->name, name) == 0)
            return b;
    return NULL;
}
