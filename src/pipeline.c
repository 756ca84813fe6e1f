/* eg_run(): the whole pipeline, from inputs to written outputs.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "core/clock.h"
#include "core/error.h"
#include "export/export.h"
#include "export/writer.h"
#include "extract/extract.h"
#include "graph/cooccur.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void progress(const eg_stats *s, uint64_t total, double start,
                     bool final)
{
    double dt = eg_now() - start;
    double rate = dt > 0 ? (double)s->bytes / dt : 0.0;
    fprintf(stderr, "\rentgraph: %zu documents, %.1f MB, %zu mentions, %.1f MB/s",
            s->documents, (double)s->bytes / 1e6, s->mentions, rate / 1e6);
    if (total > s->bytes && rate > 0 && !final)
        fprintf(stderr, ", ETA %.0f s  ", (double)(total - s->bytes) / rate);
    else
        fputs("           ", stderr);
    fputs(final ? "\n" : "", stderr);
    fflush(stderr);
}

/* Documents are read by the main thread into a batch of slots, analysed in
 * parallel, and added to the corpus in document order, so the output does
 * not depend on the number of threads. With N >= 2 threads there are two
 * batches: while N workers analyse one, the main thread reads the next and
 * adds the previous one to the corpus, then joins the analysis. Each
 * thread takes the next document not yet taken, so a long document does
 * not leave the others waiting. Batches are short, so that little of the
 * run is spent reading the first batch or adding the last one alone. */
#define BATCH 64

typedef struct slot {
    eg_doc doc;          /* pointers into the copies below */
    char *id, *text, *title, *date;
    eg_analysis an;
    eg_status st;
    eg_error_t rc;
} slot;

typedef struct run run;

typedef struct thread_arg {
    run *r;
    eg_worker *worker;
    pthread_t tid;
} thread_arg;

struct run {
    const eg_options *opt;
    eg_extractor *ex;
    eg_source *src;
    eg_corpus *corpus;
    FILE *spool;
    double t_read, t_extract, t_build; /* seconds spent in each stage */
    slot *slots;         /* 2 * BATCH: two batches */
    slot *work;          /* the batch being analysed */
    size_t n_slots;      /* filled slots of that batch */
    atomic_size_t next;  /* its first slot no thread has taken */
    thread_arg *threads; /* n_threads workers, then with two or more the
                          * main thread's share of the analysis */
    size_t n_threads, n_args;
    size_t started;      /* worker threads running on it (pthreads) */
    bool running;        /* launched and not yet joined */
};

static char *dup_or_null(const char *s, size_t len)
{
    if (!s)
        return NULL;
    char *d = malloc(len + 1);
    if (d) {
        memcpy(d, s, len);
        d[len] = '\0';
    }
    return d;
}

static void slot_clear(slot *sl)
{
    free(sl->id);
    free(sl->text);
    free(sl->title);
    free(sl->date);
    sl->id = sl->text = sl->title = sl->date = NULL;
}

/* Copies a document out of the source (whose pointers live only until the
 * next read). */
static eg_error_t slot_fill(slot *sl, const eg_doc *doc, eg_status *st)
{
    slot_clear(sl);
    sl->id = dup_or_null(doc->id, strlen(doc->id));
    sl->text = dup_or_null(doc->text, doc->len);
    sl->title = dup_or_null(doc->title, doc->title ? strlen(doc->title) : 0);
    sl->date = dup_or_null(doc->date, doc->date ? strlen(doc->date) : 0);
    if (!sl->id || !sl->text || (doc->title && !sl->title) ||
        (doc->date && !sl->date))
        return eg_fail_nomem(st);
    sl->doc = *doc;
    sl->doc.id = sl->id;
    sl->doc.text = sl->text;
    sl->doc.title = sl->title;
    sl->doc.date = sl->date;
    return EG_OK;
}

static void *analyse_slots(void *p)
{
    thread_arg *t = p;
    run *r = t->r;
    for (;;) {
        /* (the batch was set up before the threads started, and its
         * results are read after they are joined: the counter needs no
         * ordering of its own) */
        size_t i = atomic_fetch_add_explicit(&r->next, 1,
                                             memory_order_relaxed);
        if (i >= r->n_slots)
            break;
        slot *sl = &r->work[i];
        sl->rc = eg_analyze(r->ex, t->worker, &sl->doc, &sl->an, &sl->st);
    }
    return NULL;
}

/* Starts analysing the n slots at batch in the worker threads (all but
 * the main thread's); what they leave is done by finish_batch(). */
static void launch_batch(run *r, slot *batch, size_t n)
{
    r->work = batch;
    r->n_slots = n;
    atomic_store_explicit(&r->next, 0, memory_order_relaxed);
    r->started = 0;
    r->running = true;
    size_t k = r->n_threads < n ? r->n_threads : n;
    for (size_t t = 0; t < k; t++) {
        if (pthread_create(&r->threads[t].tid, NULL, analyse_slots,
                           &r->threads[t]) != 0)
            break;
        r->started = t + 1;
    }
}

/* The first error of the analysed batch, if any. */
static eg_error_t batch_status(const run *r, eg_status *st)
{
    for (size_t i = 0; i < r->n_slots; i++)
        if (r->work[i].rc != EG_OK) {
            *st = r->work[i].st;
            return r->work[i].rc;
        }
    return EG_OK;
}

/* Finishes the launched batch: the main thread analyses documents until
 * none is left, then waits for the workers. */
static eg_error_t finish_batch(run *r, eg_status *st)
{
    if (!r->running)
        return EG_OK;
    analyse_slots(&r->threads[r->n_threads]);
    for (size_t t = 0; t < r->started; t++)
        pthread_join(r->threads[t].tid, NULL);
    r->running = false;
    return batch_status(r, st);
}

/* One thread: analyses a batch in the calling thread. */
static eg_error_t analyse_batch(run *r, slot *batch, size_t n, eg_status *st)
{
    r->work = batch;
    r->n_slots = n;
    atomic_store_explicit(&r->next, 0, memory_order_relaxed);
    analyse_slots(&r->threads[0]);
    return batch_status(r, st);
}

/* Reads up to BATCH documents into batch; *n is how many, *done when the
 * input ended. */
static eg_error_t fill_batch(run *r, slot *batch, size_t *n, bool *done,
                             eg_status *st)
{
    *n = 0;
    while (*n < BATCH && !*done) {
        eg_doc doc;
        EG_CHECK(eg_source_next(r->src, &doc, done, st));
        if (*done)
            break;
        EG_CHECK(slot_fill(&batch[(*n)++], &doc, st));
    }
    return EG_OK;
}

/* Adds an analysed batch to the corpus, in document order. */
static eg_error_t merge_batch(run *r, slot *batch, size_t n, eg_stats *seen,
                              eg_status *st)
{
    for (size_t i = 0; i < n; i++) {
        slot *sl = &batch[i];
        EG_CHECK(eg_corpus_add(r->corpus, &sl->doc, &sl->an, st));
        seen->documents++;
        seen->bytes += sl->doc.len;
        seen->mentions += sl->an.n_mentions;
    }
    return EG_OK;
}

/* One thread: read, analyse, add, batch after batch. The stage times are
 * exact. */
static eg_error_t read_serial(run *r, eg_stats *seen, double start,
                              uint64_t total, eg_status *st)
{
    const eg_options *opt = r->opt;
    double last = start;
    for (bool done = false; !done;) {
        double t0 = eg_now();
        size_t n;
        EG_CHECK(fill_batch(r, r->slots, &n, &done, st));
        double t1 = eg_now();
        r->t_read += t1 - t0;
        EG_CHECK(analyse_batch(r, r->slots, n, st));
        double t2 = eg_now();
        r->t_extract += t2 - t1;
        EG_CHECK(merge_batch(r, r->slots, n, seen, st));
        r->t_build += eg_now() - t2;
        if (opt->progress && eg_now() - last > 0.25) {
            last = eg_now();
            progress(seen, total, start, false);
        }
    }
    return EG_OK;
}

/* Several threads: while the workers analyse one batch, the main thread
 * reads the next and adds the previous to the corpus. t_read and t_build
 * are the main thread's time reading and adding, t_extract its time
 * analysing and waiting for the workers. */
static eg_error_t read_overlapped(run *r, eg_stats *seen, double start,
                                  uint64_t total, eg_status *st)
{
    const eg_options *opt = r->opt;
    double last = start;
    slot *batch[2] = {r->slots, r->slots + BATCH};
    size_t n[2] = {0, 0}, cur = 0;
    bool done = false;
    double t0 = eg_now();
    eg_error_t rc = fill_batch(r, batch[0], &n[0], &done, st);
    r->t_read += eg_now() - t0;
    if (rc != EG_OK || n[0] == 0)
        return rc;
    launch_batch(r, batch[0], n[0]);
    for (;;) {
        size_t nxt = 1 - cur;
        n[nxt] = 0;
        t0 = eg_now();
        if (!done)
            rc = fill_batch(r, batch[nxt], &n[nxt], &done, st);
        double t1 = eg_now();
        r->t_read += t1 - t0;
        eg_status wst = {0};
        eg_error_t wrc = finish_batch(r, &wst);
        double t2 = eg_now();
        r->t_extract += t2 - t1;
        if (rc != EG_OK)
            return rc;
        if (wrc != EG_OK) {
            *st = wst;
            return wrc;
        }
        if (n[nxt] > 0)
            launch_batch(r, batch[nxt], n[nxt]);
        rc = merge_batch(r, batch[cur], n[cur], seen, st);
        r->t_build += eg_now() - t2;
        if (rc != EG_OK)
            return rc; /* the caller joins the running batch */
        if (opt->progress && eg_now() - last > 0.25) {
            last = eg_now();
            progress(seen, total, start, false);
        }
        if (n[nxt] == 0)
            return EG_OK;
        cur = nxt;
    }
}

static eg_error_t read_corpus(run *r, eg_status *st)
{
    const eg_options *opt = r->opt;
    double start = eg_now();
    eg_stats seen = {0};
    /* (the total is for the progress line's ETA only) */
    uint64_t total = opt->progress ? eg_source_total_bytes(r->src) : 0;
    eg_error_t rc = r->n_threads > 1
                        ? read_overlapped(r, &seen, start, total, st)
                        : read_serial(r, &seen, start, total, st);
    if (r->running) {
        /* an error left a batch in the workers' hands: wait for them */
        eg_status ignored = {0};
        (void)finish_batch(r, &ignored);
    }
    EG_CHECK(rc);
    if (opt->progress && seen.documents > 0)
        progress(&seen, total, start, true);
    return EG_OK;
}

/* Number of analysis threads: -j, or the processors available. */
static size_t thread_count(const eg_options *opt)
{
    long n = opt->jobs > 0 ? (long)opt->jobs : sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1;
    if (n > 64)
        n = 64;
    return (size_t)n;
}

static eg_error_t start_workers(run *r, eg_status *st)
{
    r->n_threads = thread_count(r->opt);
    r->slots = calloc(2 * BATCH, sizeof *r->slots);
    r->n_args = r->n_threads > 1 ? r->n_threads + 1 : 1;
    r->threads = calloc(r->n_args, sizeof *r->threads);
    if (!r->slots || !r->threads)
        return eg_fail_nomem(st);
    for (size_t i = 0; i < 2 * BATCH; i++)
        eg_analysis_init(&r->slots[i].an);
    for (size_t t = 0; t < r->n_args; t++) {
        r->threads[t].r = r;
        EG_CHECK(eg_worker_create(&r->threads[t].worker, r->ex, st));
    }
    return EG_OK;
}

static void stop_workers(run *r)
{
    if (r->slots)
        for (size_t i = 0; i < 2 * BATCH; i++) {
            slot_clear(&r->slots[i]);
            eg_analysis_finish(&r->slots[i].an);
        }
    if (r->threads)
        for (size_t t = 0; t < r->n_args; t++)
            eg_worker_destroy(r->threads[t].worker);
    free(r->slots);
    free(r->threads);
}

static eg_error_t write_mentions(run *r, const eg_network *net,
                                 eg_status *st)
{
    eg_writer w;
    EG_CHECK(eg_writer_open(&w, r->opt->mentions_path, st));
    errno = 0;
    eg_error_t rc = eg_corpus_write_mentions(r->corpus, net, r->spool, w.f);
    if (rc != EG_OK) {
        int e = errno;
        eg_writer_abort(&w);
        if (rc == EG_ENOMEM)
            return eg_fail_nomem(st);
        return eg_fail(st, EG_EOUTPUT, "%s: cannot write the mentions: %s",
                       r->opt->mentions_path, e ? strerror(e) : "I/O error");
    }
    return eg_writer_close(&w, st);
}

/* Fails early (exit 3, nothing read or written) when an output cannot be
 * created: a missing directory, no permission, a directory as -o. Each
 * path gets a temporary file created and removed beside it, as the real
 * write will. Special files (/dev/full, a FIFO) and stdout are left for the
 * write itself: opening a FIFO here would block. Without this check a
 * later output failing would leave the earlier ones of the run written. */
static eg_error_t check_output(const char *path, eg_status *st)
{
    struct stat sb;
    if (strcmp(path, "-") == 0)
        return EG_OK;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode))
        return EG_OK;
    eg_writer w;
    EG_CHECK(eg_writer_open(&w, path, st));
    eg_writer_abort(&w);
    return EG_OK;
}

static eg_error_t run_all(run *r, eg_network *net, eg_status *st)
{
    const eg_options *opt = r->opt;
    for (size_t i = 0; i < opt->n_outputs; i++)
        if (!opt->outputs[i].format)
            return eg_fail(st, EG_EUSAGE,
                           "%s: unknown output format (use --format)",
                           opt->outputs[i].path);
    for (size_t i = 0; i < opt->n_outputs; i++)
        EG_CHECK(check_output(opt->outputs[i].path, st));
    if (opt->mentions_path)
        EG_CHECK(check_output(opt->mentions_path, st));
    eg_extract_options xo = {opt->types, opt->stoplist, opt->aliases};
    double t0 = eg_now();
    EG_CHECK(eg_extractor_create(&r->ex, &xo, st));
    EG_CHECK(start_workers(r, st));
    r->t_extract = eg_now() - t0; /* patterns and gazetteers */
    t0 = eg_now();
    EG_CHECK(eg_source_create(&r->src, opt->inputs, opt->n_inputs,
                              &opt->ingest, st));
    if (opt->mentions_path) {
        r->spool = tmpfile();
        if (!r->spool)
            return eg_fail(st, EG_EOUTPUT,
                           "cannot create a temporary file for --mentions");
    }
    eg_corpus_options co = {
        .window = opt->window,
        .window_tokens = opt->window_tokens ? opt->window_tokens : 1,
        .types = opt->types,
        .keep_isolates = opt->keep_isolates,
        .min_mentions = opt->min_mentions,
        .mentions = r->spool,
        .window_cap = opt->window_cap,
    };
    EG_CHECK(eg_corpus_create(&r->corpus, &co, st));
    r->t_read = eg_now() - t0; /* checking the inputs */
    EG_CHECK(read_corpus(r, st));
    double t1 = eg_now();
    EG_CHECK(eg_corpus_build(r->corpus, net, st));
    net->window = opt->window == EG_WINDOW_PARAGRAPH  ? "paragraph"
                  : opt->window == EG_WINDOW_DOCUMENT ? "document"
                  : opt->window == EG_WINDOW_TOKENS   ? "tokens"
                                                      : "sentence";
    net->window_tokens = opt->window == EG_WINDOW_TOKENS ? co.window_tokens
                                                         : 0;
    EG_CHECK(eg_network_apply_weights(net, opt->weighting, st));
    eg_filter_options fo = {
        .min_documents = opt->min_documents,
        .min_weight = opt->min_weight,
        .backbone = opt->backbone,
        .top = opt->top,
        .keep_isolates = opt->keep_isolates,
    };
    EG_CHECK(eg_network_filter(net, &fo, st));
    double t2 = eg_now();
    eg_metrics_options mo;
    eg_metrics_options_init(&mo);
    mo.community = opt->community;
    mo.resolution = opt->resolution;
    mo.seed = opt->seed;
    mo.paths = opt->paths;
    mo.jobs = (unsigned)r->n_threads;
    EG_CHECK(eg_network_compute_metrics_opt(net, &mo, st));
    EG_CHECK(eg_network_layout(net, opt->layout, opt->seed, st));
    double t3 = eg_now();
    for (size_t i = 0; i < opt->n_outputs; i++)
        EG_CHECK(eg_export_jobs(net, opt->outputs[i].format,
                                opt->outputs[i].path, (unsigned)r->n_threads,
                                st));
    if (opt->mentions_path)
        EG_CHECK(write_mentions(r, net, st));
    net->stats.t_read = r->t_read;
    net->stats.t_extract = r->t_extract;
    net->stats.t_build = r->t_build + (t2 - t1);
    net->stats.t_metrics = t3 - t2;
    double ts[EG_STAGE_COUNT] = {0};
    for (size_t i = 0; i < r->n_args; i++)
        if (r->threads[i].worker)
            eg_worker_add_times(r->threads[i].worker, ts);
    net->stats.t_clean = ts[EG_STAGE_CLEAN];
    net->stats.t_segment = ts[EG_STAGE_SEGMENT];
    net->stats.t_find = ts[EG_STAGE_FIND];
    net->stats.t_resolve = ts[EG_STAGE_RESOLVE];
    net->stats.t_export = eg_now() - t3;
    return EG_OK;
}

eg_error_t eg_run(const eg_options *opt, eg_network *out, eg_status *st)
{
    run r;
    memset(&r, 0, sizeof r);
    r.opt = opt;
    eg_network net;
    eg_network_init(&net);
    eg_error_t rc = run_all(&r, &net, st);
    if (r.spool)
        fclose(r.spool);
    eg_corpus_destroy(r.corpus);
    eg_source_destroy(r.src);
    stop_workers(&r);
    eg_extractor_destroy(r.ex);
    if (rc == EG_OK && out)
        *out = net;
    else
        eg_network_finish(&net);
    return rc;
}
