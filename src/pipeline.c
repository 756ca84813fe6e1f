/* eg_run(): the whole pipeline, from inputs to written outputs.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "core/error.h"
#include "export/writer.h"
#include "extract/extract.h"
#include "graph/cooccur.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void progress(const eg_stats *s, double start, bool final)
{
    double dt = now() - start;
    fprintf(stderr, "\rentgraph: %zu documents, %.1f MB, %zu mentions, %.1f MB/s%s",
            s->documents, (double)s->bytes / 1e6, s->mentions,
            dt > 0 ? (double)s->bytes / 1e6 / dt : 0.0, final ? "\n" : "");
    fflush(stderr);
}

typedef struct run {
    const eg_options *opt;
    eg_extractor *ex;
    eg_worker *worker;
    eg_analysis an;
    eg_source *src;
    eg_corpus *corpus;
    FILE *spool;
    double t_read, t_extract, t_build; /* seconds spent in each stage */
} run;

static eg_error_t read_corpus(run *r, eg_status *st)
{
    const eg_options *opt = r->opt;
    double start = now(), last = start;
    eg_stats seen = {0};
    for (;;) {
        eg_doc doc;
        bool done;
        double t0 = now();
        EG_CHECK(eg_source_next(r->src, &doc, &done, st));
        double t1 = now();
        r->t_read += t1 - t0;
        if (done)
            break;
        EG_CHECK(eg_analyze(r->ex, r->worker, &doc, &r->an, st));
        double t2 = now();
        r->t_extract += t2 - t1;
        EG_CHECK(eg_corpus_add(r->corpus, &doc, &r->an, st));
        r->t_build += now() - t2;
        seen.documents++;
        seen.bytes += doc.len;
        seen.mentions += r->an.n_mentions;
        if (opt->progress && now() - last > 0.25) {
            last = now();
            progress(&seen, start, false);
        }
    }
    if (opt->progress && seen.documents > 0)
        progress(&seen, start, true);
    return EG_OK;
}

static eg_error_t write_mentions(run *r, const eg_network *net,
                                 eg_status *st)
{
    eg_writer w;
    EG_CHECK(eg_writer_open(&w, r->opt->mentions_path, st));
    eg_error_t rc = eg_corpus_write_mentions(r->corpus, net, r->spool, w.f);
    if (rc != EG_OK) {
        eg_writer_abort(&w);
        if (rc == EG_ENOMEM)
            return eg_fail_nomem(st);
        return eg_fail(st, EG_EOUTPUT, "%s: cannot write the mentions",
                       r->opt->mentions_path);
    }
    return eg_writer_close(&w, st);
}

static eg_error_t run_all(run *r, eg_network *net, eg_status *st)
{
    const eg_options *opt = r->opt;
    for (size_t i = 0; i < opt->n_outputs; i++)
        if (!opt->outputs[i].format)
            return eg_fail(st, EG_EUSAGE,
                           "%s: unknown output format (use --format)",
                           opt->outputs[i].path);
    eg_extract_options xo = {opt->types, opt->stoplist, opt->aliases};
    double t0 = now();
    EG_CHECK(eg_extractor_create(&r->ex, &xo, st));
    EG_CHECK(eg_worker_create(&r->worker, r->ex, st));
    r->t_extract = now() - t0; /* patterns and gazetteers */
    t0 = now();
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
    };
    EG_CHECK(eg_corpus_create(&r->corpus, &co, st));
    r->t_read = now() - t0; /* checking the inputs */
    EG_CHECK(read_corpus(r, st));
    double t1 = now();
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
    double t2 = now();
    EG_CHECK(eg_network_compute_metrics(net, opt->community, opt->resolution,
                                        opt->seed, st));
    EG_CHECK(eg_network_layout(net, opt->layout, opt->seed, st));
    double t3 = now();
    for (size_t i = 0; i < opt->n_outputs; i++)
        EG_CHECK(eg_export(net, opt->outputs[i].format, opt->outputs[i].path,
                           st));
    if (opt->mentions_path)
        EG_CHECK(write_mentions(r, net, st));
    net->stats.t_read = r->t_read;
    net->stats.t_extract = r->t_extract;
    net->stats.t_build = r->t_build + (t2 - t1);
    net->stats.t_metrics = t3 - t2;
    net->stats.t_export = now() - t3;
    return EG_OK;
}

eg_error_t eg_run(const eg_options *opt, eg_network *out, eg_status *st)
{
    run r;
    memset(&r, 0, sizeof r);
    r.opt = opt;
    eg_analysis_init(&r.an);
    eg_network net;
    eg_network_init(&net);
    eg_error_t rc = run_all(&r, &net, st);
    if (r.spool)
        fclose(r.spool);
    eg_corpus_destroy(r.corpus);
    eg_source_destroy(r.src);
    eg_analysis_finish(&r.an);
    eg_worker_destroy(r.worker);
    eg_extractor_destroy(r.ex);
    if (rc == EG_OK && out)
        *out = net;
    else
        eg_network_finish(&net);
    return rc;
}
