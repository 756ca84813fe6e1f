/* libFuzzer harness: arbitrary bytes as one document through the text and
 * extraction stages (UTF-8 repair, line split, clean, segment, candidates,
 * resolution) and into co-occurrence (eg_corpus_add + eg_corpus_build).
 *
 * The candidate pattern's plain-ASCII matcher is also compared with PCRE2
 * on the whole input.
 *
 * A form feed splits the input into documents (at most 8), so that merging
 * across documents runs too. The window kind follows the input size so all
 * three get exercised without spending input bytes on options.
 *
 * Built with -Dfuzz=true (clang, -fsanitize=fuzzer,address,undefined) and,
 * always, linked with replay.c into a plain program that runs saved inputs
 * (tests/fuzz/corpus, tests/fuzz/regress) under `meson test`.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "extract/extract.h"
#include "graph/cooccur.h"
#include "text/utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Built once: the extractor is read-only after creation, and loading the
 * gazetteers costs far more than one small input. */
static eg_extractor *ex;
static eg_worker *worker;

static void setup(void)
{
    eg_status st = {0};
    if (eg_extractor_create(&ex, NULL, &st) != EG_OK ||
        eg_worker_create(&worker, ex, &st) != EG_OK) {
        fprintf(stderr, "fuzz_analyze: setup failed: %s\n", st.message);
        abort();
    }
}

/* The plain-ASCII run matcher gives PCRE2's match wherever it answers
 * (at every character start of the repaired text, to its end). */
static void compare_run_matchers(const char *text, size_t len)
{
    for (size_t pos = 0; pos < len; pos++) {
        if (((unsigned char)text[pos] & 0xC0) == 0x80)
            continue;
        size_t fs, fe, ps, pe;
        int fast = eg_extract_match_run(worker, text, len, pos, true, &fs, &fe);
        if (fast < 0)
            continue;
        int slow = eg_extract_match_run(worker, text, len, pos, false, &ps, &pe);
        if (fast != slow || (fast == 1 && (fs != ps || fe != pe))) {
            fprintf(stderr,
                    "fuzz_analyze: run at %zu: fast %d [%zu, %zu), PCRE2 "
                    "%d [%zu, %zu)\n",
                    pos, fast, fs, fe, slow, ps, pe);
            abort();
        }
    }
}

/* Analyses one document and adds it to the corpus. */
static eg_error_t add_document(eg_corpus *corpus, eg_analysis *an,
                               const uint8_t *data, size_t size,
                               size_t index, eg_status *st)
{
    char *text = malloc(size + 1);
    if (!text)
        return EG_ENOMEM;
    memcpy(text, data, size);
    text[size] = '\0';
    eg_doc doc = {0};
    doc.id = "fuzz";
    doc.text = text;
    doc.len = size;
    doc.index = index;
    doc.date = index % 2 ? "2024-01-02" : NULL;
    doc.repaired = eg_utf8_repair(text, size);
    compare_run_matchers(text, size);
    eg_error_t rc = eg_analyze(ex, worker, &doc, an, st);
    /* every mention lies inside the document, on a sentence that exists */
    for (size_t i = 0; rc == EG_OK && i < an->n_mentions; i++) {
        const eg_mention *m = &an->mentions[i];
        if (m->start >= m->end || m->end > size ||
            m->sentence >= an->seg.n_sentences ||
            m->entity >= an->n_entities) {
            fprintf(stderr, "fuzz_analyze: bad mention %zu\n", i);
            abort();
        }
    }
    if (rc == EG_OK)
        rc = eg_corpus_add(corpus, &doc, an, st);
    free(text);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ex)
        setup();
    eg_status st = {0};
    eg_analysis an;
    eg_analysis_init(&an);
    eg_corpus *corpus = NULL;
    eg_corpus_options co = {0};
    co.window = (eg_window_kind)(size % 3);
    co.keep_isolates = true;
    eg_network net;
    eg_network_init(&net);
    eg_error_t rc = eg_corpus_create(&corpus, &co, &st);
    size_t start = 0;
    for (size_t index = 0; rc == EG_OK && start <= size; index++) {
        const uint8_t *ff = index < 7 && start < size
                                ? memchr(data + start, '\f', size - start)
                                : NULL;
        size_t end = ff ? (size_t)(ff - data) : size;
        rc = add_document(corpus, &an, data + start, end - start, index, &st);
        start = end + 1;
    }
    if (rc == EG_OK)
        rc = eg_corpus_build(corpus, &net, &st);
    if (rc != EG_OK && rc != EG_EINPUT) {
        fprintf(stderr, "fuzz_analyze: unexpected error %d: %s\n", rc,
                st.message);
        abort();
    }
    eg_network_finish(&net);
    eg_corpus_destroy(corpus);
    eg_analysis_finish(&an);
    return 0;
}
