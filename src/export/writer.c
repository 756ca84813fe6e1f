/* Error-sticky, all-or-nothing output files.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "export/writer.h"
#include "text/utf8.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The writing thread (see EG_WRITER_BG_BUF): it writes one block while
 * the caller fills the other. Only the thread touches the FILE until
 * bg_stop(); its error is handed over in bg_wait(). */
struct eg_writer_bg {
    pthread_t tid;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    FILE *f;
    const char *data; /* the block to write, NULL when idle */
    size_t len;
    bool stop;
    int err;          /* first error, 0 when none */
    char *blocks[2];
};

static void *bg_main(void *p)
{
    eg_writer_bg *bg = p;
    pthread_mutex_lock(&bg->mu);
    for (;;) {
        while (!bg->data && !bg->stop)
            pthread_cond_wait(&bg->cv, &bg->mu);
        if (!bg->data)
            break; /* stopped and idle */
        const char *d = bg->data;
        size_t len = bg->len;
        bool skip = bg->err != 0; /* failed before: drop the rest */
        pthread_mutex_unlock(&bg->mu);
        int e = 0;
        if (!skip && fwrite(d, 1, len, bg->f) != len)
            e = errno ? errno : EIO;
        pthread_mutex_lock(&bg->mu);
        if (e && !bg->err)
            bg->err = e;
        bg->data = NULL;
        pthread_cond_broadcast(&bg->cv);
    }
    pthread_mutex_unlock(&bg->mu);
    return NULL;
}

/* Waits until the thread is idle and takes over its error. */
static void bg_wait(eg_writer *w)
{
    eg_writer_bg *bg = w->bg;
    pthread_mutex_lock(&bg->mu);
    while (bg->data)
        pthread_cond_wait(&bg->cv, &bg->mu);
    if (bg->err && !w->failed) {
        w->failed = true;
        w->err = bg->err;
    }
    pthread_mutex_unlock(&bg->mu);
}

/* Frees a writing thread's state (mu and cv: whether they were made). */
static void bg_free(eg_writer_bg *bg, bool mu, bool cv)
{
    if (mu)
        pthread_mutex_destroy(&bg->mu);
    if (cv)
        pthread_cond_destroy(&bg->cv);
    free(bg->blocks[0]);
    free(bg->blocks[1]);
    free(bg);
}

/* Ends the thread (after its last block) and returns to writing here. */
static void bg_stop(eg_writer *w)
{
    eg_writer_bg *bg = w->bg;
    if (!bg)
        return;
    bg_wait(w);
    pthread_mutex_lock(&bg->mu);
    bg->stop = true;
    pthread_cond_broadcast(&bg->cv);
    pthread_mutex_unlock(&bg->mu);
    pthread_join(bg->tid, NULL);
    bg_free(bg, true, true);
    w->bg = NULL;
    w->buf = w->own;
    w->cap = sizeof w->own;
    w->n = 0;
}

/* Starts the thread for a large output; false (and nothing changed) when
 * it cannot, and the writing goes on here. */
static bool bg_start(eg_writer *w)
{
    eg_writer_bg *bg = calloc(1, sizeof *bg);
    if (!bg)
        return false;
    bg->f = w->f;
    bg->blocks[0] = malloc(EG_WRITER_BG_BUF);
    bg->blocks[1] = malloc(EG_WRITER_BG_BUF);
    bool mu = false, cv = false;
    if (bg->blocks[0] && bg->blocks[1] &&
        (mu = pthread_mutex_init(&bg->mu, NULL) == 0) &&
        (cv = pthread_cond_init(&bg->cv, NULL) == 0) &&
        pthread_create(&bg->tid, NULL, bg_main, bg) == 0) {
        w->bg = bg;
        w->buf = bg->blocks[0];
        w->cap = EG_WRITER_BG_BUF;
        return true;
    }
    bg_free(bg, mu, cv);
    return false;
}

/* ---- temporary files a signal may interrupt ---------------------------
 *
 * The temporary files being written, so that eg_writer_remove_temps() can
 * remove them when a signal ends the run. Creating a file and recording
 * it happen under one lock: the remover never misses a file that exists. */
#define TEMP_SLOTS 16
static pthread_mutex_t temps_mu = PTHREAD_MUTEX_INITIALIZER;
static const char *temps[TEMP_SLOTS];

/* mkstemp() on w->tmp, recording the file; its slot goes to w->slot (-1
 * when more than TEMP_SLOTS are open: not removed on a signal). */
static int temp_create(eg_writer *w)
{
    pthread_mutex_lock(&temps_mu);
    int fd = mkstemp(w->tmp);
    int e = errno;
    if (fd >= 0)
        for (int i = 0; i < TEMP_SLOTS && w->slot < 0; i++)
            if (!temps[i]) {
                temps[i] = w->tmp;
                w->slot = i;
            }
    pthread_mutex_unlock(&temps_mu);
    errno = e;
    return fd;
}

void eg_writer_remove_temps(void)
{
    /* never unlocked: no file is created after this, and the process is
     * about to end */
    pthread_mutex_lock(&temps_mu);
    for (int i = 0; i < TEMP_SLOTS; i++)
        if (temps[i])
            unlink(temps[i]);
}

/* Forgets the temporary file, removing it first when remove is set (after
 * a rename there is nothing to remove). */
static void tmp_drop(eg_writer *w, bool remove)
{
    if (!w->tmp)
        return;
    if (remove)
        unlink(w->tmp);
    if (w->slot >= 0) {
        pthread_mutex_lock(&temps_mu);
        temps[w->slot] = NULL;
        pthread_mutex_unlock(&temps_mu);
        w->slot = -1;
    }
    free(w->tmp);
    w->tmp = NULL;
}

eg_error_t eg_writer_open(eg_writer *w, const char *path, eg_status *st)
{
    w->f = NULL;
    w->buf = w->own;
    w->cap = sizeof w->own;
    w->bg = NULL;
    w->n = 0;
    w->tmp = NULL;
    w->slot = -1;
    w->err = 0;
    w->failed = false;
    w->memory = false;
    w->jobs = 1;
    w->path = path;
    if (strcmp(path, "-") == 0) {
        w->f = stdout;
        return EG_OK;
    }
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        if (S_ISDIR(sb.st_mode))
            return eg_fail(st, EG_EOUTPUT, "%s: is a directory", path);
        w->f = fopen(path, "w");
        if (!w->f)
            return eg_fail(st, EG_EOUTPUT, "%s: cannot write: %s", path,
                           strerror(errno));
        return EG_OK;
    }
    size_t n = strlen(path);
    w->tmp = malloc(n + 16);
    if (!w->tmp)
        return eg_fail_nomem(st);
    memcpy(w->tmp, path, n);
    memcpy(w->tmp + n, ".tmp-XXXXXX", 12);
    int fd = temp_create(w);
    if (fd < 0) {
        int e = errno;
        tmp_drop(w, false);
        return eg_fail(st, EG_EOUTPUT, "%s: cannot write: %s", path,
                       strerror(e));
    }
    /* mkstemp makes 0600; give the file the usual mode under the umask */
    mode_t mask = umask(0);
    umask(mask);
    (void)fchmod(fd, 0666 & ~mask);
    w->f = fdopen(fd, "w");
    if (!w->f) {
        int e = errno;
        close(fd);
        tmp_drop(w, true);
        return eg_fail(st, EG_EOUTPUT, "%s: cannot write: %s", path,
                       strerror(e));
    }
    return EG_OK;
}

void eg_writer_abort(eg_writer *w)
{
    bg_stop(w);
    if (w->f && w->f != stdout)
        fclose(w->f);
    tmp_drop(w, true);
    w->f = NULL;
}

static void write_out(eg_writer *w, const char *s, size_t len)
{
    if (w->bg)
        bg_wait(w); /* the FILE is the thread's while it writes */
    if (!w->failed && len && fwrite(s, 1, len, w->f) != len) {
        w->failed = true;
        w->err = errno ? errno : EIO;
    }
}

/* Writes out the buffer; more: more bytes follow (a large output may
 * then get its writing thread). */
static void flush_buf(eg_writer *w, bool more)
{
    if (w->bg) {
        /* hand the block over, fill the other one */
        bg_wait(w);
        if (!w->failed && w->n) {
            eg_writer_bg *bg = w->bg;
            pthread_mutex_lock(&bg->mu);
            bg->data = w->buf;
            bg->len = w->n;
            pthread_cond_broadcast(&bg->cv);
            pthread_mutex_unlock(&bg->mu);
            w->buf = w->buf == bg->blocks[0] ? bg->blocks[1] : bg->blocks[0];
        }
        w->n = 0;
        return;
    }
    write_out(w, w->buf, w->n);
    /* a temporary file that filled its buffer is a large output: from
     * now on a thread writes it */
    if (more && w->tmp && w->n >= w->cap / 2 && !w->failed)
        bg_start(w);
    w->n = 0;
}

eg_error_t eg_writer_finish(eg_writer *w, eg_status *st)
{
    if (!w->f)
        return eg_fail(st, EG_EOUTPUT, "%s: not open", w->path);
    flush_buf(w, false);
    bg_stop(w);
    if (!w->failed && fflush(w->f) != 0) {
        w->failed = true;
        w->err = errno;
    }
    if (!w->failed && ferror(w->f)) {
        w->failed = true;
        w->err = EIO;
    }
    if (w->f != stdout) {
        if (fclose(w->f) != 0 && !w->failed) {
            w->failed = true;
            w->err = errno;
        }
    }
    w->f = NULL;
    if (w->failed) {
        tmp_drop(w, true);
        return eg_fail(st, EG_EOUTPUT, "%s: cannot write: %s", w->path,
                       strerror(w->err ? w->err : EIO));
    }
    return EG_OK;
}

eg_error_t eg_writer_commit(eg_writer *w, eg_status *st)
{
    if (w->f)
        EG_CHECK(eg_writer_finish(w, st));
    if (w->failed)
        return EG_EOUTPUT; /* reported by finish */
    if (w->tmp && rename(w->tmp, w->path) != 0) {
        int e = errno;
        tmp_drop(w, true);
        w->failed = true;
        return eg_fail(st, EG_EOUTPUT, "%s: cannot write: %s", w->path,
                       strerror(e));
    }
    tmp_drop(w, false);
    return EG_OK;
}

eg_error_t eg_writer_close(eg_writer *w, eg_status *st)
{
    EG_CHECK(eg_writer_finish(w, st));
    return eg_writer_commit(w, st);
}

/* Makes room for len more bytes in a memory writer. */
static bool mem_grow(eg_writer *w, size_t len)
{
    size_t cap = w->cap;
    while (len > cap - w->n) {
        if (cap > SIZE_MAX / 2)
            return false;
        cap *= 2;
    }
    /* the first growth leaves the writer's own array */
    char *b = w->buf == w->own ? malloc(cap) : realloc(w->buf, cap);
    if (!b)
        return false;
    if (w->buf == w->own)
        memcpy(b, w->own, w->n);
    w->buf = b;
    w->cap = cap;
    return true;
}

void eg_wr_slow(eg_writer *w, const char *s, size_t len)
{
    if (w->failed)
        return;
    if (w->memory) {
        if (!mem_grow(w, len)) {
            w->failed = true;
            w->err = ENOMEM;
            return;
        }
    } else if (len > w->cap - w->n) {
        flush_buf(w, true);
        if (len >= w->cap) {
            write_out(w, s, len);
            return;
        }
    }
    memcpy(w->buf + w->n, s, len);
    w->n += len;
}

/* ---- a loop formatted and written by two threads (eg_wloop()) ---------
 *
 * Items go in blocks of WLOOP_BLOCK. Each thread takes the next block,
 * formats it into its memory writer, waits until the block before it has
 * its size (and so the block its place in the file), hands the place on,
 * and writes the block there with pwrite(). The copy into the file, a
 * third of the work of a large GraphML, is shared as the formatting is. */
#define WLOOP_BLOCK 256

typedef struct wloop {
    eg_wrange_fn fn;
    const void *ctx;
    size_t n, n_blocks;
    int fd;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    size_t next;   /* the next block to take */
    size_t placed; /* blocks whose place is known: block `placed` is ... */
    off_t at;      /* ... at this offset */
    int err;       /* first error, 0 when none */
} wloop;

typedef struct wloop_thread {
    wloop *l;
    eg_writer mw;
} wloop_thread;

static bool pwrite_all(int fd, const char *s, size_t len, off_t at)
{
    while (len) {
        ssize_t k = pwrite(fd, s, len, at);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        s += k;
        len -= (size_t)k;
        at += k;
    }
    return true;
}

static void *wloop_work(void *p)
{
    wloop_thread *t = p;
    wloop *l = t->l;
    for (;;) {
        pthread_mutex_lock(&l->mu);
        size_t b = l->next < l->n_blocks ? l->next++ : l->n_blocks;
        pthread_mutex_unlock(&l->mu);
        if (b == l->n_blocks)
            break;
        size_t from = b * WLOOP_BLOCK;
        size_t to = from + WLOOP_BLOCK < l->n ? from + WLOOP_BLOCK : l->n;
        t->mw.n = 0;
        l->fn(&t->mw, l->ctx, from, to);
        pthread_mutex_lock(&l->mu);
        while (l->placed != b)
            pthread_cond_wait(&l->cv, &l->mu);
        off_t at = l->at;
        l->at += (off_t)t->mw.n;
        l->placed = b + 1;
        bool skip = l->err != 0;
        if (t->mw.failed && !l->err)
            l->err = t->mw.err;
        pthread_cond_broadcast(&l->cv);
        pthread_mutex_unlock(&l->mu);
        if (!skip && !t->mw.failed &&
            !pwrite_all(l->fd, t->mw.buf, t->mw.n, at)) {
            int e = errno ? errno : EIO;
            pthread_mutex_lock(&l->mu);
            if (!l->err)
                l->err = e;
            pthread_mutex_unlock(&l->mu);
        }
    }
    return NULL;
}

static void wloop_thread_init(wloop_thread *t, wloop *l, const char *path)
{
    t->l = l;
    t->mw = (eg_writer){.memory = true, .jobs = 1, .slot = -1, .path = path};
    t->mw.buf = t->mw.own;
    t->mw.cap = sizeof t->mw.own;
}

void eg_wloop(eg_writer *w, size_t n, eg_wrange_fn fn, const void *ctx)
{
    wloop l = {.fn = fn, .ctx = ctx, .n = n,
               .n_blocks = (n + WLOOP_BLOCK - 1) / WLOOP_BLOCK};
    /* only into a temporary file, which pwrite() can place blocks in */
    if (w->jobs < 2 || l.n_blocks < 2 || w->failed || !w->tmp || !w->f) {
        fn(w, ctx, 0, n);
        return;
    }
    /* everything before goes out first: the file's length is then where
     * the blocks begin */
    flush_buf(w, false);
    bg_stop(w);
    if (!w->failed && fflush(w->f) != 0) {
        w->failed = true;
        w->err = errno ? errno : EIO;
    }
    l.fd = fileno(w->f);
    l.at = l.fd >= 0 ? lseek(l.fd, 0, SEEK_END) : -1;
    if (w->failed || l.at < 0 || pthread_mutex_init(&l.mu, NULL) != 0) {
        fn(w, ctx, 0, n);
        return;
    }
    if (pthread_cond_init(&l.cv, NULL) != 0) {
        pthread_mutex_destroy(&l.mu);
        fn(w, ctx, 0, n);
        return;
    }
    wloop_thread t[2];
    wloop_thread_init(&t[0], &l, w->path);
    wloop_thread_init(&t[1], &l, w->path);
    pthread_t tid;
    bool helper = pthread_create(&tid, NULL, wloop_work, &t[1]) == 0;
    wloop_work(&t[0]);
    if (helper)
        pthread_join(tid, NULL);
    for (int i = 0; i < 2; i++)
        if (t[i].mw.buf != t[i].mw.own)
            free(t[i].mw.buf);
    pthread_cond_destroy(&l.cv);
    pthread_mutex_destroy(&l.mu);
    /* the stream goes on after the blocks */
    if (l.err) {
        w->failed = true;
        w->err = l.err;
    } else if (fseeko(w->f, l.at, SEEK_SET) != 0) {
        w->failed = true;
        w->err = errno ? errno : EIO;
    }
}

void eg_wlong(eg_writer *w, long x)
{
    char buf[24], *p = buf + sizeof buf;
    unsigned long u = x < 0 ? 0UL - (unsigned long)x : (unsigned long)x;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (x < 0)
        *--p = '-';
    eg_wr(w, p, (size_t)(buf + sizeof buf - p));
}

void eg_wprintf(eg_writer *w, const char *fmt, ...)
{
    if (w->failed)
        return;
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (r < 0) {
        w->failed = true;
        w->err = errno ? errno : EIO;
        return;
    }
    if ((size_t)r < sizeof small) {
        eg_wr(w, small, (size_t)r);
        return;
    }
    char *big = malloc((size_t)r + 1);
    if (!big) {
        w->failed = true;
        w->err = ENOMEM;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)r + 1, fmt, ap);
    va_end(ap);
    eg_wr(w, big, (size_t)r);
    free(big);
}

/* %.10g of x without printf, for 1e-4 <= |x| < 1e9 (fixed notation):
 * the ten significant digits come from one long double product, whose
 * error (2^-64 relative) is far below the rounding unit; a product that
 * lands within 1e-6 of a rounding tie is left to snprintf, which rounds
 * the exact binary value. Returns the length written to buf (>= 24
 * bytes), or 0 when x must go to snprintf. */
size_t eg_format_g10(double x, char *buf)
{
#if LDBL_MANT_DIG >= 64
    /* powers of ten up to 10^27, the largest a 64-bit mantissa holds
     * exactly (5^27 < 2^64) */
    static const long double pow10[] = {
        1e0L,  1e1L,  1e2L,  1e3L,  1e4L,  1e5L,  1e6L,  1e7L,  1e8L,  1e9L,
        1e10L, 1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L,
        1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L};
    enum { EMIN = -18, EMAX = 8 };
    double ax = fabs(x);
    if (!(ax >= 1e-18 && ax < 1e9))
        return 0;
    /* 10^e <= ax < 10^(e+1), e in EMIN..EMAX (the double bounds are
     * inexact below 1: checked on the product) */
    static const double decade[] = {
        1e-18, 1e-17, 1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10,
        1e-9,  1e-8,  1e-7,  1e-6,  1e-5,  1e-4,  1e-3,  1e-2,  1e-1,
        1e0,   1e1,   1e2,   1e3,   1e4,   1e5,   1e6,   1e7,   1e8};
    int e = EMAX;
    while (e > EMIN && ax < decade[e - EMIN])
        e--;
    long double y = (long double)ax * pow10[9 - e];
    /* the decade guess may be one off near a power of ten: fix it */
    if (y < 1e9L && e > EMIN) {
        e--;
        y = (long double)ax * pow10[9 - e];
    } else if (y >= 1e10L && e < EMAX) {
        e++;
        y = (long double)ax * pow10[9 - e];
    }
    if (y < 1e9L || y >= 1e10L)
        return 0;
    /* floor(y) without floorl(), and the digits without converting a long
     * double to an integer: both switch the x87 rounding mode (fldcw),
     * which stalls; in some builds that made the export of a large graph
     * a third slower. rintl() rounds in the current mode; r is a whole
     * number below 1e10, exact as a double. */
    long double r = rintl(y);
    if (r > y)
        r -= 1.0L;
    long double frac = y - r;
    if (fabsl(frac - 0.5L) < 1e-6L)
        return 0;
    unsigned long long d = (unsigned long long)(double)r + (frac > 0.5L);
    if (d == 10000000000ULL) { /* 9.9999999996 -> 10.00000000 */
        d = 1000000000ULL;
        e++;
        if (e > EMAX)
            return 0;
    }
    char digits[10];
    for (int i = 9; i >= 0; i--, d /= 10)
        digits[i] = (char)('0' + d % 10);
    int last = 9; /* the last significant digit */
    while (last > 0 && digits[last] == '0')
        last--;
    size_t n = 0;
    if (x < 0)
        buf[n++] = '-';
    if (e < -4) {
        /* %g's exponent form: d.ddde-XX, at least two exponent digits */
        buf[n++] = digits[0];
        if (last > 0) {
            buf[n++] = '.';
            memcpy(buf + n, digits + 1, (size_t)last);
            n += (size_t)last;
        }
        int x10 = -e;
        buf[n++] = 'e';
        buf[n++] = '-';
        buf[n++] = (char)('0' + x10 / 10);
        buf[n++] = (char)('0' + x10 % 10);
        buf[n] = '\0';
        return n;
    }
    int point; /* digits before the decimal point */
    if (e >= 0) {
        point = e + 1;
        memcpy(buf + n, digits, (size_t)point);
        n += (size_t)point;
    } else {
        point = 0;
        buf[n++] = '0';
    }
    /* the fraction: zeros after the point for e < 0, then the rest of
     * the digits, trailing zeros dropped */
    if (last >= point) {
        buf[n++] = '.';
        for (int z = 0; z < -e - 1; z++)
            buf[n++] = '0';
        memcpy(buf + n, digits + point, (size_t)(last - point + 1));
        n += (size_t)(last - point + 1);
    }
    buf[n] = '\0';
    return n;
#else
    (void)x;
    (void)buf;
    return 0;
#endif
}

void eg_wdouble(eg_writer *w, double x)
{
    if (!isfinite(x) || fabs(x) < 1e-300)
        x = 0.0;
    /* whole numbers (counts, weights, degrees) below 1e9 (a long on every
     * machine) print as integers under %.10g: no need for snprintf's
     * float formatting */
    if (fabs(x) < 1e9 && x == (double)(long)x) {
        eg_wlong(w, (long)x);
        return;
    }
    char buf[64];
    size_t n = eg_format_g10(x, buf);
    if (n) {
        eg_wr(w, buf, n);
        return;
    }
    snprintf(buf, sizeof buf, "%.10g", x);
    /* the C library formats with '.' in the C locale, which the program
     * never leaves; guard against a ',' all the same */
    for (char *p = buf; *p; p++)
        if (*p == ',')
            *p = '.';
    eg_wputs(w, buf);
}

/* Printable ASCII that no escaper changes (every one leaves all of it
 * alone but & < > " and backslash): copied without asking. */
static const unsigned char plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x10 */
    1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, /* 0x30 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, /* 0x50 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, /* 0x70 */
    /* 0x80-0xff: 0 (decoded and checked) */
};

static bool plain_byte(unsigned char c)
{
    return plain[c];
}

void eg_wescaped(eg_writer *w, const char *s, eg_escape_fn esc)
{
    size_t len = strlen(s), run = 0, i = 0;
    char tmp[16];
    while (i < len) {
#if defined(__SSE2__)
        /* sixteen plain bytes at a time (x86-64 always has SSE2): a byte
         * is plain unless it is below 0x20 or from 0x80 (both below 0x20
         * as signed bytes), one of " & < > \ or DEL, as in plain[] */
        while (i + 16 <= len) {
            __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
            __m128i bad = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
            bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
            bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('&')));
            bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('<')));
            bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('>')));
            bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
            bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
            if (_mm_movemask_epi8(bad))
                break;
            i += 16;
        }
        if (i >= len)
            break;
#endif
        /* eight plain bytes at a time, then one by one */
        const unsigned char *u = (const unsigned char *)s + i;
        if (i + 8 <= len && (plain[u[0]] & plain[u[1]] & plain[u[2]] &
                             plain[u[3]] & plain[u[4]] & plain[u[5]] &
                             plain[u[6]] & plain[u[7]])) {
            i += 8;
            continue;
        }
        if (plain_byte((unsigned char)s[i])) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = eg_utf8_decode(s + i, len - i, &cp);
        /* a lone byte >= 0x80 is how the decoder reports invalid input */
        const char *rep = n == 1 && cp >= 0x80 ? "\xEF\xBF\xBD" : esc(cp, tmp);
        if (rep) {
            eg_wr(w, s + run, i - run);
            eg_wputs(w, rep);
            run = i + n;
        }
        i += n;
    }
    eg_wr(w, s + run, len - run);
}

static const char *xml_text_escape(uint32_t cp, char tmp[16])
{
    switch (cp) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '\r': return "&#13;"; /* parsers turn a literal CR LF into LF */
    case '\t': case '\n': return NULL;
    default:
        return cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF ? "" : NULL;
    }
}

static const char *xml_attr_escape(uint32_t cp, char tmp[16])
{
    switch (cp) {
    case '"': return "&quot;";
    case '\t': return "&#9;";
    case '\n': return "&#10;";
    case '\r': return "&#13;";
    default: return xml_text_escape(cp, tmp);
    }
}

void eg_wxml(eg_writer *w, const char *s, bool attr)
{
    eg_wescaped(w, s, attr ? xml_attr_escape : xml_text_escape);
}

static const char *json_escape(uint32_t cp, char tmp[16])
{
    switch (cp) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default:
        /* dropped like in XML, so that every format carries the same
         * text */
        return cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF ? "" : NULL;
    }
}

void eg_wjson_chars(eg_writer *w, const char *s)
{
    eg_wescaped(w, s ? s : "", json_escape);
}

void eg_wjson(eg_writer *w, const char *s)
{
    eg_wputs(w, "\"");
    eg_wjson_chars(w, s);
    eg_wputs(w, "\"");
}

/* Community colours, largest community first. The first seven are
 * Okabe & Ito's colour-blind-safe set (without black, which would hide
 * labels), the next nine Paul Tol's "muted" scheme and the last four from
 * his "light" scheme: all stay distinct for common colour-vision
 * deficiencies as far as 20 categories can. Smaller communities and nodes
 * without one are grey. */
static const char *const palette[20] = {
    "#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9",
    "#f0e442", "#332288", "#cc6677", "#117733", "#88ccee", "#882255",
    "#ddcc77", "#44aa99", "#999933", "#aa4499", "#77aadd", "#ee8866",
    "#ffaabb", "#bbcc33",
};
#define GREY "#999999"

const char *eg_community_color(long community)
{
    if (community < 0 || community >= 20)
        return GREY;
    return palette[community];
}

void eg_community_rgb(long community, int *r, int *g, int *b)
{
    unsigned v = (unsigned)strtoul(eg_community_color(community) + 1, NULL, 16);
    *r = (int)(v >> 16 & 0xFF);
    *g = (int)(v >> 8 & 0xFF);
    *b = (int)(v & 0xFF);
}

double eg_max_pagerank(const eg_network *net)
{
    double max = 0;
    for (size_t i = 0; i < net->n_nodes; i++)
        if (isfinite(net->nodes[i].pagerank) && net->nodes[i].pagerank > max)
            max = net->nodes[i].pagerank;
    return max;
}

double eg_node_size(const eg_network *net, size_t node, double max)
{
    double pr = net->nodes[node].pagerank;
    if (!(net->has & EG_HAS_PAGERANK) || !(max > 0) || !isfinite(max))
        return 10.0;
    if (!(pr > 0) || !isfinite(pr))
        pr = 0; /* NaN would make the size 0 and hide the node */
    double r = sqrt(pr / max);
    return round((10.0 + 50.0 * r) * 100.0) / 100.0;
}
