/* Error codes, messages and exit statuses.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>

const char *eg_strerror(eg_error_t code)
{
    switch (code) {
    case EG_OK: return "success";
    case EG_ENOMEM: return "out of memory";
    case EG_EUSAGE: return "usage error";
    case EG_EINPUT: return "unreadable or invalid input";
    case EG_EOUTPUT: return "output cannot be written";
    case EG_EGRAPH: return "graph computation failed";
    case EG_EINTERNAL: return "internal error";
    }
    return "unknown error";
}

int eg_exit_status(eg_error_t code)
{
    switch (code) {
    case EG_OK: return 0;
    case EG_EUSAGE: return 1;
    case EG_EINPUT: return 2;
    case EG_EOUTPUT: return 3;
    default: return 4;
    }
}

eg_error_t eg_fail(eg_status *st, eg_error_t code, const char *fmt, ...)
{
    if (st) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(st->message, sizeof st->message, fmt, ap);
        va_end(ap);
        st->code = code;
    }
    return code;
}

eg_error_t eg_fail_nomem(eg_status *st)
{
    return eg_fail(st, EG_ENOMEM, "out of memory");
}

void eg_status_clear(eg_status *st)
{
    if (st) {
        st->code = EG_OK;
        st->message[0] = '\0';
    }
}

void eg_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("entgraph: warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}
