/* Corpus-wide entities and co-occurrence counts.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "graph/cooccur.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/hashmap.h"
#include "core/intern.h"
#include "core/sort.h"
#include "core/wordlist.h"
#include "data/data.h"
#include "text/normalize.h"
#include "text/utf8.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Longest evidence sentence kept on an edge, in bytes. */
#define EVIDENCE_MAX 400

/* Window records kept in memory before a temporary file takes them
 * (spool_window()). */
#define SPOOL_MEMORY ((size_t)8 << 20)

typedef struct gent {
    const char *key, *first_key, *last_key;
    float votes[EG_TYPE_COUNT];
    long mentions;
    const char *first, *last;  /* dates */
    bool partial_only;
    bool acronym;              /* seen only as an acronym */
    bool short_form;           /* joined to a full name as its short form
                                  ("Bardella", "Le Pen"): no label */
    bool given_first;          /* opened by a given name in some document */
    const char *canonical;     /* --alias name, used as label */
    const char *core_key;      /* eg_doc_entity.core_key and core_place, */
    const char *core_place;    /* or NULL */
    bool core_anywhere;        /* eg_doc_entity.core_anywhere */
    uint32_t rep;              /* union-find parent */
    int32_t node;              /* node index after build, -1 when dropped */
    const char *node_id;       /* its id, kept for --mentions after the
                                  graph filters renumber the nodes */
    eg_type node_type;
} gent;

typedef struct surface {
    uint32_t gid, sid;         /* entity, interned surface */
    uint32_t count;
    bool partial;
} surface;

/* A mention placed on the document's token sequence (token windows). */
typedef struct tokpos {
    uint32_t pos, start, sentence, gid;
} tokpos;

/* A pair of entities named in one window: its evidence and dates. Its
 * counts come later, from the window spool (count_windows()). */
typedef struct pair {
    uint32_t a, b;             /* gids, a < b */
    char *evidence;            /* in the corpus arena, then the network's */
    const char *first, *last;
} pair;

struct eg_corpus {
    eg_corpus_options opt;
    eg_arena arena;
    eg_strmap gmap;            /* key -> gid */
    gent *gents;
    size_t n_gents, cap_gents;
    eg_intern surfaces_in;     /* surface strings */
    eg_intern dates;
    eg_u64map smap;            /* gid << 32 | sid -> surface index */
    surface *surfaces;
    size_t n_surfaces, cap_surfaces;
    eg_u64map pmap;            /* a << 32 | b -> pair index */
    pair *pairs;
    size_t n_pairs, cap_pairs;
    uint32_t *doc_gid;         /* per document entity: its gid */
    size_t cap_doc_gid;
    uint32_t *window;          /* gids of the current window */
    size_t n_window, cap_window;
    tokpos *tp;                /* token windows: the document's mentions */
    size_t cap_tp;
    eg_buf buf;
    char *ev;                  /* evidence of the last window ... */
    size_t ev_doc, ev_ws, ev_we; /* ... document index + 1, byte span */
    eg_stats stats;
    int spool_err;             /* errno of a failed write to the spool */
    eg_buf wins;               /* window spool: records not yet written */
    FILE *wins_file;           /* the earlier records, or NULL */
    int wins_err;              /* errno of a failed write to wins_file */
};

eg_error_t eg_corpus_create(eg_corpus **out, const eg_corpus_options *opt,
                            eg_status *st)
{
    eg_corpus *c = calloc(1, sizeof *c);
    if (!c)
        return eg_fail_nomem(st);
    c->opt = *opt;
    if (!c->opt.window_cap)
        c->opt.window_cap = EG_WINDOW_CAP;
    if (!c->opt.spool_memory)
        c->opt.spool_memory = SPOOL_MEMORY;
    eg_arena_init(&c->arena, 256 * 1024);
    eg_strmap_init(&c->gmap);
    eg_intern_init(&c->surfaces_in);
    eg_intern_init(&c->dates);
    eg_u64map_init(&c->smap);
    eg_u64map_init(&c->pmap);
    eg_buf_init(&c->buf);
    eg_buf_init(&c->wins);
    *out = c;
    return EG_OK;
}

void eg_corpus_destroy(eg_corpus *c)
{
    if (!c)
        return;
    eg_arena_finish(&c->arena);
    eg_strmap_finish(&c->gmap);
    eg_intern_finish(&c->surfaces_in);
    eg_intern_finish(&c->dates);
    eg_u64map_finish(&c->smap);
    eg_u64map_finish(&c->pmap);
    free(c->gents);
    free(c->surfaces);
    free(c->pairs);
    free(c->doc_gid);
    free(c->window);
    free(c->tp);
    eg_buf_finish(&c->buf);
    eg_buf_finish(&c->wins);
    if (c->wins_file)
        fclose(c->wins_file);
    free(c);
}

/* A copy of s in the arena a (NULL stays NULL). */
static char *arena_dup(eg_arena *a, const char *s)
{
    return s ? eg_arena_strdup(a, s) : NULL;
}

static void widen_dates(const char **first, const char **last,
                        const char *date)
{
    /* dates are interned: the same date is mostly the same pointer */
    if (!date || (date == *first && date == *last))
        return;
    if (!*first || strcmp(date, *first) < 0)
        *first = date;
    if (!*last || strcmp(date, *last) > 0)
        *last = date;
}

/* gid of a document entity, created when new. */
static eg_error_t gid_for(eg_corpus *c, const eg_doc_entity *e, uint32_t *gid)
{
    size_t klen = strlen(e->key);
    if (eg_strmap_get(&c->gmap, e->key, klen, gid))
        return EG_OK;
    if (!EG_GROW(c->gents, c->cap_gents, c->n_gents + 1))
        return EG_ENOMEM;
    gent *g = &c->gents[c->n_gents];
    memset(g, 0, sizeof *g);
    g->key = arena_dup(&c->arena, e->key);
    g->first_key = arena_dup(&c->arena, e->first_key);
    g->last_key = arena_dup(&c->arena, e->last_key);
    if (!g->key || (e->first_key && !g->first_key) ||
        (e->last_key && !g->last_key))
        return EG_ENOMEM;
    g->partial_only = true;
    g->acronym = true;
    g->rep = (uint32_t)c->n_gents;
    *gid = (uint32_t)c->n_gents;
    bool found;
    if (!eg_strmap_put(&c->gmap, g->key, klen, gid, &found))
        return EG_ENOMEM;
    c->n_gents++;
    return EG_OK;
}

static eg_error_t count_surface(eg_corpus *c, uint32_t gid, const char *s,
                                size_t len, bool partial)
{
    eg_buf_clear(&c->buf);
    if (!eg_surface_clean(s, len, &c->buf))
        return EG_ENOMEM;
    uint32_t sid;
    if (!eg_intern_add(&c->surfaces_in, c->buf.data ? c->buf.data : "",
                       c->buf.len, &sid, NULL))
        return EG_ENOMEM;
    uint32_t idx = (uint32_t)c->n_surfaces;
    bool found;
    if (!eg_u64map_put(&c->smap, (uint64_t)gid << 32 | sid, &idx, &found))
        return EG_ENOMEM;
    if (!found) {
        if (!EG_GROW(c->surfaces, c->cap_surfaces, c->n_surfaces + 1))
            return EG_ENOMEM;
        c->surfaces[c->n_surfaces++] = (surface){gid, sid, 0, partial};
    }
    surface *sf = &c->surfaces[idx];
    sf->count++;
    sf->partial = sf->partial && partial;
    return EG_OK;
}

/* Evidence: the window's text with white space collapsed, cut at a
 * character boundary. */
static char *make_evidence(eg_corpus *c, const char *s, size_t len)
{
    /* only the start of a long window can be kept: clean no more than a
     * bounded prefix (cut at a character boundary), so a run-on sentence
     * costs the same as a short one */
    bool cut = false;
    if (len > 4 * EVIDENCE_MAX) {
        len = 4 * EVIDENCE_MAX;
        while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--;
        cut = true;
    }
    eg_buf_clear(&c->buf);
    if (!eg_surface_clean(s, len, &c->buf))
        return NULL;
    size_t n = c->buf.len;
    if (n > EVIDENCE_MAX || cut) {
        if (n > EVIDENCE_MAX)
            n = EVIDENCE_MAX;
        while (n > 0 && ((unsigned char)c->buf.data[n] & 0xC0) == 0x80)
            n--;
        c->buf.len = n;
        c->buf.data[n] = '\0';
        if (!eg_buf_puts(&c->buf, "…"))
            return NULL;
    }
    return eg_arena_strndup(&c->arena, c->buf.data, c->buf.len);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* One more window in which entities a and b both appear. */
static eg_error_t count_pair(eg_corpus *c, uint32_t a, uint32_t b,
                             const eg_doc *doc, const char *date, size_t ws,
                             size_t we)
{
    if (a > b) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    uint32_t idx = (uint32_t)c->n_pairs;
    bool found;
    if (!eg_u64map_put(&c->pmap, (uint64_t)a << 32 | b, &idx, &found))
        return EG_ENOMEM;
    if (!found) {
        if (!EG_GROW(c->pairs, c->cap_pairs, c->n_pairs + 1))
            return EG_ENOMEM;
        pair *p = &c->pairs[c->n_pairs++];
        memset(p, 0, sizeof *p);
        p->a = a;
        p->b = b;
        /* one evidence string per window, shared by its new pairs: a
         * window naming 200 entities makes 19 900 of them */
        if (!c->ev || c->ev_doc != doc->index + 1 || c->ev_ws != ws ||
            c->ev_we != we) {
            c->ev = make_evidence(c, doc->text + ws, we - ws);
            if (!c->ev)
                return EG_ENOMEM;
            c->ev_doc = doc->index + 1;
            c->ev_ws = ws;
            c->ev_we = we;
        }
        p->evidence = c->ev;
    }
    pair *p = &c->pairs[idx];
    widen_dates(&p->first, &p->last, date);
    return EG_OK;
}

/* Sorts v[0..n) and drops repeats; returns how many are left. */
static size_t sort_distinct(uint32_t *v, size_t n)
{
    /* most windows hold a few names: insertion sort, no qsort() call */
    if (n > 16)
        qsort(v, n, sizeof *v, cmp_u32);
    else
        for (size_t i = 1; i < n; i++) {
            uint32_t x = v[i];
            size_t j = i;
            for (; j > 0 && v[j - 1] > x; j--)
                v[j] = v[j - 1];
            v[j] = x;
        }
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (k == 0 || v[k - 1] != v[i])
            v[k++] = v[i];
    return k;
}

/* Sorts and de-duplicates the gids of the current window. Returns the
 * number of distinct gids. */
static size_t settle_window(eg_corpus *c)
{
    return sort_distinct(c->window, c->n_window);
}

/* The window spool. Entities the corpus merges only at the end ("Gaza"
 * and "Gaza Strip") may share a window or a document; counting as the
 * documents arrive would count that window and that document twice. So
 * every window's gids are kept and counted by build() once the merges
 * are known (count_windows()): in memory up to opt.spool_memory bytes
 * (SPOOL_MEMORY), then in a temporary file, so memory does not grow with
 * the corpus.
 * A record: the document's index, the anchor's gid (token windows) or
 * UINT32_MAX, the number of gids, then the gids, sorted and distinct,
 * all uint32_t. */

/* Moves the records in memory to the file. */
static eg_error_t spill_windows(eg_corpus *c)
{
    if (c->wins.len == 0)
        return EG_OK;
    errno = 0;
    if (!c->wins_file && !(c->wins_file = tmpfile())) {
        c->wins_err = errno ? errno : EIO;
        return EG_EOUTPUT;
    }
    if (fwrite(c->wins.data, 1, c->wins.len, c->wins_file) != c->wins.len) {
        c->wins_err = errno ? errno : EIO;
        return EG_EOUTPUT;
    }
    eg_buf_clear(&c->wins);
    return EG_OK;
}

static eg_error_t spool_window(eg_corpus *c, const eg_doc *doc,
                               uint32_t anchor, const uint32_t *gid, size_t n)
{
    uint32_t head[3] = {(uint32_t)doc->index, anchor, (uint32_t)n};
    if (!eg_buf_append(&c->wins, (const char *)head, sizeof head) ||
        !eg_buf_append(&c->wins, (const char *)gid, n * sizeof *gid))
        return EG_ENOMEM;
    return c->wins.len >= c->opt.spool_memory ? spill_windows(c) : EG_OK;
}

static eg_error_t flush_window(eg_corpus *c, const eg_doc *doc,
                               const char *date, size_t ws, size_t we)
{
    size_t n = settle_window(c);
    c->n_window = 0;
    if (n == 0)
        return EG_OK;
    EG_CHECK(spool_window(c, doc, UINT32_MAX, c->window, n));
    if (n > c->opt.window_cap) {
        n = c->opt.window_cap;
        c->stats.capped_windows++;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            EG_CHECK(count_pair(c, c->window[i], c->window[j], doc, date, ws,
                                we));
    return EG_OK;
}

/* Index of the first token of the mention starting at byte start in
 * sentence s (tokens are in text order). */
static uint32_t token_of(const eg_segmentation *seg, const eg_sentence *s,
                         uint32_t start)
{
    size_t lo = s->first_token, hi = (size_t)s->first_token + s->n_tokens;
    if (hi > seg->n_tokens)
        hi = seg->n_tokens;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (seg->tokens[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (uint32_t)lo;
}

static int cmp_tokpos(const void *a, const void *b)
{
    const tokpos *x = a, *y = b;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    return (x->start > y->start) - (x->start < y->start);
}

/* Sliding token windows (see cooccur.h): one window per mention, holding
 * the mentions at most N tokens before it; pairs only with the anchor. */
static eg_error_t token_windows(eg_corpus *c, const eg_doc *doc,
                                const char *date, const eg_analysis *an)
{
    const eg_segmentation *seg = &an->seg;
    size_t n = an->n_mentions;
    if (!EG_GROW(c->tp, c->cap_tp, n + 1))
        return EG_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        const eg_mention *m = &an->mentions[i];
        const eg_sentence *s = &seg->sentences[m->sentence];
        c->tp[i] = (tokpos){token_of(seg, s, m->start), m->start,
                            m->sentence, c->doc_gid[m->entity]};
    }
    qsort(c->tp, n, sizeof *c->tp, cmp_tokpos);
    uint32_t span = c->opt.window_tokens;
    for (size_t k = 0; k < n; k++) {
        const tokpos *anchor = &c->tp[k];
        size_t first = k;
        c->n_window = 0;
        if (!EG_GROW(c->window, c->cap_window, 1))
            return EG_ENOMEM;
        c->window[c->n_window++] = anchor->gid;
        while (first > 0 && anchor->pos - c->tp[first - 1].pos <= span) {
            first--;
            if (!EG_GROW(c->window, c->cap_window, c->n_window + 1))
                return EG_ENOMEM;
            c->window[c->n_window++] = c->tp[first].gid;
        }
        c->stats.windows++;
        size_t nw = settle_window(c);
        c->n_window = 0;
        EG_CHECK(spool_window(c, doc, anchor->gid, c->window, nw));
        if (nw > c->opt.window_cap) {
            nw = c->opt.window_cap;
            c->stats.capped_windows++;
        }
        /* evidence: from the sentence of the window's first mention to the
         * end of the anchor's sentence */
        size_t ws = seg->sentences[c->tp[first].sentence].start;
        size_t we = seg->sentences[anchor->sentence].end;
        for (size_t i = 0; i < nw; i++)
            if (c->window[i] != anchor->gid)
                EG_CHECK(count_pair(c, anchor->gid, c->window[i], doc, date,
                                    ws, we));
    }
    return EG_OK;
}

static eg_error_t spool_mention(eg_corpus *c, const eg_doc *doc,
                                const eg_mention *m, uint32_t gid)
{
    eg_buf *b = &c->buf;
    eg_buf_clear(b);
    if (!eg_buf_printf(b, "%u\t{\"doc\":", gid) ||
        !eg_buf_json_string(b, doc->id, strlen(doc->id)) ||
        !eg_buf_printf(b, ",\"start\":%u,\"end\":%u,\"text\":", m->start,
                       m->end) ||
        !eg_buf_json_string(b, doc->text + m->start, m->end - m->start) ||
        !eg_buf_putc(b, '\n'))
        return EG_ENOMEM;
    if (fwrite(b->data, 1, b->len, c->opt.mentions) != b->len) {
        c->spool_err = errno ? errno : EIO;
        return EG_EOUTPUT;
    }
    return EG_OK;
}

static eg_error_t add_doc(eg_corpus *c, const eg_doc *doc,
                          const eg_analysis *an)
{
    const char *date = NULL;
    if (doc->date) {
        uint32_t id;
        if (!eg_intern_add(&c->dates, doc->date, strlen(doc->date), &id, NULL))
            return EG_ENOMEM;
        date = eg_intern_str(&c->dates, id);
    }
    if (!EG_GROW(c->doc_gid, c->cap_doc_gid, an->n_entities + 1))
        return EG_ENOMEM;
    /* an entity whose mentions all went to another (the town "Arafat"
     * that named Yasser Arafat) is not in the document: it would count a
     * document for its key and nothing else. Entities with a mention are
     * marked first. */
    for (size_t i = 0; i < an->n_entities; i++)
        c->doc_gid[i] = UINT32_MAX;
    for (size_t i = 0; i < an->n_mentions; i++)
        c->doc_gid[an->mentions[i].entity] = 0;
    for (size_t i = 0; i < an->n_entities; i++) {
        const eg_doc_entity *e = &an->entities[i];
        if (c->doc_gid[i] == UINT32_MAX)
            continue;
        uint32_t gid;
        EG_CHECK(gid_for(c, e, &gid));
        c->doc_gid[i] = gid;
        gent *g = &c->gents[gid];
        for (int t = 0; t < EG_TYPE_COUNT; t++)
            g->votes[t] += e->votes[t];
        g->partial_only = g->partial_only && e->partial_only;
        g->acronym = g->acronym && e->acronym;
        g->given_first = g->given_first || e->given_first;
        if (e->canonical && !g->canonical) {
            g->canonical = arena_dup(&c->arena, e->canonical);
            if (!g->canonical)
                return EG_ENOMEM;
        }
        if (e->core_key && !g->core_key) {
            g->core_key = arena_dup(&c->arena, e->core_key);
            g->core_place = arena_dup(&c->arena, e->core_place);
            g->core_anywhere = e->core_anywhere;
            if (!g->core_key || !g->core_place)
                return EG_ENOMEM;
        }
        widen_dates(&g->first, &g->last, date);
    }
    const eg_segmentation *seg = &an->seg;
    bool tokens = c->opt.window == EG_WINDOW_TOKENS;
    switch (c->opt.window) {
    case EG_WINDOW_PARAGRAPH: c->stats.windows += seg->n_paragraphs; break;
    case EG_WINDOW_DOCUMENT: c->stats.windows += 1; break;
    case EG_WINDOW_TOKENS: break; /* one per mention, counted there */
    default: c->stats.windows += seg->n_sentences;
    }
    long win = -1;
    size_t ws = 0, we = 0;
    for (size_t i = 0; i < an->n_mentions; i++) {
        const eg_mention *m = &an->mentions[i];
        uint32_t gid = c->doc_gid[m->entity];
        gent *g = &c->gents[gid];
        g->mentions++;
        EG_CHECK(count_surface(c, gid, doc->text + m->start, m->end - m->start,
                               m->partial));
        if (c->opt.mentions)
            EG_CHECK(spool_mention(c, doc, m, gid));
        if (tokens)
            continue;

        const eg_sentence *s = &seg->sentences[m->sentence];
        long w;
        size_t s_start = s->start, s_end = s->end;
        switch (c->opt.window) {
        case EG_WINDOW_PARAGRAPH:
            w = (long)s->paragraph;
            break;
        case EG_WINDOW_DOCUMENT:
            w = 0;
            s_start = 0;
            s_end = 0;
            break;
        default:
            w = (long)m->sentence;
        }
        if (w != win) {
            EG_CHECK(flush_window(c, doc, date, ws, we));
            win = w;
            ws = s_start;
        }
        if (s_end > we || w != win)
            we = s_end;
        if (we < ws)
            we = ws;
        if (!EG_GROW(c->window, c->cap_window, c->n_window + 1))
            return EG_ENOMEM;
        c->window[c->n_window++] = gid;
    }
    if (tokens)
        return token_windows(c, doc, date, an);
    return flush_window(c, doc, date, ws, we);
}

eg_error_t eg_corpus_add(eg_corpus *c, const eg_doc *doc,
                         const eg_analysis *an, eg_status *st)
{
    c->stats.documents++;
    c->stats.sentences += an->seg.n_sentences;
    c->stats.mentions += an->n_mentions;
    c->stats.bytes += doc->len;
    c->stats.repaired += doc->repaired;
    eg_error_t rc = add_doc(c, doc, an);
    if (rc == EG_ENOMEM)
        return eg_fail_nomem(st);
    if (rc != EG_OK && c->wins_err)
        return eg_fail(st, rc,
                       "cannot write the temporary file of the window "
                       "counts: %s",
                       strerror(c->wins_err));
    if (rc != EG_OK)
        return eg_fail(st, rc,
                       "cannot write the temporary file for --mentions: %s",
                       strerror(c->spool_err ? c->spool_err : EIO));
    return EG_OK;
}

/* ---- build ------------------------------------------------------------ */

static uint32_t find(gent *g, uint32_t x)
{
    while (g[x].rep != x) {
        g[x].rep = g[g[x].rep].rep;
        x = g[x].rep;
    }
    return x;
}

static eg_type gent_type(const gent *g)
{
    eg_type best = EG_TYPE_NONE;
    float bv = 0.0f;
    for (int t = 1; t < EG_TYPE_COUNT; t++)
        if (g->votes[t] > bv) {
            bv = g->votes[t];
            best = (eg_type)t;
        }
    return best;
}

static float gent_conf(const gent *g)
{
    float bv = 0.0f;
    for (int t = 1; t < EG_TYPE_COUNT; t++)
        if (g->votes[t] > bv)
            bv = g->votes[t];
    return bv;
}

/* A full name's first or last key, for looking short forms up. */
/* The first eight bytes of s as a big-endian number (zeros after its
 * end): two strings whose prefixes differ compare as strcmp() would, so
 * the sorts below read the strings themselves only on equal prefixes. */
static uint64_t sort_prefix(const char *s)
{
    uint64_t p = 0;
    for (int i = 0; i < 8; i++) {
        p <<= 8;
        if (*s)
            p |= (unsigned char)*s++;
    }
    return p;
}

/* strcmp(a, b) of two strings with prefixes pa and pb. */
static int cmp_prefixed(uint64_t pa, const char *a, uint64_t pb,
                        const char *b)
{
    if (pa != pb)
        return pa < pb ? -1 : 1;
    return strcmp(a, b);
}

typedef struct keyref {
    const char *key;
    uint64_t pre;              /* sort_prefix(key) */
    uint32_t gid;
    bool last;                 /* the last key (else the first) */
} keyref;

static int cmp_keyref(const void *x, const void *y)
{
    const keyref *a = x, *b = y;
    int r = cmp_prefixed(a->pre, a->key, b->pre, b->key);
    if (r)
        return r;
    if (a->gid != b->gid)
        return a->gid < b->gid ? -1 : 1;
    return (int)a->last - (int)b->last;
}

/* The first of the n sorted refs whose key is key or after it. */
static size_t keyref_lower(const keyref *refs, size_t n, const char *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(refs[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Short forms seen without their full name in the same document ("Putin"
 * alone) join the one full name of the corpus they fit; an ambiguous one
 * joins a clearly dominant candidate or is dropped. The full names are
 * looked up in a sorted table of their first and last keys: scanning
 * every entity per short form was quadratic (a third of the run time on
 * 20,000 entities). Candidates are visited in gid order as before. */
static eg_error_t merge_short_forms(eg_corpus *c, bool *dropped)
{
    keyref *refs = malloc((2 * c->n_gents + 1) * sizeof *refs);
    /* entities an earlier pass joined to others ("Rostov-on-Don" and
     * "Rostov"): their group stays as it is */
    bool *grouped = calloc(c->n_gents + 1, sizeof *grouped);
    if (!refs || !grouped) {
        free(refs);
        free(grouped);
        return EG_ENOMEM;
    }
    for (size_t k = 0; k < c->n_gents; k++) {
        uint32_t r = find(c->gents, (uint32_t)k);
        if (r != k)
            grouped[r] = grouped[k] = true;
    }
    size_t n_refs = 0;
    for (size_t k = 0; k < c->n_gents; k++) {
        const gent *f = &c->gents[k];
        if (f->partial_only || !f->first_key)
            continue;
        refs[n_refs++] = (keyref){f->first_key, sort_prefix(f->first_key),
                                  (uint32_t)k, false};
        if (f->last_key)
            refs[n_refs++] = (keyref){f->last_key, sort_prefix(f->last_key),
                                      (uint32_t)k, true};
    }
    eg_sort_prefixed(refs, n_refs, sizeof *refs, offsetof(keyref, pre),
                     cmp_keyref);
    /* a particle and the last word of a person's name ("lepen" of "Marine
     * Le Pen") -> index into fit: the most mentioned person it ends */
    static const char *const particles[] = {
        "abu", "al", "ben", "bin", "da", "de", "del", "della", "den", "der",
        "des", "di", "du", "el", "ibn", "la", "le", "ter", "van", "vanden",
        "vander", "von", "vonder"};
    struct tail_fit {
        uint32_t gid;
        long best_m, second_m;
    } *fit = NULL;
    size_t n_fit_tails = 0, cap_fit = 0;
    eg_strmap tails;
    eg_strmap_init(&tails);
    eg_arena tail_keys;
    eg_arena_init(&tail_keys, 4096);
    eg_error_t rc = EG_OK;
    for (size_t k = 0; k < c->n_gents && rc == EG_OK; k++) {
        const gent *f = &c->gents[k];
        if (f->partial_only || !f->first_key || !f->last_key ||
            gent_type(f) != EG_TYPE_PERSON)
            continue;
        size_t kl = strlen(f->key), fl = strlen(f->first_key),
               ll = strlen(f->last_key);
        if (kl <= fl + ll || strncmp(f->key, f->first_key, fl) != 0 ||
            strcmp(f->key + kl - ll, f->last_key) != 0 ||
            !EG_IN_WORDS(particles, f->key + fl, kl - fl - ll))
            continue;
        char *t = eg_arena_strdup(&tail_keys, f->key + fl);
        uint32_t v = (uint32_t)n_fit_tails;
        bool found;
        if (!t || !eg_strmap_put(&tails, t, strlen(t), &v, &found) ||
            (!found && !EG_GROW(fit, cap_fit, n_fit_tails + 1))) {
            rc = EG_ENOMEM;
            break;
        }
        if (!found) {
            fit[n_fit_tails++] = (struct tail_fit){(uint32_t)k, f->mentions, 0};
            continue;
        }
        struct tail_fit *tf = &fit[v];
        if (find(c->gents, tf->gid) == find(c->gents, (uint32_t)k))
            continue;
        if (f->mentions > tf->best_m) {
            tf->second_m = tf->best_m;
            tf->best_m = f->mentions;
            tf->gid = (uint32_t)k;
        } else if (f->mentions > tf->second_m) {
            tf->second_m = f->mentions;
        }
    }
    if (rc != EG_OK) {
        free(fit);
        eg_strmap_finish(&tails);
        eg_arena_finish(&tail_keys);
        free(refs);
        free(grouped);
        return rc;
    }
    bool any = false; /* a short form joined a full name */
    for (size_t i = 0; i < c->n_gents; i++) {
        gent *g = &c->gents[i];
        if (!g->partial_only || g->first_key || grouped[i])
            continue;
        size_t lo = keyref_lower(refs, n_refs, g->key);
        size_t best = SIZE_MAX, n_fit = 0;
        long best_m = 0, second_m = 0;
        for (size_t r = lo; r < n_refs && !strcmp(refs[r].key, g->key);) {
            uint32_t k = refs[r].gid;
            bool last = false, first = false;
            for (; r < n_refs && refs[r].gid == k &&
                   !strcmp(refs[r].key, g->key);
                 r++) {
                if (refs[r].last)
                    last = true;
                else
                    first = true;
            }
            const gent *f = &c->gents[k];
            eg_type t = gent_type(f);
            if (!((t == EG_TYPE_PERSON && (last || first)) ||
                  (t == EG_TYPE_ORG && first)))
                continue;
            n_fit++;
            /* (an entity may have no mention left of its own) */
            if (best == SIZE_MAX || f->mentions > best_m) {
                second_m = best_m;
                best_m = f->mentions;
                best = k;
            } else if (f->mentions > second_m) {
                second_m = f->mentions;
            }
        }
        if (n_fit == 0)
            continue;
        if (n_fit == 1 || best_m >= 2 * second_m) {
            c->gents[i].rep = find(c->gents, (uint32_t)best);
            g->node = -1;
            /* a surname labels no person named in full elsewhere by a
             * given name and that surname ("Jordan Bardella"; not "World
             * Biden" of a menu line) */
            if (gent_type(&c->gents[best]) == EG_TYPE_PERSON &&
                c->gents[best].given_first) {
                g->short_form = true;
                any = true;
            }
        } else {
            dropped[i] = true;
        }
    }
    /* "Le Pen", "Von der Leyen" named alone: the one person whose name
     * ends with that particle and last word; its surfaces are short forms,
     * which label no node */
    for (size_t i = 0; i < c->n_gents; i++) {
        gent *g = &c->gents[i];
        uint32_t v;
        eg_type t = gent_type(g);
        if (!(t == EG_TYPE_PERSON || t == EG_TYPE_NONE) ||
            !eg_strmap_get(&tails, g->key, strlen(g->key), &v))
            continue;
        /* one person fits, or one named at least twice as often */
        const struct tail_fit *tf = &fit[v];
        if (tf->best_m < 2 * tf->second_m ||
            find(c->gents, (uint32_t)i) == find(c->gents, tf->gid))
            continue;
        c->gents[find(c->gents, (uint32_t)i)].rep = find(c->gents, tf->gid);
        g->node = -1;
        g->short_form = true;
        any = true;
    }
    for (size_t k = 0; any && k < c->n_surfaces; k++)
        if (c->gents[c->surfaces[k].gid].short_form)
            c->surfaces[k].partial = true;
    free(fit);
    eg_strmap_finish(&tails);
    eg_arena_finish(&tail_keys);
    free(refs);
    free(grouped);
    return EG_OK;
}

/* Pass 0 groups names by their first word, pass 1 by their last word,
 * pass 2 by everything after the first word ("Pak Thae Song" and "Park
 * Thae-song" share "thaesong"). */
static const char *bucket_key(const gent *g, int pass)
{
    switch (pass) {
    case 0: return g->first_key;
    case 1: return g->last_key;
    default: {
        size_t fl = strlen(g->first_key);
        return strncmp(g->key, g->first_key, fl) == 0 ? g->key + fl : g->key;
    }
    }
}

/* A sort entry carries its key, so qsort needs no global state. */
typedef struct bucket_entry {
    const char *bucket;
    uint64_t pre;              /* sort_prefix(bucket) */
    uint32_t gid;
} bucket_entry;

static int cmp_bucket(const void *x, const void *y)
{
    const bucket_entry *a = x, *b = y;
    int r = cmp_prefixed(a->pre, a->bucket, b->pre, b->bucket);
    if (r)
        return r;
    return (a->gid > b->gid) - (a->gid < b->gid);
}

/* Letters that British and American spellings swap: Defence / Defense,
 * Organisation / Organization, Licence / License. */
static bool spelling_pair(char a, char b)
{
    return (a == 'c' && b == 's') || (a == 's' && b == 'c') ||
           (a == 's' && b == 'z') || (a == 'z' && b == 's');
}

/* A given name's key with the letters that transliterations swap made
 * one: x as ks, y as i, ph as f, a doubled letter as one ("Aleksandr" /
 * "Alexander", "Dmitriy" / "Dmitri", "Sergey" / "Sergei"). False when it
 * does not fit in out. */
static bool fold_given(const char *k, char *out, size_t max)
{
    size_t n = 0;
    for (const char *p = k; *p; p++) {
        const char *rep = *p == 'x' ? "ks"
                          : *p == 'y' ? "i"
                          : *p == 'p' && p[1] == 'h' ? (p++, "f")
                                                     : NULL;
        char one[2] = {*p, '\0'};
        for (const char *r = rep ? rep : one; *r; r++) {
            if (n > 0 && out[n - 1] == *r)
                continue;
            if (n + 1 >= max)
                return false;
            out[n++] = *r;
        }
    }
    out[n] = '\0';
    return true;
}

/* Is line [p, e) of nicknames.tsv one for the short form s[0..sl)? Its
 * full form goes to *full, *fl. */
static bool nick_line(const char *p, const char *e, const char *s,
                      size_t sl, const char **full, size_t *fl)
{
    const char *tab = memchr(p, '\t', (size_t)(e - p));
    if (!tab || (size_t)(tab - p) != sl || memcmp(p, s, sl) != 0)
        return false;
    *full = tab + 1;
    *fl = (size_t)(e - tab - 1);
    return true;
}

/* Are the given names' keys a and b an English short form and its full
 * form, or two short forms of one ("Mike" / "Michael", "Bill" /
 * "Billy")? From src/data/nicknames.tsv. */
static bool nicknames(const char *a, const char *b)
{
    const eg_blob *blob = eg_data_find("nicknames.tsv");
    if (!blob)
        return false;
    const char *t = (const char *)blob->data, *end = t + blob->len;
    size_t al = strlen(a), bl = strlen(b);
    /* the full forms of a, then whether b is one or shares one */
    for (const char *p = t; p < end;) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        const char *full;
        size_t fl;
        if (*p != '#' && nick_line(p, e, a, al, &full, &fl)) {
            if (fl == bl && memcmp(full, b, bl) == 0)
                return true;
            for (const char *q = t; q < end;) {
                const char *qe = memchr(q, '\n', (size_t)(end - q));
                if (!qe)
                    qe = end;
                const char *f2;
                size_t l2;
                if (*q != '#' && nick_line(q, qe, b, bl, &f2, &l2) &&
                    l2 == fl && memcmp(f2, full, fl) == 0)
                    return true;
                q = qe + 1;
            }
        }
        p = e + 1;
    }
    return false;
}

/* Are x and y, two people with the same last word, one person written
 * two ways: the same middle or one middle initial more ("Sergey V.
 * Lavrov" / "Sergei Lavrov"), and given names that are the same once
 * folded, or long ones one edit apart ("Aleksandr" / "Alexander"), or
 * a short form and its full form ("Mike" / "Michael")? */
static bool given_variant(const gent *x, const gent *y)
{
    size_t xl = strlen(x->key), yl = strlen(y->key);
    size_t xf = strlen(x->first_key), yf = strlen(y->first_key);
    size_t ll = strlen(x->last_key);
    if (strcmp(x->last_key, y->last_key) != 0 || xf + ll > xl ||
        yf + ll > yl || strncmp(x->key, x->first_key, xf) != 0 ||
        strncmp(y->key, y->first_key, yf) != 0 || ll < 4)
        return false;
    size_t xm = xl - xf - ll, ym = yl - yf - ll;
    bool mid = (xm == ym && memcmp(x->key + xf, y->key + yf, xm) == 0) ||
               (xm == 0 && ym == 1) || (xm == 1 && ym == 0);
    char a[40], b[40];
    if (!mid || xf < 3 || yf < 3 || x->first_key[0] != y->first_key[0] ||
        !fold_given(x->first_key, a, sizeof a) ||
        !fold_given(y->first_key, b, sizeof b))
        return false;
    size_t la = strlen(a), lb = strlen(b), at;
    return strcmp(a, b) == 0 ||
           (la >= 6 && lb >= 6 && eg_keys_one_edit(a, la, b, lb, &at)) ||
           nicknames(x->first_key, y->first_key) ||
           nicknames(y->first_key, x->first_key);
}

/* Is x the person y with an Arabic article before the last name
 * ("Abdel Fattah al-Burhan" / "Abdel Fattah Burhan")? */
static bool article_variant(const gent *x, const gent *y)
{
    size_t xl = strlen(x->key), yl = strlen(y->key);
    size_t ll = strlen(y->last_key);
    if (xl != yl + 2 || ll < 3 || ll >= yl)
        return false;
    const char *art = x->key + (yl - ll);
    return strncmp(x->key, y->key, yl - ll) == 0 &&
           (memcmp(art, "al", 2) == 0 || memcmp(art, "el", 2) == 0) &&
           strcmp(art + 2, y->last_key) == 0 &&
           strcmp(x->last_key, art) == 0;
}

/* Romanisation variants of one person ("Choe Son-hui" / "Choe Sun Hui",
 * "Jo Chun-ryong" / "Jo Chun-yong", "Pak" / "Park Thae-song"): people
 * whose long keys differ by one edit join the more mentioned one. Keys of
 * ten characters or more only, so "Kim Jong Un" and "Kim Jong Il" (two
 * edits) never merge. People with the same last word join also when
 * given_variant() says so ("Sergey V. Lavrov" / "Sergei Lavrov"), and
 * people with the same first word when one has an article before the
 * last name the other lacks (article_variant()). Organisations join only
 * across a British and an American spelling ("Defence Ministry" /
 * "Defense Ministry"). Compared within groups that share the first word,
 * the last word, or all but the first word. */
static eg_error_t merge_variants(eg_corpus *c)
{
    size_t n = 0;
    bucket_entry *ent = malloc((c->n_gents ? c->n_gents : 1) * sizeof *ent);
    if (!ent)
        return EG_ENOMEM;
    for (int pass = 0; pass < 3; pass++) {
        n = 0;
        for (size_t i = 0; i < c->n_gents; i++) {
            const gent *g = &c->gents[i];
            eg_type t = gent_type(g);
            if (g->first_key && !g->partial_only && strlen(g->key) >= 10 &&
                (t == EG_TYPE_PERSON || t == EG_TYPE_ORG)) {
                const char *bk = bucket_key(g, pass);
                ent[n++] = (bucket_entry){bk, sort_prefix(bk), (uint32_t)i};
            }
        }
        eg_sort_prefixed(ent, n, sizeof *ent, offsetof(bucket_entry, pre),
                         cmp_bucket);
        for (size_t a = 0; a < n; a++) {
            for (size_t b = a + 1; b < n && b < a + 500; b++) {
                if (strcmp(ent[a].bucket, ent[b].bucket) != 0)
                    break;
                const gent *x = &c->gents[ent[a].gid];
                const gent *y = &c->gents[ent[b].gid];
                size_t at, xl = strlen(x->key), yl = strlen(y->key);
                eg_type tx = gent_type(x);
                if (tx != gent_type(y))
                    continue;
                if (!eg_keys_one_edit(x->key, xl, y->key, yl, &at)) {
                    if (!(tx == EG_TYPE_PERSON &&
                          ((pass == 1 && given_variant(x, y)) ||
                           (pass == 0 && (article_variant(x, y) ||
                                          article_variant(y, x))))))
                        continue;
                    at = 0;
                }
                if (tx == EG_TYPE_ORG &&
                    !(xl == yl && spelling_pair(x->key[at], y->key[at])))
                    continue;
                uint32_t rx = find(c->gents, ent[a].gid);
                uint32_t ry = find(c->gents, ent[b].gid);
                if (rx == ry)
                    continue;
                bool x_wins = c->gents[rx].mentions > c->gents[ry].mentions ||
                              (c->gents[rx].mentions == c->gents[ry].mentions &&
                               rx < ry);
                if (x_wins)
                    c->gents[ry].rep = rx;
                else
                    c->gents[rx].rep = ry;
            }
        }
    }
    free(ent);
    return EG_OK;
}

/* Initials of a multi-word name: capitals that start a word or follow a
 * hyphen ("Baltic-Caspian Development Bank" -> "BCDB"); lowercase words
 * (of, the) are skipped. False when the name has fewer than two. */
static bool name_initials(const char *s, char *out, size_t max)
{
    size_t n = 0;
    bool start = true, words = false;
    for (const char *p = s; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == ' ') {
            start = true;
            words = true;
            continue;
        }
        if (start || p[-1] == '-') {
            if (ch >= 'A' && ch <= 'Z') {
                if (n + 1 >= max)
                    return false;
                out[n++] = (char)ch;
            } else if (ch == '&') {
                /* "Procter & Gamble" has no usable initials */
                return false;
            }
        }
        start = false;
    }
    out[n] = '\0';
    return words && n >= 2;
}

/* Records in m that key (kept by the caller) names the group whose root
 * is r - 1, or that it fits two groups (value 0). False when out of
 * memory. */
static bool put_group(eg_strmap *m, const char *key, uint32_t r)
{
    size_t len = strlen(key);
    uint32_t v = r;
    bool found;
    if (!eg_strmap_put(m, key, len, &v, &found))
        return false;
    if (found && v != r && v != 0)
        eg_strmap_set(m, key, len, 0);
    return true;
}

/* The capitals of a surface written as an acronym ("PDI-P" -> "PDIP",
 * "U.N." -> "UN"): no lowercase letter, no space, at least two capitals. */
static bool surface_acronym(const char *s, char *out, size_t max)
{
    size_t n = 0;
    for (const char *p = s; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch >= 'A' && ch <= 'Z') {
            if (n + 1 >= max)
                return false;
            out[n++] = (char)ch;
        } else if (ch != '-' && ch != '.' && ch != '&' &&
                   !(ch >= '0' && ch <= '9')) {
            return false;
        }
    }
    out[n] = '\0';
    return n >= 2;
}

/* A name that a document gave as another name of an entity ("Eric Chu,
 * also known as Chu Li-luan": the full form "Chu Li-luan" is a surface
 * of Eric Chu's entity) stands for that entity in the documents that name
 * only it. Short forms do not count: merge_short_forms() weighs them. */
static eg_error_t merge_other_names(eg_corpus *c)
{
    eg_strmap map; /* surface key -> rep + 1, or 0 when two fit */
    eg_strmap_init(&map);
    eg_arena keys;
    eg_arena_init(&keys, 4096);
    eg_error_t rc = EG_OK;
    for (size_t i = 0; i < c->n_surfaces && rc == EG_OK; i++) {
        const surface *sf = &c->surfaces[i];
        const gent *g = &c->gents[sf->gid];
        if (sf->partial || g->acronym)
            continue;
        const char *str = eg_intern_str(&c->surfaces_in, sf->sid);
        eg_buf_clear(&c->buf);
        if (!eg_name_key(str, strlen(str), &c->buf)) {
            rc = EG_ENOMEM;
            break;
        }
        uint32_t other;
        if (!c->buf.len || strcmp(c->buf.data, g->key) == 0 ||
            !eg_strmap_get(&c->gmap, c->buf.data, c->buf.len, &other))
            continue;
        char *k = eg_arena_strdup(&keys, c->buf.data);
        if (!k || !put_group(&map, k, find(c->gents, sf->gid) + 1))
            rc = EG_ENOMEM;
    }
    for (size_t i = 0; i < c->n_gents && rc == EG_OK && map.count; i++) {
        gent *g = &c->gents[i];
        uint32_t v;
        if (!eg_strmap_get(&map, g->key, strlen(g->key), &v) || v == 0)
            continue;
        eg_type t = gent_type(g), u = gent_type(&c->gents[v - 1]);
        /* (roots only: v - 1 may have joined another group since) */
        uint32_t r = find(c->gents, (uint32_t)i), to = find(c->gents, v - 1);
        if (r != to && (t == EG_TYPE_NONE || u == EG_TYPE_NONE || t == u))
            c->gents[r].rep = to;
    }
    eg_strmap_finish(&map);
    eg_arena_finish(&keys);
    return rc;
}

/* Acronyms seen without their expansion in the document ("BCDB") join the
 * one organisation of the corpus whose initials they spell, or that
 * another document named with that acronym ("Indonesian Democratic Party
 * of Struggle (PDI-P)"). */
static eg_error_t merge_acronyms(eg_corpus *c)
{
    eg_strmap map;     /* initials -> gid + 1, or 0 when ambiguous */
    eg_strmap_init(&map);
    eg_arena keys;
    eg_arena_init(&keys, 4096);
    eg_error_t rc = EG_OK;
    for (size_t i = 0; i < c->n_surfaces && rc == EG_OK; i++) {
        const surface *sf = &c->surfaces[i];
        const gent *g = &c->gents[sf->gid];
        if (g->acronym || gent_type(g) != EG_TYPE_ORG)
            continue;
        char ini[32];
        const char *str = eg_intern_str(&c->surfaces_in, sf->sid);
        if (!name_initials(str, ini, sizeof ini) &&
            !surface_acronym(str, ini, sizeof ini))
            continue;
        char *k = eg_arena_strdup(&keys, ini);
        if (!k || !put_group(&map, k, find(c->gents, sf->gid) + 1)) {
            rc = EG_ENOMEM;
            break;
        }
    }
    for (size_t i = 0; i < c->n_surfaces && rc == EG_OK; i++) {
        const surface *sf = &c->surfaces[i];
        gent *g = &c->gents[sf->gid];
        if (!g->acronym || find(c->gents, sf->gid) != sf->gid)
            continue;
        const char *a = eg_intern_str(&c->surfaces_in, sf->sid);
        char letters[32];
        size_t n = 0;
        for (; *a && n + 1 < sizeof letters; a++)
            if (*a >= 'A' && *a <= 'Z')
                letters[n++] = *a;
        letters[n] = '\0';
        uint32_t v;
        if (n >= 2 && eg_strmap_get(&map, letters, n, &v) && v > 0 &&
            v - 1 != sf->gid)
            g->rep = v - 1;
    }
    eg_strmap_finish(&map);
    eg_arena_finish(&keys);
    return rc;
}

/* An organisation named by the last three or more words of exactly one
 * other organisation of the corpus joins it ("North Korea's Central News
 * Agency" is read as "Central News Agency", the end of "Korean Central
 * News Agency"). Word suffixes of every organisation surface go into a
 * map, so the work is linear in the words. */
static eg_error_t merge_org_suffixes(eg_corpus *c)
{
    eg_strmap map; /* word suffix -> rep + 1, or 0 when two fit */
    eg_strmap_init(&map);
    eg_error_t rc = EG_OK;
    for (size_t i = 0; i < c->n_surfaces && rc == EG_OK; i++) {
        const surface *sf = &c->surfaces[i];
        if (gent_type(&c->gents[sf->gid]) != EG_TYPE_ORG)
            continue;
        const char *str = eg_intern_str(&c->surfaces_in, sf->sid);
        uint32_t r = find(c->gents, sf->gid) + 1;
        /* every suffix after a space with at least three words */
        for (const char *p = strchr(str, ' '); p; p = strchr(p + 1, ' ')) {
            const char *suf = p + 1;
            size_t spaces = 0;
            for (const char *q = suf; *q; q++)
                spaces += *q == ' ';
            if (spaces < 2)
                break;
            if (!put_group(&map, suf, r)) {
                rc = EG_ENOMEM;
                break;
            }
        }
    }
    for (size_t i = 0; i < c->n_surfaces && rc == EG_OK; i++) {
        const surface *sf = &c->surfaces[i];
        gent *g = &c->gents[sf->gid];
        if (gent_type(g) != EG_TYPE_ORG || find(c->gents, sf->gid) != sf->gid)
            continue;
        const char *str = eg_intern_str(&c->surfaces_in, sf->sid);
        uint32_t v;
        if (eg_strmap_get(&map, str, strlen(str), &v) && v > 0 &&
            v - 1 != sf->gid)
            g->rep = v - 1;
    }
    eg_strmap_finish(&map);
    return rc;
}

/* Joins the groups of gids a and b under the more mentioned root (ties:
 * the lower gid). */
static void join_groups(eg_corpus *c, uint32_t a, uint32_t b)
{
    uint32_t ra = find(c->gents, a), rb = find(c->gents, b);
    if (ra == rb)
        return;
    bool a_wins = c->gents[ra].mentions > c->gents[rb].mentions ||
                  (c->gents[ra].mentions == c->gents[rb].mentions && ra < rb);
    if (a_wins)
        c->gents[rb].rep = ra;
    else
        c->gents[ra].rep = rb;
}

/* A company named with and without the word for what it is ("Credit
 * Suisse Group" and "Credit Suisse", "First Republic Bank" and "First
 * Republic"), and its legal form after it ("UBS Group AG" and "UBS"): an
 * organisation whose name is another organisation's with such words
 * after it joins it. Foundations, parties and ministries keep their
 * heads ("Ford Foundation" is not Ford). */
static eg_error_t merge_company_kinds(eg_corpus *c)
{
    static const char *const kinds[] = {
        "AG", "ASA", "Bancorp", "Bancorporation", "Bank", "Corp", "Corp.",
        "Group", "Holdings", "Inc", "Inc.", "LLC", "Ltd", "Ltd.", "NV",
        "PLC", "SA", "SE", "plc"};
    for (size_t i = 0; i < c->n_surfaces; i++) {
        const surface *sf = &c->surfaces[i];
        if (gent_type(&c->gents[sf->gid]) != EG_TYPE_ORG)
            continue;
        const char *str = eg_intern_str(&c->surfaces_in, sf->sid);
        size_t end = strlen(str);
        /* the last word or two: "Group AG" */
        for (int k = 0; k < 2; k++) {
            size_t sp = end;
            while (sp > 0 && str[sp - 1] != ' ')
                sp--;
            if (sp < 2 || !EG_IN_WORDS(kinds, str + sp, end - sp))
                break;
            end = sp - 1;
            eg_buf_clear(&c->buf);
            if (!eg_name_key(str, end, &c->buf))
                return EG_ENOMEM;
            uint32_t o;
            if (c->buf.len &&
                eg_strmap_get(&c->gmap, c->buf.data, c->buf.len, &o) &&
                o != sf->gid && gent_type(&c->gents[o]) == EG_TYPE_ORG) {
                join_groups(c, sf->gid, o);
                break;
            }
        }
    }
    /* ... and without the country that opens it: "China Evergrande
     * Group" (its core, "evergrandegroup") and "Evergrande" */
    static const char *const kind_keys[] = {"bank", "corp", "group",
                                            "holdings", "inc", "ltd", "plc"};
    for (size_t i = 0; i < c->n_gents; i++) {
        const gent *g = &c->gents[i];
        if (!g->core_key || gent_type(g) != EG_TYPE_ORG)
            continue;
        size_t kl = strlen(g->core_key);
        for (size_t k = 0; k < sizeof kind_keys / sizeof kind_keys[0]; k++) {
            size_t n = strlen(kind_keys[k]);
            uint32_t o;
            if (kl > n + 2 &&
                memcmp(g->core_key + kl - n, kind_keys[k], n) == 0 &&
                eg_strmap_get(&c->gmap, g->core_key, kl - n, &o) &&
                o != i && gent_type(&c->gents[o]) == EG_TYPE_ORG) {
                join_groups(c, (uint32_t)i, o);
                break;
            }
        }
    }
    return EG_OK;
}

/* A copy of key in a with the letters that British and American
 * spellings swap made one ("defence" and "defense", "organisation" and
 * "organization" fold alike); NULL when out of memory. */
static char *spelling_fold(eg_arena *a, const char *key)
{
    char *k = eg_arena_strdup(a, key);
    for (char *p = k; p && *p; p++)
        if (*p == 'c' || *p == 'z')
            *p = 's';
    return k;
}

/* An organisation named with and without the country that opens or ends
 * its name joins:
 * - the names of one country ("US State Department", "American State
 *   Department"; "Palestine" and "Palestinian Liberation Organisation");
 * - a ministry, department, agency, office or commission named without
 *   its country anywhere in the corpus ("State Department", "Health
 *   Ministry"), while one country alone has that name: "Defence
 *   Ministry" stays alone beside "Russian Defence Ministry" and
 *   "Ukrainian Defence Ministry", and "National Party" beside "Scottish
 *   National Party" (other countries have parties, courts and banks of
 *   that name).
 * British and American spellings match ("Defence Ministry", "Russian
 * Defense Ministry"). */
static eg_error_t merge_org_cores(eg_corpus *c)
{
    eg_strmap map; /* folded core key -> first gid that has it + 1, 0 when
                      two countries do */
    eg_strmap_init(&map);
    eg_strmap same; /* folded core key and country -> first gid + 1 */
    eg_strmap_init(&same);
    eg_arena keys;
    eg_arena_init(&keys, 4096);
    eg_error_t rc = EG_OK;
    for (size_t i = 0; i < c->n_gents && rc == EG_OK; i++) {
        const gent *g = &c->gents[i];
        if (!g->core_key || gent_type(g) != EG_TYPE_ORG)
            continue;
        char *k = spelling_fold(&keys, g->core_key);
        size_t len = k ? strlen(k) : 0;
        uint32_t v = (uint32_t)i + 1;
        bool found;
        /* one country's names join though another country has that
         * name too ("US Coast Guard", "United States Coast Guard" beside
         * "Canadian Coast Guard") */
        eg_buf_clear(&c->buf);
        if (!k || !eg_buf_puts(&c->buf, k) || !eg_buf_putc(&c->buf, '|') ||
            !eg_buf_puts(&c->buf, g->core_place)) {
            rc = EG_ENOMEM;
            break;
        }
        char *kp = eg_arena_strdup(&keys, c->buf.data);
        uint32_t first = v;
        if (!kp || !eg_strmap_put(&same, kp, strlen(kp), &first, &found)) {
            rc = EG_ENOMEM;
            break;
        }
        if (found)
            join_groups(c, (uint32_t)i, first - 1);
        if (!eg_strmap_put(&map, k, len, &v, &found)) {
            rc = EG_ENOMEM;
            break;
        }
        if (found && v != 0 &&
            strcmp(c->gents[v - 1].core_place, g->core_place) != 0 &&
            !eg_strmap_set(&map, k, len, 0))
            rc = EG_ENOMEM;
    }
    for (size_t i = 0; i < c->n_gents && rc == EG_OK && map.count; i++) {
        const gent *g = &c->gents[i];
        if (gent_type(g) != EG_TYPE_ORG)
            continue;
        uint32_t v;
        char *k;
        if (g->core_key) {
            if (!(k = spelling_fold(&keys, g->core_key))) {
                rc = EG_ENOMEM;
                break;
            }
            if (eg_strmap_get(&map, k, strlen(k), &v) && v)
                join_groups(c, (uint32_t)i, v - 1);
        }
        if (!(k = spelling_fold(&keys, g->key))) {
            rc = EG_ENOMEM;
            break;
        }
        if (eg_strmap_get(&map, k, strlen(k), &v) && v &&
            c->gents[v - 1].core_anywhere)
            join_groups(c, (uint32_t)i, v - 1);
    }
    eg_strmap_finish(&map);
    eg_strmap_finish(&same);
    eg_arena_finish(&keys);
    return rc;
}

/* Appends to out the key a longer name of a person is known by under
 * one of the two rules below, or nothing when the rule does not apply;
 * false when out of memory. */
typedef bool (*short_key_fn)(const char *name, eg_buf *out);

/* The last two words of a name of three words or more. */
static bool tail_key(const char *str, eg_buf *out)
{
    const char *last = strrchr(str, ' ');
    if (!last || last == str)
        return true;
    const char *prev = last - 1;
    while (prev > str && *prev != ' ')
        prev--;
    if (prev == str)
        return true; /* two words */
    const char *tail = prev + 1;
    return eg_name_key(tail, strlen(tail), out);
}

/* The first and last words of a name of three words or more, without a
 * lower-case particle ("Lula da Silva" is not read). */
static bool ends_key(const char *str, eg_buf *out)
{
    const char *first_end = strchr(str, ' ');
    const char *last = strrchr(str, ' ');
    if (!first_end || first_end == last)
        return true; /* one or two words */
    for (const char *p = str; *p; p++)
        if ((p == str || p[-1] == ' ') && *p >= 'a' && *p <= 'z')
            return true;
    return eg_name_key(str, (size_t)(first_end - str), out) &&
           eg_name_key(last + 1, strlen(last + 1), out);
}

/* A person whose key is the short key (key_of) of exactly one person of
 * the corpus joins that person. Short keys go into a map, key -> rep + 1
 * (0: two people fit), so the work is linear. */
static eg_error_t merge_person_short(eg_corpus *c, short_key_fn key_of)
{
    eg_strmap map;
    eg_strmap_init(&map);
    eg_arena keys;
    eg_arena_init(&keys, 4096);
    eg_error_t rc = EG_OK;
    for (size_t i = 0; i < c->n_surfaces && rc == EG_OK; i++) {
        const surface *sf = &c->surfaces[i];
        if (gent_type(&c->gents[sf->gid]) != EG_TYPE_PERSON)
            continue;
        eg_buf_clear(&c->buf);
        if (!key_of(eg_intern_str(&c->surfaces_in, sf->sid), &c->buf)) {
            rc = EG_ENOMEM;
            break;
        }
        if (c->buf.len == 0)
            continue;
        char *k = eg_arena_strdup(&keys, c->buf.data);
        if (!k || !put_group(&map, k, find(c->gents, sf->gid) + 1))
            rc = EG_ENOMEM;
    }
    for (size_t i = 0; i < c->n_gents && rc == EG_OK; i++) {
        const gent *g = &c->gents[i];
        uint32_t v;
        if (gent_type(g) == EG_TYPE_PERSON && find(c->gents, (uint32_t)i) == i &&
            eg_strmap_get(&map, g->key, strlen(g->key), &v) && v > 0 &&
            find(c->gents, v - 1) != i)
            join_groups(c, (uint32_t)i, v - 1);
    }
    eg_strmap_finish(&map);
    eg_arena_finish(&keys);
    return rc;
}

/* A person named by the last two words of exactly one person of three
 * words or more ("Tayyip Erdogan", "Hamdan Dagalo") joins that person. */
static eg_error_t merge_person_tails(eg_corpus *c)
{
    return merge_person_short(c, tail_key);
}

/* A person's first and last names join the one longer name of a person
 * they open and close: "Bola Tinubu" / "Bola Ahmed Tinubu". Two longer
 * names with the same ends ("John Paul Smith", "John Adam Smith") leave
 * "John Smith" alone. */
static eg_error_t merge_person_middles(eg_corpus *c)
{
    return merge_person_short(c, ends_key);
}

/* The gid of the entity whose key is the concatenation of the n parts,
 * or UINT32_MAX. */
static uint32_t gid_of_parts(eg_corpus *c, const char *const *part,
                             const size_t *len, int n)
{
    eg_buf_clear(&c->buf);
    for (int i = 0; i < n; i++)
        if (!eg_buf_append(&c->buf, part[i], len[i]))
            return UINT32_MAX;
    uint32_t gid;
    if (!c->buf.len ||
        !eg_strmap_get(&c->gmap, c->buf.data, c->buf.len, &gid))
        return UINT32_MAX;
    return gid;
}

/* Other forms of one name in the corpus:
 * - a person's two names in either order ("Kishida Fumio", "Fumio
 *   Kishida"), as East Asian and Hungarian names are written;
 * - a middle initial or none ("Joseph R. Biden", "Joseph Biden");
 * - a given name's initial, when one person of the corpus fits ("S.
 *   Jaishankar", "Subrahmanyam Jaishankar");
 * - a place with an administrative head or without ("Fukushima
 *   Prefecture", "Fukushima"; "Pacific Ocean", "Pacific");
 * - a town with its river or sea or without ("Rostov-on-Don",
 *   "Rostov"). */
static eg_error_t merge_name_forms(eg_corpus *c)
{
    static const char *const heads[] = {"governorate", "krai", "oblast",
                                        "ocean", "prefecture", "province",
                                        "region", "strip"};
    keyref *init = malloc((c->n_gents ? c->n_gents : 1) * sizeof *init);
    keyref *full = malloc((c->n_gents ? c->n_gents : 1) * sizeof *full);
    if (!init || !full) {
        free(init);
        free(full);
        return EG_ENOMEM;
    }
    size_t n_init = 0, n_full = 0;
    size_t n = c->n_gents; /* lookups never add entities */
    for (size_t i = 0; i < n; i++) {
        const gent *g = &c->gents[i];
        if (!g->first_key || !g->last_key || g->partial_only)
            continue;
        eg_type t = gent_type(g);
        size_t kl = strlen(g->key), fl = strlen(g->first_key),
               ll = strlen(g->last_key);
        /* "John J. Ray III", "Robert Kennedy Jr": the name before the
         * generation's mark (the document's last_key is the surname) */
        static const char *const marks[] = {"ii", "iii", "iv", "jr", "sr"};
        for (size_t x = 2; t == EG_TYPE_PERSON && x <= 3; x++)
            if (kl >= fl + ll + x &&
                EG_IN_WORDS(marks, g->key + kl - x, x) &&
                strncmp(g->key + kl - x - ll, g->last_key, ll) == 0) {
                kl -= x;
                break;
            }
        bool ends = kl >= fl + ll && strncmp(g->key, g->first_key, fl) == 0 &&
                    strncmp(g->key + kl - ll, g->last_key, ll) == 0;
        if (!ends)
            continue;
        if (t == EG_TYPE_PERSON && kl == fl + ll) {
            const char *rev[2] = {g->last_key, g->first_key};
            size_t rl[2] = {ll, fl};
            uint32_t o = gid_of_parts(c, rev, rl, 2);
            if (o != UINT32_MAX && o != i &&
                gent_type(&c->gents[o]) == EG_TYPE_PERSON &&
                c->gents[o].first_key &&
                strcmp(c->gents[o].first_key, g->last_key) == 0)
                join_groups(c, (uint32_t)i, o);
            keyref *to = fl == 1 ? &init[n_init++] : &full[n_full++];
            *to = (keyref){g->last_key, sort_prefix(g->last_key),
                           (uint32_t)i, true};
        } else if (t == EG_TYPE_PERSON && kl == fl + 1 + ll) {
            const char *two[2] = {g->first_key, g->last_key};
            size_t tl[2] = {fl, ll};
            uint32_t o = gid_of_parts(c, two, tl, 2);
            if (o != UINT32_MAX && gent_type(&c->gents[o]) == EG_TYPE_PERSON)
                join_groups(c, (uint32_t)i, o);
        } else if (t == EG_TYPE_PLACE && strcmp(g->first_key, "state") == 0 &&
                   kl > fl + 2 && strncmp(g->key + fl, "of", 2) == 0) {
            /* "State of Hawaii", "State of Qatar": the place itself */
            const char *bare[1] = {g->key + fl + 2};
            size_t bl[1] = {kl - fl - 2};
            uint32_t o = gid_of_parts(c, bare, bl, 1);
            if (o != UINT32_MAX && o != i &&
                gent_type(&c->gents[o]) == EG_TYPE_PLACE)
                join_groups(c, (uint32_t)i, o);
        } else if (t == EG_TYPE_PLACE && kl > ll &&
                   EG_IN_WORDS(heads, g->last_key, ll)) {
            const char *bare[1] = {g->key};
            size_t bl[1] = {kl - ll};
            uint32_t o = gid_of_parts(c, bare, bl, 1);
            if (o != UINT32_MAX && o != i &&
                gent_type(&c->gents[o]) == EG_TYPE_PLACE)
                join_groups(c, (uint32_t)i, o);
        }
    }
    /* "Rostov-on-Don", "Stratford-upon-Avon", "Boulogne-sur-Mer": the
     * town by the name before its river or sea */
    static const char *const on[] = {"-am-", "-on-", "-sur-", "-upon-",
                                     " am ", " upon "};
    for (size_t i = 0; i < c->n_surfaces; i++) {
        const surface *sf = &c->surfaces[i];
        if (gent_type(&c->gents[sf->gid]) != EG_TYPE_PLACE)
            continue;
        const char *str = eg_intern_str(&c->surfaces_in, sf->sid), *at = NULL;
        for (size_t k = 0; k < sizeof on / sizeof on[0] && !at; k++)
            at = strstr(str, on[k]);
        if (!at || at - str < 3)
            continue;
        eg_buf_clear(&c->buf);
        if (!eg_name_key(str, (size_t)(at - str), &c->buf)) {
            free(init);
            free(full);
            return EG_ENOMEM;
        }
        uint32_t o;
        if (c->buf.len &&
            eg_strmap_get(&c->gmap, c->buf.data, c->buf.len, &o) &&
            o != sf->gid && gent_type(&c->gents[o]) == EG_TYPE_PLACE)
            join_groups(c, sf->gid, o);
    }
    if (n_full > 1)
        eg_sort_prefixed(full, n_full, sizeof *full, offsetof(keyref, pre),
                         cmp_keyref);
    for (size_t k = 0; k < n_init; k++) {
        const gent *g = &c->gents[init[k].gid];
        uint32_t fit = UINT32_MAX;
        bool two = false;
        for (size_t r = keyref_lower(full, n_full, g->last_key);
             r < n_full && !strcmp(full[r].key, g->last_key); r++) {
            const gent *f = &c->gents[full[r].gid];
            if (f->first_key[0] != g->first_key[0])
                continue;
            if (fit != UINT32_MAX &&
                find(c->gents, fit) != find(c->gents, full[r].gid))
                two = true;
            fit = full[r].gid;
        }
        if (fit != UINT32_MAX && !two)
            join_groups(c, init[k].gid, fit);
    }
    free(init);
    free(full);
    return EG_OK;
}

typedef struct nodeinfo {
    uint32_t gid;              /* representative */
    char *slug;
    uint64_t pre;              /* sort_prefix(slug) */
    const char *label;
} nodeinfo;

static int cmp_nodeinfo(const void *a, const void *b)
{
    const nodeinfo *x = a, *y = b;
    int r = cmp_prefixed(x->pre, x->slug, y->pre, y->slug);
    if (r)
        return r;
    r = strcmp(x->label, y->label);
    return r;
}

/* ASCII slug of a label: "Kim Jong-un" -> "kim_jong_un"; non-Latin scripts
 * fall back to "entity". */
static char *make_slug(const char *label)
{
    utf8proc_uint8_t *folded = NULL;
    bool ascii = true;
    for (const char *p = label; *p && ascii; p++)
        ascii = (unsigned char)*p < 0x80;
    /* folding leaves ASCII as it is (the loop below lowercases): only
     * other text goes through utf8proc */
    utf8proc_ssize_t n = ascii ? -1 : utf8proc_map(
        (const utf8proc_uint8_t *)label, 0, &folded,
        UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
            UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
            UTF8PROC_LUMP);
    const char *src = n >= 0 ? (const char *)folded : label;
    size_t len = strlen(src);
    char *out = malloc(len + 8);
    if (!out) {
        free(folded);
        return NULL;
    }
    size_t k = 0;
    bool sep = false;
    for (size_t i = 0; i < len && k < 60; i++) {
        unsigned char ch = (unsigned char)src[i];
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
            if (sep && k > 0)
                out[k++] = '_';
            out[k++] = (char)ch;
            sep = false;
        } else if (ch >= 'A' && ch <= 'Z') {
            if (sep && k > 0)
                out[k++] = '_';
            out[k++] = (char)(ch | 0x20);
            sep = false;
        } else if (ch != '\'' && ch != '.') {
            sep = true;
        }
    }
    if (k == 0) {
        memcpy(out, "entity", 6);
        k = 6;
    }
    out[k] = '\0';
    free(folded);
    return out;
}

static int cmp_str_ptr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts the edges by (source, target), which are unique: two counting
 * passes (by target, then stably by source), O(edges + nodes); qsort()
 * of the 64-byte edges took 6-8 ms for 30,000 of them. */
static bool sort_edges(eg_network *net)
{
    size_t m = net->n_edges, n = net->n_nodes;
    size_t *count = malloc((n + 1) * sizeof *count);
    size_t *by_target = malloc(m * sizeof *by_target);
    eg_edge *sorted = malloc(m * sizeof *sorted);
    if (!count || !by_target || !sorted) {
        free(count);
        free(by_target);
        free(sorted);
        return false;
    }
    memset(count, 0, (n + 1) * sizeof *count);
    for (size_t i = 0; i < m; i++)
        count[net->edges[i].target + 1]++;
    for (size_t v = 0; v < n; v++)
        count[v + 1] += count[v];
    for (size_t i = 0; i < m; i++)
        by_target[count[net->edges[i].target]++] = i;
    memset(count, 0, (n + 1) * sizeof *count);
    for (size_t i = 0; i < m; i++)
        count[net->edges[i].source + 1]++;
    for (size_t v = 0; v < n; v++)
        count[v + 1] += count[v];
    for (size_t k = 0; k < m; k++) {
        const eg_edge *e = &net->edges[by_target[k]];
        sorted[count[e->source]++] = *e;
    }
    free(count);
    free(by_target);
    free(net->edges);
    net->edges = sorted;
    return true;
}


/* One word in capitals ("BCDB", "U.N."). */
static bool is_acronym(const char *s)
{
    bool upper = false;
    for (; *s; s++) {
        if (*s == ' ' || (*s >= 'a' && *s <= 'z'))
            return false;
        upper |= *s >= 'A' && *s <= 'Z';
    }
    return upper;
}

static bool has_lower(const char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            return true;
    return false;
}

typedef struct id_entry {
    const char *id;
    size_t node;
} id_entry;

/* Does name open with the word w and a space ("FTX Group", "FTX")? */
static bool opens_with(const char *name, const char *w)
{
    size_t n = strlen(w);
    return strncmp(name, w, n) == 0 && name[n] == ' ';
}

/* Does s start with an initial ("S. Jaishankar", "S Jaishankar")? */
static bool initialled(const char *s)
{
    return s[0] >= 'A' && s[0] <= 'Z' &&
           ((s[1] == '.' && s[2] == ' ') ||
            (s[1] == ' ' && s[2] >= 'A' && s[2] <= 'Z'));
}

static int cmp_node_id(const void *x, const void *y)
{
    const id_entry *a = x, *b = y;
    int r = strcmp(a->id, b->id);
    if (r)
        return r;
    return (a->node > b->node) - (a->node < b->node);
}

/* Renames the nodes whose id an earlier node already has to "id_nI". */
static eg_error_t unique_ids(eg_network *net)
{
    size_t n = net->n_nodes;
    id_entry *idx = malloc((n ? n : 1) * sizeof *idx);
    if (!idx)
        return EG_ENOMEM;
    for (size_t i = 0; i < n; i++)
        idx[i] = (id_entry){net->nodes[i].id, i};
    if (n > 1)
        qsort(idx, n, sizeof *idx, cmp_node_id);
    size_t first = 0; /* start of the run of equal ids */
    for (size_t r = 1; r < n; r++) {
        if (strcmp(idx[r].id, idx[first].id) != 0) {
            first = r;
            continue;
        }
        /* idx[first] is the smallest index with this id */
        size_t i = idx[r].node;
        char *s = eg_arena_alloc(net->strings, strlen(net->nodes[i].id) + 24);
        if (!s) {
            free(idx);
            return EG_ENOMEM;
        }
        sprintf(s, "%s_n%zu", net->nodes[i].id, i);
        /* later comparisons use idx[first], which keeps its id (the old
         * one stays in the pool) */
        net->nodes[i].id = s;
    }
    free(idx);
    return EG_OK;
}

/* Reads n bytes of the window spool into dst (from the file, then from
 * memory: *at is the offset in memory). False at its end. */
static bool read_windows(eg_corpus *c, void *dst, size_t n, size_t *at)
{
    if (c->wins_file)
        return fread(dst, 1, n, c->wins_file) == n;
    if (c->wins.len - *at < n)
        return false;
    memcpy(dst, c->wins.data + *at, n);
    *at += n;
    return true;
}

/* One more window, in document doc, naming the nodes a and b: the edge
 * the pairs made (emap: a << 32 | b -> edge index, a < b). */
static eg_error_t count_edge(eg_network *net, const eg_u64map *emap,
                             uint32_t *edge_doc, uint32_t doc, uint32_t a,
                             uint32_t b)
{
    if (a > b) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    uint32_t idx;
    if (!eg_u64map_get(emap, (uint64_t)a << 32 | b, &idx))
        return EG_EINTERNAL; /* every pair of a window was counted */
    eg_edge *e = &net->edges[idx];
    e->count++;
    e->weight = (double)e->count;
    if (edge_doc[idx] != doc + 1) {
        edge_doc[idx] = doc + 1;
        e->documents++;
    }
    return EG_OK;
}

/* Counts, from the window spool, the windows (c_i) and documents of each
 * node and of each edge (c_ij), entities merged into one node counting
 * once: "Gaza" and "Gaza Strip" in one sentence are one name in it, and
 * their neighbours gain one window, not two. The pairs are those
 * flush_window() and token_windows() made, under the same cap. */
static eg_error_t count_windows(eg_corpus *c, eg_network *net,
                                const eg_u64map *emap, const int32_t *node_of)
{
    if (c->wins_file) {
        eg_error_t rc = spill_windows(c);
        if (rc != EG_OK)
            return rc;
        if (fflush(c->wins_file) != 0 || fseek(c->wins_file, 0, SEEK_SET)) {
            c->wins_err = errno ? errno : EIO;
            return EG_EOUTPUT;
        }
    }
    uint32_t *node_doc = calloc(net->n_nodes + 1, sizeof *node_doc);
    uint32_t *edge_doc = calloc(net->n_edges + 1, sizeof *edge_doc);
    uint32_t *gid = NULL, *node = NULL;
    size_t cap = 0, at = 0;
    eg_error_t rc = node_doc && edge_doc ? EG_OK : EG_ENOMEM;
    uint32_t head[3]; /* document, anchor, number of gids */
    while (rc == EG_OK && read_windows(c, head, sizeof head, &at)) {
        uint32_t doc = head[0], anchor = head[1];
        size_t n = head[2];
        if (n > cap) {
            free(gid);
            free(node);
            gid = malloc(n * sizeof *gid);
            node = malloc(n * sizeof *node);
            cap = n;
            if (!gid || !node) {
                rc = EG_ENOMEM;
                break;
            }
        }
        if (!read_windows(c, gid, n * sizeof *gid, &at)) {
            c->wins_err = errno ? errno : EIO; /* cut short */
            rc = EG_EOUTPUT;
            break;
        }
        /* the nodes of the window */
        size_t m = 0;
        for (size_t i = 0; i < n; i++) {
            int32_t x = node_of[gid[i]];
            if (x >= 0)
                node[m++] = (uint32_t)x;
        }
        m = sort_distinct(node, m);
        for (size_t i = 0; i < m; i++) {
            eg_node *nd = &net->nodes[node[i]];
            nd->windows++;
            if (node_doc[node[i]] != doc + 1) {
                node_doc[node[i]] = doc + 1;
                nd->documents++;
            }
        }
        /* its pairs: among the first window_cap gids, as when counted */
        size_t lim = n < c->opt.window_cap ? n : c->opt.window_cap;
        int32_t a = anchor == UINT32_MAX ? -1 : node_of[anchor];
        if (anchor != UINT32_MAX && a < 0)
            continue;
        m = 0;
        for (size_t i = 0; i < lim; i++) {
            int32_t x = node_of[gid[i]];
            if (x >= 0 && x != a)
                node[m++] = (uint32_t)x;
        }
        m = sort_distinct(node, m);
        for (size_t i = 0; i < m && rc == EG_OK; i++) {
            if (a >= 0) { /* token windows: pairs with the anchor */
                rc = count_edge(net, emap, edge_doc, doc, (uint32_t)a,
                                node[i]);
                continue;
            }
            for (size_t j = i + 1; j < m && rc == EG_OK; j++)
                rc = count_edge(net, emap, edge_doc, doc, node[i], node[j]);
        }
    }
    if (rc == EG_OK && c->wins_file && ferror(c->wins_file)) {
        c->wins_err = errno ? errno : EIO;
        rc = EG_EOUTPUT;
    }
    free(node_doc);
    free(edge_doc);
    free(gid);
    free(node);
    return rc;
}

/* Is w, one word, a word of the name s of several? */
static bool word_of(const char *w, const char *s)
{
    size_t n = strlen(w);
    if (!n || strchr(w, ' ') || !strchr(s, ' '))
        return false;
    for (const char *p = s; (p = strstr(p, w)) != NULL; p++)
        if ((p == s || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
            return true;
    return false;
}

static eg_error_t build(eg_corpus *c, eg_network *net)
{
    size_t n = c->n_gents;
    bool *dropped = calloc(n ? n : 1, sizeof *dropped);
    nodeinfo *info = calloc(n ? n : 1, sizeof *info);
    if (!dropped || !info) {
        free(dropped);
        free(info);
        return EG_ENOMEM;
    }
    eg_error_t rc = merge_other_names(c);
    if (rc == EG_OK)
        rc = merge_variants(c);
    if (rc == EG_OK)
        rc = merge_name_forms(c);
    if (rc == EG_OK)
        rc = merge_org_suffixes(c);
    if (rc == EG_OK)
        rc = merge_company_kinds(c);
    if (rc == EG_OK)
        rc = merge_org_cores(c);
    /* (after the cores: "US National Transportation Safety Board (NTSB)"
     * and "National Transportation Safety Board (NTSB)" are one, so NTSB
     * fits one organisation) */
    if (rc == EG_OK)
        rc = merge_acronyms(c);
    if (rc == EG_OK)
        rc = merge_person_tails(c);
    if (rc == EG_OK)
        rc = merge_person_middles(c);
    if (rc != EG_OK) {
        free(dropped);
        free(info);
        return rc;
    }
    rc = merge_short_forms(c, dropped);
    if (rc != EG_OK) {
        free(dropped);
        free(info);
        return rc;
    }

    /* fold merged entities into their representatives */
    for (size_t i = 0; i < n; i++) {
        uint32_t r = find(c->gents, (uint32_t)i);
        c->gents[i].node = -1;
        if (r == i)
            continue;
        gent *g = &c->gents[i], *R = &c->gents[r];
        for (int t = 0; t < EG_TYPE_COUNT; t++)
            R->votes[t] += g->votes[t];
        R->mentions += g->mentions;
        widen_dates(&R->first, &R->last, g->first);
        widen_dates(&R->first, &R->last, g->last);
        dropped[i] = true;
    }

    /* label: the most frequent full form (ties: longer, then smaller) */
    int32_t *node_of = NULL;
    const char **label = calloc(n ? n : 1, sizeof *label);
    uint32_t *label_count = calloc(n ? n : 1, sizeof *label_count);
    bool *label_full = calloc(n ? n : 1, sizeof *label_full);
    if (!label || !label_count || !label_full) {
        rc = EG_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < c->n_surfaces; i++) {
        const surface *sf = &c->surfaces[i];
        uint32_t r = find(c->gents, sf->gid);
        const char *s = eg_intern_str(&c->surfaces_in, sf->sid);
        bool full = !sf->partial;
        bool better;
        /* an acronym and the same word with a suffix ("FTX", "FTX Group")
         * go by their counts, not by which is the full form */
        bool suffixed =
            label[r] && is_acronym(s) != is_acronym(label[r]) &&
            opens_with(is_acronym(s) ? label[r] : s,
                       is_acronym(s) ? s : label[r]);
        if (!label[r])
            better = true;
        else if (full != label_full[r] && !suffixed)
            better = full;
        else if (is_acronym(s) != is_acronym(label[r]) && !suffixed)
            better = !is_acronym(s); /* "Baltic-Caspian Development Bank"
                                        over "BCDB" */
        else if (has_lower(s) != has_lower(label[r]) && !suffixed)
            better = has_lower(s); /* "New Delhi" over "NEW DELHI" of a
                                      dateline */
        else if (initialled(s) != initialled(label[r]) &&
                 strchr(initialled(s) ? label[r] : s, ' '))
            better = !initialled(s); /* "Boris Yeltsin" over "B. Yeltsin"
                                        of a scorecard (not over a
                                        surname alone) */
        else if (gent_type(&c->gents[r]) == EG_TYPE_PERSON &&
                 (word_of(s, label[r]) ? 4 * label_count[r] >= sf->count
                  : word_of(label[r], s) && 4 * sf->count >= label_count[r]))
            better = word_of(label[r], s); /* "Lai Ching-te" over a "Lai"
                                              that a town's name kept as
                                              a full form, unless named
                                              far less */
        else if (sf->count != label_count[r])
            better = sf->count > label_count[r];
        else if (strlen(s) != strlen(label[r]))
            better = strlen(s) > strlen(label[r]);
        else
            better = strcmp(s, label[r]) < 0;
        if (better) {
            label[r] = s;
            label_count[r] = sf->count;
            label_full[r] = full;
        }
    }
    /* a name given with --alias is the label */
    for (size_t i = 0; i < n; i++) {
        const gent *g = &c->gents[i];
        uint32_t r = find(c->gents, (uint32_t)i);
        if (g->canonical && label[r])
            label[r] = g->canonical;
    }

    /* which entities become nodes */
    size_t n_nodes = 0;
    for (size_t i = 0; i < n; i++) {
        gent *g = &c->gents[i];
        if (dropped[i] || !label[i])
            continue;
        eg_type t = gent_type(g);
        if (t == EG_TYPE_NONE)
            continue;
        if (c->opt.types && !(c->opt.types & (1u << t)))
            continue;
        if (g->mentions < (long)c->opt.min_mentions)
            continue;
        /* a lone unknown word needs real evidence */
        if (g->partial_only && !g->first_key && gent_conf(g) < 1.0f)
            continue;
        info[n_nodes].gid = (uint32_t)i;
        info[n_nodes].label = label[i];
        info[n_nodes].slug = make_slug(label[i]);
        if (!info[n_nodes].slug) {
            rc = EG_ENOMEM;
            goto out;
        }
        info[n_nodes].pre = sort_prefix(info[n_nodes].slug);
        n_nodes++;
    }
    eg_sort_prefixed(info, n_nodes, sizeof *info, offsetof(nodeinfo, pre),
                     cmp_nodeinfo);

    /* the network's string pool is the corpus's arena, which holds the
     * evidence already; the corpus starts a new one */
    net->strings = malloc(sizeof *net->strings);
    if (!net->strings) {
        rc = EG_ENOMEM;
        goto out;
    }
    *net->strings = c->arena;
    eg_arena_init(&c->arena, 256 * 1024);
    net->nodes = calloc(n_nodes ? n_nodes : 1, sizeof *net->nodes);
    if (!net->nodes) {
        rc = EG_ENOMEM;
        goto out;
    }
    size_t dup = 1;
    for (size_t i = 0; i < n_nodes; i++) {
        gent *g = &c->gents[info[i].gid];
        g->node = (int32_t)i;
        g->node_type = gent_type(g);
        eg_node *nd = &net->nodes[i];
        net->n_nodes = i + 1;
        nd->community = -1;
        /* unique ids: a repeated slug gets _2, _3 ... in sorted order
         * (counted as we go: thousands of non-Latin names all slug to
         * "entity") */
        dup = i > 0 && strcmp(info[i - 1].slug, info[i].slug) == 0 ? dup + 1
                                                                   : 1;
        if (dup > 1) {
            char *s = eg_arena_alloc(net->strings, strlen(info[i].slug) + 24);
            if (!s) {
                rc = EG_ENOMEM;
                goto out;
            }
            sprintf(s, "%s_%zu", info[i].slug, dup);
            nd->id = s;
        } else {
            nd->id = arena_dup(net->strings, info[i].slug);
        }
        nd->label = arena_dup(net->strings, info[i].label);
        nd->type = gent_type(g);
        nd->mentions = g->mentions;
        nd->first = arena_dup(net->strings, g->first);
        nd->last = arena_dup(net->strings, g->last);
        if (!nd->id || !nd->label || (g->first && !nd->first) ||
            (g->last && !nd->last)) {
            rc = EG_ENOMEM;
            goto out;
        }
    }
    /* a slug repeated as "x_2" may collide with a real "x_2": rare; make
     * ids unique by a final check, every copy after the first renamed.
     * Sorted rather than compared pairwise: 100,000 entities made the
     * pairwise check 5e9 strcmp calls. */
    rc = unique_ids(net);
    if (rc != EG_OK)
        goto out;

    /* the final ids, for --mentions */
    for (size_t i = 0; i < n; i++) {
        gent *g = &c->gents[i];
        if (g->node >= 0) {
            g->node_id = eg_arena_strdup(&c->arena, net->nodes[g->node].id);
            if (!g->node_id) {
                rc = EG_ENOMEM;
                goto out;
            }
        }
    }

    /* aliases: every other surface of the entity */
    for (size_t i = 0; i < c->n_surfaces; i++) {
        const surface *sf = &c->surfaces[i];
        uint32_t r = find(c->gents, sf->gid);
        int32_t ni = c->gents[r].node;
        if (ni < 0)
            continue;
        eg_node *nd = &net->nodes[ni];
        const char *s = eg_intern_str(&c->surfaces_in, sf->sid);
        if (strcmp(s, nd->label) == 0)
            continue;
        bool seen = false;
        for (size_t a = 0; a < nd->n_aliases && !seen; a++)
            seen = strcmp(nd->aliases[a], s) == 0;
        if (seen)
            continue;
        char **na = realloc(nd->aliases, (nd->n_aliases + 1) * sizeof *na);
        if (!na) {
            rc = EG_ENOMEM;
            goto out;
        }
        nd->aliases = na;
        if (!(na[nd->n_aliases] = arena_dup(net->strings, s))) {
            rc = EG_ENOMEM;
            goto out;
        }
        nd->n_aliases++;
    }
    for (size_t i = 0; i < n_nodes; i++)
        if (net->nodes[i].n_aliases > 1)
            qsort(net->nodes[i].aliases, net->nodes[i].n_aliases,
                  sizeof(char *), cmp_str_ptr);

    /* each entity's node, through its representative (-1: none): a small
     * array read for every pair and window, where the entities are large
     * records scattered in memory */
    node_of = malloc((n ? n : 1) * sizeof *node_of);
    if (!node_of) {
        rc = EG_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        node_of[i] = c->gents[find(c->gents, (uint32_t)i)].node;

    /* edges: pairs mapped to nodes, merged when entities merged */
    eg_u64map emap;
    eg_u64map_init(&emap);
    /* room for as many edges as pairs (each pair makes one edge at most):
     * neither the map nor the array moves while they fill */
    net->edges = malloc((c->n_pairs ? c->n_pairs : 1) * sizeof *net->edges);
    if (!net->edges || !eg_u64map_reserve(&emap, c->n_pairs)) {
        eg_u64map_finish(&emap);
        rc = EG_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < c->n_pairs; i++) {
        const pair *p = &c->pairs[i];
        int32_t a = node_of[p->a];
        int32_t b = node_of[p->b];
        if (a < 0 || b < 0 || a == b)
            continue;
        if (a > b) {
            int32_t t = a;
            a = b;
            b = t;
        }
        uint32_t idx = (uint32_t)net->n_edges;
        bool found;
        if (!eg_u64map_put(&emap, (uint64_t)a << 32 | (uint32_t)b, &idx,
                           &found)) {
            eg_u64map_finish(&emap);
            rc = EG_ENOMEM;
            goto out;
        }
        eg_edge *e = &net->edges[idx];
        if (!found) {
            memset(e, 0, sizeof *e);
            e->source = (size_t)a;
            e->target = (size_t)b;
            e->evidence = p->evidence; /* already in net->strings */
            net->n_edges++;
        }
        const char *f = e->first, *l = e->last;
        widen_dates(&f, &l, p->first);
        widen_dates(&f, &l, p->last);
        if (f != e->first)
            e->first = arena_dup(net->strings, f);
        if (l != e->last)
            e->last = arena_dup(net->strings, l);
    }
    rc = count_windows(c, net, &emap, node_of);
    eg_u64map_finish(&emap);
    if (rc != EG_OK)
        goto out;
    if (net->n_edges > 1 && !sort_edges(net)) {
        rc = EG_ENOMEM;
        goto out;
    }

    /* isolates, weights and other filters: graph/weight.c, graph/filter.c */
    for (size_t i = 0; i < n_nodes; i++)
        if (net->nodes[i].first)
            net->has |= EG_HAS_DATES;
    c->stats.entities = n_nodes;
    net->stats = c->stats;

out:
    for (size_t i = 0; i < n; i++)
        free(info[i].slug);
    free(info);
    free(dropped);
    free(label);
    free(label_count);
    free(label_full);
    free(node_of);
    return rc;
}

eg_error_t eg_corpus_build(eg_corpus *c, eg_network *net, eg_status *st)
{
    eg_error_t rc = build(c, net);
    if (rc != EG_OK) {
        eg_network_finish(net);
        if (rc == EG_ENOMEM)
            return eg_fail_nomem(st);
        if (c->wins_err)
            return eg_fail(st, rc,
                           "cannot read the temporary file of the window "
                           "counts: %s",
                           strerror(c->wins_err));
        return eg_fail(st, rc, "cannot build the network");
    }
    return EG_OK;
}

eg_error_t eg_corpus_write_mentions(eg_corpus *c, const eg_network *net,
                                    FILE *spool, FILE *out)
{
    (void)net;
    if (fflush(spool) != 0 || fseek(spool, 0, SEEK_SET) != 0)
        return EG_EOUTPUT;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    eg_error_t rc = EG_OK;
    while ((len = getline(&line, &cap, spool)) > 0) {
        char *tab = memchr(line, '\t', (size_t)len);
        if (!tab)
            continue;
        unsigned long gid = strtoul(line, NULL, 10);
        if (gid >= c->n_gents)
            continue;
        /* entities the graph filters left out (isolates, --top ...) keep
         * their mentions, under the id their node would have had */
        const gent *g = &c->gents[find(c->gents, (uint32_t)gid)];
        if (g->node < 0 || !g->node_id)
            continue;
        size_t body = (size_t)len - (size_t)(tab + 1 - line);
        if (body && tab[body] == '\n')
            body--;
        eg_buf_clear(&c->buf);
        if (!eg_buf_append(&c->buf, tab + 1, body) ||
            !eg_buf_printf(&c->buf, ",\"type\":\"%s\",\"entity\":",
                           eg_type_name(g->node_type)) ||
            !eg_buf_json_string(&c->buf, g->node_id, strlen(g->node_id)) ||
            !eg_buf_puts(&c->buf, "}\n")) {
            rc = EG_ENOMEM;
            break;
        }
        if (fwrite(c->buf.data, 1, c->buf.len, out) != c->buf.len) {
            rc = EG_EOUTPUT;
            break;
        }
    }
    if (rc == EG_OK && ferror(spool))
        rc = EG_EOUTPUT;
    free(line);
    return rc;
}
