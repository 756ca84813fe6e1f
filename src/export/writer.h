/* An error-sticky output file: writes go to a temporary file beside the
 * target, renamed over it only when everything succeeded, so a failed run
 * never leaves a half file in place of a good one. Devices, pipes and "-"
 * (stdout) are written directly.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_EXPORT_WRITER_H
#define EG_EXPORT_WRITER_H

#include "entgraph.h"
#include "core/error.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Bytes collected before each fwrite(): the exporters write many short
 * pieces, and stdio's locking per call cost more than the formatting. */
#define EG_WRITER_BUF 32768
/* A file written through a temporary one is written by a thread of its
 * own, in blocks of this size, two in turn: the copy into the page cache
 * (a third of the time of a large GraphML) overlaps the formatting. */
#define EG_WRITER_BG_BUF (256 * 1024)

typedef struct eg_writer_bg eg_writer_bg;

typedef struct eg_writer {
    FILE *f;
    char *buf;         /* bytes waiting: buf[0..n), room for cap */
    size_t n, cap;
    const char *path;  /* borrowed */
    char *tmp;         /* temporary path, NULL when writing directly */
    int slot;          /* its slot for eg_writer_remove_temps(), or -1 */
    int err;           /* first errno seen, 0 when none */
    bool failed;
    eg_writer_bg *bg;  /* the writing thread, or NULL: written here */
    bool memory;       /* collects in buf (grown, malloc'd), no file */
    unsigned jobs;     /* threads eg_wloop() may use; 1 after open */
    char own[EG_WRITER_BUF]; /* buf without a thread */
} eg_writer;

eg_error_t eg_writer_open(eg_writer *w, const char *path, eg_status *st);
/* Commits: flushes, closes and renames. Reports the first error of any
 * earlier write. The writer is closed either way. Same as
 * eg_writer_finish() then eg_writer_commit(). */
eg_error_t eg_writer_close(eg_writer *w, eg_status *st);
/* The two halves of eg_writer_close(), for outputs made of several files
 * that must all be complete before any replaces an old one: finish flushes
 * and closes, keeping the temporary file (removed on error); commit
 * renames it over the target (or removes it when finish failed). Call
 * commit or abort after finish either way. */
eg_error_t eg_writer_finish(eg_writer *w, eg_status *st);
eg_error_t eg_writer_commit(eg_writer *w, eg_status *st);
/* Closes and removes the temporary file. */
void eg_writer_abort(eg_writer *w);
/* Removes the temporary files of the writers open now (at most 16 at once
 * are known), leaving their targets as they were, for a run a signal is
 * ending: from then on no writer can open a file (eg_writer_open() waits
 * for ever). Not async-signal-safe: call it from a thread that takes the
 * signals with sigwait(), then let the signal end the process. */
void eg_writer_remove_temps(void);

/* Items [from, to) of a loop, written to w (see eg_wloop()). */
typedef void (*eg_wrange_fn)(eg_writer *w, const void *ctx, size_t from,
                             size_t to);
/* Writes items [0, n) through fn: the same bytes as fn(w, ctx, 0, n).
 * With w->jobs >= 2, enough items and a temporary file, two threads
 * format blocks of items into memory and each writes its blocks at
 * their place in the file, so fn must write an item from its index and
 * ctx alone, and only read shared data. */
void eg_wloop(eg_writer *w, size_t n, eg_wrange_fn fn, const void *ctx);

/* Appends len bytes. Inline: most pieces are short and fit the buffer,
 * and a literal's copy then compiles to a few moves. */
void eg_wr_slow(eg_writer *w, const char *s, size_t len);
static inline void eg_wr(eg_writer *w, const char *s, size_t len)
{
    if (len <= w->cap - w->n && !w->failed) {
        memcpy(w->buf + w->n, s, len);
        w->n += len;
        return;
    }
    eg_wr_slow(w, s, len);
}
/* Inline, so that the length of a literal is known when compiling. */
static inline void eg_wputs(eg_writer *w, const char *s)
{
    eg_wr(w, s, strlen(s));
}
/* A decimal integer. */
void eg_wlong(eg_writer *w, long x);
void eg_wprintf(eg_writer *w, const char *fmt, ...) EG_PRINTF(2, 3);
/* A double in the C locale, finite ("0" for NaN, infinities and
 * denormals), shortest form up to 10 significant digits. */
void eg_wdouble(eg_writer *w, double x);
/* The same bytes as snprintf("%.10g") for 1e-18 <= |x| < 1e9 without the
 * C library's float formatting (fixed notation, or d.ddde-XX below 1e-4);
 * 0 (and nothing written) when x is out of that range, too close to a
 * rounding tie, or long double is not wider than double. buf holds at
 * least 24 bytes. */
size_t eg_format_g10(double x, char *buf);
/* Text through an escaper: esc(cp, tmp) returns NULL to copy the
 * character, "" to drop it or its replacement (tmp is scratch space for
 * it). Bytes that are not valid UTF-8 become U+FFFD first, so every
 * output is valid UTF-8. */
typedef const char *(*eg_escape_fn)(uint32_t cp, char tmp[16]);
void eg_wescaped(eg_writer *w, const char *s, eg_escape_fn esc);
/* XML text (attr: also escape quotes and TAB/LF/CR), dropping characters
 * XML 1.0 forbids. */
void eg_wxml(eg_writer *w, const char *s, bool attr);
/* A JSON string literal with its quotes ("" for NULL); _chars: the
 * escaped characters only, to build one string from parts. */
void eg_wjson(eg_writer *w, const char *s);
void eg_wjson_chars(eg_writer *w, const char *s);

/* Shared presentation: a fixed 20-colour colour-blind-aware palette by
 * community (grey beyond and for none), and a node size from PageRank. */
const char *eg_community_color(long community);
/* The same colour as 0..255 components. */
void eg_community_rgb(long community, int *r, int *g, int *b);
double eg_max_pagerank(const eg_network *net);
double eg_node_size(const eg_network *net, size_t node, double max_pagerank);

#endif
