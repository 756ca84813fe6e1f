/* Data files embedded in the binary at build time (tools/embed.py).
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_DATA_DATA_H
#define EG_DATA_DATA_H

#include <stddef.h>

typedef struct eg_blob {
    const char *name;          /* file name, e.g. "places.tsv" */
    const unsigned char *data; /* NUL-terminated */
    size_t len;                /* without the NUL */
} eg_blob;

/* Borrowed: every embedded file, terminated by a zeroed entry. */
const eg_blob *eg_data_blobs(void);
/* Borrowed: the embedded file with this name, or NULL. */
const eg_blob *eg_data_find(const char *name);

#endif
