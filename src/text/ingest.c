/* Ingest: turns the command line's inputs into a stream of documents.
 *
 * Files and directories are listed up front (so a missing path fails before
 * any work) but read one document at a time: memory holds one document, not
 * the corpus. JSONL files stream line by line.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "core/buf.h"
#include "core/error.h"
#include "text/jsonl.h"
#include "text/utf8.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum item_kind { ITEM_TEXT, ITEM_JSONL, ITEM_STDIN };

typedef struct item {
    char *path;
    enum item_kind kind;
    size_t size;  /* bytes when listed (a hint for reading), 0: unknown */
    bool regular; /* a regular file when listed */
    bool sized;   /* ... and size is its size (stat() was asked) */
} item;

struct eg_source {
    eg_ingest_options opt;
    item *items;
    size_t n_items, cap_items;
    size_t cur;          /* next item to open */
    /* the open JSONL stream, if any */
    FILE *jsonl;
    const char *jsonl_path;
    size_t jsonl_line;
    bool jsonl_is_stdin;
    char *line;
    size_t line_cap;
    /* the current document's storage */
    eg_buf text;
    eg_buf strs;         /* id, title, date of a JSONL doc (fast reader) */
    json_t *json;        /* or these, when Jansson read the line */
    char id_buf[64];
    size_t index;
    uint64_t bytes;
};

/* Extensions read from directories. Files named on the command line are
 * read whatever their name. */
static const char *const text_exts[] = {
    ".txt", ".text", ".md", ".markdown", ".rst", ".jsonl", ".ndjson", NULL};

static bool has_ext(const char *path, const char *ext)
{
    size_t n = strlen(path), e = strlen(ext);
    if (n <= e)
        return false;
    const char *p = path + n - e;
    for (size_t i = 0; i < e; i++)
        if ((p[i] | 0x20) != (ext[i] | 0x20) && p[i] != ext[i])
            return false;
    return true;
}

static bool is_jsonl(const char *path)
{
    return has_ext(path, ".jsonl") || has_ext(path, ".ndjson");
}

static bool is_text_name(const char *name)
{
    for (size_t i = 0; text_exts[i]; i++)
        if (has_ext(name, text_exts[i]))
            return true;
    return false;
}

/* Adds path; sb is its stat(), or NULL: regular then says whether it
 * is a regular file (the directory listing's type), its size unknown. */
static eg_error_t add_item(eg_source *src, const char *path,
                           enum item_kind kind, const struct stat *sb,
                           bool regular, eg_status *st)
{
    if (!EG_GROW(src->items, src->cap_items, src->n_items + 1))
        return eg_fail_nomem(st);
    char *copy = strdup(path);
    if (!copy)
        return eg_fail_nomem(st);
    item *it = &src->items[src->n_items];
    it->path = copy;
    it->kind = kind;
    it->regular = sb ? S_ISREG(sb->st_mode) : regular;
    it->sized = sb && it->regular;
    it->size = it->sized ? (size_t)sb->st_size : 0;
    src->n_items++;
    return EG_OK;
}

/* A directory entry: its name and the type readdir() gave. */
typedef struct dir_entry {
    char *name;
    unsigned char type;
} dir_entry;

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const dir_entry *)a)->name, ((const dir_entry *)b)->name);
}

/* Path order with '/' before every other byte: the order of a sorted
 * walk ("dir/x" before "dir.txt"), so sorting the whole list keeps each
 * directory's files in the order walk_dir lists them. */
static int cmp_item(const void *a, const void *b)
{
    const unsigned char *x = (const unsigned char *)((const item *)a)->path;
    const unsigned char *y = (const unsigned char *)((const item *)b)->path;
    for (; *x && *x == *y; x++, y++)
        ;
    int cx = *x == '/' ? 1 : *x ? *x + 1 : 0;
    int cy = *y == '/' ? 1 : *y ? *y + 1 : 0;
    return (cx > cy) - (cx < cy);
}

/* Adds the text-like files under dir, sorted by name at every level so
 * the order does not depend on the file system. */
static eg_error_t walk_dir(eg_source *src, const char *dir, int depth,
                           eg_status *st)
{
    if (depth > 64)
        return eg_fail(st, EG_EINPUT, "%s: directories nested too deeply "
                       "(a symbolic link loop?)", dir);
    DIR *d = opendir(dir);
    if (!d)
        return eg_fail(st, EG_EINPUT, "%s: cannot open directory: %s", dir,
                       strerror(errno));
    dir_entry *names = NULL;
    size_t n = 0, cap = 0;
    eg_error_t rc = EG_OK;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue; /* ., .., hidden files and folders */
        if (!EG_GROW(names, cap, n + 1) ||
            !(names[n].name = strdup(de->d_name))) {
            rc = eg_fail_nomem(st);
            break;
        }
        names[n++].type = de->d_type;
    }
    closedir(d);
    if (rc == EG_OK && n > 1) /* names is NULL in an empty directory */
        qsort(names, n, sizeof *names, cmp_entry);
    eg_buf path;
    eg_buf_init(&path);
    for (size_t i = 0; i < n && rc == EG_OK; i++) {
        eg_buf_clear(&path);
        size_t dl = strlen(dir);
        const char *name = names[i].name;
        if (!eg_buf_append(&path, dir, dl) ||
            (dl && dir[dl - 1] != '/' && !eg_buf_putc(&path, '/')) ||
            !eg_buf_puts(&path, name)) {
            rc = eg_fail_nomem(st);
            break;
        }
        enum item_kind kind = is_jsonl(name) ? ITEM_JSONL : ITEM_TEXT;
        /* the listing's type spares a stat() of every file (links and
         * file systems that give no type are asked) */
        if (names[i].type == DT_DIR) {
            rc = walk_dir(src, path.data, depth + 1, st);
            continue;
        }
        if (names[i].type == DT_REG) {
            if (is_text_name(name))
                rc = add_item(src, path.data, kind, NULL, true, st);
            continue;
        }
        struct stat sb;
        if (stat(path.data, &sb) != 0)
            continue; /* dangling link: nothing to read */
        if (S_ISDIR(sb.st_mode))
            rc = walk_dir(src, path.data, depth + 1, st);
        else if (S_ISREG(sb.st_mode) && is_text_name(name))
            rc = add_item(src, path.data, kind, &sb, true, st);
    }
    eg_buf_finish(&path);
    for (size_t i = 0; i < n; i++)
        free(names[i].name);
    free(names);
    return rc;
}

eg_error_t eg_source_create(eg_source **out, const char *const *inputs,
                            size_t n_inputs, const eg_ingest_options *opt,
                            eg_status *st)
{
    *out = NULL;
    eg_source *src = calloc(1, sizeof *src);
    if (!src)
        return eg_fail_nomem(st);
    if (opt)
        src->opt = *opt;
    eg_buf_init(&src->text);
    eg_buf_init(&src->strs);
    eg_error_t rc = EG_OK;
    for (size_t i = 0; i < n_inputs && rc == EG_OK; i++) {
        const char *in = inputs[i];
        if (strcmp(in, "-") == 0) {
            rc = add_item(src, "-", ITEM_STDIN, NULL, false, st);
            continue;
        }
        struct stat sb;
        if (stat(in, &sb) != 0) {
            rc = eg_fail(st, EG_EINPUT, "%s: %s", in, strerror(errno));
        } else if (S_ISDIR(sb.st_mode)) {
            size_t before = src->n_items;
            rc = walk_dir(src, in, 0, st);
            if (rc == EG_OK && src->n_items == before)
                rc = eg_fail(st, EG_EINPUT,
                             "%s: no text files in this directory (looked "
                             "for .txt, .text, .md, .markdown, .rst, .jsonl "
                             "and .ndjson)", in);
        } else {
            rc = add_item(src, in, is_jsonl(in) ? ITEM_JSONL : ITEM_TEXT, &sb,
                          false, st);
        }
    }
    if (rc != EG_OK) {
        eg_source_destroy(src);
        return rc;
    }
    /* read in path order whatever the order on the command line, so
     * "entgraph b a" and "entgraph a b" write the same bytes (evidence,
     * labels and tie-breaks follow reading order) */
    if (src->n_items > 1)
        qsort(src->items, src->n_items, sizeof *src->items, cmp_item);
    *out = src;
    return EG_OK;
}

void eg_source_destroy(eg_source *src)
{
    if (!src)
        return;
    for (size_t i = 0; i < src->n_items; i++)
        free(src->items[i].path);
    free(src->items);
    if (src->jsonl && !src->jsonl_is_stdin)
        fclose(src->jsonl);
    free(src->line);
    eg_buf_finish(&src->text);
    eg_buf_finish(&src->strs);
    json_decref(src->json);
    free(src);
}

uint64_t eg_source_bytes(const eg_source *src)
{
    return src->bytes;
}

/* (the sizes a stat() gave when listing, and a stat() of the files the
 * directory listings typed: this is asked only for the progress line) */
uint64_t eg_source_total_bytes(const eg_source *src)
{
    uint64_t total = 0;
    for (size_t i = 0; i < src->n_items; i++) {
        const item *it = &src->items[i];
        struct stat sb;
        if (!it->regular)
            return 0;
        if (it->sized)
            total += it->size;
        else if (stat(it->path, &sb) == 0 && S_ISREG(sb.st_mode))
            total += (uint64_t)sb.st_size;
        else
            return 0;
    }
    return total;
}


/* True when the start of the buffer looks binary: a NUL byte within the
 * first 8 KiB. */
static bool looks_binary(const char *s, size_t len)
{
    return memchr(s, '\0', len < 8192 ? len : 8192) != NULL;
}

static void finish_doc(eg_source *src, eg_doc *doc, const char *id)
{
    doc->id = id;
    doc->text = src->text.data ? src->text.data : "";
    doc->len = src->text.len;
    doc->repaired = eg_utf8_repair(src->text.data ? src->text.data : NULL,
                                   src->text.len);
    if (doc->repaired && !src->opt.quiet)
        eg_warn("%s: %zu invalid UTF-8 byte%s replaced by '?'", id,
                doc->repaired, doc->repaired == 1 ? "" : "s");
    doc->index = src->index++;
    src->bytes += doc->len;
}

static eg_error_t open_text(eg_source *src, const item *it, eg_doc *doc,
                            bool *skipped, eg_status *st)
{
    *skipped = false;
    int fd = open(it->path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return eg_fail(st, EG_EINPUT, "%s: cannot open: %s", it->path,
                       strerror(errno));
    eg_buf_clear(&src->text);
    eg_error_t rc =
        eg_buf_read_fd(&src->text, fd, it->size, it->regular, it->path, st);
    close(fd);
    if (rc != EG_OK)
        return rc;
    if (looks_binary(src->text.data ? src->text.data : "", src->text.len)) {
        if (!src->opt.quiet)
            eg_warn("%s: looks like a binary file (NUL bytes), skipped",
                    it->path);
        *skipped = true;
        return EG_OK;
    }
    memset(doc, 0, sizeof *doc);
    finish_doc(src, doc, it->path);
    return EG_OK;
}

/* The document's id when the line gives none: FILE:LINE. */
static const char *line_id(eg_source *src)
{
    const char *path = src->jsonl_path;
    snprintf(src->id_buf, sizeof src->id_buf, "%.40s:%zu",
             strrchr(path, '/') ? strrchr(path, '/') + 1 : path,
             src->jsonl_line);
    return src->id_buf;
}

/* Keeps only ISO dates: YYYY-MM-DD at the start. */
static void set_date(eg_source *src, eg_doc *doc, const char *d)
{
    bool iso = strlen(d) >= 10;
    for (int i = 0; iso && i < 10; i++)
        iso = (i == 4 || i == 7) ? d[i] == '-' : (d[i] >= '0' && d[i] <= '9');
    if (iso)
        doc->date = d;
    else if (!src->opt.quiet)
        eg_warn("%s:%zu: date \"%.40s\" is not YYYY-MM-DD, ignored",
                src->jsonl_path, src->jsonl_line, d);
}

/* Parses one JSONL line into *doc. Returns EG_EINPUT with the file and
 * line number when the line is not a usable document. */
static eg_error_t parse_jsonl_line(eg_source *src, const char *line,
                                   size_t len, eg_doc *doc, eg_status *st)
{
    json_decref(src->json);
    src->json = NULL;
    /* the usual line: an object of strings, read without Jansson */
    eg_jsonl_doc fast = {.text = &src->text, .strs = &src->strs};
    if (eg_jsonl_fast(line, len, &fast)) {
        memset(doc, 0, sizeof *doc);
        const char *strs = src->strs.data;
        const char *idstr = fast.id != EG_JSONL_NONE && fast.id_len > 0
                                ? strs + fast.id
                                : line_id(src);
        if (fast.title != EG_JSONL_NONE)
            doc->title = strs + fast.title;
        if (fast.date != EG_JSONL_NONE)
            set_date(src, doc, strs + fast.date);
        finish_doc(src, doc, idstr);
        return EG_OK;
    }
    json_error_t jerr;
    src->json = json_loadb(line, len, JSON_ALLOW_NUL, &jerr);
    const char *path = src->jsonl_path;
    size_t ln = src->jsonl_line;
    if (!src->json)
        return eg_fail(st, EG_EINPUT, "%s:%zu: malformed JSON: %s", path, ln,
                       jerr.text);
    if (!json_is_object(src->json))
        return eg_fail(st, EG_EINPUT, "%s:%zu: expected a JSON object", path,
                       ln);
    json_t *text = json_object_get(src->json, "text");
    if (!json_is_string(text))
        return eg_fail(st, EG_EINPUT, "%s:%zu: no \"text\" string in this "
                       "object", path, ln);
    memset(doc, 0, sizeof *doc);
    eg_buf_clear(&src->text);
    if (!eg_buf_append(&src->text, json_string_value(text),
                       json_string_length(text)))
        return eg_fail_nomem(st);
    json_t *id = json_object_get(src->json, "id");
    const char *idstr;
    if (json_is_string(id) && json_string_length(id) > 0) {
        idstr = json_string_value(id);
    } else if (json_is_integer(id)) {
        snprintf(src->id_buf, sizeof src->id_buf, "%lld",
                 (long long)json_integer_value(id));
        idstr = src->id_buf;
    } else {
        idstr = line_id(src);
    }
    json_t *title = json_object_get(src->json, "title");
    json_t *date = json_object_get(src->json, "date");
    if (json_is_string(title))
        doc->title = json_string_value(title);
    if (json_is_string(date))
        set_date(src, doc, json_string_value(date));
    finish_doc(src, doc, idstr);
    return EG_OK;
}

static void close_jsonl(eg_source *src)
{
    if (src->jsonl && !src->jsonl_is_stdin)
        fclose(src->jsonl);
    src->jsonl = NULL;
}

/* Next document from the open JSONL stream; *got is false at its end. */
static eg_error_t next_jsonl(eg_source *src, eg_doc *doc, bool *got,
                             eg_status *st)
{
    *got = false;
    for (;;) {
        errno = 0;
        ssize_t n = getline(&src->line, &src->line_cap, src->jsonl);
        if (n < 0) {
            eg_error_t rc = EG_OK;
            if (ferror(src->jsonl))
                rc = eg_fail(st, EG_EINPUT, "%s: read error: %s",
                             src->jsonl_path, strerror(errno));
            close_jsonl(src);
            return rc;
        }
        src->jsonl_line++;
        size_t len = (size_t)n;
        while (len && (src->line[len - 1] == '\n' || src->line[len - 1] == '\r'
                       || src->line[len - 1] == ' ' || src->line[len - 1] == '\t'))
            len--;
        size_t lead = 0;
        while (lead < len && (src->line[lead] == ' ' || src->line[lead] == '\t'))
            lead++;
        if (lead == len)
            continue; /* blank line */
        eg_error_t rc = parse_jsonl_line(src, src->line + lead, len - lead,
                                         doc, st);
        if (rc == EG_EINPUT && src->opt.skip_bad_lines) {
            if (!src->opt.quiet)
                eg_warn("%s (line skipped)", st ? st->message : "bad line");
            eg_status_clear(st);
            continue;
        }
        if (rc == EG_OK)
            *got = true;
        return rc;
    }
}

/* Opens stdin: JSONL when its first non-blank byte is '{', plain text
 * otherwise (read whole; the document is "-"). */
static eg_error_t open_stdin(eg_source *src, eg_doc *doc, bool *is_jsonl,
                             eg_status *st)
{
    eg_buf_clear(&src->text);
    int c;
    while ((c = getc(stdin)) != EOF && (c == ' ' || c == '\t' || c == '\n' ||
                                       c == '\r')) {
        if (!eg_buf_putc(&src->text, (char)c))
            return eg_fail_nomem(st);
    }
    if (c == '{') {
        ungetc(c, stdin);
        *is_jsonl = true;
        src->jsonl = stdin;
        src->jsonl_is_stdin = true;
        src->jsonl_path = "<stdin>";
        /* count the blank lines skipped so line numbers stay right */
        src->jsonl_line = 0;
        for (size_t i = 0; i < src->text.len; i++)
            src->jsonl_line += src->text.data[i] == '\n';
        return EG_OK;
    }
    *is_jsonl = false;
    if (c != EOF) {
        if (!eg_buf_putc(&src->text, (char)c))
            return eg_fail_nomem(st);
        eg_error_t rc = eg_buf_read_stream(&src->text, stdin, "<stdin>", st);
        if (rc != EG_OK)
            return rc;
    } else if (ferror(stdin)) {
        return eg_fail(st, EG_EINPUT, "<stdin>: read error: %s",
                       strerror(errno));
    }
    memset(doc, 0, sizeof *doc);
    finish_doc(src, doc, "-");
    return EG_OK;
}

eg_error_t eg_source_next(eg_source *src, eg_doc *doc, bool *done,
                          eg_status *st)
{
    *done = false;
    for (;;) {
        if (src->jsonl) {
            bool got;
            EG_CHECK(next_jsonl(src, doc, &got, st));
            if (got)
                return EG_OK;
            continue;
        }
        if (src->cur >= src->n_items) {
            *done = true;
            return EG_OK;
        }
        const item *it = &src->items[src->cur++];
        if (it->kind == ITEM_STDIN) {
            bool jsonl;
            EG_CHECK(open_stdin(src, doc, &jsonl, st));
            if (!jsonl)
                return EG_OK;
        } else if (it->kind == ITEM_JSONL) {
            FILE *f = fopen(it->path, "rb");
            if (!f)
                return eg_fail(st, EG_EINPUT, "%s: cannot open: %s", it->path,
                               strerror(errno));
            src->jsonl = f;
            src->jsonl_is_stdin = false;
            src->jsonl_path = it->path;
            src->jsonl_line = 0;
        } else {
            bool skipped;
            EG_CHECK(open_text(src, it, doc, &skipped, st));
            if (!skipped)
                return EG_OK;
        }
    }
}
