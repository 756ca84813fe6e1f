/* Growable buffers.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "buf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool eg_grow(void **ptr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return false;
        ncap *= 2;
    }
    if (ncap > SIZE_MAX / elem)
        return false;
    void *p = realloc(*ptr, ncap * elem);
    if (!p)
        return false;
    *ptr = p;
    *cap = ncap;
    return true;
}

void eg_buf_init(eg_buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void eg_buf_finish(eg_buf *b)
{
    free(b->data);
    eg_buf_init(b);
}

bool eg_buf_reserve(eg_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->len - 1)
        return false;
    return EG_GROW(b->data, b->cap, b->len + extra + 1);
}

bool eg_buf_append(eg_buf *b, const char *s, size_t len)
{
    if (!eg_buf_reserve(b, len))
        return false;
    if (len)
        memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
    return true;
}

bool eg_buf_puts(eg_buf *b, const char *s)
{
    return eg_buf_append(b, s, strlen(s));
}

bool eg_buf_putc(eg_buf *b, char c)
{
    return eg_buf_append(b, &c, 1);
}

bool eg_buf_printf(eg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !eg_buf_reserve(b, (size_t)n))
        return false;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return true;
}

char *eg_buf_steal(eg_buf *b)
{
    if (!b->data && !eg_buf_reserve(b, 0))
        return NULL;
    char *p = b->data;
    eg_buf_init(b);
    return p;
}

bool eg_buf_json_string(eg_buf *b, const char *s, size_t len)
{
    if (!eg_buf_putc(b, '"'))
        return false;
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char tmp[8];
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            if (c < 0x20) {
                snprintf(tmp, sizeof tmp, "\\u%04x", c);
                esc = tmp;
            }
        }
        if (!esc)
            continue;
        if (!eg_buf_append(b, s + run, i - run) || !eg_buf_puts(b, esc))
            return false;
        run = i + 1;
    }
    return eg_buf_append(b, s + run, len - run) && eg_buf_putc(b, '"');
}

eg_error_t eg_buf_read_stream(eg_buf *b, FILE *f, const char *path,
                              eg_status *st)
{
    for (;;) {
        if (!eg_buf_reserve(b, 64 * 1024))
            return eg_fail(st, EG_ENOMEM, "%s: out of memory while reading",
                           path);
        size_t room = b->cap - b->len - 1;
        size_t got = fread(b->data + b->len, 1, room, f);
        b->len += got;
        b->data[b->len] = '\0';
        if (got < room) {
            if (ferror(f))
                return eg_fail(st, EG_EINPUT, "%s: read error: %s", path,
                               strerror(errno));
            return EG_OK;
        }
    }
}

eg_error_t eg_buf_read_fd(eg_buf *b, int fd, size_t size, bool regular,
                          const char *path, eg_status *st)
{
    size_t want = size + 1 > 64 * 1024 ? size + 1 : 64 * 1024;
    size_t total = 0;
    bool asked = false; /* fstat() was asked for the size */
    for (;;) {
        if (!eg_buf_reserve(b, want))
            return eg_fail(st, EG_ENOMEM, "%s: out of memory while reading",
                           path);
        size_t room = b->cap - b->len - 1;
        ssize_t got = read(fd, b->data + b->len, room);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return eg_fail(st, EG_EINPUT, "%s: read error: %s", path,
                           strerror(errno));
        }
        b->len += (size_t)got;
        total += (size_t)got;
        b->data[b->len] = '\0';
        /* a regular file reads short only at its end; 0 ends anything */
        if (got == 0 || (regular && (size_t)got < room))
            return EG_OK;
        want = 64 * 1024;
        /* more than expected, or a size not known: ask once for the
         * rest, so that a large file is not read in small steps */
        struct stat sb;
        if (regular && !asked && fstat(fd, &sb) == 0 &&
            sb.st_size > 0 && (uint64_t)sb.st_size >= total &&
            (uint64_t)sb.st_size - total < SIZE_MAX / 2)
            want = (size_t)sb.st_size - total + 1 > want
                       ? (size_t)sb.st_size - total + 1
                       : want;
        asked = true;
    }
}
