/* entgraph: the command-line front end. It parses the options and calls
 * the pipeline; everything else lives in the library.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "cli/options.h"
#include "export/writer.h"

#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

static void summary(const eg_network *net, double t_rank)
{
    const eg_stats *s = &net->stats;
    fprintf(stderr,
            "entgraph: %zu documents, %zu sentences, %zu mentions, %zu "
            "entities -> %zu nodes, %zu edges",
            s->documents, s->sentences, s->mentions, s->entities,
            net->n_nodes, net->n_edges);
    if (net->has & EG_HAS_COMMUNITY)
        fprintf(stderr, ", %ld communities, modularity %.4f",
                net->n_communities, net->modularity);
    else
        fputs(", no communities", stderr);
    fputc('\n', stderr);
    char window[32];
    if (net->window_tokens)
        snprintf(window, sizeof window, "%u-token", net->window_tokens);
    else
        snprintf(window, sizeof window, "%s", net->window);
    fprintf(stderr,
            "entgraph: %s windows (%llu), %s weights; seconds: read %.3f, "
            "extract %.3f (clean %.3f, segment %.3f, find %.3f, resolve "
            "%.3f), build %.3f, metrics %.3f, export %.3f\n",
            window, (unsigned long long)s->windows, net->weighting,
            s->t_read, s->t_extract, s->t_clean, s->t_segment, s->t_find,
            s->t_resolve, s->t_build, s->t_metrics, s->t_export + t_rank);
    if (net->path_sources)
        fprintf(stderr,
                "entgraph: betweenness, harmonic and closeness are "
                "approximate: %zu sampled sources (--betweenness exact for "
                "exact values)\n",
                net->path_sources);
    if (s->repaired)
        fprintf(stderr,
                "entgraph: warning: %zu invalid UTF-8 bytes replaced\n",
                s->repaired);
    if (s->capped_windows)
        fprintf(stderr,
                "entgraph: warning: %zu window%s named more entities than "
                "--window-cap (default 200); only that many were linked\n",
                s->capped_windows, s->capped_windows == 1 ? "" : "s");
}

#ifdef __GLIBC__
/* Malloc tuning for one short batch. Freed memory is kept for reuse
 * rather than giving arrays of 128 KB and more back to the system at
 * every free and growing them again page by page (Reuters run: 10,900 ->
 * 9,900 page faults; 8,000 synthetic documents: 19,700 -> 16,000).
 *
 * The main heap then grows once by HEAP_PAD, which is asked to be backed
 * by transparent huge pages (where the system leaves them to madvise(),
 * as Debian does): the corpus, the graph and their tables live there, and
 * a fault then maps 2 MB instead of 4 KB. Reuters at -j2: 5,500 -> 1,800
 * page faults, 4-6 ms of 90, peak RSS 38 -> 43 MB. The worker threads
 * keep their own arenas. */
#define HEAP_PAD ((size_t)64 << 20)
#define HUGE_PAGE ((uintptr_t)2 << 20)

static void tune_malloc(void)
{
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, (int)HEAP_PAD);
#ifdef MADV_HUGEPAGE
    /* a block larger than the heap's free top makes it grow now */
    char *lo = sbrk(0);
    void *p = malloc(256 << 10);
    char *hi = sbrk(0);
    uintptr_t from = ((uintptr_t)lo + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    if (p && lo != (char *)-1 && hi != (char *)-1 && (uintptr_t)hi > from)
        (void)madvise((void *)from, (uintptr_t)hi - from, MADV_HUGEPAGE);
    free(p);
#endif
}
#endif

/* Interrupted (Ctrl-C, kill, a closed terminal): the temporary files of
 * the outputs being written are removed, then the signal ends the process
 * as it would have. The signals are blocked in every thread and taken by
 * this one, so the removal may lock (see eg_writer_remove_temps()). */
static sigset_t fatal_signals;

static void *watch_signals(void *arg)
{
    (void)arg;
    int sig;
    if (sigwait(&fatal_signals, &sig) != 0)
        return NULL;
    eg_writer_remove_temps();
    signal(sig, SIG_DFL);
    sigset_t one;
    sigemptyset(&one);
    sigaddset(&one, sig);
    pthread_sigmask(SIG_UNBLOCK, &one, NULL);
    raise(sig);
    return NULL;
}

static void catch_fatal_signals(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    sigemptyset(&fatal_signals);
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old;
        /* a signal ignored from the start (nohup, a background job) stays
         * ignored */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
            sigaddset(&fatal_signals, sigs[i]);
    }
    /* before any other thread exists, so that they all inherit the mask */
    if (pthread_sigmask(SIG_BLOCK, &fatal_signals, NULL) != 0)
        return;
    pthread_t t;
    if (pthread_create(&t, NULL, watch_signals, NULL) != 0) {
        pthread_sigmask(SIG_UNBLOCK, &fatal_signals, NULL);
        return;
    }
    pthread_detach(t);
}

int main(int argc, char **argv)
{
    /* numbers are written in the C locale whatever the environment says */
    setlocale(LC_ALL, "C");
    /* past a file size limit (ulimit -f) a write fails with EFBIG and the
     * output is abandoned with a message; the default SIGXFSZ would kill
     * the program and leave the temporary file behind */
    signal(SIGXFSZ, SIG_IGN);
    catch_fatal_signals();
#ifdef __GLIBC__
    tune_malloc();
#endif
    eg_cli cli;
    eg_status st = {0};
    eg_error_t rc = eg_cli_parse(&cli, argc, argv, &st);
    if (rc != EG_OK) {
        fprintf(stderr, "entgraph: %s\n", st.message);
        fprintf(stderr, "Try 'entgraph --help' for more information.\n");
        eg_cli_finish(&cli);
        return eg_exit_status(rc);
    }
    if (cli.help) {
        eg_cli_usage(stdout);
        eg_cli_finish(&cli);
        return 0;
    }
    if (cli.version) {
        printf("entgraph %s\n", eg_version());
        eg_cli_finish(&cli);
        return 0;
    }
    if (cli.list_formats) {
        for (const eg_format *f = eg_formats(); f->name; f++) {
            printf("%-10s", f->name);
            for (const char *const *e = f->extensions; *e; e++)
                printf(" %s", *e);
            printf("  %s\n", f->description);
        }
        eg_cli_finish(&cli);
        return 0;
    }
    eg_network net;
    eg_network_init(&net);
    rc = eg_run(&cli.opt, &net, &st);
    double t_rank = 0;
    if (rc == EG_OK && cli.rank >= 0) {
        eg_rank_options ro = {(size_t)cli.rank, cli.rank_by,
                              cli.rank_format};
        clock_t t0 = clock();
        rc = eg_write_ranking(&net, &ro, "-", &st);
        t_rank = (double)(clock() - t0) / CLOCKS_PER_SEC;
    }
    if (rc != EG_OK)
        fprintf(stderr, "entgraph: %s\n", st.message);
    else if (!cli.opt.quiet)
        summary(&net, t_rank);
    eg_network_finish(&net);
    eg_cli_finish(&cli);
    return eg_exit_status(rc);
}
