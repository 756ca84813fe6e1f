/* Error reporting helpers (internal).
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_CORE_ERROR_H
#define EG_CORE_ERROR_H

#include "entgraph.h"

#if defined(__GNUC__)
#define EG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define EG_PRINTF(a, b)
#endif

/* Sets st (when not NULL) to code and a formatted message; returns code so
 * callers can write `return eg_fail(st, EG_EINPUT, "%s: ...", path);`. */
eg_error_t eg_fail(eg_status *st, eg_error_t code, const char *fmt, ...)
    EG_PRINTF(3, 4);

/* Shorthand for the out-of-memory report. */
eg_error_t eg_fail_nomem(eg_status *st);

/* Clears a status to EG_OK and an empty message. */
void eg_status_clear(eg_status *st);

/* Prints "entgraph: warning: ..." on stderr. */
void eg_warn(const char *fmt, ...) EG_PRINTF(1, 2);

/* Propagates an error: evaluates expr once and returns its code when it
 * is not EG_OK. */
#define EG_CHECK(expr)                                                      \
    do {                                                                    \
        eg_error_t eg_check_rc_ = (expr);                                   \
        if (eg_check_rc_ != EG_OK)                                          \
            return eg_check_rc_;                                            \
    } while (0)

#endif
