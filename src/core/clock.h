/* Wall-clock seconds for the summary's stage timings.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_CORE_CLOCK_H
#define EG_CORE_CLOCK_H

#include <time.h>

/* Seconds on a clock that only goes forward (CLOCK_MONOTONIC). */
static inline double eg_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

#endif
