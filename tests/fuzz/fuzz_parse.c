/* libFuzzer harness for the file parsers: the first byte picks what the
 * rest is, written to a temporary file and read back the way the program
 * reads user files:
 *   0  a JSONL corpus (eg_source_create + eg_source_next to the end)
 *   1  the same with --skip-bad-lines
 *   2  an --alias file (eg_gazetteer_load_aliases)
 *   3  a --stoplist file (eg_gazetteer_load_stoplist)
 * Parse errors are fine (EG_EINPUT with a message); crashes, leaks, other
 * error codes or an empty message are not.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "extract/gazetteer.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

static void write_input(const uint8_t *data, size_t size)
{
    if (!path[0]) {
        const char *dir = getenv("TMPDIR");
        snprintf(path, sizeof path, "%.30s/eg-fuzz-XXXXXX.jsonl",
                 dir && *dir && strlen(dir) <= 30 ? dir : "/tmp");
        int fd = mkstemps(path, 6);
        if (fd < 0) {
            perror("fuzz_parse: mkstemps");
            abort();
        }
        close(fd);
    }
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        perror("fuzz_parse: write");
        abort();
    }
}

static void cleanup(void)
{
    if (path[0])
        unlink(path);
}

static void expect(eg_error_t rc, const eg_status *st)
{
    if (rc == EG_OK)
        return;
    if (rc != EG_EINPUT || !st->message[0]) {
        fprintf(stderr, "fuzz_parse: unexpected error %d: \"%s\"\n", rc,
                st->message);
        abort();
    }
}

static void parse_jsonl(bool skip)
{
    eg_ingest_options io = {.skip_bad_lines = skip, .quiet = true};
    const char *inputs[] = {path};
    eg_source *src = NULL;
    eg_status st = {0};
    eg_error_t rc = eg_source_create(&src, inputs, 1, &io, &st);
    for (size_t n = 0; rc == EG_OK; n++) {
        eg_doc doc;
        bool done;
        rc = eg_source_next(src, &doc, &done, &st);
        if (rc != EG_OK || done)
            break;
        /* the document is valid UTF-8 and NUL-free after repair */
        if (!doc.id || !doc.text || strlen(doc.text) != doc.len) {
            fprintf(stderr, "fuzz_parse: document %zu is not repaired\n", n);
            abort();
        }
    }
    expect(rc, &st);
    eg_source_destroy(src);
}

static eg_gazetteer *gz;
static unsigned gz_uses;

static void parse_user_list(bool aliases)
{
    eg_status st = {0};
    /* user entries accumulate in the gazetteer: start afresh now and then
     * so a long fuzzing run does not grow without bound */
    if (gz && ++gz_uses % 256 == 0) {
        eg_gazetteer_destroy(gz);
        gz = NULL;
    }
    if (!gz && eg_gazetteer_create(&gz, &st) != EG_OK) {
        fprintf(stderr, "fuzz_parse: %s\n", st.message);
        abort();
    }
    eg_error_t rc = aliases ? eg_gazetteer_load_aliases(gz, path, &st)
                            : eg_gazetteer_load_stoplist(gz, path, &st);
    expect(rc, &st);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bool registered;
    if (!registered) {
        atexit(cleanup);
        registered = true;
    }
    if (size == 0)
        return 0;
    write_input(data + 1, size - 1);
    switch (data[0] & 3) {
    case 0: parse_jsonl(false); break;
    case 1: parse_jsonl(true); break;
    case 2: parse_user_list(true); break;
    default: parse_user_list(false); break;
    }
    return 0;
}
