/* Growable byte buffers and array growth.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_CORE_BUF_H
#define EG_CORE_BUF_H

#include "error.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Ensures *ptr (an array of elem-sized items, capacity *cap) holds at
 * least need items, growing geometrically. False when out of memory; the
 * array is left as it was. */
bool eg_grow(void **ptr, size_t *cap, size_t need, size_t elem);

/* EG_GROW(array, cap, need): typed convenience wrapper over eg_grow. */
#define EG_GROW(arr, cap, need)                                             \
    ((need) <= (cap) ||                                                     \
     eg_grow((void **)&(arr), &(cap), (need), sizeof *(arr)))

/* A NUL-terminated growable string. data is NULL until the first append. */
typedef struct eg_buf {
    char *data;
    size_t len, cap;
} eg_buf;

void eg_buf_init(eg_buf *b);
void eg_buf_finish(eg_buf *b);
static inline void eg_buf_clear(eg_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}
bool eg_buf_reserve(eg_buf *b, size_t extra);
bool eg_buf_append(eg_buf *b, const char *s, size_t len);
bool eg_buf_puts(eg_buf *b, const char *s);
bool eg_buf_putc(eg_buf *b, char c);
bool eg_buf_printf(eg_buf *b, const char *fmt, ...) EG_PRINTF(2, 3);
/* Appends s[0..len) as a JSON string literal with its quotes. */
bool eg_buf_json_string(eg_buf *b, const char *s, size_t len);
/* Appends everything f holds until its end to b (data is never NULL
 * afterwards). path names the stream in messages. */
eg_error_t eg_buf_read_stream(eg_buf *b, FILE *f, const char *path,
                              eg_status *st);

/* Appends what the file descriptor fd holds up to its end; size is what
 * the file was expected to hold (a stat() of it, or 0 when unknown), and
 * regular says fd is a regular file, which reads short only at its end:
 * a regular file of the expected size, or of an unknown size below 64 KiB,
 * is read in one read() call (a larger one asks fstat() for the rest).
 * Errors as eg_buf_read_stream(). */
eg_error_t eg_buf_read_fd(eg_buf *b, int fd, size_t size, bool regular,
                          const char *path, eg_status *st);
/* Moves the contents out: the caller owns the returned string (never NULL
 * unless out of memory) and b is empty again. */
char *eg_buf_steal(eg_buf *b);

#endif
