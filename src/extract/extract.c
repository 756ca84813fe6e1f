/* Entity extraction for one document.
 *
 *   1. lines are split and the boilerplate marked (text/clean.c), the kept
 *      text segmented into sentences (text/segment.c);
 *   2. candidates: PCRE2 finds runs of capitalised words joined by name
 *      connectors (of, de, van, bin, al- ...); each run is trimmed (titles,
 *      leading "The", possessives, sentence-initial common words) and split
 *      where it joins two names ("Russia's Putin", "Trump and Putin");
 *   3. typing: every mention collects votes from the gazetteers and from
 *      its context (titles, organisation heads, "in X", "X said");
 *   4. resolution within the document: surnames and title + surname join the
 *      nearest full name that fits, acronyms join their expansion.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#define PCRE2_CODE_UNIT_WIDTH 8

#include "extract/extract.h"
#include "core/buf.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/hashmap.h"
#include "core/wordlist.h"
#include "extract/gazetteer.h"
#include "text/clean.h"
#include "text/normalize.h"
#include "text/utf8.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the extractor (shared, read-only) ------------------------------ */

struct eg_extractor {
    eg_extract_options opt;
    pcre2_code *run;       /* a run of capitalised words */
    bool jit;              /* run is JIT-compiled */
    eg_gazetteer *gz;
};

/* A word that may start or continue a name: an initial ("J."), a dotted
 * acronym ("U.S."), or a capitalised word with inner hyphens and
 * apostrophes ("Jong-un", "O'Brien", "Kim's"), optionally after an Arabic
 * article ("al-Assad"). */
#define WORD                                                                \
    "(?:(?=[abdeilvO])(?:al|el|ad|ash|as|an|ar|at|az|bin|ibn|abu|de|di|da|" \
    "du|van|von|le|"                                                        \
    "la|d|l|O)['’\\-‐])?"                                                   \
    "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{M}\\p{Nd}]*+"                 \
    "(?:(?:['’\\-‐]|&(?=\\p{Lu}))[\\p{L}\\p{M}\\p{Nd}]++)*"           \
    "(?:(?<=s)['’](?=[ \\t]+\\p{Lu})|\\.)?)"
#define CONNECTOR                                                           \
    "(?=[abdefilotuvy&])"                                                   \
    "(?:of|the|de|da|del|della|der|den|des|di|du|dos|das|do|van|von|ter|"   \
    "ten|al|el|bin|ibn|bint|ben|abu|la|le|y|and|for|on|upon|am|an|&)"
static const char run_pattern[] =
    "(?<![\\p{L}\\p{M}\\p{Nd}])" WORD
    "(?:[ \\t\\x{00A0}]*+\\R?+[ \\t\\x{00A0}]*+(?:" CONNECTOR
    "\\s++){0,3}" WORD ")*";

eg_error_t eg_extractor_create(eg_extractor **out,
                               const eg_extract_options *opt, eg_status *st)
{
    eg_extractor *ex = calloc(1, sizeof *ex);
    if (!ex)
        return eg_fail_nomem(st);
    if (opt)
        ex->opt = *opt;
    int err;
    PCRE2_SIZE erroff;
    ex->run = pcre2_compile((PCRE2_SPTR)run_pattern, PCRE2_ZERO_TERMINATED,
                            PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED,
                            &err, &erroff, NULL);
    if (!ex->run) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof msg);
        eg_extractor_destroy(ex);
        return eg_fail(st, EG_EINTERNAL, "candidate pattern at %zu: %s",
                       (size_t)erroff, (const char *)msg);
    }
    /* JIT is an optimisation: without it (unsupported CPU) matching still
     * works, only slower. */
    ex->jit = pcre2_jit_compile(ex->run, PCRE2_JIT_COMPLETE) == 0;

    eg_error_t rc = eg_gazetteer_create(&ex->gz, st);
    if (rc == EG_OK && ex->opt.stoplist)
        rc = eg_gazetteer_load_stoplist(ex->gz, ex->opt.stoplist, st);
    if (rc == EG_OK && ex->opt.aliases)
        rc = eg_gazetteer_load_aliases(ex->gz, ex->opt.aliases, st);
    if (rc != EG_OK) {
        eg_extractor_destroy(ex);
        return rc;
    }
    *out = ex;
    return EG_OK;
}

void eg_extractor_destroy(eg_extractor *ex)
{
    if (!ex)
        return;
    pcre2_code_free(ex->run);
    eg_gazetteer_destroy(ex->gz);
    free(ex);
}

/* ---- the worker (per thread) ---------------------------------------- */

/* A word of a candidate run. */
typedef struct word {
    uint32_t start, end;
    uint32_t flags;        /* gazetteer flags of the word alone */
    bool connector;        /* lowercase joiner: of, de, van ... */
    bool caps;             /* all capitals (2+ letters) */
    bool inner_lower;      /* "Jong-un": a hyphen then a lowercase part */
    bool plain_parts;      /* ... whose parts are ordinary words
                              ("High-ranking", "Low-income") */
    bool inner_upper;      /* "Commissioner-General": a hyphen, a capital */
    bool possessive;       /* ended in 's / ' (already cut off) */
    bool digit;            /* holds a digit ("An-148", "COVID-19") */
    bool after_hyphen;     /* right part of a split "Korea-Russia" */
    bool modifier;         /* "Moscow" of "Moscow-based": ends a name */
    bool starts_name;      /* may start a listed name of several words */
    uint32_t key_off, key_len; /* the word's comparison key in wkeys */
    const eg_gz_entry *entry;  /* the word's gazetteer entry, or NULL */
} word;

/* A mention before resolution. */
typedef struct cand {
    uint32_t start, end;
    uint32_t sentence;
    uint32_t first_word, n_words; /* into worker words (connectors too) */
    uint32_t key_off, key_len;    /* into worker keys */
    uint32_t first_off, first_len, last_off, last_len;
    uint32_t core_off, core_len;  /* see core_key(); core_len 0: none */
    uint32_t place_len;           /* its place's key, after the core's */
    bool core_anywhere;           /* eg_doc_entity.core_anywhere */
    float votes[EG_TYPE_COUNT];
    float name_votes[EG_TYPE_COUNT]; /* the part of votes that the name's
                              own words give, the same at every mention */
    float share;           /* of votes counted in its entity's, 0: none */
    bool acronym;          /* one all-capitals word */
    bool shortform;        /* one word, not known by itself */
    bool titled;           /* a title or honorific preceded it */
    bool rejected;
    const char *alias;     /* --alias canonical name, or NULL */
    bool common_caps;      /* an acronym that spells a common word */
    bool maybe_surname;    /* one word, only a city or region, or a
                              company that is also a person's name: may be
                              the surname of a person named in the document */
    bool surname_only;     /* kept only as the short form of a person */
    bool employer;         /* named as one ("analysts at X") */
    bool no_entity;        /* an event or a law: never an entity, but its
                              initials reject the same acronym */
    bool shadow;           /* the name with the common word that opens its
                              sentence ("Credit Suisse said"): kept, in
                              place of the name without it (partner), only
                              if the document names it elsewhere */
    uint32_t partner;
    int32_t entity;        /* resolved entity, -1 when none yet */
} cand;

/* A key in eg_worker.parts_buf and the entity it stands for. */
typedef struct name_part {
    size_t off, len;
    uint32_t entity;
} name_part;

/* People a town needs for its name to count as a place's rather than as
 * another word's (most towns under it share their names with words,
 * people and companies). */
enum { LARGE_TOWN = 100000 };

enum { LOOKUP_CACHE_SLOTS = 1024, LOOKUP_CACHE_TEXT = 14, KEY_UNKNOWN = 0xFF };

/* split_words()'s recent answers: the words of a run depend on its bytes
 * alone, and runs recur ("Kim Jong Un", "Reuters"). */
enum { RUN_CACHE_SLOTS = 1024, RUN_CACHE_TEXT = 40, RUN_CACHE_WORDS = 5,
       RUN_CACHE_KEYS = 40 };
struct run_slot {
    unsigned char len;      /* bytes of the run; 0: empty */
    unsigned char n_words;
    unsigned char keys_len;
    char text[RUN_CACHE_TEXT];
    char keys[RUN_CACHE_KEYS];
    word words[RUN_CACHE_WORDS]; /* start, end from the run's start;
                                    key_off into keys */
};

struct eg_worker {
    const eg_extractor *ex;
    pcre2_match_data *md;
    word *words;
    size_t n_words, cap_words;
    cand *cands;
    size_t n_cands, cap_cands;
    size_t n_shadows;      /* cands with shadow set */
    eg_u64map shadow_keys; /* see settle_shadows() */
    eg_buf keys;           /* keys of the candidates, back to back */
    eg_buf wkeys;          /* keys of the words, back to back */
    /* lookups of word spans of 1..4 words within the current run, by
     * (first word - memo_base) * 4 + length - 1 */
    const eg_gz_entry **memo;
    size_t memo_cap, memo_base, memo_n;
    uint32_t *memo_flags;  /* usable_flags() of the same spans */
    unsigned char *memo_fset; /* whether memo_flags is computed */
    size_t memo_fcap, memo_scap;
    bool titlecase;        /* the current sentence capitalises every word */
    eg_buf scratch;
    eg_strmap ent_map;     /* key -> entity index */
    eg_strmap first_map;   /* first word of a full name -> entity */
    eg_strmap last_map;    /* last word of a full name -> entity */
    eg_strmap initials;    /* initials of a full name -> entity */
    eg_buf initials_buf;
    eg_strmap parts;       /* parts of long names of people -> entity */
    eg_strmap forms;       /* see name_votes_once() */
    eg_buf parts_buf;      /* their keys */
    name_part *part;       /* their places in parts_buf, before the map */
    size_t n_part, cap_part;
    /* surface_entry()'s recent answers for short surfaces, by a hash of
     * their bytes: names and the words around them ("the", "said") recur */
    struct lookup_slot {
        unsigned char len;  /* 0: empty */
        unsigned char key_len; /* KEY_UNKNOWN: not kept (longer) */
        bool starts_name;   /* eg_gazetteer_starts_name() of the key */
        char text[LOOKUP_CACHE_TEXT];
        char key[LOOKUP_CACHE_TEXT];
        const eg_gz_entry *entry;
    } lookup_cache[LOOKUP_CACHE_SLOTS];
    struct run_slot run_cache[RUN_CACHE_SLOTS];
    double t_stage[EG_STAGE_COUNT]; /* seconds per stage, see eg_analyze() */
};

eg_error_t eg_worker_create(eg_worker **out, const eg_extractor *ex,
                            eg_status *st)
{
    eg_worker *w = calloc(1, sizeof *w);
    if (!w)
        return eg_fail_nomem(st);
    w->ex = ex;
    w->md = pcre2_match_data_create_from_pattern(ex->run, NULL);
    if (!w->md) {
        free(w);
        return eg_fail_nomem(st);
    }
    eg_buf_init(&w->keys);
    eg_buf_init(&w->wkeys);
    eg_buf_init(&w->scratch);
    eg_strmap_init(&w->ent_map);
    eg_strmap_init(&w->first_map);
    eg_strmap_init(&w->last_map);
    eg_strmap_init(&w->initials);
    eg_buf_init(&w->initials_buf);
    eg_strmap_init(&w->parts);
    eg_strmap_init(&w->forms);
    eg_u64map_init(&w->shadow_keys);
    eg_buf_init(&w->parts_buf);
    *out = w;
    return EG_OK;
}

void eg_worker_destroy(eg_worker *w)
{
    if (!w)
        return;
    pcre2_match_data_free(w->md);
    free(w->words);
    free(w->cands);
    eg_buf_finish(&w->keys);
    eg_buf_finish(&w->wkeys);
    free(w->memo);
    free(w->memo_flags);
    free(w->memo_fset);
    eg_buf_finish(&w->scratch);
    eg_strmap_finish(&w->ent_map);
    eg_strmap_finish(&w->first_map);
    eg_strmap_finish(&w->last_map);
    eg_strmap_finish(&w->initials);
    eg_buf_finish(&w->initials_buf);
    eg_strmap_finish(&w->parts);
    eg_strmap_finish(&w->forms);
    eg_u64map_finish(&w->shadow_keys);
    eg_buf_finish(&w->parts_buf);
    free(w->part);
    free(w);
}

void eg_analysis_init(eg_analysis *an)
{
    memset(an, 0, sizeof *an);
    eg_segmentation_init(&an->seg);
    eg_arena_init(&an->arena, 64 * 1024);
}

void eg_analysis_finish(eg_analysis *an)
{
    eg_segmentation_finish(&an->seg);
    free(an->mentions);
    free(an->entities);
    eg_arena_finish(&an->arena);
    memset(an, 0, sizeof *an);
}

/* ---- word helpers ----------------------------------------------------- */

/* The slot of surface_entry()'s cache for the surface s of 1 to
 * LOOKUP_CACHE_TEXT bytes; *hit when it holds s. */
static struct lookup_slot *cache_slot(eg_worker *w, const char *s, size_t len,
                                      bool *hit)
{
    struct lookup_slot *slot =
        &w->lookup_cache[eg_hash_bytes(s, len) & (LOOKUP_CACHE_SLOTS - 1)];
    *hit = slot->len == len && memcmp(slot->text, s, len) == 0;
    return slot;
}

/* Keeps in slot the answers for the surface s: its key, entry and start
 * bit. */
static void cache_fill(struct lookup_slot *slot, const char *s, size_t len,
                       const char *key, size_t key_len, const eg_gz_entry *e,
                       bool starts)
{
    slot->len = (unsigned char)len;
    memcpy(slot->text, s, len);
    slot->key_len = key_len <= LOOKUP_CACHE_TEXT ? (unsigned char)key_len
                                                 : KEY_UNKNOWN;
    if (key_len <= LOOKUP_CACHE_TEXT)
        memcpy(slot->key, key, key_len);
    slot->entry = e;
    slot->starts_name = starts;
}

/* The entry of a key and whether it starts a listed name of several
 * words. */
static const eg_gz_entry *key_entry(eg_worker *w, const char *key, size_t len,
                                    bool *starts)
{
    if (len == 0) {
        *starts = false;
        return NULL;
    }
    uint64_t h = eg_hash_bytes(key, len);
    *starts = eg_gazetteer_starts_name(w->ex->gz, h);
    return eg_gazetteer_get_hashed(w->ex->gz, key, len, h);
}

/* The gazetteer entry *e of the surface s and whether its key starts a
 * listed name of several words; the key is appended to keys (not kept
 * when keys is NULL: w->scratch serves). Short
 * surfaces are answered from a small cache of exact byte matches, which
 * spares the key, the hash and a probe of the big table (a cache miss)
 * for names that recur and the common words around them. False when out
 * of memory. */
static bool surface_entry(eg_worker *w, const char *s, size_t len,
                          eg_buf *keys, const eg_gz_entry **e, bool *starts)
{
    bool hit = false;
    struct lookup_slot *slot = len && len <= LOOKUP_CACHE_TEXT
                                   ? cache_slot(w, s, len, &hit)
                                   : NULL;
    if (hit && (!keys || slot->key_len != KEY_UNKNOWN)) {
        *e = slot->entry;
        *starts = slot->starts_name;
        return !keys || eg_buf_append(keys, slot->key, slot->key_len);
    }
    if (!keys) {
        keys = &w->scratch;
        eg_buf_clear(keys);
    }
    size_t at = keys->len;
    if (!eg_name_key(s, len, keys))
        return false;
    const char *key = keys->data + at;
    *e = key_entry(w, key, keys->len - at, starts);
    if (slot)
        cache_fill(slot, s, len, key, keys->len - at, *e, *starts);
    return true;
}

/* The gazetteer entry of the surface s (its key's), or NULL. */
static const eg_gz_entry *lookup(eg_worker *w, const char *s, size_t len)
{
    const eg_gz_entry *e;
    bool starts;
    return surface_entry(w, s, len, NULL, &e, &starts) ? e : NULL;
}

/* The entry of the words [a, b) from their cached keys: a span's key is
 * the concatenation of its words' keys (spaces drop out of keys). */
static const eg_gz_entry memo_unset;

static const eg_gz_entry *lookup_words_raw(eg_worker *w, size_t a, size_t b);

static const eg_gz_entry *lookup_words(eg_worker *w, size_t a, size_t b)
{
    if (b == a + 1)
        return w->words[a].entry;
    if (a >= w->memo_base && a < w->memo_base + w->memo_n && b - a <= 4) {
        const eg_gz_entry **slot = &w->memo[(a - w->memo_base) * 4 + (b - a - 1)];
        if (*slot == &memo_unset)
            *slot = lookup_words_raw(w, a, b);
        return *slot;
    }
    return lookup_words_raw(w, a, b);
}

/* Starts memoising lookups for words [first, first + count). */
static bool memo_start(eg_worker *w, size_t first, size_t count)
{
    if (!EG_GROW(w->memo, w->memo_cap, count * 4) ||
        !EG_GROW(w->memo_flags, w->memo_fcap, count * 4) ||
        !EG_GROW(w->memo_fset, w->memo_scap, count * 4)) {
        w->memo_n = 0;
        return false;
    }
    for (size_t i = 0; i < count * 4; i++)
        w->memo[i] = &memo_unset;
    memset(w->memo_fset, 0, count * 4);
    w->memo_base = first;
    w->memo_n = count;
    return true;
}

/* Forgets the lookups that cover word j (its key changed). */
static void memo_forget(eg_worker *w, size_t j)
{
    for (size_t a = j >= 3 ? j - 3 : 0; a <= j; a++)
        if (a >= w->memo_base && a < w->memo_base + w->memo_n)
            for (size_t len = 1; len <= 4; len++)
                if (a + len > j) {
                    w->memo[(a - w->memo_base) * 4 + len - 1] = &memo_unset;
                    w->memo_fset[(a - w->memo_base) * 4 + len - 1] = 0;
                }
}

/* Appends the keys of words [a, b) to out: the key of those words as one
 * span. */
static bool append_word_keys(const eg_worker *w, size_t a, size_t b,
                             eg_buf *out)
{
    for (size_t k = a; k < b; k++)
        if (!eg_buf_append(out, w->wkeys.data + w->words[k].key_off,
                           w->words[k].key_len))
            return false;
    return true;
}

/* Appends the initials of words [a, b) ("Korean Central News Agency" ->
 * "KCNA", "Hayat Tahrir al-Sham" -> "HTS"), skipping connectors; returns
 * how many, or -1 when a word does not start with a letter A-Z or memory
 * ran out (some may be appended). */
static long words_initials(const eg_worker *w, const char *text, size_t a,
                           size_t b, eg_buf *out)
{
    long n = 0;
    for (size_t i = a; i < b; i++) {
        const word *wd = &w->words[i];
        if (wd->connector)
            continue;
        unsigned char ch = (unsigned char)text[wd->start];
        /* a fused particle gives the letter after it: "al-Sham" (S) */
        if (ch >= 'a' && ch <= 'z')
            for (size_t k = wd->start + 1; k + 1 < wd->end; k++)
                if ((text[k] == '-' || text[k] == '\'') &&
                    text[k + 1] >= 'A' && text[k + 1] <= 'Z') {
                    ch = (unsigned char)text[k + 1];
                    break;
                }
        if (ch >= 'a' && ch <= 'z')
            ch &= ~0x20;
        if (!(ch >= 'A' && ch <= 'Z'))
            return -1;
        if (!eg_buf_putc(out, (char)ch))
            return -1;
        /* a word in capitals gives all its letters: "U.S. Forces Korea"
         * (USFK), "UN Security Council" (UNSC) */
        for (size_t k = wd->start + 1; wd->caps && k < wd->end; k++)
            if (text[k] >= 'A' && text[k] <= 'Z' && !eg_buf_putc(out, text[k]))
                return -1;
        n++;
    }
    return n;
}

static const eg_gz_entry *lookup_words_raw(eg_worker *w, size_t a, size_t b)
{
    if (b == a + 1)
        return w->words[a].entry;
    /* most words start no listed name of several words */
    if (!w->words[a].starts_name)
        return NULL;
    eg_buf_clear(&w->scratch);
    if (!append_word_keys(w, a, b, &w->scratch))
        return NULL;
    if (w->scratch.len == 0)
        return NULL;
    const eg_gz_entry *e =
        eg_gazetteer_get(w->ex->gz, w->scratch.data, w->scratch.len);
    /* several words spell a one-word name only by accident: "In Tel"
     * is not "Intel" */
    return e && (e->more & EG_GZ2_SPACED) ? e : NULL;
}

static bool span_all_caps(const char *s, size_t len)
{
    size_t letters = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += eg_utf8_decode(s + i, len - i, &cp);
        if (eg_cp_is_lower(cp))
            return false;
        letters += eg_cp_is_letter(cp);
    }
    return letters >= 2;
}

/* Flags of an entry that apply to this surface: acronym entries match
 * only capitals ("US", not "Us"; long ones such as "Nato" also in title
 * case), and a place or organisation written in capitals is not the
 * stop word it also spells ("US" vs "us"). */
static uint32_t usable_flags_caps(const eg_gz_entry *e, const char *s,
                                  size_t len, bool caps)
{
    if (!e)
        return 0;
    uint32_t f = e->flags;
    if ((f & EG_GZ_CAPS_ONLY) && !caps) {
        size_t letters = 0, lower = 0, digits = 0;
        for (size_t i = 0; i < len; i++) {
            letters += (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z');
            lower += s[i] >= 'a' && s[i] <= 'z';
            digits += s[i] >= '0' && s[i] <= '9';
        }
        /* "G20", "G7": a capital and digits are written as listed */
        bool as_listed = digits && !lower;
        if (!as_listed &&
            (letters < 4 || (f & EG_GZ_COMMON) || !(s[0] >= 'A' && s[0] <= 'Z')))
            f &= ~(uint32_t)(EG_GZ_PLACE | EG_GZ_ORG);
    }
    if (caps && (f & (EG_GZ_PLACE | EG_GZ_ORG)))
        f &= ~(uint32_t)(EG_GZ_STOP | EG_GZ_FUNCTION | EG_GZ_UI | EG_GZ_COMMON);
    return f;
}

static uint32_t usable_flags(const eg_gz_entry *e, const char *s, size_t len)
{
    return e ? usable_flags_caps(e, s, len, span_all_caps(s, len)) : 0;
}

/* usable_flags() of the entry of words [a, b), memoised like the entry. */
static uint32_t span_flags(eg_worker *w, const char *text, size_t a, size_t b)
{
    const word *fa = &w->words[a], *lb = &w->words[b - 1];
    /* one word: fill_word() kept them (a word re-keyed without its
     * possessive lost its entry) */
    if (b == a + 1)
        return fa->entry ? fa->flags : 0;
    if (a >= w->memo_base && a < w->memo_base + w->memo_n && b - a <= 4) {
        size_t k = (a - w->memo_base) * 4 + (b - a - 1);
        if (!w->memo_fset[k]) {
            w->memo_flags[k] = usable_flags(lookup_words(w, a, b),
                                            text + fa->start,
                                            lb->end - fa->start);
            w->memo_fset[k] = 1;
        }
        return w->memo_flags[k];
    }
    return usable_flags(lookup_words(w, a, b), text + fa->start,
                        lb->end - fa->start);
}

static bool starts_lower(const char *s, size_t len)
{
    uint32_t cp;
    eg_utf8_decode(s, len, &cp);
    return eg_cp_is_lower(cp) || cp == '&';
}

/* Lower-case halves that make a hyphenated word a modifier:
 * "Moscow-based", "Russian-made". */
static const char *const hyphen_suffixes[] = {
    "aligned", "allied", "backed", "based", "born", "bound", "brokered",
    "built", "controlled", "dominated", "era", "flagged", "friendly",
    "funded", "held", "imposed", "led", "linked", "listed", "made",
    "occupied", "owned", "registered", "related", "run", "speaking",
    "sponsored", "style", "wide"};

static bool is_compass(const char *s, size_t len)
{
    static const char *const compass[] = {
        "Central", "East", "Eastern", "North", "Northern", "South",
        "Southern", "West", "Western"};
    return EG_IN_WORDS(compass, s, len);
}

/* The caps, digit, inner_lower and inner_upper of the word ws[0..wl) in
 * one pass when it is plain ASCII, as fill_word()'s general loops would
 * set them; false, with nothing set, for any other word. */
static bool ascii_shape(word *wd, const char *ws, size_t wl)
{
    const unsigned char *u = (const unsigned char *)ws;
    unsigned seen = 0;
    size_t letters = 0;
    bool inner_lower = false, inner_upper = false;
    for (size_t k = 0; k < wl; k++) {
        if (u[k] >= 0x80)
            return false;
        unsigned cls = eg_ascii_class[u[k]];
        seen |= cls;
        letters += (cls & EG_CC_LETTER) != 0;
        if (u[k] == '-' && k + 1 < wl && u[k + 1] < 0x80) {
            unsigned nx = eg_ascii_class[u[k + 1]];
            inner_lower |= (nx & EG_CC_LOWER) && k > 1;
            inner_upper |= (nx & EG_CC_UPPER) && k > 0;
        }
    }
    wd->caps = !(seen & EG_CC_LOWER) && letters >= 2;
    wd->digit = (seen & EG_CC_DIGIT) != 0;
    wd->inner_lower = inner_lower;
    wd->inner_upper = inner_upper;
    return true;
}

static eg_error_t fill_word(eg_worker *w, const char *text, size_t s,
                            size_t i)
{
    if (!EG_GROW(w->words, w->cap_words, w->n_words + 1))
        return EG_ENOMEM;
    word *wd = &w->words[w->n_words++];
    memset(wd, 0, sizeof *wd);
    wd->start = (uint32_t)s;
    wd->end = (uint32_t)i;
    wd->connector = starts_lower(text + s, i - s);
    /* "al-Baghdadi", "bin-Laden": a lowercase particle fused to a capital
     * is part of the name */
    for (size_t k = s + 1; wd->connector && k + 1 < i; k++) {
        if ((text[k] == '-' || text[k] == '\'') && text[k + 1] >= 'A' &&
            text[k + 1] <= 'Z')
            wd->connector = false;
        /* d’Ivoire */
        if (k + 3 < i && (unsigned char)text[k] == 0xE2 &&
            (unsigned char)text[k + 1] == 0x80 &&
            (unsigned char)text[k + 2] == 0x99 && text[k + 3] >= 'A' &&
            text[k + 3] <= 'Z')
            wd->connector = false;
    }
    /* possessive: Kim's, Kim’s, Koreas' */
    if (wd->end - wd->start > 2) {
        const char *e = text + wd->end;
        if (e[-1] == 's' && e[-2] == '\'')
            wd->end -= 2, wd->possessive = true;
        else if (wd->end - wd->start > 4 && e[-1] == 's' &&
                 (unsigned char)e[-4] == 0xE2 &&
                 (unsigned char)e[-3] == 0x80 &&
                 (unsigned char)e[-2] == 0x99)
            wd->end -= 4, wd->possessive = true;
        else if (e[-1] == '\'' && e[-2] == 's')
            wd->end -= 1, wd->possessive = true;
        else if (wd->end - wd->start > 4 && e[-4] == 's' &&
                 (unsigned char)e[-3] == 0xE2 &&
                 (unsigned char)e[-2] == 0x80 &&
                 (unsigned char)e[-1] == 0x99)
            wd->end -= 3, wd->possessive = true;
        /* "Moody's", "McDonald's": a company whose name ends so */
        if (wd->possessive && e[-1] == 's') {
            const eg_gz_entry *pe = lookup(w, text + s, i - s);
            if (pe && (pe->flags & EG_GZ_ORG)) {
                wd->end = (uint32_t)i;
                wd->possessive = false;
            }
        }
    }
    const char *ws = text + wd->start;
    size_t wl = wd->end - wd->start;
    if (!ascii_shape(wd, ws, wl)) {
        wd->caps = span_all_caps(ws, wl);
        for (size_t k = 0; k < wl; k++)
            wd->digit |= ws[k] >= '0' && ws[k] <= '9';
        for (size_t k = 0; k + 1 < wl; k++)
            if (ws[k] == '-') {
                uint32_t nx;
                eg_utf8_decode(ws + k + 1, wl - k - 1, &nx);
                if (eg_cp_is_lower(nx) && k > 1)
                    wd->inner_lower = true;
                if (nx >= 'A' && nx <= 'Z' && k > 0)
                    wd->inner_upper = true;
            }
    }
    /* a trailing dot belongs to the word only for initials and known
     * abbreviations ("J.", "Gen.", "U.S."), not at a sentence end */
    if (wl > 1 && ws[wl - 1] == '.') {
        bool keep = wl == 2 || (wd->caps && memchr(ws, '.', wl - 1));
        if (!keep) {
            const eg_gz_entry *e = lookup(w, ws, wl - 1);
            keep = e && (e->flags & EG_GZ_TITLE_ABBR);
        }
        if (!keep)
            wd->end--;
    }
    wd->key_off = (uint32_t)w->wkeys.len;
    const eg_gz_entry *e;
    if (!surface_entry(w, text + wd->start, wd->end - wd->start, &w->wkeys,
                       &e, &wd->starts_name))
        return EG_ENOMEM;
    wd->key_len = (uint32_t)(w->wkeys.len - wd->key_off);
    wd->entry = e;
    /* the trailing dot that may have gone is no letter: same capitals */
    wd->flags = usable_flags_caps(e, text + wd->start, wd->end - wd->start,
                                  wd->caps);
    if (wd->inner_lower && !(wd->flags & EG_GZ_COMMON)) {
        /* "High-ranking", "Low-income": every part an ordinary word, the
         * last of six letters or more or in -ing or -ed (a given name's
         * syllables are shorter: "Sun-young", "In-so") */
        bool plain = true;
        for (size_t p = wd->start, q; p < wd->end && plain; p = q + 1) {
            q = p;
            while (q < wd->end && text[q] != '-')
                q++;
            const eg_gz_entry *pe = q > p ? lookup(w, text + p, q - p) : NULL;
            plain = pe && (pe->flags & EG_GZ_COMMON);
        }
        size_t lp = wd->end;
        while (lp > wd->start && text[lp - 1] != '-')
            lp--;
        size_t ll = wd->end - lp;
        const char *le = text + wd->end;
        wd->plain_parts =
            plain && (ll >= 6 || (ll > 3 && (memcmp(le - 3, "ing", 3) == 0 ||
                                             memcmp(le - 2, "ed", 2) == 0)));
    }
    return EG_OK;
}

/* Adds the words of one space-free token, splitting "North Korea-Russia"
 * style compounds of known places and cutting modifier suffixes
 * ("Moscow-based"). */
static eg_error_t push_token(eg_worker *w, const char *text, size_t s,
                             size_t e)
{
    for (size_t k = s + 1; k + 1 < e; k++) {
        if (text[k] != '-')
            continue;
        size_t r = k + 1, re = r;
        while (re < e && text[re] != '-')
            re++;
        uint32_t cp;
        eg_utf8_decode(text + r, e - r, &cp);
        /* (and any participle: "FDIC-assisted", "UN-sanctioned") */
        bool participle = re - r >= 5 && text[re - 2] == 'e' &&
                          text[re - 1] == 'd';
        if (eg_cp_is_lower(cp) &&
            (participle || EG_IN_WORDS(hyphen_suffixes, text + r, re - r))) {
            if (k == s)
                return EG_OK;
            EG_CHECK(fill_word(w, text, s, k));
            w->words[w->n_words - 1].modifier = true;
            return EG_OK;
        }
        if (!eg_cp_is_upper(cp))
            continue;
        /* a double-barrelled surname after a given name is one word:
         * "Julian Pereira-Kent", though Pereira and Kent are places */
        const word *pv = w->n_words ? &w->words[w->n_words - 1] : NULL;
        if (pv && !pv->connector && !pv->possessive && pv->end + 1 == s &&
            text[s - 1] == ' ' && (pv->flags & EG_GZ_GIVEN) &&
            !(pv->flags & (EG_GZ_FUNCTION | EG_GZ_STOP)))
            break;
        const eg_gz_entry *le = lookup(w, text + s, k - s);
        uint32_t lf = usable_flags(le, text + s, k - s);
        if (!(lf & (EG_GZ_PLACE | EG_GZ_DEMONYM)))
            continue;
        const eg_gz_entry *rt = lookup(w, text + r, re - r);
        uint32_t rf = usable_flags(rt, text + r, re - r);
        if ((rf & (EG_GZ_PLACE | EG_GZ_DEMONYM)) || is_compass(text + r, re - r)) {
            EG_CHECK(fill_word(w, text, s, k));
            size_t at = w->n_words;
            EG_CHECK(push_token(w, text, r, e));
            if (at < w->n_words)
                w->words[at].after_hyphen = true;
            return EG_OK;
        }
    }
    return fill_word(w, text, s, e);
}

/* Splits a regex match [ms, me) into words. */
static eg_error_t split_words_uncached(eg_worker *w, const char *text,
                                       size_t ms, size_t me)
{
    size_t i = ms;
    while (i < me) {
        uint32_t cp;
        size_t n = eg_utf8_decode(text + i, me - i, &cp);
        if (eg_cp_is_space(cp)) {
            i += n;
            continue;
        }
        size_t s = i;
        while (i < me) {
            n = eg_utf8_decode(text + i, me - i, &cp);
            if (eg_cp_is_space(cp))
                break;
            i += n;
        }
        EG_CHECK(push_token(w, text, s, i));
    }
    return EG_OK;
}

/* split_words_uncached(), answered from the run cache when the same
 * bytes were split lately: the words are copied, moved to this run. */
static eg_error_t split_words(eg_worker *w, const char *text, size_t ms,
                              size_t me, size_t *first, size_t *count)
{
    size_t len = me - ms, n0 = w->n_words, k0 = w->wkeys.len;
    struct run_slot *slot =
        len && len <= RUN_CACHE_TEXT
            ? &w->run_cache[eg_hash_bytes(text + ms, len) &
                            (RUN_CACHE_SLOTS - 1)]
            : NULL;
    *first = n0;
    if (slot && slot->len == len && memcmp(slot->text, text + ms, len) == 0) {
        if (!EG_GROW(w->words, w->cap_words, n0 + slot->n_words) ||
            !eg_buf_append(&w->wkeys, slot->keys, slot->keys_len))
            return EG_ENOMEM;
        for (size_t k = 0; k < slot->n_words; k++) {
            word *wd = &w->words[n0 + k];
            *wd = slot->words[k];
            wd->start += (uint32_t)ms;
            wd->end += (uint32_t)ms;
            wd->key_off += (uint32_t)k0;
        }
        w->n_words = n0 + slot->n_words;
        *count = slot->n_words;
        return EG_OK;
    }
    EG_CHECK(split_words_uncached(w, text, ms, me));
    *count = w->n_words - n0;
    if (slot && *count <= RUN_CACHE_WORDS &&
        w->wkeys.len - k0 <= RUN_CACHE_KEYS) {
        slot->len = (unsigned char)len;
        memcpy(slot->text, text + ms, len);
        slot->n_words = (unsigned char)*count;
        slot->keys_len = (unsigned char)(w->wkeys.len - k0);
        memcpy(slot->keys, w->wkeys.data + k0, slot->keys_len);
        for (size_t k = 0; k < *count; k++) {
            word *wd = &slot->words[k];
            *wd = w->words[n0 + k];
            wd->start -= (uint32_t)ms;
            wd->end -= (uint32_t)ms;
            wd->key_off -= (uint32_t)k0;
        }
    }
    return EG_OK;
}

/* ---- candidates ------------------------------------------------------ */

/* Lowercase word right before pos in the sentence (e.g. "in", "the"). */
static bool word_before(const char *text, size_t lo, size_t pos, size_t *ws,
                        size_t *we)
{
    size_t i = pos;
    while (i > lo) {
        uint32_t cp;
        size_t p = eg_utf8_prev(text, i, &cp);
        if (!eg_cp_is_space(cp))
            break;
        i = p;
    }
    size_t e = i;
    while (i > lo) {
        uint32_t cp;
        size_t p = eg_utf8_prev(text, i, &cp);
        if (!eg_cp_is_letter(cp))
            break;
        i = p;
    }
    *ws = i;
    *we = e;
    return e > i;
}

static bool word_after(const char *text, size_t pos, size_t hi, size_t *ws,
                       size_t *we)
{
    size_t i = pos;
    while (i < hi) {
        uint32_t cp;
        size_t n = eg_utf8_decode(text + i, hi - i, &cp);
        if (!eg_cp_is_space(cp) && cp != ',')
            break;
        i += n;
    }
    size_t s = i;
    while (i < hi) {
        uint32_t cp;
        size_t n = eg_utf8_decode(text + i, hi - i, &cp);
        if (!eg_cp_is_letter(cp))
            break;
        i += n;
    }
    *ws = s;
    *we = i;
    return i > s;
}

static bool is_article(const char *s, size_t len)
{
    return (len == 3 && (memcmp(s, "The", 3) == 0 || memcmp(s, "THE", 3) == 0)) ||
           (len == 1 && s[0] == 'A') || (len == 2 && memcmp(s, "An", 2) == 0);
}

/* Title words at the start of words[i..n): how many words (0 = none).
 * Multi-word titles ("Foreign Minister", "Secretary of State") win;
 * plurals count ("Marshals Ri and Pak"). */
static size_t title_at(eg_worker *w, const char *text, size_t i, size_t n,
                       uint32_t *flags, bool *plural)
{
    if (plural)
        *plural = false;
    /* a word that starts no listed name of several words starts no title
     * of several words either, in the singular or the plural (below) */
    size_t most = !w->words[i].starts_name ? 1 : n - i < 4 ? n - i : 4;
    for (size_t len = most; len >= 1; len--) {
        const word *a = &w->words[i], *b = &w->words[i + len - 1];
        /* (nor a possessive: "Prince's Trust", "King's College") */
        if (b->connector || a->connector || b->possessive)
            continue;
        /* initials never spell a title: "J. R." is not "Jr" */
        bool initials = false;
        for (size_t k = i; len > 1 && k < i + len; k++)
            initials |= w->words[k].key_len < 2;
        if (initials)
            continue;
        size_t tl = b->end - a->start;
        const eg_gz_entry *e = lookup_words(w, i, i + len);
        bool pl = false;
        if (!(e && (e->flags & EG_GZ_TITLE)) && tl > 3 &&
            text[b->end - 1] == 's') {
            e = lookup(w, text + a->start, tl - 1), pl = true;
            /* several words spell a one-word title only by accident, as
             * in lookup_words_raw() */
            if (len > 1 && e && !(e->more & EG_GZ2_SPACED))
                e = NULL;
        }
        /* two titles joined by a hyphen: "Commissioner-General" */
        const char *hy = len == 1 && a->inner_upper &&
                                 !(e && (e->flags & EG_GZ_TITLE))
                             ? memchr(text + a->start, '-', tl)
                             : NULL;
        if (hy && hy > text + a->start && hy + 1 < text + b->end &&
            hy[1] >= 'A' && hy[1] <= 'Z') {
            const char *ws = text + a->start;
            const eg_gz_entry *l = lookup(w, ws, (size_t)(hy - ws));
            if (l && (l->flags & EG_GZ_TITLE) &&
                !(l->flags & (EG_GZ_PLACE | EG_GZ_ORG))) {
                e = lookup(w, hy + 1, (size_t)(text + b->end - hy - 1));
                pl = false;
            }
        }
        /* a title that also opens a place's name, before a connector,
         * opens the place: "Col du Tourmalet" */
        if (e && (e->more & EG_GZ2_PLACE_PREFIX) && i + len < n &&
            w->words[i + len].connector)
            e = NULL;
        /* an abbreviation with its dot is the title even when a small
         * town has its name: "Sens. Brian Schatz and Mazie Hirono" (Sens
         * is in Burgundy) */
        bool abbr = e && (e->flags & EG_GZ_TITLE_ABBR) && len == 1 &&
                    text[b->end - 1] == '.' &&
                    !(e->more & EG_GZ2_PLACE_PREFIX) &&
                    (e->flags & (EG_GZ_PLACE | EG_GZ_ORG)) == EG_GZ_CITY &&
                    e->population < LARGE_TOWN;
        if (e && (e->flags & EG_GZ_TITLE) &&
            (abbr || !(e->flags & (EG_GZ_PLACE | EG_GZ_ORG)))) {
            *flags = e->flags;
            if (plural)
                *plural = pl;
            return len;
        }
    }
    return 0;
}

/* known_at() where words[i] may start a listed name of several words. */
static size_t known_at_spans(eg_worker *w, const char *text, size_t i,
                             size_t n, uint32_t flags)
{
    for (size_t len = n - i < 4 ? n - i : 4; len >= 1; len--) {
        const word *a = &w->words[i], *b = &w->words[i + len - 1];
        if (b->connector || a->connector)
            continue;
        if (span_flags(w, text, i, i + len) & flags)
            return len;
    }
    return 0;
}

/* Length (1..4 words) of the longest name a list knows at words[i..n)
 * with any of the flags, 0 when none. */
static inline size_t known_at(eg_worker *w, const char *text, size_t i,
                              size_t n, uint32_t flags)
{
    /* a word that starts no listed name of several words: itself only
     * (lookup_words_raw() finds no longer span), by the flags
     * span_flags() would give */
    if (i < n && !w->words[i].starts_name) {
        const word *wd = &w->words[i];
        return !wd->connector && wd->entry && (wd->flags & flags) ? 1 : 0;
    }
    return known_at_spans(w, text, i, n, flags);
}

/* Does words[j..n) start like a person's name: a known given name, a
 * hyphenated romanised name ("Pyong-chol"), or a surname and another
 * word? */
static bool person_like(const eg_worker *w, size_t j, size_t n)
{
    if (j >= n || w->words[j].connector)
        return false;
    const word *a = &w->words[j];
    if (a->flags & (EG_GZ_ORG_HEAD | EG_GZ_PLACE_HEAD | EG_GZ_ORG_SUFFIX))
        return false;
    if (a->flags & EG_GZ_GIVEN)
        return true;
    /* an initial before a name: "V Muraleedharan", "J. Okafor" */
    if (a->key_len == 1 && a->end - a->start <= 2 && j + 1 < n &&
        !w->words[j + 1].connector && w->words[j + 1].key_len > 2 &&
        !(w->words[j + 1].flags &
          (EG_GZ_COMMON | EG_GZ_ORG_HEAD | EG_GZ_PLACE_HEAD |
           EG_GZ_ORG_SUFFIX | EG_GZ_PLACE | EG_GZ_ORG)))
        return true;
    /* "Jong-un", "Abdul-rahman"; not an ordinary word ("Co-operation",
     * "High-ranking") */
    for (size_t k = j; k < n && k < j + 3; k++)
        if (w->words[k].inner_lower && !w->words[k].plain_parts &&
            !(w->words[k].flags & EG_GZ_COMMON))
            return true;
    return false;
}

/* Do the words from j read as a given name that is also a word and a
 * surname no list calls ordinary ("Marine Tondelier"; not "Marine
 * Corps")? */
static bool given_word_name(const eg_worker *w, size_t j, size_t n)
{
    if (j + 1 >= n || !(w->words[j].flags & EG_GZ_GIVEN_WORD))
        return false;
    const word *b = &w->words[j + 1];
    return !b->connector && !b->caps &&
           !(b->flags & (EG_GZ_COMMON | EG_GZ_ORG_HEAD | EG_GZ_PLACE_HEAD |
                         EG_GZ_ORG_SUFFIX | EG_GZ_PLACE | EG_GZ_ORG));
}

#define HARD_STOP (EG_GZ_WEEKDAY | EG_GZ_MONTH | EG_GZ_FUNCTION | EG_GZ_USER_STOP)

static bool is_word(const char *text, const word *wd, const char *lit)
{
    size_t n = strlen(lit);
    return wd->end - wd->start == n && memcmp(text + wd->start, lit, n) == 0;
}

/* Lowercase name particles: van, von, de, der, al, bin ... */
static bool is_particle(const char *text, const word *wd)
{
    static const char *const particles[] = {
        "al", "bin", "bint", "da", "de", "del", "della", "den", "der", "di",
        "do", "dos", "du", "el", "ibn", "la", "le", "ten", "ter", "van", "von"};
    return wd->connector &&
           EG_IN_WORDS(particles, text + wd->start, wd->end - wd->start);
}

static float *vote(cand *c, eg_type t, float v)
{
    c->votes[t] += v;
    return c->votes;
}

/* A vote that the name's words give, whatever their context. */
static void name_vote(cand *c, eg_type t, float v)
{
    c->votes[t] += v;
    c->name_votes[t] += v;
}

/* An initial: one letter, with or without its dot ("V.", "V"). */
static bool is_initial(const word *wd)
{
    return !wd->connector && wd->key_len == 1 && wd->end - wd->start <= 2;
}

/* A new candidate for words [a, b), text [start, end), after the last
 * one (not counted until the caller says so); NULL when out of memory. */
static cand *push_cand(eg_worker *w, size_t start, size_t end,
                       uint32_t sentence, size_t a, size_t b)
{
    if (!EG_GROW(w->cands, w->cap_cands, w->n_cands + 1))
        return NULL;
    cand *c = &w->cands[w->n_cands];
    memset(c, 0, sizeof *c);
    c->start = (uint32_t)start;
    c->end = (uint32_t)end;
    c->sentence = sentence;
    c->first_word = (uint32_t)a;
    c->n_words = (uint32_t)(b - a);
    c->entity = -1;
    return c;
}

/* Does a country or region of one to three words start at pos and end
 * the clause (the sentence's end, or , . ; : ) after it)? */
static bool country_follows(eg_worker *w, const char *text, size_t pos,
                            size_t hi)
{
    size_t e = pos;
    for (int n = 0; n < 3; n++) {
        size_t ws, we;
        if (!word_after(text, e, hi, &ws, &we) || starts_lower(text + ws, we - ws) ||
            (n == 0 && ws != pos) || (n > 0 && ws != e + 1))
            return false;
        e = we;
        const eg_gz_entry *g = lookup(w, text + pos, e - pos);
        /* (tokenised text puts a space before the mark) */
        size_t m = e < hi && text[e] == ' ' ? e + 1 : e;
        if (g && (g->flags & (EG_GZ_COUNTRY | EG_GZ_REGION)) &&
            (m >= hi || memchr(",.;:)", text[m], 5)))
            return true;
    }
    return false;
}

/* Is s a stock ticker with its exchange's suffix ("CLF.N", "7203.T",
 * "NVDA.OQ"): two characters or more, a dot, one or two capitals? */
static bool is_ticker(const char *s, size_t len)
{
    const char *dot = memchr(s, '.', len);
    if (!dot || dot - s < 2 || memchr(dot + 1, '.', len - (size_t)(dot - s) - 1))
        return false;
    size_t tail = len - (size_t)(dot - s) - 1;
    if (tail < 1 || tail > 2)
        return false;
    for (size_t i = 0; i < tail; i++)
        if (dot[1 + i] < 'A' || dot[1 + i] > 'Z')
            return false;
    for (const char *p = s; p < dot; p++)
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            return false;
    return true;
}

/* Copies the word s[0..len) into low with its first letter in lower
 * case, to look it up in a list of lower-case words ("Analysts",
 * "Shares" opening a sentence); false when it is 16 bytes or longer. */
static bool lower_first(const char *s, size_t len, char low[16])
{
    if (len >= 16)
        return false;
    memcpy(low, s, len);
    if (len && low[0] >= 'A' && low[0] <= 'Z')
        low[0] = (char)(low[0] | 0x20);
    return true;
}

/* Is the word [ws, we) "at" after a profession ("an analyst at",
 * "Economists at")? The name after it is an employer, no place. (Not
 * any role: "a farmer at Changi Prison", "the winner at Longchamp".) */
static bool role_at(const char *text, size_t lo, size_t ws, size_t we)
{
    static const char *const jobs[] = {
        "adviser", "advisor", "analyst", "associate", "attorney", "banker",
        "coach", "consultant", "correspondent", "dealer", "director",
        "economist", "editor", "employee", "engineer", "executive", "expert",
        "fellow", "lawyer", "lecturer", "manager", "partner", "president",
        "professor", "publisher", "reporter", "researcher", "scientist",
        "specialist", "spokesman", "spokesperson", "spokeswoman",
        "strategist", "trader", "writer"};
    size_t rs, re;
    if (we - ws != 2 || memcmp(text + ws, "at", 2) != 0 ||
        !word_before(text, lo, ws, &rs, &re) ||
        !(starts_lower(text + rs, re - rs) || rs == lo))
        return false;
    size_t len = re - rs;
    if (len > 3 && text[re - 1] == 's')
        len--; /* "analysts" */
    char low[16];
    return lower_first(text + rs, len, low) && EG_IN_WORDS(jobs, low, len);
}

/* Is the word [ws, we) a "to" that moves nothing: "according to",
 * "thanks to", "close to" take a source or a person, not a place? */
static bool to_of_source(const char *text, size_t lo, size_t ws, size_t we)
{
    static const char *const heads[] = {"according", "close", "closer",
                                        "due", "loyal", "owing", "thanks"};
    size_t rs, re;
    return we - ws == 2 && memcmp(text + ws, "to", 2) == 0 &&
           word_before(text, lo, ws, &rs, &re) &&
           EG_IN_WORDS(heads, text + rs, re - rs);
}

/* Is the word [ws, we) an "in" that an organisation follows: a
 * publication's ("wrote in X", "an article in X", "published in X") or a
 * company's ("shares in X", "a stake in X")? */
static bool org_in(const char *text, size_t lo, size_t ws, size_t we)
{
    static const char *const heads[] = {
        "article", "column", "commentary", "editorial", "essay", "op-ed",
        "piece", "published", "shares", "stake", "stakes", "writes",
        "writing", "written", "wrote"};
    size_t rs, re;
    if (we - ws != 2 || memcmp(text + ws, "in", 2) != 0 ||
        !word_before(text, lo, ws, &rs, &re))
        return false;
    /* (word_before() stops at the hyphen of "op-ed") */
    if (rs >= 3 && memcmp(text + rs - 3, "op-", 3) == 0)
        rs -= 3;
    /* (opening the sentence: "Shares in X fell") */
    char low[16];
    return lower_first(text + rs, re - rs, low) &&
           EG_IN_WORDS(heads, low, re - rs);
}

/* Length of a score of one or two digits at t[i] that ends there (the
 * end of the sentence at hi, a space, a comma, a bracket), or 0. */
static size_t score_at(const char *t, size_t i, size_t hi)
{
    size_t k = i;
    while (k < hi && k - i < 3 && t[k] >= '0' && t[k] <= '9')
        k++;
    if (k == i || k - i > 2)
        return 0;
    if (k < hi && t[k] != ' ' && t[k] != ',' && t[k] != '(' && t[k] != ';')
        return 0;
    if (k + 1 < hi && t[k] == ',' && t[k + 1] >= '0' && t[k + 1] <= '9')
        return 0; /* "12,700": a price */
    return k - i;
}

/* Is the name [start, end) a side of a result, "Pohang 3 Ulsan 2"? The
 * first side: a score, then words up to another score; the second: a
 * score before it, one after. */
static bool result_side(const char *t, size_t lo, size_t hi, size_t start,
                        size_t end)
{
    if (end + 1 >= hi || t[end] != ' ')
        return false;
    size_t n = score_at(t, end + 1, hi);
    if (!n)
        return false;
    /* the second side: "... 3 Ulsan 2" */
    if (start >= lo + 3 && t[start - 1] == ' ' && t[start - 2] >= '0' &&
        t[start - 2] <= '9') {
        size_t d = start - 2;
        while (d > lo && t[d - 1] >= '0' && t[d - 1] <= '9')
            d--;
        if (start - 1 - d <= 2 && d > lo && t[d - 1] == ' ')
            return true;
    }
    /* the first side: "Pohang 3 Ulsan 2": letters, spaces, dots and
     * hyphens up to the next score */
    size_t k = end + 1 + n;
    if (k + 1 >= hi || t[k] != ' ' || !(t[k + 1] >= 'A' && t[k + 1] <= 'Z'))
        return false;
    for (k++; k < hi; k++) {
        unsigned char c = (unsigned char)t[k];
        if (c == ' ' && k + 1 < hi && t[k + 1] >= '0' && t[k + 1] <= '9')
            return score_at(t, k + 1, hi) != 0;
        if (!(c >= 0x80 || c == ' ' || c == '.' || c == '-' || c == '\'' ||
              ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
            return false;
    }
    return false;
}

/* Appends the key of the name words[a, b) to out. "Ministry of Defence"
 * and "Defence Ministry" share a key, and so do "Nucor Corp." and "Nucor":
 * a legal suffix names no other company; so do "Ford Motor Company" and
 * "Ford Motor Co", written out after two words or a word that is no
 * ordinary word ("Engro Corporation" and "Engro Corp"; not after a
 * place's: "East India Company"). False when out of memory. */
static bool span_key(const eg_worker *w, const char *text, size_t a,
                     size_t b, eg_buf *out)
{
    const word *fw = &w->words[a], *lw = &w->words[b - 1];
    size_t start = fw->start, end = lw->end;
    if (b - a >= 3 && b - a <= 5 && w->words[a + 1].connector &&
        is_word(text, &w->words[a + 1], "of") && !w->words[a + 2].connector &&
        (is_word(text, fw, "Ministry") || is_word(text, fw, "Department"))) {
        const word *rest = &w->words[a + 2];
        return eg_name_key(text + rest->start, end - rest->start, out) &&
               eg_name_key(text + start, fw->end - start, out);
    }
    /* (a name never ends in a connector: with the word before the
     * suffix none either, two words or more are names) */
    size_t klen = end - start;
    static const char *const written_out[] = {"Company", "Corporation"};
    const word *pw = b - a >= 2 ? &w->words[b - 2] : NULL;
    if (pw && !pw->connector &&
        (((lw->flags & EG_GZ_ORG_SUFFIX) && !(lw->flags & EG_GZ_ORG_HEAD)) ||
         (!(pw->flags & EG_GZ_PLACE) &&
          (b - a >= 3 || !(pw->flags & EG_GZ_COMMON)) &&
          EG_IN_WORDS(written_out, text + lw->start, lw->end - lw->start))))
        klen = pw->end - start;
    return eg_name_key(text + start, klen, out);
}

/* A word that only a town of fewer than LARGE_TOWN people has ("Borsa")
 * is mostly a word no list knows. */
static bool small_town(const word *wd)
{
    return wd->flags == EG_GZ_CITY && wd->entry &&
           wd->entry->population < LARGE_TOWN;
}

/* Do the flags (of the entry e) name a country, a region or a city of
 * LARGE_TOWN people or more? */
static bool large_place(uint32_t flags, const eg_gz_entry *e)
{
    return (flags & (EG_GZ_COUNTRY | EG_GZ_CAPITAL | EG_GZ_REGION)) ||
           ((flags & EG_GZ_CITY) && e && e->population >= LARGE_TOWN);
}

/* A large place or a people (a word that only a small town has is
 * mostly another word: "Justice"). */
static bool names_place(const eg_gz_entry *e)
{
    return e && (large_place(e->flags, e) || (e->flags & EG_GZ_DEMONYM));
}

/* The key of an organisation's name without the country or people that
 * opens it ("US State Department", "South African Reserve Bank") or the
 * "of" and country that end it ("Democratic Party of Korea"), when two
 * words or more remain and the last is an organisation's head or the
 * rest a listed organisation: into c->core_off/core_len (0 when the name
 * has no such form), followed by the country's key (place_len). The
 * corpus joins the names of one country, and the shorter name when
 * core_anywhere allows (merge_org_cores()). False when out of memory. */
static bool core_key(eg_worker *w, const char *text, size_t a, size_t b,
                     cand *c)
{
    c->core_len = 0;
    if (b - a < 3)
        return true;
    size_t ra = a, rb = b;   /* the rest of the name */
    size_t pa = a, pb = a;   /* the place's words */
    const eg_gz_entry *pe = NULL, *two;
    if (!w->words[a].connector && names_place(w->words[a].entry))
        pe = w->words[a].entry, ra = pb = a + 1;
    else if (b - a >= 4 && !w->words[a + 1].connector &&
             names_place(two = lookup_words(w, a, a + 2)))
        pe = two, ra = pb = a + 2;
    else if (b - a >= 4 && w->words[b - 2].connector &&
             is_word(text, &w->words[b - 2], "of") && w->words[b - 1].entry &&
             (w->words[b - 1].entry->flags & EG_GZ_COUNTRY))
        pe = w->words[b - 1].entry, rb = b - 2, pa = b - 1, pb = b;
    if (!pe)
        return true;
    size_t names = 0;
    for (size_t i = ra; i < rb; i++)
        names += !w->words[i].connector;
    if (names < 2 || w->words[ra].connector || w->words[rb - 1].connector)
        return true;
    const eg_gz_entry *rest = lookup_words(w, ra, rb);
    if (!(w->words[rb - 1].flags & EG_GZ_ORG_HEAD) &&
        !(rest && (rest->flags & EG_GZ_ORG)))
        return true;
    /* the rest's key, then the place's: "American" and "US" are one
     * country's */
    size_t off = w->keys.len;
    const char *canon = rest && (rest->flags & EG_GZ_ORG) ? rest->canonical
                                                          : NULL;
    const char *country = pe->demonym_of ? pe->demonym_of : pe->canonical;
    if (!(canon ? eg_name_key(canon, strlen(canon), &w->keys)
                : span_key(w, text, ra, rb, &w->keys)))
        return false;
    size_t core_len = w->keys.len - off;
    if (!(country ? eg_name_key(country, strlen(country), &w->keys)
                  : eg_name_key(text + w->words[pa].start,
                                w->words[pb - 1].end - w->words[pa].start,
                                &w->keys)))
        return false;
    size_t place_len = w->keys.len - off - core_len;
    /* a listed name is one country's ("State Department": the United
     * States'; "Security Council": the United Nations'), so only that
     * country may open the longer name ("US State Department", not
     * "Russian Security Council") */
    if (!place_len || (canon && (place_len > core_len ||
                                 memcmp(w->keys.data + off,
                                        w->keys.data + off + core_len,
                                        place_len) != 0))) {
        w->keys.len = off;
        return true;
    }
    c->core_off = (uint32_t)off;
    c->core_len = (uint32_t)core_len;
    c->place_len = (uint32_t)place_len;
    /* other countries have parties, courts and banks of the same name,
     * and few name a ministry without its country */
    static const char *const public_heads[] = {
        "Agency", "Commission", "Department", "Ministry", "Office"};
    const word *h = &w->words[rb - 1];
    if (rb - ra >= 3 && w->words[ra + 1].connector &&
        is_word(text, &w->words[ra + 1], "of"))
        h = &w->words[ra]; /* "Ministry of Defence" */
    c->core_anywhere = canon != NULL ||
                       EG_IN_WORDS(public_heads, text + h->start,
                                   h->end - h->start);
    return true;
}

static bool ascii_alnum(unsigned char c)
{
    return c < 0x80 && (eg_ascii_class[c] & EG_CC_ALNUM);
}

static bool ascii_letter(char c)
{
    unsigned char u = (unsigned char)c;
    return u < 0x80 && (eg_ascii_class[u] & EG_CC_LETTER);
}

/* Does a word end like a demonym the lists may not know ("Zairean",
 * "Velmoran", "Togolese")? */
static bool demonym_like(const char *s, size_t len)
{
    return (len > 4 && memcmp(s + len - 2, "an", 2) == 0) ||
           (len > 5 && memcmp(s + len - 3, "ese", 3) == 0);
}

/* Does a kinship noun end right before pos, with or without a comma:
 * "his wife, Hadiza", "their son Salem"? */
static bool kin_before(const char *text, size_t lo, size_t pos)
{
    static const char *const kin[] = {"brother", "daughter", "father",
                                      "husband", "mother", "sister", "son",
                                      "wife"};
    size_t e = pos;
    while (e > lo && text[e - 1] == ' ')
        e--;
    if (e > lo && text[e - 1] == ',')
        e--;
    /* (all end in d, e, n or r: most names stop here) */
    char last = e > lo ? text[e - 1] : 0;
    if (last != 'r' && last != 'n' && last != 'e' && last != 'd')
        return false;
    size_t b = e;
    while (b > lo && ascii_letter(text[b - 1]))
        b--;
    return EG_IN_WORDS(kin, text + b, e - b);
}

/* Does an age follow the name at pos: ", 24," or ", 24)" or ", (a|an)
 * 19-year-old"? */
static bool age_after(const char *text, size_t pos, size_t hi)
{
    if (pos + 4 > hi || text[pos] != ',' || text[pos + 1] != ' ')
        return false;
    size_t i = pos + 2;
    if (i + 2 < hi && text[i] == 'a' && text[i + 1] == ' ')
        i += 2;
    else if (i + 3 < hi && text[i] == 'a' && text[i + 1] == 'n' &&
             text[i + 2] == ' ')
        i += 3;
    size_t d = i;
    while (i < hi && i - d < 4 && text[i] >= '0' && text[i] <= '9')
        i++;
    if (i == d || i - d > 3 || (d == i - 1 && text[d] == '0'))
        return false;
    if (d == pos + 2 && i < hi && (text[i] == ',' || text[i] == ')'))
        return true;
    return i + 9 <= hi && memcmp(text + i, "-year-old", 9) == 0;
}

/* Is [start, end) in brackets after a dateline in capitals and before a
 * dash: "NIAMEY (Savannah Wire) -", "NEW YORK (Harbour News) --"? The
 * line before the bracket holds three capitals or more and no lowercase
 * letter. */
static bool dateline_credit(const char *text, size_t lo, size_t hi,
                            size_t start, size_t end)
{
    if (start < lo + 3 || text[start - 1] != '(' || text[start - 2] != ' ' ||
        end + 3 > hi || text[end] != ')' || text[end + 1] != ' ')
        return false;
    const char *d = text + end + 2;
    if (!(*d == '-' ||
          (end + 5 <= hi && (memcmp(d, "\xE2\x80\x93", 3) == 0 ||
                             memcmp(d, "\xE2\x80\x94", 3) == 0))))
        return false;
    size_t upper = 0;
    for (size_t i = start - 2; i > lo && text[i - 1] != '\n'; i--) {
        char ch = text[i - 1];
        if (ch >= 'a' && ch <= 'z')
            return false;
        upper += ch >= 'A' && ch <= 'Z';
    }
    return upper >= 3;
}

/* Does the word before pos say who owns what it qualifies: "state-owned
 * investor Temasek", "the state-run carrier ..."? A role word after it
 * names a firm, not a person. */
static bool owned_before(const char *text, size_t lo, size_t pos)
{
    static const char *const owned[] = {"controlled", "listed", "owned",
                                        "run"};
    size_t e = pos;
    while (e > lo && text[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > lo && ascii_letter(text[b - 1]))
        b--;
    return b > lo + 1 && text[b - 1] == '-' && ascii_letter(text[b - 2]) &&
           EG_IN_WORDS(owned, text + b, e - b);
}

/* Does a word end like a minister's portfolio the lists may not know
 * ("Urbanisation", "Digitalization", "Procurement")? */
static bool portfolio_like(const char *s, size_t len)
{
    static const char *const ends[] = {"ation", "ment", "ism", "ity"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t el = strlen(ends[k]);
        if (len > el + 2 && memcmp(s + len - el, ends[k], el) == 0)
            return true;
    }
    return false;
}

/* A people's adjective, a hyphen and another, listed or ending like one
 * ("Dutch-Velmoran", "Russian-Ukrainian"). */
static bool demonym_pair(eg_worker *w, const char *s, size_t len)
{
    const char *h = memchr(s, '-', len);
    if (!h || h == s || h + 1 == s + len)
        return false;
    const eg_gz_entry *l = lookup(w, s, (size_t)(h - s));
    if (!(usable_flags(l, s, (size_t)(h - s)) & EG_GZ_DEMONYM))
        return false;
    const char *r = h + 1;
    size_t rl = (size_t)(s + len - r);
    return (usable_flags(lookup(w, r, rl), r, rl) & EG_GZ_DEMONYM) ||
           (*r >= 'A' && *r <= 'Z' && !memchr(r, '-', rl) &&
            demonym_like(r, rl));
}

/* Is the word a generation's mark after a name: Jr, Sr, II, III, IV? */
static bool generation(const char *s, size_t len)
{
    static const char *const marks[] = {"II", "III", "IV", "Jr", "Sr"};
    if (len > 1 && s[len - 1] == '.')
        len--;
    return EG_IN_WORDS(marks, s, len);
}

/* Does a lowercase word follow the word ending at we, after one space
 * (then [*ns, *ne) is it)? If not, a noun ending at we ends its noun
 * phrase: at punctuation, the sentence's end or a capital. */
static bool lower_word_after(const char *text, size_t we, size_t hi,
                             size_t *ns, size_t *ne)
{
    return we < hi && text[we] == ' ' && word_after(text, we, hi, ns, ne) &&
           starts_lower(text + *ns, *ne - *ns);
}

/* Is the sentence s a section's label in capitals, of three words at
 * most: "ENERGY", "THE CASE" above a story? */
static bool section_line(const char *text, const eg_sentence *s)
{
    size_t words = 0;
    bool in_word = false;
    for (size_t i = s->start; i < s->end; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 'a' && c <= 'z')
            return false;
        bool letter = (c >= 'A' && c <= 'Z') || c >= 0x80;
        words += letter && !in_word;
        in_word = letter || (in_word && c != ' ');
    }
    return words <= 3;
}

/* Adds the candidate made of words[a..b) (b > a, no connector at either
 * end) with the evidence gathered so far. */
static eg_error_t add_cand(eg_worker *w, const char *text,
                           const eg_sentence *s, uint32_t sentence, size_t a,
                           size_t b, bool titled, uint32_t title_flags,
                           bool had_the)
{
    /* an adjective of ordinary words ends no name: "Academy
     * Award-winning screenwriter", "Nobel Peace Prize-winning" */
    if (w->words[b - 1].plain_parts)
        return EG_OK;
    const word *fw = &w->words[a], *lw = &w->words[b - 1];
    size_t start = fw->start, end = lw->end;
    const char *span = text + start;
    size_t len = end - start;
    size_t n_names = 0;
    for (size_t i = a; i < b; i++)
        n_names += !w->words[i].connector;

    const eg_gz_entry *whole = lookup_words(w, a, b);
    uint32_t wf = usable_flags(whole, span, len);
    /* never entities by themselves */
    if (wf & (EG_GZ_STOP | EG_GZ_USER_STOP | EG_GZ_DEMONYM) &&
        !(whole && whole->user_type))
        return EG_OK;
    if (n_names == 1 && (wf & EG_GZ_TITLE) && !(wf & (EG_GZ_PLACE | EG_GZ_ORG)))
        return EG_OK;
    /* an acronym of a common term ("DNA samples", "GDP") */
    if (n_names == 1 && whole && (whole->more & EG_GZ2_TERM) &&
        !whole->user_type)
        return EG_OK;
    /* a stock ticker: "(CLF.N)", "(7203.T)"; a currency's prefix:
     * "HK$2.28", "A$5" */
    if (n_names == 1 && b == a + 1 &&
        (is_ticker(span, len) ||
         (len <= 3 && end < s->end && text[end] == '$')))
        return EG_OK;
    /* an ordinary word cut off before "of" and a name is no name: "The
     * Spirit of Camp David", "the Battle of Kursk" */
    if (n_names == 1 && b == a + 1 && (fw->flags & EG_GZ_COMMON) &&
        !(fw->flags & (EG_GZ_GIVEN | EG_GZ_SURNAME | EG_GZ_PLACE | EG_GZ_ORG)) &&
        !fw->caps && end + 4 < s->end && memcmp(text + end, " of ", 4) == 0 &&
        !starts_lower(text + end + 4, s->end - end - 4))
        return EG_OK;
    /* a demonym no list knows, before the noun it qualifies: "the
     * Patagonian province of Neuquen" (not before "said": "Abdollahian
     * said") */
    size_t vs, ve;
    if (n_names == 1 && b == a + 1 && !fw->flags && len > 5 &&
        (memcmp(span + len - 3, "ian", 3) == 0 ||
         memcmp(span + len - 3, "ean", 3) == 0 ||
         memcmp(span + len - 3, "ese", 3) == 0) &&
        end + 1 < s->end && text[end] == ' ' &&
        starts_lower(text + end + 1, s->end - end - 1) &&
        !(word_after(text, end, s->end, &vs, &ve) &&
          (usable_flags(lookup(w, text + vs, ve - vs), text + vs, ve - vs) &
           EG_GZ_PERSON_VERB)))
        return EG_OK;
    /* a US politician's party and state: "Sen. Rob Portman, R-Ohio," */
    if (n_names == 1 && b == a + 1 && len > 3 && span[1] == '-' &&
        (span[0] == 'R' || span[0] == 'D' || span[0] == 'I') &&
        span[2] >= 'A' && span[2] <= 'Z')
        return EG_OK;
    /* two peoples' adjectives joined: "a Dutch-Velmoran contractor" */
    if (n_names == 1 && b == a + 1 && !(wf & (EG_GZ_PLACE | EG_GZ_ORG)) &&
        demonym_pair(w, span, len))
        return EG_OK;
    /* events and laws ("World Cup", "Digital Markets Act") are not people,
     * organisations or places; such a name is kept, rejected, only so that
     * its acronym ("DMA") is no organisation either (see resolve()) */
    if (n_names >= 2 && lw->entry && (lw->entry->more & EG_GZ2_EVENT_HEAD) &&
        !(wf & (EG_GZ_PLACE | EG_GZ_ORG)) && !(whole && whole->user_type)) {
        cand *c = push_cand(w, start, end, sentence, a, b);
        if (!c)
            return EG_ENOMEM;
        c->rejected = c->no_entity = true;
        w->n_cands++;
        return EG_OK;
    }
    /* a lone single letter is noise, and so is a bare compass word
     * ("the South's ministry") */
    if (len < 2 || (n_names == 1 && is_compass(span, len)))
        return EG_OK;

    cand *c = push_cand(w, start, end, sentence, a, b);
    if (!c)
        return EG_ENOMEM;
    c->titled = titled;
    c->acronym = n_names == 1 && fw->caps && len <= 8;
    /* wire-copy markers: "(LEAD)", "(END)", "(UPDATE)" */
    c->common_caps = c->acronym && (fw->flags & EG_GZ_COMMON) &&
                     !(fw->flags & (EG_GZ_PLACE | EG_GZ_ORG)) &&
                     !memchr(span, '.', len) &&
                     ((start > 0 && text[start - 1] == '(' &&
                       text[end] == ')') ||
                      section_line(text, s));

    /* keys: the whole name, the canonical name when a list knows one, and
     * the first and last words for short forms */
    /* "N. Korea", "S. Africa": a compass initial before a place */
    if (!whole && n_names == 2 && fw->end - fw->start == 2 &&
        text[fw->end - 1] == '.') {
        static const char *const compass_full[] = {"North", "South", "East",
                                                   "West"};
        const char *ini = "NSEW";
        const char *hit = memchr(ini, text[fw->start], 4);
        if (hit) {
            char buf[160];
            int k = snprintf(buf, sizeof buf, "%s %.*s",
                             compass_full[hit - ini], (int)(lw->end - lw->start),
                             text + lw->start);
            const eg_gz_entry *e =
                k > 0 && (size_t)k < sizeof buf
                    ? eg_gazetteer_lookup(w->ex->gz, buf, (size_t)k)
                    : NULL;
            if (e && (e->flags & EG_GZ_PLACE)) {
                whole = e;
                wf = e->flags & ~(uint32_t)EG_GZ_CAPS_ONLY;
            } else if (e && (e->flags & EG_GZ_DEMONYM)) {
                return EG_OK; /* "N. Korean threats" */
            }
        }
    }
    const char *canon =
        whole && whole->canonical &&
                ((wf & (EG_GZ_PLACE | EG_GZ_ORG)) || whole->user_type ||
                 (whole->more & EG_GZ2_USER_ALIAS))
            ? whole->canonical
            : NULL;
    if (canon && whole && (whole->more & EG_GZ2_USER_ALIAS))
        c->alias = canon;
    c->key_off = (uint32_t)w->keys.len;
    if (canon ? !eg_name_key(canon, strlen(canon), &w->keys)
              : !span_key(w, text, a, b, &w->keys))
        return EG_ENOMEM;
    c->key_len = (uint32_t)(w->keys.len - c->key_off);
    if (c->key_len == 0)
        return EG_OK;
    if (!canon && !core_key(w, text, a, b, c))
        return EG_ENOMEM;
    /* the words' keys, made by fill_word() from the same spans */
    c->first_off = (uint32_t)w->keys.len;
    if (!eg_buf_append(&w->keys, w->wkeys.data + fw->key_off, fw->key_len))
        return EG_ENOMEM;
    c->first_len = fw->key_len;
    /* "John J. Ray III", "Robert Kennedy Jr.": the surname is the word
     * before the generation's */
    const word *sur = lw;
    if (n_names >= 3 && b >= a + 3 && !w->words[b - 2].connector &&
        generation(text + lw->start, lw->end - lw->start))
        sur = &w->words[b - 2];
    c->last_off = (uint32_t)w->keys.len;
    if (!eg_buf_append(&w->keys, w->wkeys.data + sur->key_off, sur->key_len))
        return EG_ENOMEM;
    c->last_len = sur->key_len;

    /* ---- votes ---- */
    if (whole && whole->user_type)
        vote(c, whole->user_type, 10);
    if (titled) {
        bool office = title_flags & (EG_GZ_TITLE_ABBR | EG_GZ_TITLE_HONORIFIC |
                                     EG_GZ_TITLE_RANK | EG_GZ_TITLE_OFFICE);
        vote(c, EG_TYPE_PERSON, office ? 3.0f : 1.5f);
    }
    if (wf & (EG_GZ_COUNTRY | EG_GZ_CAPITAL | EG_GZ_CONTINENT))
        name_vote(c, EG_TYPE_PLACE, 3.5f);
    else if (wf & EG_GZ_REGION)
        name_vote(c, EG_TYPE_PLACE, 2.5f);
    else if (wf & EG_GZ_CITY)
        name_vote(c, EG_TYPE_PLACE,
                  whole->population >= LARGE_TOWN ? 2.5f : 1.2f);
    if (wf & EG_GZ_ORG)
        name_vote(c, EG_TYPE_ORG, 3.2f);

    bool org_head = false, place_head = false;
    for (size_t i = a; i < b; i++) {
        const word *wd = &w->words[i];
        if (wd->end - wd->start == 1 && text[wd->start] == '&')
            org_head = true; /* "Procter & Gamble" */
        if (wd->connector)
            continue;
        if (wd->flags & (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX))
            org_head = true;
    }
    /* head words type names no list knows ("West Bank" is a place) */
    bool listed = wf & (EG_GZ_PLACE | EG_GZ_ORG);
    if (org_head && n_names >= 2 && !listed)
        name_vote(c, EG_TYPE_ORG, (lw->flags & (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX)) ? 3.0f : 2.0f);
    /* a place's head before "of" heads the name: "Palace of Serbia",
     * "Temple of Heaven" */
    bool head_of = (fw->flags & EG_GZ_PLACE_HEAD) && a + 1 < b &&
                   w->words[a + 1].connector &&
                   w->words[a + 1].end - w->words[a + 1].start == 2 &&
                   memcmp(text + w->words[a + 1].start, "of", 2) == 0;
    if (((lw->flags & EG_GZ_PLACE_HEAD) || (head_of && !org_head)) &&
        n_names >= 2 && !listed) {
        place_head = true;
        /* (a place's head that ends a name without connectors outweighs
         * an organisation's before it: "Parliament Road", "Embassy
         * Square"; not "Tribunal for the Law of the Sea") */
        bool plain = n_names == b - a;
        name_vote(c, EG_TYPE_PLACE,
                  plain && org_head && (lw->flags & EG_GZ_PLACE_HEAD) &&
                          !(lw->flags & (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX))
                      ? 2.5f
                      : 2.0f);
    }
    /* a large place's name before words no list knows names what is
     * there or from there, rarely a person: "Fukushima Daiichi", "Shandong
     * Linglong Tire", "Pittsburgh Post-Gazette", "Bayern Munich" (not
     * when the place is also a given name, "Orlando Bloom", or the last
     * word a person's, "Jos Verstappen", "Mao Tse-tung") */
    bool big_place = large_place(fw->flags, fw->entry) &&
                     !(fw->flags & (EG_GZ_GIVEN | EG_GZ_GIVEN_WORD));
    /* (a large place of several words too, whose first word may be a
     * given name: "Sri Lanka Podujana Peramuna") */
    size_t pl = n_names >= 3 ? known_at(w, text, a, b, EG_GZ_PLACE) : 0;
    bool place_lead = pl >= 2 && a + pl < b &&
                      large_place(span_flags(w, text, a, a + pl),
                                  lookup_words(w, a, a + pl));
    if (n_names >= 2 && !org_head && !place_head && !listed &&
        (big_place || place_lead) && !fw->possessive &&
        !(lw->flags & (EG_GZ_GIVEN | EG_GZ_SURNAME)) && !lw->inner_lower)
        name_vote(c, EG_TYPE_ORG, 1.5f);
    /* ... and after them or a continent: "Telkom Indonesia", "Borsa
     * Istanbul" (words that no list knows or only a small town has, or
     * an organisation's; after a region only an organisation's, "NHS
     * England": "Bruny Surin" is a person; "George Washington", "Upper
     * Egypt" are not) */
    bool big_last = (lw->flags & (EG_GZ_COUNTRY | EG_GZ_CAPITAL |
                                  EG_GZ_CONTINENT)) ||
                    ((lw->flags & EG_GZ_REGION) &&
                     (fw->caps || (fw->flags & EG_GZ_ORG))) ||
                    ((lw->flags & EG_GZ_CITY) && lw->entry &&
                     lw->entry->population >= 1000000);
    bool unknown_first = true;
    for (size_t k = a; k + 1 < b && unknown_first; k++)
        unknown_first = !w->words[k].connector && !is_initial(&w->words[k]) &&
                        (w->words[k].flags == 0 ||
                         (w->words[k].flags & (EG_GZ_ORG | EG_GZ_PLACE |
                                               EG_GZ_GIVEN | EG_GZ_GIVEN_WORD |
                                               EG_GZ_SURNAME |
                                               EG_GZ_SURNAME_WORD)) ==
                             EG_GZ_ORG ||
                         small_town(&w->words[k]));
    if (n_names >= 2 && !org_head && !place_head && !listed && big_last &&
        unknown_first && !lw->possessive)
        name_vote(c, EG_TYPE_ORG, 1.5f);
    /* a Romance article before a place or an ordinary word opens the
     * name of a party, a paper, a movement ("La France Insoumise", "Le
     * Monde"), not a person's ("Le Duc Tho", "Marine Le Pen") */
    static const char *const articles[] = {"El", "Il", "La", "Las", "Le",
                                           "Les", "Los"};
    const word *w2 = a + 1 < b ? &w->words[a + 1] : NULL;
    bool article = n_names >= 2 && !listed && w2 && !w2->connector &&
                   EG_IN_WORDS(articles, text + fw->start,
                               fw->end - fw->start) &&
                   ((w2->flags & EG_GZ_PLACE) ||
                    ((w2->flags & EG_GZ_COMMON) &&
                     !(w2->flags & (EG_GZ_GIVEN | EG_GZ_SURNAME))));
    if (article && !org_head && !place_head)
        name_vote(c, EG_TYPE_ORG, 1.5f);
    /* the name-word cues are for names no list knows: "Los Angeles" is a
     * city even though "Los" is a given name */
    if (n_names >= 2 && !org_head && !place_head && !article &&
        !(wf & (EG_GZ_PLACE | EG_GZ_ORG))) {
        if ((fw->flags & EG_GZ_GIVEN) && !place_lead)
            name_vote(c, EG_TYPE_PERSON, 2.0f);
        else if ((fw->flags & EG_GZ_GIVEN_WORD) && !place_lead)
            name_vote(c, EG_TYPE_PERSON, 0.8f);
        /* (not a place's name after an organisation's: "NHS England",
         * though England is a surname too; "Bruny Surin" is a person) */
        if ((lw->flags & EG_GZ_SURNAME) &&
            !(big_last && unknown_first &&
              (fw->caps || (fw->flags & EG_GZ_ORG))))
            name_vote(c, EG_TYPE_PERSON, 1.0f);
        if ((fw->flags & EG_GZ_SURNAME) && n_names <= 3 && !place_lead)
            name_vote(c, EG_TYPE_PERSON, 0.8f);
        bool hyph = false;
        for (size_t i = a; i < b; i++)
            hyph |= w->words[i].inner_lower;
        if (hyph)
            name_vote(c, EG_TYPE_PERSON, 1.5f);
        /* an initial between names: "Harsh V. Pant", "John F. Kennedy" */
        for (size_t i = a + 1; i + 1 < b; i++) {
            if (is_initial(&w->words[i]) && !w->words[i + 1].connector) {
                name_vote(c, EG_TYPE_PERSON, 2.0f);
                break;
            }
        }
        /* an unknown title-case name of two or three words is most often a
         * person's */
        bool common_word = false;
        for (size_t i = a; i < b; i++)
            common_word |= !w->words[i].connector &&
                           (w->words[i].flags & EG_GZ_COMMON) &&
                           !(w->words[i].flags & (EG_GZ_GIVEN | EG_GZ_SURNAME));
        /* ... but not one written in capitals, word after word: "CMA
         * CGM" names a firm (a headline in capitals gives only names that
         * lists know) */
        bool all_caps = true;
        for (size_t i = a; i < b && all_caps; i++)
            all_caps = w->words[i].connector || w->words[i].caps;
        if (n_names <= 3 && !(wf & (EG_GZ_PLACE | EG_GZ_ORG)) &&
            !common_word)
            name_vote(c, all_caps ? EG_TYPE_ORG : EG_TYPE_PERSON,
                      all_caps ? 1.5f : 0.6f);
        /* a common word beside a word no list knows is a brand more often
         * than a phrase ("Spirit AeroSystems", "Summit Halvex") */
        const word *sw = &w->words[a + 1];
        if (b - a == 2 && start > s->start &&
            (fw->flags & (EG_GZ_COMMON | EG_GZ_GIVEN | EG_GZ_GIVEN_WORD |
                          EG_GZ_SURNAME | EG_GZ_SURNAME_WORD | EG_GZ_TITLE)) ==
                EG_GZ_COMMON &&
            !is_initial(fw) && sw->flags == 0 && sw->end - sw->start >= 4 &&
            !sw->digit && !sw->caps &&
            !memchr(text + fw->end, '\n', sw->start - fw->end) &&
            !(wf & (EG_GZ_PLACE | EG_GZ_ORG)))
            name_vote(c, EG_TYPE_ORG, 0.5f);
    }
    /* a place and a compass word is a part of it: "Khartoum North" */
    if (b - a == 2 && (fw->flags & EG_GZ_PLACE) &&
        is_compass(text + lw->start, lw->end - lw->start))
        name_vote(c, EG_TYPE_PLACE, 2.5f);
    /* the sides of a result are teams: "Pohang 3 Ulsan 2" */
    if (result_side(text, s->start, s->end, start, end))
        vote(c, EG_TYPE_ORG, 3.0f);
    /* a page's section word ("Health", "Credit", "Sport") opening a name
     * inside a sentence, before a country, an organisation's word or a
     * word no list knows, names an agency or a firm: "Health Canada",
     * "Credit Suisse", "Credit Agricole" */
    if (b - a == 2 && (fw->flags & EG_GZ_UI) && start > s->start &&
        !(wf & (EG_GZ_PLACE | EG_GZ_ORG)) && !lw->possessive &&
        ((lw->flags & (EG_GZ_COUNTRY | EG_GZ_CAPITAL | EG_GZ_ORG)) ||
         (lw->flags == 0 && lw->end - lw->start >= 4 && !lw->digit &&
          !lw->caps)) &&
        !memchr(text + fw->end, '\n', lw->start - fw->end))
        vote(c, EG_TYPE_ORG, 2.0f);
    if (n_names == 1 && !c->acronym && (fw->flags & EG_GZ_GIVEN) &&
        !(wf & (EG_GZ_PLACE | EG_GZ_ORG)))
        name_vote(c, EG_TYPE_PERSON, 0.6f);
    if (c->acronym && !(wf & EG_GZ_PLACE))
        name_vote(c, EG_TYPE_ORG, 1.5f);
    /* "Lake Victoria", "Cape of Good Hope"; "Air France"; a place's
     * prefix outweighs a given name it also is ("Wadi Halfa") */
    if (n_names >= 2 && fw->entry && (fw->entry->more & EG_GZ2_PLACE_PREFIX))
        name_vote(c, EG_TYPE_PLACE,
                  fw->flags & EG_GZ_GIVEN ? 3.0f : 2.0f);
    if (n_names >= 2 && fw->entry && (fw->entry->more & EG_GZ2_ORG_PREFIX))
        name_vote(c, EG_TYPE_ORG, 2.0f);
    /* an airline's "Air" ends its name too: "Wizz Air", "Akasa Air" */
    if (n_names >= 2 && b - a >= 2 && is_word(text, lw, "Air") &&
        !(wf & EG_GZ_PLACE))
        name_vote(c, EG_TYPE_ORG, 2.0f);
    if (had_the && !(wf & EG_GZ_PLACE))
        vote(c, EG_TYPE_ORG, 1.2f);
    /* the word before the name, which the rules below read */
    size_t bs, be;
    bool before = word_before(text, s->start, start, &bs, &be);
    /* one word that is both a place and an organisation: the article
     * says place ("the Amazon"), its absence the company ("shares in
     * Amazon", "Amazon said") */
    bool org_or_place = n_names == 1 && (wf & EG_GZ_PLACE) && (wf & EG_GZ_ORG);
    if (org_or_place) {
        bool the = had_the || (before && be - bs == 3 &&
                               memcmp(text + bs, "the", 3) == 0);
        vote(c, the ? EG_TYPE_PLACE : EG_TYPE_ORG, 3.0f);
    }
    /* a known organisation of two words or more opens it: "Amnesty
     * International Kenya" */
    if (!listed && n_names >= 3 && known_at(w, text, a, b, EG_GZ_ORG) >= 2)
        name_vote(c, EG_TYPE_ORG, 2.5f);

    /* context: "in X", "X said", "spokesman X"; not the end of a
     * hyphenated modifier ("based" of "Moscow-based X") */
    size_t ws = bs, we = be;
    /* the sentence's first word counts in capitals too, but only as a
     * preposition ("In Tarvel, ..."): another capital may start the name
     * itself ("Giant Eagle") */
    bool initial = false;
    if (!had_the && !titled && before &&
        (starts_lower(text + ws, we - ws) || (initial = ws == s->start)) &&
        !(ws > s->start && text[ws - 1] == '-')) {
        const eg_gz_entry *e = lookup(w, text + ws, we - ws);
        if (e) {
            /* "in", "near" and the like before a name that is not a
             * possessive ("in Putin's speech"), an acronym or a name
             * with an organisation's head ("a stake in Harlow Mining
             * Corp.") place it more surely than the movement words
             * ("to", "from", "visited"), which also take people and
             * organisations */
            bool employer = (e->flags & EG_GZ_PLACE_PREP) &&
                            !(wf & EG_GZ_PLACE) && !place_head &&
                            role_at(text, s->start, ws, we);
            if (employer) {
                vote(c, EG_TYPE_ORG, 3.0f);
                c->employer = !lw->possessive;
            }
            else if ((e->flags & EG_GZ_PLACE_PREP) && !org_or_place &&
                     org_in(text, s->start, ws, we)) {
                vote(c, EG_TYPE_ORG, 2.0f);
            }
            else if ((e->flags & EG_GZ_PLACE_PREP) && !org_or_place &&
                     !to_of_source(text, s->start, ws, we)) {
                static const char *const locative[] = {
                    "across", "around", "in", "inside", "near", "outside",
                    "throughout"};
                bool loc = n_names >= 2 && !lw->possessive && !org_head &&
                           EG_IN_WORDS(locative, text + ws, we - ws);
                vote(c, EG_TYPE_PLACE, loc ? 2.5f : 1.2f);
            }
            /* "the main opposition Democratic Party": a role word
             * before a name with an organisation's head names no
             * person */
            if ((e->flags & EG_GZ_TITLE_ROLE) && !org_head && !initial) {
                if (owned_before(text, s->start, ws))
                    vote(c, EG_TYPE_ORG, 2.5f);
                else
                    vote(c, EG_TYPE_PERSON, 2.0f);
            }
            if ((e->flags & EG_GZ_ORG_NOUN) && !initial)
                vote(c, EG_TYPE_ORG, 1.5f);
        }
    }
    if (word_after(text, end, s->end, &ws, &we) &&
        starts_lower(text + ws, we - ws)) {
        const eg_gz_entry *e = lookup(w, text + ws, we - ws);
        if (e) {
            if (e->flags & EG_GZ_PERSON_VERB) {
                vote(c, EG_TYPE_PERSON, 0.8f);
                vote(c, EG_TYPE_ORG, 0.3f);
            }
            /* "the Vostochny spaceport", "the Wagner group": only when the
             * noun follows the name directly */
            bool adjacent = ws == end + 1;
            if (adjacent && (e->flags & EG_GZ_PLACE_NOUN))
                vote(c, EG_TYPE_PLACE, 2.0f);
            if (adjacent && (e->flags & EG_GZ_ORG_NOUN))
                vote(c, EG_TYPE_ORG, 2.0f);
        }
        /* "the Katunayake air base", "the Tartus naval base": a
         * service's word between the name and a place's noun; "a Saudia
         * flight": a carrier's name before "flight" */
        static const char *const service[] = {"air", "army", "military",
                                              "naval", "navy"};
        static const char *const flight[] = {"flight", "flights"};
        /* "FTX founder Sam ...", "Tarvelco employees": people a firm has
         * (not a place's: its name is on no place list) */
        static const char *const firm_people[] = {
            "co-founder", "cofounder", "customers", "employees",
            "executives", "founder", "shareholders"};
        if (ws == end + 1 && !(wf & EG_GZ_PLACE) && !lw->possessive &&
            EG_IN_WORDS(firm_people, text + ws, we - ws))
            vote(c, EG_TYPE_ORG, 1.5f);
        size_t ns2, ne2;
        if (ws == end + 1 && EG_IN_WORDS(service, text + ws, we - ws) &&
            word_after(text, we, s->end, &ns2, &ne2) && ns2 == we + 1 &&
            (usable_flags(lookup(w, text + ns2, ne2 - ns2), text + ns2,
                          ne2 - ns2) & EG_GZ_PLACE_NOUN))
            vote(c, EG_TYPE_PLACE, 2.0f);
        if (ws == end + 1 && n_names == 1 && !(wf & EG_GZ_PLACE) &&
            !lw->possessive && EG_IN_WORDS(flight, text + ws, we - ws))
            vote(c, EG_TYPE_ORG, 1.5f);
        /* a town's or a county's side: "Surrey captain Chris Lewis",
         * "Chelsea fans" (a country's, "England captain", stays the
         * country) */
        static const char *const squad[] = {
            "batsman", "bowler", "captain", "coach", "defender", "fans",
            "forward", "goalkeeper", "manager", "midfielder", "skipper",
            "striker", "supporters", "winger"};
        if (ws == end + 1 && (wf & (EG_GZ_CITY | EG_GZ_REGION)) &&
            !(wf & (EG_GZ_COUNTRY | EG_GZ_CONTINENT)) && !lw->possessive &&
            EG_IN_WORDS(squad, text + ws, we - ws))
            vote(c, EG_TYPE_ORG, 4.0f);
    }

    /* "the village of Layron", "the port of Nampo": a place's noun and
     * "of" before the name */
    size_t ns, ne;
    if (!had_the && !titled && before && be - bs == 2 &&
        memcmp(text + bs, "of", 2) == 0 &&
        word_before(text, s->start, bs, &ns, &ne) &&
        starts_lower(text + ns, ne - ns) &&
        (usable_flags(lookup(w, text + ns, ne - ns), text + ns, ne - ns) &
         EG_GZ_PLACE_NOUN))
        vote(c, EG_TYPE_PLACE, 2.0f);
    /* "over Lockerbie, Scotland.": a word no list knows, a comma and a
     * country or region that ends the clause */
    size_t comma = end < s->end && text[end] == ' ' ? end + 1 : end;
    if (n_names == 1 && !c->acronym && !(wf & (EG_GZ_PLACE | EG_GZ_ORG)) &&
        comma + 2 < s->end && text[comma] == ',' && text[comma + 1] == ' ' &&
        country_follows(w, text, comma + 2, s->end))
        vote(c, EG_TYPE_PLACE, 1.5f);

    /* a relative named: "his wife, Hadiza", "their son Salem" */
    if (!(wf & (EG_GZ_PLACE | EG_GZ_ORG)) && !lw->possessive &&
        kin_before(text, s->start, start))
        vote(c, EG_TYPE_PERSON, 2.5f);

    /* an age after the name: "Thandar, 24, a bank clerk", "Kyal Sin, a
     * 19-year-old" */
    if (!(wf & (EG_GZ_PLACE | EG_GZ_ORG)) && age_after(text, end, s->end))
        vote(c, EG_TYPE_PERSON, 2.0f);

    /* a wire's credit after a dateline: "NIAMEY (Savannah Wire) -" */
    if (!(wf & EG_GZ_PLACE) && dateline_credit(text, s->start, s->end, start,
                                               end))
        vote(c, EG_TYPE_ORG, 3.0f);

    /* an apposition naming a role: "Ankit Panda, a senior fellow at
     * ...", "Lena Varga, the bank's economist" */
    bool typed = false;
    for (int t = 1; t < EG_TYPE_COUNT; t++)
        typed |= c->votes[t] >= 2.0f;
    if (!typed && end < s->end && text[end] == ',' && !org_head &&
        !place_head && !(wf & (EG_GZ_PLACE | EG_GZ_ORG))) {
        bool after_prep =
            before && (usable_flags(lookup(w, text + bs, be - bs),
                                    text + bs, be - bs) &
                       EG_GZ_PLACE_PREP);
        size_t pos = end + 1;
        /* (a demonym may qualify the noun: "Orano, the French
         * state-controlled nuclear fuel group", "the Dutch-Velmoran
         * contractor") */
        for (int k = 0; k < 8 && word_after(text, pos, s->end, &ws, &we);
             k++) {
            const eg_gz_entry *e = lookup(w, text + ws, we - ws);
            if (!starts_lower(text + ws, we - ws)) {
                size_t he = we; /* "Dutch-Velmoran": the whole compound */
                while (he + 1 < s->end && text[he] == '-' &&
                       ascii_letter(text[he + 1])) {
                    he++;
                    while (he < s->end && ascii_letter(text[he]))
                        he++;
                }
                if (k == 0 ||
                    !(he > we ? demonym_pair(w, text + ws, he - ws)
                              : e && (e->flags & EG_GZ_DEMONYM)))
                    break;
                we = he;
                pos = we;
                continue;
            }
            /* a verb ends it: "Hassoumi Massaoudou, told the
             * broadcaster ..." is no apposition; so does a relative
             * pronoun, and "who" speaks of a person: "Raed al-Saleh, who
             * heads the group" */
            if (e && (e->flags & EG_GZ_PERSON_VERB))
                break;
            if (k == 0 && we - ws == 3 && memcmp(text + ws, "who", 3) == 0) {
                vote(c, EG_TYPE_PERSON, 1.5f);
                break;
            }
            if (k == 0 && we - ws == 5 && memcmp(text + ws, "which", 5) == 0)
                break;
            /* (not "..., the prime minister's residence", nor a title
             * before another name: "In Halvik, opposition leader Piotr
             * Zajac-Hamid said") */
            bool possessive = we < s->end && (text[we] == '\'' ||
                                              (unsigned char)text[we] == 0xE2);
            size_t nws, nwe;
            bool next = word_after(text, we, s->end, &nws, &nwe);
            /* after "in" or "to" a comma mostly ends a phrase ("In
             * Halvik, the mayor said"), but not before "of" ("close to
             * Lena Varga, the commander of ...") */
            bool role_of = n_names >= 2 && next && nwe - nws == 2 &&
                           memcmp(text + nws, "of", 2) == 0;
            if (e && (e->flags & (EG_GZ_TITLE_ROLE | EG_GZ_TITLE_OFFICE)) &&
                !possessive && (!after_prep || role_of) &&
                !(next && !starts_lower(text + nws, nwe - nws))) {
                vote(c, EG_TYPE_PERSON, 1.5f);
                break;
            }
            /* "Transnet, the state logistics group, ...": an
             * organisation's noun that ends the apposition (not "the
             * party leader"), or one before a word that ends the noun
             * phrase ("a crypto lender that ...", "the trading firm
             * controlled by ...", "the exchange valued at ...") */
            static const char *const np_end[] = {"led", "run", "that",
                                                 "which", "whose"};
            if (e && (e->flags & EG_GZ_ORG_NOUN) && !possessive &&
                (!lower_word_after(text, we, s->end, &nws, &nwe) ||
                 EG_IN_WORDS(np_end, text + nws, nwe - nws) ||
                 (nwe - nws > 4 && memcmp(text + nwe - 2, "ed", 2) == 0))) {
                vote(c, EG_TYPE_ORG, 1.5f);
                break;
            }
            /* "Paradeplatz, the square in the heart of Zurich", "Jindires,
             * a town near the border": a place's noun that ends the
             * apposition or goes on with where it is */
            static const char *const where[] = {"in", "near", "north",
                                                "of", "on", "south"};
            if (e && (e->flags & EG_GZ_PLACE_NOUN) && !possessive &&
                !(e->flags & (EG_GZ_ORG_NOUN | EG_GZ_TITLE_ROLE)) &&
                (we >= s->end || text[we] != '-') &&
                (!lower_word_after(text, we, s->end, &nws, &nwe) ||
                 EG_IN_WORDS(where, text + nws, nwe - nws))) {
                vote(c, EG_TYPE_PLACE, 1.5f);
                break;
            }
            pos = we;
            /* "state-owned": the words of a hyphenated modifier; "the
             * world's largest exchange": a possessive */
            if (pos + 1 < s->end && text[pos] == '-')
                pos++;
            else if (pos + 1 < s->end && text[pos] == '\'' &&
                     text[pos + 1] == 's')
                pos += 2;
            else if (pos + 3 < s->end && memcmp(text + pos, "\xE2\x80\x99s", 4) == 0)
                pos += 4;
        }
    }

    /* a single word that no list knows is a short form: it will join a
     * full name or, failing that, stand alone only with some evidence */
    /* "Van der Berg" after "Ingrid van der Berg": a particle-led name is a
     * short form too */
    static const char *const particles[] = {
        "Al", "Bin", "Da", "De", "Del", "Der", "Di", "Dos", "Du", "El", "Ibn",
        "La", "Le", "Ten", "Ter", "Van", "Von"};
    bool particle = n_names <= 3 && b - a >= 2 &&
                    EG_IN_WORDS(particles, text + fw->start, fw->end - fw->start) &&
                    w->words[a + 1].connector;
    c->shortform = (n_names == 1 || particle) && !c->acronym &&
                   !(wf & (EG_GZ_PLACE | EG_GZ_ORG)) &&
                   !(whole && whole->user_type);
    bool minor_place = (wf & (EG_GZ_CITY | EG_GZ_REGION)) &&
                       !(wf & (EG_GZ_COUNTRY | EG_GZ_CAPITAL |
                               EG_GZ_CONTINENT | EG_GZ_ORG));
    /* "Ford" after "Gerald Ford": a company that is also a person's name */
    bool named_org = (wf & EG_GZ_ORG) &&
                     (wf & (EG_GZ_GIVEN | EG_GZ_GIVEN_WORD | EG_GZ_SURNAME |
                            EG_GZ_SURNAME_WORD));
    c->maybe_surname = n_names == 1 && !c->acronym &&
                       (minor_place || named_org) &&
                       !(whole && whole->user_type);
    /* a lone common word ("God", "Internet") needs twice the evidence */
    if (c->shortform && n_names == 1 && (fw->flags & EG_GZ_COMMON) &&
        !(fw->flags & (EG_GZ_GIVEN | EG_GZ_SURNAME)))
        for (int t = 0; t < EG_TYPE_COUNT; t++)
            c->votes[t] *= 0.5f;
    w->n_cands++;
    return EG_OK;
}

/* End of a possessive word with its apostrophe (and s) put back. */
static uint32_t possessive_end(const char *text, const word *wd)
{
    size_t e = wd->end;
    if (text[e] == '\'')
        return (uint32_t)(text[e + 1] == 's' ? e + 2 : e + 1);
    if ((unsigned char)text[e] == 0xE2)
        return (uint32_t)(text[e + 3] == 's' ? e + 4 : e + 3);
    return (uint32_t)e;
}

/* Puts the possessive back into words[j], which now ends at end: its key
 * is the whole word's, and it has no gazetteer entry of its own. False
 * when out of memory. */
static bool keep_possessive(eg_worker *w, const char *text, size_t j,
                            size_t end)
{
    word *wd = &w->words[j];
    wd->possessive = false;
    wd->end = (uint32_t)end;
    wd->key_off = (uint32_t)w->wkeys.len;
    const eg_gz_entry *listed; /* unused: entry stays NULL */
    if (!surface_entry(w, text + wd->start, wd->end - wd->start, &w->wkeys,
                       &listed, &wd->starts_name))
        return false;
    wd->key_len = (uint32_t)(w->wkeys.len - wd->key_off);
    wd->entry = NULL;
    memo_forget(w, j);
    return true;
}

/* Is the word before its possessive a common noun ("People", "Workers")? */
static bool lookup_common_base(eg_worker *w, const char *text, const word *wd)
{
    const eg_gz_entry *e = lookup(w, text + wd->start, wd->end - wd->start);
    if (e && (e->flags & EG_GZ_COMMON))
        return true;
    size_t len = wd->end - wd->start;
    if (len > 3 && text[wd->end - 1] == 's') {
        e = lookup(w, text + wd->start, len - 1);
        return e && (e->flags & EG_GZ_COMMON);
    }
    return false;
}

/* In a title-case headline, a capitalised word that is an ordinary word
 * and no name ("Arrives", "Talks", "In") ends a name. */
static bool headline_word(const eg_worker *w, const word *wd)
{
    return w->titlecase && !wd->connector && !wd->caps &&
           (wd->flags & (EG_GZ_FUNCTION | EG_GZ_COMMON)) &&
           !(wd->flags & (EG_GZ_GIVEN | EG_GZ_SURNAME | EG_GZ_PLACE |
                          EG_GZ_ORG | EG_GZ_TITLE | EG_GZ_ORG_HEAD |
                          EG_GZ_PLACE_HEAD | EG_GZ_DEMONYM));
}

/* Is one of the words from k, up to a connector, a place's head
 * ("Seattle-Tacoma International Airport")? */
static bool place_head_ahead(const eg_worker *w, size_t k, size_t n)
{
    for (size_t h = k; h < n && !w->words[h].connector; h++)
        if (w->words[h].flags & EG_GZ_PLACE_HEAD)
            return true;
    return false;
}

/* Does a person's name start at words[i] even though its first word is
 * also a common or function word ("Will Smith", "Ban Ki-moon")? */
static bool name_start(const eg_worker *w, size_t i, size_t n)
{
    const word *a = &w->words[i];
    if (!(a->flags & (EG_GZ_GIVEN | EG_GZ_GIVEN_WORD | EG_GZ_SURNAME |
                      EG_GZ_SURNAME_WORD)) ||
        i + 1 >= n)
        return false;
    /* "In Khan Younis", "At Tel Aviv": a preposition, though a name too
     * ("In", "An"); but "To Lam" */
    if ((a->flags & EG_GZ_PLACE_PREP) &&
        !(a->key_len == 2 && memcmp(w->wkeys.data + a->key_off, "to", 2) == 0))
        return false;
    /* ... and any function word before a place's name: "On Wall Street" */
    if ((a->flags & EG_GZ_FUNCTION) && place_head_ahead(w, i + 1, n))
        return false;
    const word *b = &w->words[i + 1];
    /* (a small town that is a surname too may follow a given name: "Bill
     * Clinton") */
    bool town_surname = (a->flags & (EG_GZ_GIVEN | EG_GZ_GIVEN_WORD)) &&
                        (b->flags & (EG_GZ_SURNAME | EG_GZ_GIVEN)) &&
                        !(b->flags & EG_GZ_ORG) &&
                        !large_place(b->flags, b->entry);
    if (b->connector || b->caps || a->caps ||
        (b->flags & (EG_GZ_WEEKDAY | EG_GZ_MONTH)) ||
        ((b->flags & (EG_GZ_PLACE | EG_GZ_ORG)) && !town_surname))
        return false;
    /* a question word before a given name starts a headline, not the
     * name: "How Jacob Zuma's party ..." */
    static const char *const wh[] = {"how", "what", "when", "where",
                                     "which", "who", "why"};
    if ((b->flags & EG_GZ_GIVEN) &&
        EG_IN_WORDS(wh, w->wkeys.data + a->key_off, a->key_len))
        return false;
    /* nor does an occupation that is a surname too, before a given name:
     * it describes the person ("Singer Aya Nakamura", "Striker Kylian
     * Mbappe"; not "Hunter Biden", whose first word is a given name) */
    if ((a->flags & EG_GZ_TITLE_ROLE) && (b->flags & EG_GZ_GIVEN) &&
        !(a->flags & (EG_GZ_GIVEN | EG_GZ_GIVEN_WORD)))
        return false;
    return b->inner_lower ||
           (b->flags & (EG_GZ_SURNAME | EG_GZ_SURNAME_WORD | EG_GZ_GIVEN));
}

/* Is words[i] followed by an initial and a name ("Harsh V. Pant")? */
static bool initial_follows(const eg_worker *w, size_t i, size_t n)
{
    if (i + 2 >= n)
        return false;
    const word *c = &w->words[i + 2];
    return is_initial(&w->words[i + 1]) && !c->connector &&
           c->key_len >= 2 && !c->caps;
}

/* Is words [a, b) followed by its own acronym in brackets, the capitals
 * of words_initials(): "Israel Defense Forces (IDF)", "U.S. Forces Korea
 * (USFK)"? */
static bool acronym_follows(eg_worker *w, const char *text,
                            const eg_sentence *s, size_t a, size_t b)
{
    size_t k = w->words[b - 1].end;
    while (k < s->end && text[k] == ' ')
        k++;
    if (k >= s->end || text[k] != '(')
        return false;
    size_t as = ++k;
    while (k < s->end && text[k] >= 'A' && text[k] <= 'Z')
        k++;
    if (k >= s->end || text[k] != ')' || k - as < 2)
        return false;
    eg_buf_clear(&w->scratch);
    return words_initials(w, text, a, b, &w->scratch) >= 0 &&
           w->scratch.len == k - as &&
           memcmp(w->scratch.data, text + as, k - as) == 0;
}

/* Do the words from j, up to a connector, end in an organisation's head,
 * with no given name and no title after the head? Then a title before
 * them is the first word of the organisation's name: "the Canon
 * Institute", "General Intelligence Service"; but "Chief Cabinet
 * Secretary Hirokazu Matsuno". */
static bool head_run(eg_worker *w, const char *text, size_t j, size_t n)
{
    size_t k = j;
    for (; k < n && !w->words[k].connector; k++)
        if (w->words[k].flags & EG_GZ_GIVEN)
            return false;
    if (k == j ||
        !(w->words[k - 1].flags & (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX)))
        return false;
    for (size_t h = j; h + 1 < k; h++) {
        uint32_t tf;
        if ((w->words[h].flags & (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX)) &&
            title_at(w, text, h + 1, n, &tf, NULL))
            return false;
    }
    return true;
}

/* Is one of the words from k, up to a connector, an organisation's head
 * or legal suffix? */
static bool head_ahead(const eg_worker *w, size_t k, size_t n)
{
    for (; k < n && !w->words[k].connector; k++)
        if (w->words[k].flags & (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX))
            return true;
    return false;
}

/* "Democrat" or "Republican" at k describing a person: the run ends
 * there or a given name follows ("Massachusetts Democrat Elizabeth
 * Warren", "a Republican"); not "Republican Party", "Republican
 * Palace". */
static bool party_member(const eg_worker *w, const char *text, size_t k,
                         size_t n)
{
    const word *wd = &w->words[k];
    return (is_word(text, wd, "Democrat") || is_word(text, wd, "Republican")) &&
           !wd->possessive &&
           (k + 1 == n ||
            (w->words[k + 1].flags & (EG_GZ_GIVEN | EG_GZ_GIVEN_WORD)));
}

/* Does an ordinary word that opens a sentence start a name all the same:
 * a person's ("Will Smith", "Harsh V. Pant"), or one whose prefix or head
 * it is ("Air India", "Reliance Industries")? */
static bool opens_name(const eg_worker *w, size_t i, size_t n)
{
    const word *a = &w->words[i];
    if (name_start(w, i, n) || initial_follows(w, i, n))
        return true;
    if (i + 1 >= n || w->words[i + 1].connector)
        return false;
    /* adjectives that open the names of institutions, before a head
     * further on: "National Transportation Safety Board investigators" */
    static const char *const opener[] = {"central", "federal", "first",
                                         "international", "national",
                                         "royal", "standard", "supreme",
                                         "united"};
    /* "Bank" before a name opens a bank's ("Bank Indonesia", "Bank
     * Leumi") */
    if (a->key_len == 4 && memcmp(w->wkeys.data + a->key_off, "bank", 4) == 0)
        return true;
    /* ... and before an airline's "Air" ("Delta Air Lines") */
    const word *b = &w->words[i + 1];
    if (i + 2 < n && b->entry && (b->entry->more & EG_GZ2_ORG_PREFIX) &&
        !w->words[i + 2].connector)
        return true;
    /* ... or a legal suffix two or three words on: "Evergreen Marine
     * Corp." */
    for (size_t k = i + 2; k < n && k <= i + 3 && !w->words[k].connector;
         k++)
        if (w->words[k].flags & EG_GZ_ORG_SUFFIX)
            return true;
    /* ... or an ordinary word and a firm's head that end the run or come
     * before a connector: "Genesis Global Capital", "Meridian Dam
     * Engineering", "Country Garden Holdings and ..." (the two
     * alone would be a name of ordinary words; not "Police Tarvel Bank",
     * whose middle word is a name) */
    if (i + 2 < n && (i + 3 == n || w->words[i + 3].connector) &&
        !(a->flags & (EG_GZ_FUNCTION | EG_GZ_STOP)) &&
        (b->flags & EG_GZ_COMMON) && !b->caps &&
        !(b->flags & (EG_GZ_PLACE | EG_GZ_ORG | EG_GZ_GIVEN | EG_GZ_SURNAME |
                      EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX)) &&
        (w->words[i + 2].flags & EG_GZ_ORG_HEAD))
        return true;
    return (a->entry &&
            (a->entry->more & (EG_GZ2_ORG_PREFIX | EG_GZ2_PLACE_PREFIX))) ||
           (w->words[i + 1].flags & (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX)) ||
           (EG_IN_WORDS(opener, w->wkeys.data + a->key_off, a->key_len) &&
            head_ahead(w, i + 1, n));
}

/* Does the last word of the run words[i, end) (two words or more) go:
 * a stop word (not a surname after a given name, "Theresa May"), or a
 * people's or a faith's adjective, "the Sunni Muslim majority" (not a
 * given name or a surname too, "Mark Christian"; nor after an initial,
 * "N. Korean", or a town, "Cleveland Indians"; nor in a listed name)? */
static bool trailing_word(eg_worker *w, const char *text, size_t i,
                          size_t end)
{
    const word *lw = &w->words[end - 1], *pw = &w->words[end - 2];
    if (lw->flags & (EG_GZ_PLACE | EG_GZ_ORG))
        return false;
    if ((lw->flags & (EG_GZ_WEEKDAY | EG_GZ_MONTH | EG_GZ_USER_STOP)) &&
        !(end == i + 2 && (w->words[i].flags & EG_GZ_GIVEN)))
        return true;
    return (lw->flags & EG_GZ_DEMONYM) && !lw->possessive &&
           !(lw->flags & (EG_GZ_GIVEN | EG_GZ_SURNAME)) && !is_initial(pw) &&
           (pw->flags & (EG_GZ_CITY | EG_GZ_DEMONYM)) != EG_GZ_CITY &&
           !(span_flags(w, text, i, end) & (EG_GZ_PLACE | EG_GZ_ORG));
}

/* A word that no list knows, in lower case after its capital. */
static bool unknown_word(const word *wd)
{
    return !wd->connector && wd->flags == 0 && !wd->caps && !wd->digit &&
           !wd->possessive;
}

/* Does a title at words[j] lead to a name that is no place, organisation
 * or ordinary word, a person's ("Director General Yury Borisov")? */
static bool person_after_title(eg_worker *w, const char *text, size_t j,
                               size_t n)
{
    uint32_t tf;
    size_t tl = title_at(w, text, j, n, &tf, NULL);
    if (!tl || j + tl >= n || w->words[j + tl].connector)
        return false;
    /* (a given name that is a word or a place too counts before another
     * name: "Peter Varga", "Adam D'Angelo") */
    uint32_t f = w->words[j + tl].flags;
    return !(f & (EG_GZ_PLACE | EG_GZ_ORG | EG_GZ_COMMON)) ||
           ((f & EG_GZ_GIVEN) && j + tl + 1 < n &&
            !w->words[j + tl + 1].connector);
}

/* Do the words from j, up to a connector, name an organisation of their
 * own: a first word that is a name (no ordinary word, no head) and an
 * organisation's head after it? */
static bool org_name_at(const eg_worker *w, size_t j, size_t n)
{
    return j < n && !w->words[j].connector &&
           !(w->words[j].flags & (EG_GZ_COMMON | EG_GZ_FUNCTION |
                                  EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX |
                                  EG_GZ_TITLE)) &&
           head_ahead(w, j + 1, n);
}

/* Do the words [j, n) name or end in a place ("Russky Island")? */
static bool place_after(const eg_worker *w, size_t j, size_t n)
{
    for (size_t k = j; k < n; k++)
        if (!w->words[k].connector &&
            (w->words[k].flags & (EG_GZ_PLACE | EG_GZ_PLACE_HEAD)))
            return true;
    return false;
}

/* Adds the shadow of candidate partner: words [a, end), the first a
 * common word that opens the sentence. */
static eg_error_t add_shadow(eg_worker *w, const char *text,
                             const eg_sentence *s, uint32_t sentence,
                             size_t a, size_t end, size_t partner)
{
    size_t before = w->n_cands;
    EG_CHECK(add_cand(w, text, s, sentence, a, end, false, 0, false));
    if (w->n_cands > before) {
        w->cands[before].shadow = true;
        w->cands[before].partner = (uint32_t)partner;
        w->n_shadows++;
    }
    return EG_OK;
}

/* Does a line break lie between pe and ns, after a line shorter than a
 * wrapped one (30 bytes from its start, or from lo, to pe)? */
static bool short_line_before(const char *text, size_t lo, size_t pe,
                              size_t ns)
{
    const char *nl = memchr(text + pe, '\n', ns - pe);
    if (!nl)
        return false;
    size_t ls = pe;
    while (ls > lo && text[ls - 1] != '\n')
        ls--;
    return pe - ls < 30;
}

/* Does a place the lists know follow the possessive word j of a name
 * that starts at i, not as the end of a listed name from i? */
static bool place_after_possessive(eg_worker *w, const char *text, size_t i,
                                   size_t j, size_t n)
{
    size_t pl = known_at(w, text, j + 1, n, EG_GZ_PLACE);
    if (!pl)
        return false;
    /* (the text itself: a possessive word's key lacks its 's) */
    size_t s = w->words[i].start, e = w->words[j + pl].end;
    const eg_gz_entry *whole = lookup(w, text + s, e - s);
    return !(whole && (whole->flags & (EG_GZ_PLACE | EG_GZ_ORG)));
}

/* Trims and splits the words of one run, adding candidates. */
static eg_error_t process_run(eg_worker *w, const char *text,
                              const eg_sentence *s, uint32_t sentence,
                              size_t first, size_t count, size_t sent_first)
{
    size_t i = first, n = first + count;
    memo_start(w, first, count); /* without memory, lookups are not kept */
    while (i < n) {
        /* leading material: articles, titles, demonyms before a title or a
         * place, stop words, sentence-initial common words, numbers */
        bool titled = false, had_the = false;
        bool prefix_of_title = false;
        size_t opener = SIZE_MAX; /* a sentence-initial common word left out */
        bool org_lead = false;    /* an organisation's noun left out */
        uint32_t tflags = 0;
        for (;;) {
            if (i >= n)
                return EG_OK;
            word *wd = &w->words[i];
            const char *ws = text + wd->start;
            size_t wl = wd->end - wd->start;
            /* connectors do not start names, except particles after a
             * title ("Mr van der Berg") */
            if (wd->connector && !(titled && is_particle(text, wd))) {
                i++;
                continue;
            }
            if (wd->connector)
                break;
            /* "The" opens a name only when a list knows the name with
             * it and the run ends there ("The Hague", "The Guardian";
             * not "The Guardian Council") */
            size_t tk;
            if (is_article(ws, wl) &&
                ((tk = known_at(w, text, i, n, EG_GZ_PLACE | EG_GZ_ORG)) < 2 ||
                 (i + tk < n && !w->words[i + tk].connector))) {
                had_the = true;
                i++;
                continue;
            }
            if ((wd->digit && !(wd->flags & (EG_GZ_PLACE | EG_GZ_ORG))) ||
                (headline_word(w, wd) &&
                 known_at(w, text, i, n, EG_GZ_PLACE | EG_GZ_ORG) < 2)) {
                i++;
                continue;
            }
            size_t dl = known_at(w, text, i, n, EG_GZ_DEMONYM);
            if (dl && i + dl < n && !known_at(w, text, i, n, EG_GZ_PLACE | EG_GZ_ORG)) {
                uint32_t tf2;
                /* (and before an acronym that ends the run: "Russian
                 * FSB", "Ukrainian NASAMS") */
                /* (and before a person's given name and more: "American
                 * Jane Quigley"; not "German Marshall Fund") */
                const word *gw = &w->words[i + dl];
                bool person_next =
                    i + dl + 1 < n && !gw->connector &&
                    (gw->flags & (EG_GZ_GIVEN | EG_GZ_GIVEN_WORD)) &&
                    !(gw->flags & (EG_GZ_PLACE | EG_GZ_ORG)) &&
                    !head_ahead(w, i + dl, n) && !place_head_ahead(w, i + dl, n);
                if (title_at(w, text, i + dl, n, &tf2, NULL) ||
                    known_at(w, text, i + dl, n, EG_GZ_PLACE) || person_next ||
                    (i + dl + 1 == n && w->words[i + dl].caps)) {
                    i += dl;
                    continue;
                }
            }
            uint32_t tf;
            size_t tl = known_at(w, text, i, n, EG_GZ_PLACE | EG_GZ_ORG) >= 2
                            ? 0 : title_at(w, text, i, n, &tf, NULL);
            /* a title word before an organisation's head is the first
             * word of its name: "the Canon Institute for Global Studies",
             * "General Assembly", "the Prime Minister's Office" */
            if (tl && head_run(w, text, i + tl, n))
                tl = 0;
            /* any other title in the possessive titles no one: "the
             * King's Speech", "the President's Cup" */
            if (tl && i + tl < n && w->words[i + tl - 1].possessive) {
                i += tl;
                continue;
            }
            if (tl && i + tl < n) {
                const word *nx = &w->words[i + tl];
                if (!nx->connector || is_particle(text, nx)) {
                    titled = true;
                    tflags |= tf;
                    i += tl;
                    continue;
                }
                /* "Minister of Natural Resources Alexander Kozlov": the
                 * portfolio goes, the person stays; "Commander of the
                 * Navy": the title goes */
                if (is_word(text, nx, "of") || is_word(text, nx, "for")) {
                    size_t k = i + tl + 1;
                    while (k < n && !(!w->words[k].connector &&
                                      person_like(w, k, n)))
                        k++;
                    /* ... or the two words no list knows that end the
                     * run after an organisation's head: "Secretary
                     * General of Parliament Zembrala Kovi" */
                    if (k == n && n >= i + tl + 4 &&
                        (w->words[n - 3].flags & EG_GZ_ORG_HEAD) &&
                        !w->words[n - 3].possessive &&
                        unknown_word(&w->words[n - 2]) &&
                        unknown_word(&w->words[n - 1]))
                        k = n - 2;
                    if (k < n) {
                        /* an organisation as portfolio is kept: "Commander
                         * of the Korean People's Army Kim ..." */
                        size_t ps = i + tl + 1;
                        while (ps < k && (w->words[ps].connector ||
                                          is_article(text + w->words[ps].start,
                                                     w->words[ps].end - w->words[ps].start)))
                            ps++;
                        if (ps < k && (w->words[k - 1].flags & EG_GZ_ORG_HEAD))
                            EG_CHECK(add_cand(w, text, s, sentence, ps, k, false,
                                              0, true));
                        titled = true;
                        tflags |= tf;
                        i = k;
                        continue;
                    }
                    i += tl;
                    continue;
                }
            }
            /* a role word before an organisation's name describes it:
             * "the Opposition Congress" */
            if ((wd->flags & EG_GZ_TITLE_ROLE) &&
                !(wd->flags & (EG_GZ_PLACE | EG_GZ_ORG | EG_GZ_GIVEN |
                               EG_GZ_SURNAME)) &&
                known_at(w, text, i, n, EG_GZ_PLACE | EG_GZ_ORG) == 0 &&
                i + 1 < n && known_at(w, text, i + 1, n, EG_GZ_ORG) > 0) {
                i++;
                continue;
            }
            if ((wd->flags & HARD_STOP) &&
                !(wd->flags & (EG_GZ_PLACE | EG_GZ_ORG)) &&
                known_at(w, text, i, n, EG_GZ_PLACE | EG_GZ_ORG) < 2 &&
                !name_start(w, i, n)) {
                i++;
                continue;
            }
            if (party_member(w, text, i, n)) {
                i++;
                continue;
            }
            /* an organisation's noun that opens the sentence describes
             * the name after it: "Regulator FINMA", "Broadcaster Sky
             * News" (not a head that opens one, "Bank Indonesia", nor
             * one before a lone word, "Giant Eagle") */
            if (wd->start == sent_first && i + 1 < n &&
                !w->words[i + 1].connector && wd->entry &&
                (wd->entry->flags & EG_GZ_ORG_NOUN) &&
                !(wd->flags & (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX |
                               EG_GZ_PLACE_HEAD | EG_GZ_PLACE | EG_GZ_ORG |
                               EG_GZ_GIVEN | EG_GZ_SURNAME)) &&
                !(wd->entry->more & (EG_GZ2_ORG_PREFIX | EG_GZ2_PLACE_PREFIX)) &&
                !wd->caps && !wd->possessive &&
                (i + 2 < n || w->words[i + 1].caps)) {
                org_lead = true;
                i++;
                continue;
            }
            /* a capitalised common word that opens the sentence ("However",
             * "Police", an occupation: "Swimmer") unless a name list knows
             * it or the words after it ("New Delhi") */
            if (wd->start == sent_first &&
                (wd->flags & (EG_GZ_COMMON | EG_GZ_TITLE_ROLE)) &&
                !(wd->flags & (EG_GZ_PLACE | EG_GZ_ORG | EG_GZ_GIVEN |
                               EG_GZ_SURNAME)) &&
                !wd->caps &&
                known_at(w, text, i, n, EG_GZ_PLACE | EG_GZ_ORG) < 2 &&
                !opens_name(w, i, n)) {
                /* "Cook said" after "Tim Cook": a surname that is also a
                 * word stays, but only as the short form of a person the
                 * document names in full (see resolve()) */
                if (i + 1 == n && (wd->flags & EG_GZ_SURNAME_WORD)) {
                    size_t before = w->n_cands;
                    EG_CHECK(add_cand(w, text, s, sentence, i, i + 1, false,
                                      0, false));
                    if (w->n_cands > before)
                        w->cands[before].surname_only = true;
                }
                opener = i;
                i++;
                continue;
            }
            break;
        }
        /* the span ends at a possessive, a stop word, a number, a title
         * that starts a new name, an "and"/"for"/"of" that joins two
         * names rather than naming one organisation, or where a person's
         * name follows an organisation ("... Army Kim Myong-sik") */
        size_t j;
        size_t org_len = 0; /* known organisation opening the run */
        bool head_seen = false;
        size_t end = i + 1;
        size_t next = 0;
        for (j = i; j < n; j++) {
            word *wd = &w->words[j];
            const char *ws = text + wd->start;
            size_t wl = wd->end - wd->start;
            /* a short line is a label, not a wrapped one: "Europe" over a
             * headline in a list of links ends there */
            if (j > i && short_line_before(text, s->start, w->words[j - 1].end,
                                           wd->start)) {
                next = j;
                break;
            }
            /* a weekday or month ends the name ("Kim Monday"), except as
             * a surname after a given name ("Theresa May"); function
             * words inside a capitalised run are names ("Kim Jong Il") */
            if (j > i && !wd->connector &&
                (wd->flags & (EG_GZ_WEEKDAY | EG_GZ_MONTH | EG_GZ_USER_STOP)) &&
                !(wd->flags & (EG_GZ_PLACE | EG_GZ_ORG)) &&
                !(j == i + 1 && (w->words[i].flags & EG_GZ_GIVEN)))
                break;
            /* a compound of places ends a name ("North Korea-Russia
             * summit"), unless a known name spans it or a head follows
             * ("Asia-Pacific Economic Cooperation", "Seattle-Tacoma
             * International Airport") */
            if (j > i && wd->after_hyphen &&
                known_at(w, text, i, n, EG_GZ_PLACE | EG_GZ_ORG) <= j - i &&
                !head_ahead(w, j + 1, n) && !place_head_ahead(w, j + 1, n))
                break;
            if (j > i && w->words[j - 1].modifier)
                break;
            /* a known organisation, then a known place of two words or
             * more, are two names: "the White House Middle East
             * coordinator" */
            if (j == i + 1 && !wd->connector)
                org_len = known_at(w, text, i, n, EG_GZ_ORG);
            if (org_len && j == i + org_len && !wd->connector &&
                known_at(w, text, j, n, EG_GZ_PLACE) >= 2)
                break;
            /* "Fukushima No. 1": a number sign ends the name */
            if (j > i && is_word(text, wd, "No")) {
                size_t k = wd->end;
                if (k < s->end && text[k] == '.')
                    k++;
                while (k < s->end && text[k] == ' ')
                    k++;
                if (k < s->end && text[k] >= '0' && text[k] <= '9')
                    break;
            }
            if (j > i && headline_word(w, wd) &&
                known_at(w, text, j, n, EG_GZ_PLACE | EG_GZ_ORG) < 2 &&
                lookup_words(w, i, n) == NULL) {
                next = j + 1;
                break;
            }
            if (j > i && party_member(w, text, j, n)) {
                next = j + 1;
                break;
            }
            if (j > i && wd->digit &&
                !(wd->flags & (EG_GZ_PLACE | EG_GZ_ORG))) {
                next = j + 1;
                break;
            }
            if (wd->connector) {
                /* "Procter & Gamble": an ampersand joins one name */
                if (wl == 1 && ws[0] == '&')
                    continue;
                /* "the" inside a name only after "of"/"for"/"and"
                 * ("Ministry of the Interior"), never right after a word
                 * ("Then the World Bank") */
                if (wl == 3 && memcmp(ws, "the", 3) == 0 &&
                    !w->words[j - 1].connector)
                    break;
                bool weak = (wl == 3 && memcmp(ws, "and", 3) == 0) ||
                            (wl == 3 && memcmp(ws, "for", 3) == 0) ||
                            (wl == 2 && memcmp(ws, "on", 2) == 0);
                /* "the European Union and the World Bank" are two names */
                bool and_word = wl == 3 && memcmp(ws, "and", 3) == 0;
                /* a name of two words or more, "and", and the word that
                 * opened it opening another: "Bank Leumi and Bank
                 * Hapoalim", "Lake Kivu and Lake Tanganyika" are two */
                if (and_word && j > i + 1 && j + 1 < n &&
                    !w->words[j + 1].connector &&
                    w->words[j + 1].key_len == w->words[i].key_len &&
                    memcmp(w->wkeys.data + w->words[j + 1].key_off,
                           w->wkeys.data + w->words[i].key_off,
                           w->words[i].key_len) == 0)
                    break;
                /* a legal suffix or a party's head ends the name:
                 * "Toyota Motor Corp. and Sony Group", "the Telugu Desam
                 * Party and Nitish Kumar" are two */
                static const char *const final_heads[] = {
                    "Alliance", "Coalition", "Front", "Movement", "Party"};
                const word *pw = &w->words[j - 1];
                if (and_word && !pw->connector &&
                    ((pw->flags & EG_GZ_ORG_SUFFIX) ||
                     EG_IN_WORDS(final_heads, text + pw->start,
                              pw->end - pw->start)))
                    break;
                /* a name of two words or more ending in a head, "and",
                 * and a place ("the European Investment Bank and Export
                 * Credit Norway") or another organisation's name from a
                 * word that is a name ("Nippon Steel and Mitsubishi Heavy
                 * Industries") are two; "Guangdong Post and
                 * Telecommunications Administration" stays one; so are
                 * such a name without a connector, "and" and one or two
                 * words that end the run ("Alaska Airlines and United",
                 * "Vision Fund and Tiger Global"; not "Ministry of
                 * Petroleum and Minerals", nor a second head or the
                 * whole run's acronym, "Myanma Oil and Gas Enterprise
                 * (MOGE)") */
                bool plain = true;
                for (size_t k = i; k < j && plain; k++)
                    plain = !w->words[k].connector;
                /* ... and so are two names that end in heads ("Silicon
                 * Valley Bank and Signature Bank"; not "Savings Bank and
                 * Trust Company", whose second part opens with a head) */
                size_t te = j + 1;
                while (te < n && !w->words[te].connector)
                    te++;
                if (and_word && !pw->connector && j - 1 > i &&
                    (pw->flags & EG_GZ_ORG_HEAD) && te >= j + 3 &&
                    !(w->words[j + 1].flags &
                      (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX)) &&
                    (w->words[te - 1].flags & EG_GZ_ORG_HEAD))
                    break;
                if (and_word && !pw->connector && j - 1 > i &&
                    (pw->flags & EG_GZ_ORG_HEAD) &&
                    (place_after(w, j + 1, n) || org_name_at(w, j + 1, n) ||
                     (plain && (j + 2 == n || (j + 3 == n && te == n)) &&
                      !(w->words[j + 1].flags &
                        (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX)) &&
                      !(w->words[n - 1].flags &
                        (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX)) &&
                      !acronym_follows(w, text, s, i, n))))
                    break;
                /* (a head alone is no known name: "Centre for Russian
                 * and Central Asian Studies", though Centre is a region) */
                bool before_known =
                    weak &&
                    span_flags(w, text, i, j) & (EG_GZ_PLACE | EG_GZ_ORG) &&
                    !(j == i + 1 && (w->words[i].flags & EG_GZ_ORG_HEAD));
                if (weak && (j + 1 >= n ||
                             (and_word && w->words[j + 1].connector) ||
                             before_known))
                    break;
                bool of = wl == 2 && memcmp(ws, "of", 2) == 0;
                /* nothing follows Inc., Ltd., AG ...: "NRG Energy Inc. of
                 * Houston" is the firm, then its town (but "Power Corp of
                 * Canada", "Insurance Co of Ohio" are names) */
                static const char *const named_by_of[] = {
                    "Co", "Co.", "Company", "Corp", "Corp.", "Corporation"};
                if (of && !pw->connector && (pw->flags & EG_GZ_ORG_SUFFIX) &&
                    !(pw->flags & EG_GZ_ORG_HEAD) &&
                    !EG_IN_WORDS(named_by_of, text + pw->start,
                                 pw->end - pw->start))
                    break;
                /* an organisation's head, "of" and a person of two names
                 * or more: "the Harbour Guards of Tomas Okafor" are his */
                if (of && head_seen && j + 2 < n &&
                    !w->words[j + 2].connector && person_like(w, j + 1, n) &&
                    !(w->words[j + 1].flags &
                      (EG_GZ_PLACE | EG_GZ_ORG | EG_GZ_DEMONYM)) &&
                    !(w->words[j + 2].flags &
                      (EG_GZ_COMMON | EG_GZ_PLACE | EG_GZ_ORG_HEAD |
                       EG_GZ_PLACE_HEAD)))
                    break;
                if ((weak || of) && (!head_seen || weak)) {
                    /* keep when the whole run is a known name, or an
                     * organisation's name goes on ("Ministry of Foreign
                     * Affairs and Trade") */
                    const eg_gz_entry *e = lookup_words(w, i, n);
                    bool known = e && (e->flags & (EG_GZ_PLACE | EG_GZ_ORG));
                    /* (not after a place's head: "Tarvel Province and
                     * Oslo" are two) */
                    bool place_end =
                        (w->words[j - 1].flags & EG_GZ_PLACE_HEAD) != 0;
                    for (size_t k = i; k < j && place_end; k++)
                        place_end = !(w->words[k].flags &
                                      (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX));
                    bool org_goes_on = head_seen && !place_end &&
                                       !person_like(w, j + 1, n);
                    /* "Securities and Exchange Commission": the run ends in
                     * an organisation head and no person is named before,
                     * an ordinary word or an acronym ("SpiceJet and Jet
                     * Airways" are two) */
                    if (weak && !head_seen && j == i + 1 && j + 1 < n &&
                        (w->words[n - 1].flags & EG_GZ_ORG_HEAD) &&
                        ((w->words[i].flags & EG_GZ_COMMON) ||
                         w->words[i].caps) &&
                        !person_like(w, i, j) && !person_like(w, j + 1, n) &&
                        !(w->words[j - 1].flags & (EG_GZ_PLACE | EG_GZ_ORG)))
                        org_goes_on = true;
                    /* ... or one or two words no list knows, "and", and
                     * words up to a head: "UN Relief and Works Agency for
                     * Palestine Refugees", "Food and Drug Administration" */
                    /* (after the country that opens it too: "Sri Lanka
                     * Immigration and Emigration Officers' Association") */
                    size_t ci = i + known_at(w, text, i, j, EG_GZ_COUNTRY);
                    /* (ordinary words, places and peoples' adjectives
                     * before "and", or a legal suffix alone after it: not
                     * the two firms "Houlihan Lokey and Admiralty Harbour
                     * Capital"; "Sachs and Co" stays) */
                    bool suffix_only =
                        j + 2 == n &&
                        (w->words[j + 1].flags & EG_GZ_ORG_SUFFIX);
                    bool plain_words = true;
                    for (size_t k = ci; k < j && plain_words && !suffix_only;
                         k++)
                        plain_words = (w->words[k].flags &
                                       (EG_GZ_COMMON | EG_GZ_DEMONYM |
                                        EG_GZ_PLACE)) ||
                                      w->words[k].caps;
                    if (and_word && !head_seen && ci < j && j <= ci + 2 &&
                        plain_words &&
                        j + 1 < n && head_ahead(w, j + 1, n) &&
                        !person_like(w, ci, j) && !person_like(w, j + 1, n) &&
                        !(w->words[j - 1].flags & (EG_GZ_PLACE | EG_GZ_ORG)) &&
                        !(span_flags(w, text, ci, j) & (EG_GZ_PLACE | EG_GZ_ORG)))
                        org_goes_on = true;
                    /* "on" joins only known names ("Newcastle upon Tyne"),
                     * not a place after an organisation ("University on
                     * Russky Island") */
                    bool on = (wl == 2 && memcmp(ws, "on", 2) == 0);
                    /* ... but a subject after an organisation's head
                     * does: "Commission on Human Rights" */
                    if (on && !known &&
                        !(head_seen && !place_after(w, j + 1, n)))
                        break;
                    if (!known && !(weak && org_goes_on) && !(of && head_seen))
                        break;
                }
                continue;
            }
            if (j > i) {
                uint32_t tf;
                bool plural;
                size_t tl = title_at(w, text, j, n, &tf, &plural);
                /* a plural title inside a run names a body, not the
                 * people after it, and heads it like "Secretary of
                 * State": "Joint Chiefs of Staff" */
                if (tl && plural && j + tl < n &&
                    is_word(text, &w->words[j + tl], "of")) {
                    tl = 0;
                    head_seen = true;
                }
                if (tl && j + tl < n &&
                    (tf & (EG_GZ_TITLE_OFFICE | EG_GZ_TITLE_RANK |
                           EG_GZ_TITLE_ABBR)) &&
                    (!w->words[j + tl].connector ||
                     is_word(text, &w->words[j + tl], "of")) &&
                    !(w->words[j + tl].flags &
                      (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX)) &&
                    !(wd->flags & (EG_GZ_PLACE | EG_GZ_ORG))) {
                    prefix_of_title = true;
                    break;
                }
                /* "... Army Kim Myong-sik"; but "Forces Kenya" goes on
                 * ("Kenya" is a given name too) */
                const word *pv = &w->words[j - 1];
                if (!pv->connector &&
                    (pv->flags & (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX)) &&
                    person_like(w, j, n) && !(wd->flags & EG_GZ_PLACE))
                    break;
                /* "the Sky News YouTube stream": a listed organisation
                 * after a name of two words or more that its head ends
                 * is a name of its own */
                if (!pv->connector && j >= i + 2 &&
                    (pv->flags & EG_GZ_ORG_HEAD) &&
                    (wd->flags & EG_GZ_ORG) &&
                    !(wd->flags & (EG_GZ_COMMON | EG_GZ_ORG_HEAD |
                                   EG_GZ_ORG_SUFFIX | EG_GZ_PLACE)) &&
                    !(span_flags(w, text, i, j + 1) & (EG_GZ_PLACE | EG_GZ_ORG)))
                    break;
            }
            if (wd->flags & (EG_GZ_ORG_HEAD | EG_GZ_PLACE_HEAD | EG_GZ_ORG_SUFFIX))
                head_seen = true;
            /* "Secretary of State": a title word before "of" heads an
             * organisation-like run (not "Amit Shah and ...") */
            if ((wd->flags & EG_GZ_TITLE_OFFICE) && j + 1 < n &&
                is_word(text, &w->words[j + 1], "of"))
                head_seen = true;
            end = j + 1;
            if (wd->possessive) {
                /* a listed name that ends in 's: "St John's", the
                 * dateline's "ST. JOHN'S" */
                size_t pe = possessive_end(text, wd);
                if (pe == wd->end + 1 && pe < s->end && text[pe] == 'S')
                    pe++;
                const eg_gz_entry *le =
                    pe > wd->end + 1 ? lookup(w, text + w->words[i].start,
                                              pe - w->words[i].start)
                                     : NULL;
                /* (written with its apostrophe: "Ko's" is no "Kos") */
                if (le && (le->flags & (EG_GZ_PLACE | EG_GZ_ORG)) &&
                    le->canonical && (strchr(le->canonical, '\'') ||
                                      strstr(le->canonical, "\xE2\x80\x99"))) {
                    if (!keep_possessive(w, text, j, pe))
                        return EG_ENOMEM;
                    /* ... which a head may follow: "St. Peter's Square",
                     * "St Mary's Hospital" */
                    if (j + 1 < n && !w->words[j + 1].connector &&
                        (w->words[j + 1].flags &
                         (EG_GZ_PLACE_HEAD | EG_GZ_ORG_HEAD)))
                        continue;
                    j++;
                    break;
                }
                /* "People's Army", "Workers' Party" stay whole; "Russia's
                 * Putin" splits */
                bool common = (wd->flags & EG_GZ_COMMON) ||
                              lookup_common_base(w, text, wd);
                /* (not after a given name: "Marine Le Pen's Rassemblement
                 * National", though "pen" is a word; one in a place's name
                 * does not count, "Sri Lanka ... Officers' Association") */
                size_t pl = known_at(w, text, i, j, EG_GZ_PLACE);
                for (size_t k = pl >= 2 ? i + pl : i; k < j && common; k++)
                    common = !(w->words[k].flags & EG_GZ_GIVEN);
                /* "St Paul's Cathedral", "Anna Berg's Chapel": a name of
                 * two words or more, its possessive and a place's head
                 * that ends the run (not "Kim Jong Un's Party") */
                if (!common && j > i && j + 2 == n &&
                    (w->words[j + 1].flags & EG_GZ_PLACE_HEAD) &&
                    !(w->words[j + 1].flags & EG_GZ_ORG_HEAD) &&
                    !w->words[j + 1].possessive)
                    common = true;
                if (common && !is_compass(text + wd->start, wd->end - wd->start) &&
                    !(wd->flags & (EG_GZ_ORG_HEAD | EG_GZ_PLACE_HEAD)) &&
                    j + 1 < n && !w->words[j + 1].connector &&
                    !(wd->flags & (EG_GZ_PLACE | EG_GZ_ORG)) &&
                    !person_like(w, j + 1, n) &&
                    !given_word_name(w, j + 1, n) &&
                    /* "the Standard's Indonesia coverage": a place after
                     * the possessive is a name of its own (not inside a
                     * listed name: "Democratic People's Republic of
                     * Korea") */
                    !place_after_possessive(w, text, i, j, n)) {
                    if (!keep_possessive(w, text, j, possessive_end(text, wd)))
                        return EG_ENOMEM;
                    continue;
                }
                j++;
                break;
            }
        }
        while (end > i + 1 && trailing_word(w, text, i, end))
            end--;
        /* and a flight's number: "Alaska Airlines Flight 1282" */
        if (end > i + 1 && end == n && is_word(text, &w->words[end - 1], "Flight")) {
            size_t fe = w->words[end - 1].end;
            if (fe + 1 < s->end && text[fe] == ' ' && text[fe + 1] >= '0' &&
                text[fe + 1] <= '9')
                end--;
        }
        /* a title at the end names no one: "the UN Secretary-General" */
        if (end > i + 1) {
            for (size_t t = end - 1; t > i; t--) {
                uint32_t tf;
                if (w->words[t].connector)
                    continue;
                size_t tl = title_at(w, text, t, end, &tf, NULL);
                /* (but a surname after a given name: "Amit Shah", and
                 * one that is a word too: "Stephen King", "John Major";
                 * nor an office after "of": "Court of Justice") */
                if (tl && t + tl == end &&
                    !is_word(text, &w->words[t - 1], "of") &&
                    (tf & (EG_GZ_TITLE_OFFICE | EG_GZ_TITLE_RANK)) &&
                    !(w->words[t].flags & (EG_GZ_ORG_HEAD | EG_GZ_PLACE_HEAD)) &&
                    !(tl == 1 &&
                      (w->words[t].flags &
                       (EG_GZ_SURNAME | EG_GZ_SURNAME_WORD)) &&
                      (w->words[t - 1].flags & EG_GZ_GIVEN))) {
                    end = t;
                    while (end > i && w->words[end - 1].connector)
                        end--;
                }
                break;
            }
        }
        if (end > i) {
            /* a country before another name */
            size_t cl = known_at(w, text, i, end, EG_GZ_COUNTRY);
            size_t names = 0;
            for (size_t k = i + cl; k < end; k++)
                names += !w->words[k].connector;
            bool whole_known =
                known_at(w, text, i, end, EG_GZ_PLACE | EG_GZ_ORG) == end - i;
            /* "Ambassador to Russia Vinay Kumar", "U.S. Labor Day": the
             * country and what follows are two names, unless what follows
             * has a head: the organisation is named with its country ("U.S.
             * State Department", "Israel Defense Forces", "Singapore
             * Airlines", "Hong Kong Island") */
            bool rest_head = false;
            for (size_t k = i + cl; k < end; k++)
                rest_head |= !w->words[k].connector &&
                             (w->words[k].flags &
                              (EG_GZ_ORG_HEAD | EG_GZ_ORG_SUFFIX |
                               EG_GZ_PLACE_HEAD));
            /* ... unless the country is also a given name before one
             * name no list knows: "Jordan Bardella", "Chad Smith" */
            bool given_country =
                cl == 1 && names == 1 && i + 2 == end &&
                (w->words[i].flags & EG_GZ_GIVEN) &&
                !(w->words[i + 1].flags &
                  (EG_GZ_COMMON | EG_GZ_PLACE | EG_GZ_ORG | EG_GZ_DEMONYM |
                   EG_GZ_STOP | EG_GZ_TITLE | HARD_STOP)) &&
                !w->words[i + 1].caps;
            /* ... or two words or more that no list knows: "Sri Lanka
             * Podujana Peramuna" */
            bool rest_unknown = names >= 2 && !w->titlecase;
            for (size_t k = i + cl; k < end && rest_unknown; k++) {
                const word *rw = &w->words[k];
                rest_unknown = !rw->connector && rw->flags == 0 &&
                               !rw->caps && !rw->digit && !rw->inner_lower &&
                               !memchr(text + rw->start, '-',
                                       rw->end - rw->start);
            }
            if (cl && i + cl < end && names >= 1 && !whole_known &&
                !w->words[i + cl].connector && !rest_head && !rest_unknown &&
                !w->words[i + cl].after_hyphen && !given_country &&
                !acronym_follows(w, text, s, i, end) &&
                !(w->words[i + cl].flags & EG_GZ_DEMONYM && names == 1)) {
                EG_CHECK(add_cand(w, text, s, sentence, i, i + cl, false, 0,
                                  had_the));
                EG_CHECK(add_cand(w, text, s, sentence, i + cl, end, false, 0,
                                  false));
            } else if (prefix_of_title) {
                /* keep what precedes an inner title only when it is a
                 * known name ("U.N. Secretary-General ...") */
                bool keep = known_at(w, text, i, end, EG_GZ_PLACE | EG_GZ_ORG) == end - i ||
                            (end - i >= 2 && (w->words[end - 1].flags &
                                              (EG_GZ_ORG_HEAD | EG_GZ_PLACE_HEAD)));
                /* one word that no list knows, before an office and a
                 * person, is where that person works: "Rosatom Director
                 * General Alexey Likhachev" */
                const word *lone = &w->words[i];
                bool employer =
                    !keep && end == i + 1 && !titled && !lone->caps &&
                    !(lone->flags & (EG_GZ_COMMON | EG_GZ_GIVEN | EG_GZ_SURNAME |
                                     EG_GZ_DEMONYM | EG_GZ_TITLE | HARD_STOP)) &&
                    !lone->possessive &&
                    !demonym_like(text + lone->start, lone->end - lone->start) &&
                    !portfolio_like(text + lone->start, lone->end - lone->start) &&
                    !memchr(text + lone->start, '-', lone->end - lone->start) &&
                    person_after_title(w, text, end, n);
                size_t before = w->n_cands;
                if (keep || employer)
                    EG_CHECK(add_cand(w, text, s, sentence, i, end, titled,
                                      tflags, had_the));
                if (employer && w->n_cands > before)
                    vote(&w->cands[before], EG_TYPE_ORG, 2.0f);
            } else {
                size_t before = w->n_cands;
                EG_CHECK(add_cand(w, text, s, sentence, i, end, titled, tflags,
                                  had_the));
                if (org_lead && w->n_cands > before)
                    vote(&w->cands[before], EG_TYPE_ORG, 2.0f);
                if (opener != SIZE_MAX && opener + 1 == i &&
                    w->n_cands > before)
                    EG_CHECK(add_shadow(w, text, s, sentence, opener, end,
                                        before));
            }
        }
        size_t nx = j > end ? j : end;
        if (next > nx)
            nx = next;
        i = nx;
    }
    return EG_OK;
}

/* A sentence written in capitals (a headline) gives no case cues: only
 * names the gazetteers know are taken from it. */
static bool shouting(const char *text, const eg_sentence *s)
{
    size_t upper = 0, lower = 0;
    for (size_t i = s->start; i < s->end;) {
        uint32_t cp;
        i += eg_utf8_decode(text + i, s->end - i, &cp);
        upper += eg_cp_is_upper(cp);
        lower += eg_cp_is_lower(cp);
        /* decided once even an all-capital rest could not outweigh the
         * lowercase letters seen */
        if (lower * 5 >= upper + (s->end - i))
            return false;
    }
    return upper >= 8 && lower * 5 < upper;
}

/* A headline in title case ("Kim Arrives In Russia For Talks") has no
 * lowercase word but short function words: every capitalised common word
 * in it may be an ordinary word. Five capitals, or three when one of the
 * short words after the first has its capital too. */
static bool title_case(const char *text, const eg_segmentation *seg,
                       const eg_sentence *s)
{
    static const char *const small[] = {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of",
        "on", "or", "the", "to", "vs", "with"};
    static const char *const small_caps[] = {
        "And", "As", "At", "By", "For", "From", "In", "Into", "Of", "On",
        "Or", "The", "To", "With"};
    size_t upper = 0, capital_small = 0;
    const eg_token *t = seg->tokens + s->first_token;
    for (uint32_t i = 0; i < s->n_tokens; i++) {
        uint32_t cp;
        eg_utf8_decode(text + t[i].start, t[i].end - t[i].start, &cp);
        if (!eg_cp_is_letter(cp))
            continue;
        if (eg_cp_is_upper(cp)) {
            upper++;
            capital_small +=
                i > 0 && EG_IN_WORDS(small_caps, text + t[i].start,
                                     t[i].end - t[i].start);
        } else if (!EG_IN_WORDS(small, text + t[i].start,
                                t[i].end - t[i].start))
            return false; /* a lowercase word that is not a small one */
    }
    /* (a short one too when a small word inside it has its capital:
     * "Who Came With Putin?") */
    return upper >= 5 || (upper >= 3 && capital_small > 0);
}

static eg_error_t headline_cands(eg_worker *w, const char *text,
                                 const eg_segmentation *seg,
                                 const eg_sentence *s, uint32_t sentence)
{
    const eg_token *t = seg->tokens + s->first_token;
    for (uint32_t i = 0; i < s->n_tokens;) {
        size_t best = 0;
        /* a span of several tokens is a listed name only if the first
         * token's key starts one, when a space or a hyphen follows it */
        const eg_gz_entry *e1;
        bool starts = true;
        if (i + 1 < s->n_tokens &&
            (text[t[i].end] == ' ' || text[t[i].end] == '-') &&
            !surface_entry(w, text + t[i].start, t[i].end - t[i].start, NULL,
                           &e1, &starts))
            return EG_ENOMEM;
        for (uint32_t len = starts ? 4 : 1; len >= 1; len--) {
            if (i + len > s->n_tokens)
                continue;
            const eg_gz_entry *e =
                lookup(w, text + t[i].start, t[i + len - 1].end - t[i].start);
            if (!e || !(e->flags & (EG_GZ_PLACE | EG_GZ_ORG)))
                continue;
            if (len == 1 && (e->flags & EG_GZ_COMMON) &&
                !(e->flags & (EG_GZ_COUNTRY | EG_GZ_CAPITAL)))
                continue;
            best = len;
            break;
        }
        if (!best) {
            i++;
            continue;
        }
        size_t first, count;
        EG_CHECK(split_words(w, text, t[i].start, t[i + best - 1].end, &first,
                             &count));
        if (count)
            EG_CHECK(add_cand(w, text, s, sentence, first, first + count,
                              false, 0, false));
        i += (uint32_t)best;
    }
    return EG_OK;
}

/* ---- runs of capitalised words --------------------------------------- */

/* The words of CONNECTOR and the particles of WORD, for
 * match_run_ascii(). */
static const char *const run_connectors[] = {
    "abu", "al", "am", "an", "and", "ben", "bin", "bint", "da", "das", "de",
    "del", "della", "den", "der", "des", "di", "do", "dos", "du", "el", "for",
    "ibn", "la", "le", "of", "on", "ten", "ter", "the", "upon", "van", "von",
    "y"};
static const char *const run_particles[] = {
    "abu", "ad", "al", "an", "ar", "as", "ash", "at", "az", "bin", "d", "da",
    "de", "di", "du", "el", "ibn", "l", "la", "le", "van", "von"};

/* Line breaks and other white space the run pattern's \R and \s know
 * beyond space and tab. */
static bool ascii_break(unsigned char c)
{
    return c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* The end of the plain WORD at t[i] (A-Z): letters and digits, joined
 * by apostrophes and hyphens (' ’ - ‐) to more of them ("Jong-un",
 * "Kim’s"), with a full stop after them or, after an s, a possessive
 * apostrophe before another capital ("Workers' Party"); SIZE_MAX when
 * the word needs the pattern ('&', another script). */
static size_t ascii_word(const char *t, size_t i, size_t end)
{
    size_t s = i++;
    for (;;) {
        while (i < end && ascii_alnum((unsigned char)t[i]))
            i++;
        if (i == end)
            return i;
        unsigned char c = (unsigned char)t[i];
        size_t jl = c == '\'' || c == '-' ? 1
                    : c == 0xE2 && i + 2 < end &&
                            (unsigned char)t[i + 1] == 0x80 &&
                            ((unsigned char)t[i + 2] == 0x99 ||
                             (unsigned char)t[i + 2] == 0x90)
                        ? 3
                        : 0;
        if (jl) {
            unsigned char n = i + jl < end ? (unsigned char)t[i + jl] : 0;
            if (ascii_alnum(n)) {
                i += jl; /* a joiner inside the word */
                continue;
            }
            if (n >= 0x80)
                return SIZE_MAX;
            bool apostrophe =
                c == '\'' || (jl == 3 && (unsigned char)t[i + 2] == 0x99);
            if (!apostrophe || t[i - 1] != 's')
                return i;
            /* (?<=s)['’](?=[ \t]+\p{Lu}) */
            size_t k = i + jl;
            if (k >= end || (t[k] != ' ' && t[k] != '\t'))
                return i;
            while (k < end && (t[k] == ' ' || t[k] == '\t'))
                k++;
            if (k < end && (unsigned char)t[k] >= 0x80)
                return SIZE_MAX;
            return k < end && t[k] >= 'A' && t[k] <= 'Z' ? i + jl : i;
        }
        if (c >= 0x80 || c == '&')
            return SIZE_MAX;
        if (c != '.')
            return i;
        /* "J." is a word with its dot. The pattern reads "U.S." as one
         * (\p{Lu}\.){2,}, this as "U." and "S.": the run ends at the
         * same place (a capital of another script after "U." is left to
         * the pattern) */
        if (i - s == 1 && i + 1 < end && (unsigned char)t[i + 1] >= 0x80)
            return SIZE_MAX;
        return i + 1;
    }
}

/* run_pattern's match at pos in t[0..end) when the run is plain ASCII:
 * capitalised words of letters and digits (a full stop after one),
 * separated by spaces and tabs, joined by up to three connectors. 1 with
 * *me, 0 for no match, -1 when the text holds anything else the pattern
 * would have to judge (line breaks, particles, '&', other scripts), which
 * is then left to PCRE2: the JIT spends about 80 instructions a
 * byte on a run, this a few. tests/unit/test_extract.c compares the two
 * on generated text. */
static int match_run_ascii(const char *t, size_t end, size_t pos, size_t *me)
{
    unsigned char c = (unsigned char)t[pos];
    if (!(c >= 'A' && c <= 'Z'))
        return -1;
    if (pos > 0) {
        unsigned char p = (unsigned char)t[pos - 1];
        if (p >= 0x80)
            return -1;
        if (eg_ascii_class[p] & EG_CC_ALNUM)
            return 0;
    }
    size_t i = ascii_word(t, pos, end);
    if (i == SIZE_MAX)
        return -1;
    for (;;) {
        /* [ \t]* (line breaks and NBSP are the pattern's) */
        size_t j = i;
        while (j < end && (t[j] == ' ' || t[j] == '\t'))
            j++;
        /* (CONNECTOR \s+){0,3} */
        for (int connectors = 0;; connectors++) {
            if (j >= end)
                goto done;
            unsigned char d = (unsigned char)t[j];
            if (d >= 'A' && d <= 'Z')
                break;
            if (d >= 0x80 || d == '&' || ascii_break(d))
                return -1;
            if (!(d >= 'a' && d <= 'z'))
                goto done;
            size_t ws = j;
            while (j < end && t[j] >= 'a' && t[j] <= 'z')
                j++;
            unsigned char n = j < end ? (unsigned char)t[j] : 0;
            if (n >= 0x80 || ascii_break(n) ||
                ((n == '\'' || n == '-') &&
                 EG_IN_WORDS(run_particles, t + ws, j - ws)))
                return -1;
            if (connectors == 3 || (n != ' ' && n != '\t') ||
                !EG_IN_WORDS(run_connectors, t + ws, j - ws))
                goto done;
            while (j < end && (t[j] == ' ' || t[j] == '\t'))
                j++;
        }
        size_t k = ascii_word(t, j, end);
        if (k == SIZE_MAX)
            return -1;
        i = k;
    }
done:
    *me = i;
    return 1;
}

/* Matches the run pattern anchored at pos in text[0..end): 1 with
 * [*ms, *me), 0 for no match, < 0 on error. fast: plain ASCII runs
 * without PCRE2 (match_run_ascii). */
static int match_run_at(eg_worker *w, const char *text, size_t end,
                        size_t pos, bool fast, size_t *ms, size_t *me)
{
    if (fast) {
        int rc = match_run_ascii(text, end, pos, me);
        if (rc >= 0) {
            *ms = pos;
            return rc;
        }
    }
    /* (the pattern is compiled anchored, so JIT serves it) */
    /* documents are valid UTF-8 (repaired when read): no check, which
     * would scan the rest of the sentence at every call; the JIT entry
     * point also skips pcre2_match()'s set-up */
    int rc = w->ex->jit
                 ? pcre2_jit_match(w->ex->run, (PCRE2_SPTR)text, end, pos,
                                   PCRE2_NO_UTF_CHECK, w->md, NULL)
                 : pcre2_match(w->ex->run, (PCRE2_SPTR)text, end, pos,
                               PCRE2_NO_UTF_CHECK, w->md, NULL);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0)
        return rc;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(w->md);
    *ms = ov[0];
    *me = ov[1];
    return *me > *ms;
}

int eg_extract_match_run(eg_worker *w, const char *text, size_t end,
                         size_t pos, bool fast, size_t *ms, size_t *me)
{
    if (!fast)
        return match_run_at(w, text, end, pos, false, ms, me);
    *ms = pos;
    return match_run_ascii(text, end, pos, me);
}

static int match_run(eg_worker *w, const char *text, const eg_sentence *s,
                     size_t pos, size_t *ms, size_t *me)
{
    return match_run_at(w, text, s->end, pos, true, ms, me);
}

/* Does a run end in "<head> of <Name>", the start of a list ("Ministry
 * of Economy, Trade and Industry")? */
static bool list_head(const eg_worker *w, const char *text, size_t first,
                      size_t count)
{
    if (count < 3)
        return false;
    const word *of = &w->words[first + count - 2];
    return is_word(text, of, "of") &&
           (w->words[first + count - 3].flags & EG_GZ_ORG_HEAD) &&
           !w->words[first + count - 1].connector;
}

/* Is the word no name a list knows ("Trade", "Tourism"; not "Tokyo",
 * "Lena")? */
static bool list_word(eg_worker *w, const char *s, size_t len)
{
    const eg_gz_entry *e = lookup(w, s, len);
    return !e ||
           !(e->flags & (EG_GZ_PLACE | EG_GZ_ORG | EG_GZ_GIVEN | EG_GZ_SURNAME));
}

enum { LIST_ITEMS = 4 };

/* The list that goes on from a comma at pos: single capitalised words
 * after ", ", the last two joined by "and" ("Trade and Industry"); the
 * number of items with their matches in item[], 0 when the text is no
 * such list, < 0 on error. */
static int list_tail(eg_worker *w, const char *text, const eg_sentence *s,
                     size_t pos, size_t item[LIST_ITEMS][2])
{
    for (int items = 0; items < LIST_ITEMS; items++) {
        if (pos + 2 >= s->end || text[pos] != ',' || text[pos + 1] != ' ' ||
            !(text[pos + 2] >= 'A' && text[pos + 2] <= 'Z'))
            return 0;
        size_t ms, me;
        int rc = match_run(w, text, s, pos + 2, &ms, &me);
        if (rc <= 0)
            return rc;
        item[items][0] = ms;
        item[items][1] = me;
        /* one ordinary word, or "Word and Word" to end the list */
        const char *sp = memchr(text + ms, ' ', me - ms);
        if (!list_word(w, text + ms, sp ? (size_t)(sp - text) - ms : me - ms))
            return 0;
        if (!sp) {
            pos = me;
            continue;
        }
        const char *a = sp + 1;
        size_t rest = (size_t)(text + me - a);
        const char *sp2 = memchr(a, ' ', rest);
        if (!sp2 || sp2 - a != 3 || memcmp(a, "and", 3) != 0 ||
            memchr(sp2 + 1, ' ', (size_t)(text + me - sp2 - 1)) ||
            !list_word(w, sp2 + 1, (size_t)(text + me - sp2 - 1)))
            return 0;
        return items + 1;
    }
    return 0;
}

/* Can a particle of WORD (al-, bin-, d', van- ...) start with cp? */
static bool particle_initial(uint32_t cp)
{
    switch (cp) {
    case 'a': case 'b': case 'd': case 'e': case 'i': case 'l': case 'v':
        return true;
    default:
        return false;
    }
}

/* The hash of the word keys of words [a, b) back to back (in scratch). */
static uint64_t words_hash(eg_worker *w, size_t a, size_t b, bool *ok)
{
    eg_buf_clear(&w->scratch);
    *ok = append_word_keys(w, a, b, &w->scratch);
    return eg_hash_bytes(w->scratch.data, w->scratch.len);
}

/* A shadow stays, and its partner goes, when the document names it where
 * no sentence starts: it is then the whole name or the opening words of
 * one ("First Republic said" after "First Republic Bank"). Otherwise the
 * shadow goes. The candidates that go are taken out of the list. */
static eg_error_t settle_shadows(eg_worker *w)
{
    eg_u64map *m = &w->shadow_keys;
    eg_u64map_clear(m);
    for (size_t i = 0; i < w->n_cands; i++) {
        const cand *c = &w->cands[i];
        if (c->shadow || c->rejected || c->n_words < 2)
            continue;
        eg_buf_clear(&w->scratch);
        for (size_t k = c->first_word; k < c->first_word + c->n_words; k++) {
            const word *wd = &w->words[k];
            if (!eg_buf_append(&w->scratch, w->wkeys.data + wd->key_off,
                               wd->key_len))
                return EG_ENOMEM;
            uint32_t v = 1;
            if (k > c->first_word && !wd->connector &&
                !eg_u64map_put(m, eg_hash_bytes(w->scratch.data,
                                                w->scratch.len),
                               &v, NULL))
                return EG_ENOMEM;
        }
    }
    for (size_t i = 0; i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        if (!c->shadow)
            continue;
        bool ok;
        uint64_t h = words_hash(w, c->first_word,
                                c->first_word + c->n_words, &ok);
        if (!ok)
            return EG_ENOMEM;
        if (eg_u64map_get(m, h, NULL))
            w->cands[c->partner].rejected = true;
        else
            c->rejected = true;
    }
    size_t n = 0;
    for (size_t i = 0; i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        if (c->shadow && !c->rejected)
            c->shadow = false;
        else if (c->shadow || (c->rejected && !c->no_entity))
            continue;
        w->cands[n++] = *c;
    }
    w->n_cands = n;
    w->n_shadows = 0;
    return EG_OK;
}

static eg_error_t find_candidates(eg_worker *w, const eg_doc *doc,
                                  eg_analysis *an)
{
    const eg_segmentation *seg = &an->seg;
    const char *text = doc->text;
    for (size_t si = 0; si < seg->n_sentences; si++) {
        const eg_sentence *s = &seg->sentences[si];
        if (s->n_tokens == 0)
            continue;
        if (shouting(text, s)) {
            EG_CHECK(headline_cands(w, text, seg, s, (uint32_t)si));
            continue;
        }
        size_t sent_first = seg->tokens[s->first_token].start;
        w->titlecase = title_case(text, seg, s);
        size_t off = s->start;
        /* A run starts at a token that starts with a capital or with a
         * particle fused to one ("al-Assad"): only there is the pattern
         * tried, anchored, instead of letting it scan every byte. */
        const eg_token *tok = seg->tokens + s->first_token;
        for (uint32_t ti = 0; ti < s->n_tokens; ti++) {
            size_t ts = tok[ti].start, te = tok[ti].end;
            if (ts < off)
                continue;
            uint32_t cp;
            eg_utf8_decode(text + ts, te - ts, &cp);
            if (!eg_cp_is_upper(cp)) {
                /* only the particles of WORD (al-, bin-, d', van- ...)
                 * fuse to a capital */
                if (!particle_initial(cp))
                    continue;
                bool fused = false;
                for (size_t k = ts + 1; k + 1 < te && !fused; k++)
                    fused = (text[k] == '-' || text[k] == '\'' ||
                             (unsigned char)text[k] == 0x99) &&
                            ((text[k + 1] >= 'A' && text[k + 1] <= 'Z') ||
                             (unsigned char)text[k + 1] >= 0xC0);
                if (!fused)
                    continue;
            }
            size_t ms, me;
            int rc = match_run(w, text, s, ts, &ms, &me);
            if (rc < 0)
                return EG_EINTERNAL;
            if (rc == 0)
                continue;
            size_t first, count;
            EG_CHECK(split_words(w, text, ms, me, &first, &count));
            /* "Ministry of Economy, Trade and Industry": the list after
             * a comma goes on with the name */
            if (me < s->end && text[me] == ',' && list_head(w, text, first, count)) {
                size_t item[LIST_ITEMS][2];
                rc = list_tail(w, text, s, me, item);
                if (rc < 0)
                    return EG_EINTERNAL;
                for (int k = 0; k < rc; k++) {
                    size_t f2, c2;
                    EG_CHECK(split_words(w, text, item[k][0], item[k][1], &f2,
                                         &c2));
                    count += c2;
                    me = item[k][1];
                }
            }
            EG_CHECK(process_run(w, text, s, (uint32_t)si, first, count,
                                 sent_first));
            off = me;
        }
    }
    return w->n_shadows ? settle_shadows(w) : EG_OK;
}

/* ---- resolution ------------------------------------------------------- */

static const char *ckey(const eg_worker *w, const cand *c, uint32_t *len)
{
    *len = c->key_len;
    return w->keys.data + c->key_off;
}


static eg_type best_type(const float *v)
{
    eg_type best = EG_TYPE_NONE;
    float bv = 0.0f;
    for (int t = 1; t < EG_TYPE_COUNT; t++)
        if (v[t] > bv) {
            bv = v[t];
            best = (eg_type)t;
        }
    return best;
}

/* The letters of an acronym ("U.S." -> "US"). */
static size_t acronym_letters(const char *s, size_t len, char *out,
                              size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n < max; i++)
        if ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))
            out[n++] = (char)(s[i] & ~0x20);
    return n;
}

static eg_error_t new_entity(eg_worker *w, eg_analysis *an, cand *c,
                             const char *text)
{
    uint32_t klen;
    const char *k = ckey(w, c, &klen);
    uint32_t idx = (uint32_t)an->n_entities;
    bool found;
    char *kcopy = eg_arena_strndup(&an->arena, k, klen);
    if (!kcopy || !eg_strmap_put(&w->ent_map, kcopy, klen, &idx, &found))
        return EG_ENOMEM;
    if (found) {
        c->entity = (int32_t)idx;
        return EG_OK;
    }
    if (!EG_GROW(an->entities, an->cap_entities, an->n_entities + 1))
        return EG_ENOMEM;
    eg_doc_entity *e = &an->entities[an->n_entities++];
    memset(e, 0, sizeof *e);
    e->key = kcopy;
    e->name = eg_arena_strndup(&an->arena, text + c->start, c->end - c->start);
    if (!e->name)
        return EG_ENOMEM;
    uint32_t nn = 0;
    for (uint32_t i = 0; i < c->n_words; i++)
        nn += !w->words[c->first_word + i].connector;
    if (nn >= 2) {
        e->first_key = eg_arena_strndup(&an->arena, w->keys.data + c->first_off,
                                        c->first_len);
        e->last_key = eg_arena_strndup(&an->arena, w->keys.data + c->last_off,
                                       c->last_len);
        if (!e->first_key || !e->last_key)
            return EG_ENOMEM;
        e->given_first = (w->words[c->first_word].flags & EG_GZ_GIVEN) != 0;
    }
    if (c->core_len &&
        (!(e->core_key = eg_arena_strndup(&an->arena,
                                          w->keys.data + c->core_off,
                                          c->core_len)) ||
         !(e->core_place = eg_arena_strndup(
               &an->arena, w->keys.data + c->core_off + c->core_len,
               c->place_len))))
        return EG_ENOMEM;
    e->core_anywhere = c->core_anywhere;
    e->partial_only = c->shortform;
    e->acronym = c->acronym;
    e->canonical = c->alias;
    c->entity = (int32_t)idx;
    return EG_OK;
}

/* Is the key a[0..la) a misspelling of the key b: one edit away, and not
 * in the last letter, which is grammar rather than a typo ("Velmora" /
 * "Velmoran", "Russia" / "Russian")? */
static bool one_edit(const char *a, size_t la, const char *b)
{
    size_t lb = strlen(b), at;
    return eg_keys_one_edit(a, la, b, lb, &at) &&
           at + 1 < (la < lb ? la : lb);
}

/* Which ends of a full name a short form may stand for: people by either
 * end (Putin; Kim of Kim Jong Un), organisations by their first word
 * (Samsung of Samsung Electronics), a place of two words by the word
 * before its head (Aras of Aras River, Changi of Changi Airport; a short
 * form is a word no list knows, so Mississippi stays the state). */
static void short_ends(const eg_worker *w, const eg_analysis *an,
                       const cand *f, bool *first, bool *last)
{
    eg_type t = best_type(an->entities[f->entity].votes);
    *first = t == EG_TYPE_PERSON || t == EG_TYPE_NONE || t == EG_TYPE_ORG ||
             (t == EG_TYPE_PLACE && f->n_words == 2 &&
              (w->words[f->first_word + 1].flags & EG_GZ_PLACE_HEAD));
    *last = t == EG_TYPE_PERSON || t == EG_TYPE_NONE;
}

static bool is_full_name(const cand *f, const eg_analysis *an)
{
    return !f->rejected && f->entity >= 0 && !f->shortform && !f->acronym &&
           an->entities[f->entity].first_key;
}

/* Resolves short forms (surnames, "Mr Kim", "Van der Berg") to the full
 * name they stand for: the nearest fitting full name mentioned before, else
 * the nearest after. One pass forward and one backward over the mentions,
 * with maps from first and last words to the latest full name, so the work
 * is linear in the mentions. */
/* Points key at entity e unless the entity it points at now is more
 * salient (named in full more often so far). */
static bool map_salient(eg_strmap *m, const char *key, size_t len, uint32_t e,
                        const uint32_t *count)
{
    uint32_t cur = e;
    bool found;
    if (!eg_strmap_put(m, key, len, &cur, &found))
        return false;
    if (found && cur != e && count[e] >= count[cur])
        return eg_strmap_set(m, key, len, e);
    return true;
}

/* "Abdollahian" of "Hossein Amir-Abdollahian", "Sirleaf" of "Ellen
 * Johnson-Sirleaf": a person's last word joined by a hyphen may be cut to
 * its last part, when that part is a capitalised ASCII word of four
 * letters or more (not "Jong-Un") and the name a person's by its title or
 * given name (not the match "Sao Paulo-Santos"). Its key is the end of
 * the word's. */
static bool map_hyphen_tail(eg_worker *w, const char *text, const word *lw,
                            const cand *c, uint32_t e, const uint32_t *count)
{
    const char *ws = text + lw->start, *we = text + lw->end;
    const char *h = we;
    while (h > ws && h[-1] != '-')
        h--;
    if (h == ws || h - 1 == ws || we - h < 4 || *h < 'A' || *h > 'Z' ||
        !(c->titled || (w->words[c->first_word].flags & EG_GZ_GIVEN)))
        return true;
    for (const char *p = h; p < we; p++)
        if (!ascii_letter(*p))
            return true;
    size_t tl = (size_t)(we - h);
    if (tl >= c->last_len)
        return true;
    return map_salient(&w->last_map, w->keys.data + c->last_off + c->last_len - tl,
                       tl, e, count);
}

/* Is name written family name first, as a hyphenated given name after
 * it shows: "Lai Ching-te", "Kim Jong-un" (two words)? */
static bool family_first(const char *name)
{
    const char *sp = strchr(name, ' ');
    if (!sp || strchr(sp + 1, ' '))
        return false;
    const char *h = strchr(sp + 1, '-');
    return h && h > sp + 1 && h[1] >= 'a' && h[1] <= 'z';
}

static eg_error_t resolve_shorts(eg_worker *w, eg_analysis *an,
                                 const char *text, int32_t *target)
{
    /* "Kim", when both Kim Jong Un and Kim Jong Il are named: the one named
     * in full more often so far (ties: the nearest) before it; failing
     * that, the one named most in the whole document after it */
    size_t ne = an->n_entities ? an->n_entities : 1;
    uint32_t *seen = calloc(ne, sizeof *seen);
    uint32_t *total = calloc(ne, sizeof *total);
    if (!seen || !total) {
        free(seen);
        free(total);
        return EG_ENOMEM;
    }
    for (size_t i = 0; i < w->n_cands; i++)
        if (is_full_name(&w->cands[i], an))
            total[w->cands[i].entity]++;
    for (int dir = 0; dir < 2; dir++) {
        eg_strmap_clear(&w->first_map);
        eg_strmap_clear(&w->last_map);
        const uint32_t *count = dir == 0 ? seen : total;
        for (size_t step = 0; step < w->n_cands; step++) {
            size_t i = dir == 0 ? step : w->n_cands - 1 - step;
            cand *c = &w->cands[i];
            if (is_full_name(c, an)) {
                bool first, last;
                short_ends(w, an, c, &first, &last);
                uint32_t e = (uint32_t)c->entity;
                if (dir == 0)
                    seen[e]++;
                /* "Burhan" of "Abdel Fattah al-Burhan": the last word
                 * without its article */
                const word *lw = &w->words[c->first_word + c->n_words - 1];
                bool article = lw->end - lw->start > 4 && c->last_len > 2 &&
                               text[lw->start + 2] == '-' &&
                               (text[lw->start] == 'a' || text[lw->start] == 'A' ||
                                text[lw->start] == 'e' || text[lw->start] == 'E') &&
                               (text[lw->start + 1] == 'l' || text[lw->start + 1] == 'L');
                if ((first &&
                     !map_salient(&w->first_map, w->keys.data + c->first_off,
                                  c->first_len, e, count)) ||
                    (last &&
                     !map_salient(&w->last_map, w->keys.data + c->last_off,
                                  c->last_len, e, count)) ||
                    (last && article &&
                     !map_salient(&w->last_map, w->keys.data + c->last_off + 2,
                                  c->last_len - 2, e, count)) ||
                    (last && !article &&
                     !map_hyphen_tail(w, text, lw, c, e, count))) {
                    free(seen);
                    free(total);
                    return EG_ENOMEM;
                }
                continue;
            }
            const char *k = w->keys.data + c->key_off;
            uint32_t e;
            /* "Clinton" after "Bill Clinton" is the person, not the town
             * (a hyphenated name's end is not enough: "Santos" beside
             * "Sao Paulo-Santos"; nor, for a country or a region, a
             * name without a listed given name: "Chechnya" beside the
             * headline's "Lebed Chechnya") */
            if (c->maybe_surname && target[i] < 0 &&
                eg_strmap_get(&w->last_map, w->keys.data + c->first_off,
                              c->first_len, &e) &&
                best_type(an->entities[e].votes) == EG_TYPE_PERSON &&
                (an->entities[e].given_first ||
                 !(w->words[c->first_word].flags &
                   (EG_GZ_COUNTRY | EG_GZ_REGION))) &&
                strlen(an->entities[e].last_key) <= c->first_len + 2) {
                target[i] = (int32_t)e;
                continue;
            }
            /* ... and "Lai" after "Lai Ching-te": a family name first */
            if (c->maybe_surname && target[i] < 0 &&
                (w->words[c->first_word].flags & EG_GZ_SURNAME) &&
                eg_strmap_get(&w->first_map, w->keys.data + c->first_off,
                              c->first_len, &e) &&
                best_type(an->entities[e].votes) == EG_TYPE_PERSON &&
                family_first(an->entities[e].name)) {
                target[i] = (int32_t)e;
                continue;
            }
            if (!c->shortform || target[i] >= 0)
                continue;
            /* (an organisation's head alone, "Parliament", is no short
             * form of the place it opens, "Parliament Square") */
            bool head = (w->words[c->first_word].flags & EG_GZ_ORG_HEAD) != 0;
            if (eg_strmap_get(&w->last_map, k, c->key_len, &e) ||
                (!c->titled && eg_strmap_get(&w->first_map, k, c->key_len, &e) &&
                 !(head && best_type(an->entities[e].votes) == EG_TYPE_PLACE)) ||
                (c->titled && eg_strmap_get(&w->first_map, k, c->key_len, &e) &&
                 best_type(an->entities[e].votes) != EG_TYPE_ORG)) {
                target[i] = (int32_t)e;
                /* "Kim told Zhao" makes Kim Jong Un more salient than a
                 * Kim named once in full later (people only: a place's
                 * or an organisation's short form stays with the
                 * nearest) */
                if (dir == 0 &&
                    best_type(an->entities[e].votes) == EG_TYPE_PERSON)
                    seen[e]++;
                continue;
            }
        }
    }
    free(seen);
    free(total);
    /* a misspelt short form ("Primorky" beside "Primorsky Krai") joins
     * the one name of the document whose first or last word is one edit
     * away; only for words of seven letters or more */
    for (size_t i = 0; i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        if (!c->shortform || target[i] >= 0 || c->n_words != 1 ||
            c->key_len < 7)
            continue;
        const char *k = w->keys.data + c->key_off;
        int32_t fit = -1;
        bool ambiguous = false;
        for (size_t e = 0; e < an->n_entities && !ambiguous; e++) {
            const eg_doc_entity *ent = &an->entities[e];
            if (!ent->first_key)
                continue;
            if (one_edit(k, c->key_len, ent->first_key) ||
                one_edit(k, c->key_len, ent->last_key)) {
                ambiguous = fit >= 0 && fit != (int32_t)e;
                fit = (int32_t)e;
            }
        }
        if (fit >= 0 && !ambiguous)
            target[i] = fit;
    }
    /* particle-led short forms match the end of a full name's key: rare, so
     * a scan is fine */
    for (size_t i = 0; i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        if (!c->shortform || target[i] >= 0 || c->n_words < 2 || c->key_len < 5)
            continue;
        for (size_t k = 0; k < w->n_cands; k++) {
            const cand *f = &w->cands[k];
            if (!is_full_name(f, an) || f->key_len <= c->key_len)
                continue;
            if (memcmp(w->keys.data + f->key_off + f->key_len - c->key_len,
                       w->keys.data + c->key_off, c->key_len) == 0) {
                target[i] = f->entity;
                if (f->start < c->start)
                    continue;
                break;
            }
        }
    }
    return EG_OK;
}

/* The initials of a candidate's name: words_initials() of its words. */
static long initials_count(const eg_worker *w, const char *text,
                           const cand *c, eg_buf *out)
{
    return words_initials(w, text, c->first_word, c->first_word + c->n_words,
                          out);
}

/* The words of a candidate before a final "of" and a country or region
 * ("Constitutional Democratic Party" of "... of Japan"), or 0. */
static size_t of_place_cut(eg_worker *w, const char *text, const cand *c)
{
    for (size_t k = c->n_words; k-- > 1;) {
        const word *wd = &w->words[c->first_word + k];
        if (!wd->connector)
            continue;
        if (!is_word(text, wd, "of") || k + 1 >= c->n_words)
            return 0;
        const eg_gz_entry *e =
            lookup_words(w, c->first_word + k + 1, c->first_word + c->n_words);
        return e && (e->flags & (EG_GZ_COUNTRY | EG_GZ_REGION)) && k >= 2 ? k
                                                                           : 0;
    }
    return 0;
}

/* The same for a full name: false unless two or more. */
static bool initials_of(const eg_worker *w, const char *text, const cand *c,
                        eg_buf *out)
{
    return initials_count(w, text, c, out) >= 2;
}

/* Appends the keys of words [a, b) to out, after a one-byte kind. */
static bool words_key(const eg_worker *w, char kind, size_t a, size_t b,
                      eg_buf *out)
{
    return eg_buf_putc(out, kind) && append_word_keys(w, a, b, out);
}

#define AMBIGUOUS UINT32_MAX

/* The entity that kind + candidate c's words stand for in w->parts, or
 * AMBIGUOUS (also when none); false when out of memory. */
static bool find_part(eg_worker *w, char kind, const cand *c, uint32_t *e)
{
    eg_buf_clear(&w->scratch);
    if (!words_key(w, kind, c->first_word, c->first_word + c->n_words,
                   &w->scratch))
        return false;
    if (!eg_strmap_get(&w->parts, w->scratch.data, w->scratch.len, e))
        *e = AMBIGUOUS;
    return true;
}

/* Records key kind + words [a, b) of entity e (key in parts_buf, place in
 * part). */
static bool add_part(eg_worker *w, char kind, size_t a, size_t b, uint32_t e)
{
    size_t off = w->parts_buf.len;
    if (!words_key(w, kind, a, b, &w->parts_buf) ||
        !EG_GROW(w->part, w->cap_part, w->n_part + 1))
        return false;
    w->part[w->n_part++] = (name_part){off, w->parts_buf.len - off, e};
    return true;
}

/* A name that is the last words of a longer name of a person in the
 * document ("Lopez Obrador", "Lula da Silva" of "Luiz Inacio Lula da
 * Silva"), or a single word that is one of its inner words ("Lula"), is
 * that person; one that is the first words of a longer name of an
 * organisation ("Siemens Gamesa" of "Siemens Gamesa Renewable Energy") is
 * that organisation; in both cases only when no other entity of the
 * document fits. */
static eg_error_t join_name_parts(eg_worker *w, eg_analysis *an)
{
    eg_strmap_clear(&w->parts);
    eg_buf_clear(&w->parts_buf);
    w->n_part = 0;
    /* the keys first, into a buffer that may move while it grows; the map
     * borrows them after */
    for (size_t i = 0; i < w->n_cands; i++) {
        const cand *p = &w->cands[i];
        if (!is_full_name(p, an) || p->n_words < 3)
            continue;
        eg_type pt = best_type(an->entities[p->entity].votes);
        size_t a = p->first_word, b = a + p->n_words;
        /* "Siemens Gamesa" and "Nordvik Energy" of "Siemens Gamesa
         * Renewable Energy" and "Nordvik Energy ASA": an organisation's
         * first words */
        for (size_t k = a + 2; pt == EG_TYPE_ORG && k < b; k++)
            if (!w->words[k - 1].connector &&
                !add_part(w, 'P', a, k, (uint32_t)p->entity))
                return EG_ENOMEM;
        if (pt != EG_TYPE_PERSON)
            continue;
        for (size_t k = a + 1; k < b; k++) {
            if (w->words[k].connector)
                continue;
            /* an inner word that is an English word ("Golf" of "Deer
             * Park Golf Course") stands for nothing */
            const word *wd = &w->words[k];
            bool inner = k + 1 < b && wd->key_len >= 2 &&
                         (!(wd->flags & EG_GZ_COMMON) ||
                          (wd->flags & (EG_GZ_GIVEN | EG_GZ_SURNAME)));
            if ((b - k >= 2 && !add_part(w, 'T', k, b, (uint32_t)p->entity)) ||
                (inner && !add_part(w, 'I', k, k + 1, (uint32_t)p->entity)))
                return EG_ENOMEM;
        }
    }
    if (w->n_part == 0)
        return EG_OK;
    for (size_t k = 0; k < w->n_part; k++) {
        const name_part *np = &w->part[k];
        uint32_t v = np->entity;
        bool found;
        if (!eg_strmap_put(&w->parts, w->parts_buf.data + np->off, np->len,
                           &v, &found))
            return EG_ENOMEM;
        if (found && v != np->entity &&
            !eg_strmap_set(&w->parts, w->parts_buf.data + np->off, np->len,
                           AMBIGUOUS))
            return EG_ENOMEM;
    }
    for (size_t i = 0; i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        if (c->entity < 0 || c->acronym || c->rejected ||
            (c->n_words == 1 && !c->shortform))
            continue;
        eg_type t = best_type(an->entities[c->entity].votes);
        uint32_t e = AMBIGUOUS;
        if ((t == EG_TYPE_PERSON || t == EG_TYPE_NONE) &&
            !find_part(w, c->n_words == 1 ? 'I' : 'T', c, &e))
            return EG_ENOMEM;
        /* the first words of an organisation, unless a place or a person
         * by a given name ("New York" of "New York Times"); its votes,
         * read from a name cut short, do not go with it */
        bool prefix = false;
        if (e == AMBIGUOUS && c->n_words >= 2 && t != EG_TYPE_PLACE &&
            !(w->words[c->first_word].flags & EG_GZ_GIVEN)) {
            if (!find_part(w, 'P', c, &e))
                return EG_ENOMEM;
            prefix = true;
        }
        if (e == AMBIGUOUS || e == (uint32_t)c->entity)
            continue;
        for (int k = 0; k < EG_TYPE_COUNT; k++) {
            an->entities[c->entity].votes[k] -= c->votes[k];
            if (!prefix)
                an->entities[e].votes[k] += c->votes[k];
        }
        if (prefix)
            c->share = 0.0f;
        c->entity = (int32_t)e;
        c->shortform = true; /* a part of the name makes no label */
    }
    return EG_OK;
}

/* What stands between two items of a list: 1 for ", ", 2 for " and ",
 * " or ", ", and " or ", or ", 0 for anything else. */
static int list_sep(const char *text, size_t a, size_t b)
{
    const char *p = text + a;
    size_t n = b > a ? b - a : 0;
    if (n == 2 && p[0] == ',' && p[1] == ' ')
        return 1;
    if (n > 2 && p[0] == ',') {
        p++;
        n--;
    }
    if ((n == 5 && memcmp(p, " and ", 5) == 0) ||
        (n == 4 && memcmp(p, " or ", 4) == 0))
        return 2;
    return 0;
}

/* The type mention i stands for so far, when its votes are fairly sure
 * of it (an organisation's noun before it is enough: "lenders FirstRand,
 * ..."). */
static eg_type sure_type(const eg_worker *w, const eg_analysis *an,
                         const int32_t *target, size_t i)
{
    const cand *c = &w->cands[i];
    int32_t e = target[i] >= 0 ? target[i] : c->entity;
    if (c->rejected)
        return EG_TYPE_NONE;
    /* (a short form that joins no name has only its own votes) */
    const float *v = e >= 0 ? an->entities[e].votes : c->votes;
    eg_type t = best_type(v);
    return t != EG_TYPE_NONE && v[t] >= 1.5f ? t : EG_TYPE_NONE;
}

/* A word no list knows, standing alone in a list of names whose other
 * items are sure of one type, takes that type: "deaths were reported
 * from Chattogram, Jashore, Narsingdi and Habiganj"; "the Jatiya Party
 * and Jamaat-e-Islami". Only words without evidence of their own, which
 * would be dropped, and only in a list joined by "and" or "or" or of
 * three items or more ("In Tarvel, Nadia said" is no list). */
static void list_types(eg_worker *w, const eg_analysis *an, const char *text,
                       const int32_t *target)
{
    for (size_t i = 0; i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        /* (a word that only the surname list knows too: "Fitch and
         * Moody's") */
        if (!c->shortform || target[i] >= 0 || c->n_words != 1 ||
            c->rejected ||
            (w->words[c->first_word].flags &
             ~(uint32_t)(EG_GZ_SURNAME | EG_GZ_SURNAME_WORD)))
            continue;
        float most = 0.0f;
        for (int t = 1; t < EG_TYPE_COUNT; t++)
            most = c->votes[t] > most ? c->votes[t] : most;
        if (most >= 1.0f)
            continue;
        eg_type type = EG_TYPE_NONE;
        bool mixed = false, joined = false;
        size_t items = 1;
        for (int dir = -1; dir <= 1; dir += 2) {
            size_t j = i;
            for (;;) {
                if ((dir < 0 && j == 0) || (dir > 0 && j + 1 >= w->n_cands))
                    break;
                size_t k = dir < 0 ? j - 1 : j + 1;
                const cand *a = &w->cands[dir < 0 ? k : j];
                const cand *b = &w->cands[dir < 0 ? j : k];
                int sep = a->sentence == b->sentence
                              ? list_sep(text, a->end, b->start)
                              : 0;
                if (!sep)
                    break;
                joined |= sep == 2;
                items++;
                eg_type t = sure_type(w, an, target, k);
                if (t != EG_TYPE_NONE) {
                    mixed |= type != EG_TYPE_NONE && t != type;
                    type = t;
                }
                j = k;
            }
        }
        if (type != EG_TYPE_NONE && !mixed && (joined || items >= 3))
            c->votes[type] += 1.5f;
    }
}

/* Does the word w[0..len) hold the capitals acr[0..n) in order, the
 * first as its first letter ("Kuomintang": KMT)? */
static bool letters_in_order(const char *w, size_t len, const char *acr,
                             size_t n)
{
    if (n < 2 || len == 0 || (w[0] & ~0x20) != acr[0])
        return false;
    size_t k = 1;
    for (size_t i = 1; i < len && k < n; i++)
        if ((w[i] & ~0x20) == acr[k])
            k++;
    return k == n;
}

/* Is g another name of f, the name before it: "Eswatini, formerly
 * known as Swaziland", "Eric Chu - also known as Chu Li-luan",
 * "the Electric Reliability Council of Texas, known as ERCOT"? *set_off
 * (may be NULL): whether a comma, a dash or a bracket sets the phrase
 * off (without one, "a commander from Darfur better known as X" may
 * speak of the commander). */
static bool known_as(const eg_analysis *an, const char *text,
                     const cand *f, const cand *g, bool *set_off)
{
    static const char *const adverbs[] = {
        "also", "better", "commonly", "formerly", "locally", "officially",
        "popularly", "sometimes", "widely"};
    if (f->sentence != g->sentence || g->start < f->end + 10)
        return false;
    const char *p = text + f->end, *e = text + g->start;
    if (set_off)
        *set_off = *p != ' ' || p[1] == '\xE2' || p[1] == '-' || p[1] == '(';
    if (*p == ',')
        p++;
    else if (p + 4 < e && memcmp(p, " \xE2\x80\x93", 4) == 0)
        p += 4; /* an en dash */
    else if (p + 2 < e && (memcmp(p, " -", 2) == 0 || memcmp(p, " (", 2) == 0))
        p += 2;
    if (p < e && *p == ' ')
        p++;
    const char *q = p;
    while (q < e && *q >= 'a' && *q <= 'z')
        q++;
    if (q < e && *q == ' ' && EG_IN_WORDS(adverbs, p, (size_t)(q - p)))
        p = q + 1;
    if ((size_t)(e - p) >= 4 && memcmp(e - 4, "the ", 4) == 0)
        e -= 4;
    /* (not a word that qualifies a noun: "the Serb republic") */
    size_t hi = an->seg.sentences[g->sentence].end;
    if (g->end + 1 < hi && text[g->end] == ' ' && text[g->end + 1] >= 'a' &&
        text[g->end + 1] <= 'z')
        return false;
    return e - p == 9 && memcmp(p, "known as ", 9) == 0;
}

/* Is g an acronym in brackets right after f: "Full Name (FN)"? */
static bool bracketed(const char *text, const cand *f, const cand *g)
{
    return g->acronym && g->start == f->end + 2 && text[f->end] == ' ' &&
           text[f->end + 1] == '(' && text[g->end] == ')';
}

/* The value of an event's or a law's initials in the initials map. */
#define NO_ENTITY (-2)

/* Ends the initials written to w->initials_buf from before with a NUL and
 * records where they start and the entity e they stand for. */
static eg_error_t keep_initials(eg_worker *w, size_t before, int32_t e,
                                size_t *ioff, int32_t *ient, size_t *n)
{
    ioff[*n] = before;
    ient[(*n)++] = e;
    return eg_buf_putc(&w->initials_buf, '\0') ? EG_OK : EG_ENOMEM;
}

/* A town's or a company's name that a title gives to a person
 * ("President Clinton", "Mr Ford") names the person in the whole
 * document: the town's vote, given again at every other mention,
 * does not outweigh the title; and an employer ("analysts at Morgan
 * Stanley", and the next of "analysts at Velmar Bank and Morgan
 * Stanley") names an organisation, whatever a given name and a surname
 * say at its other mentions */
static void title_and_employer(const eg_worker *w, eg_analysis *an,
                               const char *text)
{
    for (size_t i = 0; i < w->n_cands; i++) {
        const cand *c = &w->cands[i];
        if (c->entity < 0 || c->rejected || !c->titled || !c->maybe_surname)
            continue;
        float *v = an->entities[c->entity].votes;
        float other = v[EG_TYPE_PLACE] > v[EG_TYPE_ORG] ? v[EG_TYPE_PLACE]
                                                        : v[EG_TYPE_ORG];
        if (v[EG_TYPE_PERSON] <= other)
            v[EG_TYPE_PERSON] = other + 1.0f;
    }
    bool employer = false; /* the mention before was one */
    for (size_t i = 0; i < w->n_cands; i++) {
        const cand *c = &w->cands[i];
        employer = c->employer ||
                   (employer && !c->titled &&
                    !w->words[c->first_word + c->n_words - 1].possessive &&
                    c->sentence == w->cands[i - 1].sentence &&
                    list_sep(text, w->cands[i - 1].end, c->start) == 2);
        if (c->entity < 0 || c->rejected || !employer)
            continue;
        float *v = an->entities[c->entity].votes;
        if (v[EG_TYPE_ORG] <= v[EG_TYPE_PERSON])
            v[EG_TYPE_ORG] = v[EG_TYPE_PERSON] + 1.0f;
    }
}

/* A name's own words give the same votes at every mention, its context
 * new ones: each name of an entity (its full name, its acronym) counts
 * the largest of its mentions' name votes once, and every mention's
 * context votes. A town named by a given name and a surname, person's
 * evidence at every mention, is the place that two mentions after "in"
 * say it is. */
static eg_error_t name_votes_once(eg_worker *w, eg_analysis *an)
{
    /* the forms: first the entities' own keys (most mentions), then the
     * other names, found through w->forms */
    struct form {
        int32_t entity;
        float sum[EG_TYPE_COUNT], most[EG_TYPE_COUNT];
    } *f = NULL;
    size_t cap = an->n_entities + w->n_cands;
    if (cap && !(f = calloc(cap, sizeof *f)))
        return EG_ENOMEM;
    for (size_t e = 0; e < an->n_entities; e++)
        f[e].entity = (int32_t)e;
    eg_strmap_clear(&w->forms);
    uint32_t n = (uint32_t)an->n_entities;
    for (size_t i = 0; i < w->n_cands; i++) {
        const cand *c = &w->cands[i];
        if (c->entity < 0 || c->share == 0.0f)
            continue;
        uint32_t klen, g = (uint32_t)c->entity;
        const char *k = ckey(w, c, &klen);
        const char *ek = an->entities[g].key;
        if (strncmp(ek, k, klen) != 0 || ek[klen] != '\0') {
            bool found;
            g = n;
            if (!eg_strmap_put(&w->forms, k, klen, &g, &found)) {
                free(f);
                return EG_ENOMEM;
            }
            /* (the same key in another entity: a form of its own) */
            if (!found || f[g].entity != c->entity) {
                g = n++;
                f[g].entity = c->entity;
            }
        }
        for (int t = 0; t < EG_TYPE_COUNT; t++) {
            float v = c->name_votes[t] * c->share;
            f[g].sum[t] += v;
            if (v > f[g].most[t])
                f[g].most[t] = v;
        }
    }
    for (uint32_t g = 0; g < n; g++)
        for (int t = 0; t < EG_TYPE_COUNT; t++)
            an->entities[f[g].entity].votes[t] -= f[g].sum[t] - f[g].most[t];
    free(f);
    return EG_OK;
}

static bool same_key(const eg_worker *w, const cand *a, const cand *b)
{
    return a->key_len == b->key_len &&
           memcmp(w->keys.data + a->key_off, w->keys.data + b->key_off,
                  a->key_len) == 0;
}

static eg_error_t resolve(eg_worker *w, eg_analysis *an, const char *text)
{
    eg_strmap_clear(&w->ent_map);
    eg_strmap_clear(&w->initials);
    /* 1. full names and known single words make entities; a name "known
     * as" another after it names that one's entity, at every mention
     * (a few per document at most: a small array) */
    struct alias { size_t of, as; int32_t entity; } alias[8];
    size_t n_alias = 0;
    for (size_t i = 1; i < w->n_cands && n_alias < 8; i++) {
        const cand *f = &w->cands[i - 1], *g = &w->cands[i];
        eg_type tf = best_type(f->votes), tg = best_type(g->votes);
        bool set_off;
        if (f->acronym || g->acronym || f->no_entity || g->no_entity ||
            f->rejected || g->rejected || !known_as(an, text, f, g, &set_off) ||
            (tf != EG_TYPE_NONE && tg != EG_TYPE_NONE && tf != tg) ||
            (tf == EG_TYPE_PLACE && tg != EG_TYPE_PLACE && !set_off))
            continue;
        alias[n_alias++] = (struct alias){i - 1, i, -1};
    }
    for (size_t i = 0; i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        if (c->shortform || c->acronym || c->no_entity)
            continue;
        bool later = false;
        for (size_t a = 0; a < n_alias && !later; a++)
            later = same_key(w, c, &w->cands[alias[a].as]);
        if (!later)
            EG_CHECK(new_entity(w, an, c, text));
    }
    for (size_t a = 0; a < n_alias; a++) {
        cand *f = &w->cands[alias[a].of];
        const cand *g = &w->cands[alias[a].as];
        /* a short form's entity now ("Bahri, also known as Khartoum
         * North"); its mentions join it with the other short forms */
        if (f->entity < 0 && f->shortform && !f->rejected) {
            EG_CHECK(new_entity(w, an, f, text));
            alias[a].entity = f->entity;
            f->entity = -1;
        } else {
            alias[a].entity = f->entity;
        }
        uint32_t klen, idx = (uint32_t)alias[a].entity;
        const char *k = ckey(w, g, &klen);
        char *kcopy;
        bool found;
        if (alias[a].entity < 0)
            continue;
        if (!(kcopy = eg_arena_strndup(&an->arena, k, klen)) ||
            !eg_strmap_put(&w->ent_map, kcopy, klen, &idx, &found))
            return EG_ENOMEM;
    }
    for (size_t i = 0; n_alias && i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        if (c->entity < 0 && !c->shortform && !c->acronym && !c->no_entity)
            EG_CHECK(new_entity(w, an, c, text));
    }
    /* type votes of the full names so far, for short-form matching */
    for (size_t i = 0; i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        if (c->entity < 0)
            continue;
        for (int t = 0; t < EG_TYPE_COUNT; t++)
            an->entities[c->entity].votes[t] += c->votes[t];
        c->share = 1.0f;
    }
    /* 2. acronyms: the initials of a name in the document ("Full Name
     * (ACR)" or anywhere), or a list's canonical name, or their own */
    /* Initials go into one buffer first (NUL-separated, with their offsets
     * and entities aside) and into the map afterwards, when the buffer no
     * longer moves. */
    eg_buf_clear(&w->initials_buf);
    size_t *ioff = NULL;
    int32_t *ient = NULL;
    size_t n_init = 0;
    if (w->n_cands) {
        ioff = malloc(4 * w->n_cands * sizeof *ioff);
        ient = malloc(4 * w->n_cands * sizeof *ient);
    }
    eg_error_t irc = (w->n_cands && (!ioff || !ient)) ? EG_ENOMEM : EG_OK;
    /* an acronym in brackets right after an organisation's name stands
     * for it whatever its letters ("Indonesian Democratic Party of
     * Struggle (PDI-P)", a ticker); first, so that initials do not
     * overrule it */
    for (size_t i = 0; irc == EG_OK && i + 1 < w->n_cands; i++) {
        const cand *f = &w->cands[i], *g = &w->cands[i + 1];
        if (f->entity < 0 || f->acronym ||
            !(bracketed(text, f, g) ||
              (g->acronym && known_as(an, text, f, g, NULL))) ||
            best_type(an->entities[f->entity].votes) != EG_TYPE_ORG)
            continue;
        char acr[16];
        size_t n = acronym_letters(text + g->start, g->end - g->start, acr,
                                   sizeof acr);
        /* one word, when its letters spell the acronym in order:
         * "Kuomintang (KMT)" */
        if (f->n_words < 2 &&
            !letters_in_order(text + f->start, f->end - f->start, acr, n))
            continue;
        size_t before = w->initials_buf.len;
        if (n >= 2) {
            irc = eg_buf_append(&w->initials_buf, acr, n) ? EG_OK : EG_ENOMEM;
            if (irc == EG_OK)
                irc = keep_initials(w, before, f->entity, ioff, ient, &n_init);
        }
    }
    for (size_t i = 0; irc == EG_OK && i < w->n_cands; i++) {
        const cand *f = &w->cands[i];
        size_t before = w->initials_buf.len;
        if ((f->entity >= 0 || f->no_entity) && !f->acronym &&
            f->n_words >= 2) {
            int32_t e = f->no_entity ? NO_ENTITY : f->entity;
            if (initials_of(w, text, f, &w->initials_buf))
                irc = keep_initials(w, before, e, ioff, ient, &n_init);
            else
                w->initials_buf.len = before;
            /* and without a country it ends with: "Constitutional
             * Democratic Party of Japan (CDP)" */
            size_t cut = of_place_cut(w, text, f);
            before = w->initials_buf.len;
            if (irc == EG_OK && cut &&
                words_initials(w, text, f->first_word, f->first_word + cut,
                               &w->initials_buf) >= 2)
                irc = keep_initials(w, before, e, ioff, ient, &n_init);
            else
                w->initials_buf.len = before;
        }
        /* "Kenya National Commission on Human Rights (KNCHR)": a place
         * split off the front of an organisation's name still gives its
         * initial */
        const cand *g = i + 1 < w->n_cands ? &w->cands[i + 1] : NULL;
        if (irc != EG_OK || !g || f->entity < 0 || g->entity < 0 ||
            f->acronym || g->acronym || g->n_words < 2 ||
            f->sentence != g->sentence ||
            best_type(an->entities[f->entity].votes) != EG_TYPE_PLACE ||
            best_type(an->entities[g->entity].votes) != EG_TYPE_ORG)
            continue;
        bool spaced = true;
        for (size_t k = f->end; k < g->start && spaced; k++)
            spaced = text[k] == ' ';
        before = w->initials_buf.len;
        /* every word of the place gives a letter (no connector) */
        if (!spaced ||
            initials_count(w, text, f, &w->initials_buf) != (long)f->n_words ||
            !initials_of(w, text, g, &w->initials_buf)) {
            w->initials_buf.len = before;
            continue;
        }
        irc = keep_initials(w, before, g->entity, ioff, ient, &n_init);
    }
    for (size_t k = 0; irc == EG_OK && k < n_init; k++) {
        const char *key = w->initials_buf.data + ioff[k];
        uint32_t v = (uint32_t)ient[k];
        bool found;
        if (!eg_strmap_put(&w->initials, key, strlen(key), &v, &found))
            irc = EG_ENOMEM;
    }
    free(ioff);
    free(ient);
    if (irc != EG_OK)
        return irc;
    for (size_t i = 0; i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        if (!c->acronym)
            continue;
        char acr[16];
        size_t n = acronym_letters(text + c->start, c->end - c->start, acr,
                                   sizeof acr);
        uint32_t e;
        if (n >= 2 && eg_strmap_get(&w->initials, acr, n, &e)) {
            if (e == (uint32_t)NO_ENTITY) {
                c->rejected = true; /* "DMA" of "Digital Markets Act" */
                continue;
            }
            c->entity = (int32_t)e;
            /* initials in brackets after the name say organisation:
             * "Janatha Vimukthi Peramuna (JVP)", a name no list knows;
             * a known person's given name and surname outweigh it */
            if (i > 0 && w->cands[i - 1].entity == c->entity &&
                bracketed(text, &w->cands[i - 1], c))
                an->entities[e].votes[EG_TYPE_ORG] += 2.0f;
        }
        float share = 0.5f;
        /* a word in capitals that a list does not know but that is a
         * common word ("LEAD", "END", "UPDATE" in wire copy) is no name */
        if (c->entity < 0 && c->common_caps) {
            c->rejected = true;
            continue;
        }
        /* an unknown two-letter acronym ("TV", "PM") is rarely a name */
        if (c->entity < 0 && n <= 2 &&
            !(c->votes[EG_TYPE_PLACE] > 0 || c->votes[EG_TYPE_ORG] > 2.0f)) {
            c->rejected = true;
            continue;
        }
        if (c->entity < 0) {
            EG_CHECK(new_entity(w, an, c, text));
            share = 1.0f;
        }
        eg_doc_entity *ent = &an->entities[c->entity];
        for (int t = 0; t < EG_TYPE_COUNT; t++)
            ent->votes[t] += c->votes[t] * share;
        c->share = share;
    }
    /* 3. short forms */
    int32_t *target = NULL;
    if (w->n_cands) {
        target = malloc(w->n_cands * sizeof *target);
        if (!target)
            return EG_ENOMEM;
    }
    for (size_t i = 0; i < w->n_cands; i++)
        target[i] = -1;
    eg_error_t rc = resolve_shorts(w, an, text, target);
    if (rc == EG_OK)
        list_types(w, an, text, target);
    for (size_t i = 0; rc == EG_OK && i < w->n_cands; i++) {
        cand *c = &w->cands[i];
        if (c->maybe_surname && target[i] >= 0) {
            /* move the mention (and its votes) to the person */
            for (int t = 0; t < EG_TYPE_COUNT; t++)
                an->entities[c->entity].votes[t] -= c->votes[t];
            c->share = 0.0f;
            c->entity = target[i];
            an->entities[c->entity].votes[EG_TYPE_PERSON] += 0.5f;
            continue;
        }
        if (!c->shortform)
            continue;
        if (c->surname_only &&
            (target[i] < 0 ||
             best_type(an->entities[target[i]].votes) != EG_TYPE_PERSON)) {
            c->rejected = true;
            continue;
        }
        if (target[i] >= 0) {
            c->entity = target[i];
            /* "Mr Kim" says person of the full name too */
            if (c->titled)
                an->entities[c->entity].votes[EG_TYPE_PERSON] += 1.0f;
            continue;
        }
        /* the other name of a name that is one word itself ("Zembrala,
         * formerly known as Kovia") */
        for (size_t a = 0; a < n_alias && target[i] < 0; a++)
            if (same_key(w, c, &w->cands[alias[a].as]))
                target[i] = alias[a].entity;
        if (target[i] >= 0) {
            c->entity = target[i];
            for (int t = 0; t < EG_TYPE_COUNT; t++)
                an->entities[c->entity].votes[t] += c->votes[t];
            c->share = 1.0f;
            continue;
        }
        rc = new_entity(w, an, c, text);
        if (rc == EG_OK) {
            for (int t = 0; t < EG_TYPE_COUNT; t++)
                an->entities[c->entity].votes[t] += c->votes[t];
            c->share = 1.0f;
        }
    }
    free(target);
    if (rc != EG_OK)
        return rc;
    title_and_employer(w, an, text);
    EG_CHECK(join_name_parts(w, an));
    EG_CHECK(name_votes_once(w, an));
    /* (they have the last word) */
    title_and_employer(w, an, text);
    return rc;
}

/* ---- driver ----------------------------------------------------------- */

void eg_worker_add_times(const eg_worker *w, double t[EG_STAGE_COUNT])
{
    for (int i = 0; i < EG_STAGE_COUNT; i++)
        t[i] += w->t_stage[i];
}

eg_error_t eg_analyze(const eg_extractor *ex, eg_worker *w, const eg_doc *doc,
                      eg_analysis *an, eg_status *st)
{
    const char *text = doc->text;
    (void)ex;
    an->n_mentions = 0;
    an->n_entities = 0;
    eg_arena_reset(&an->arena);
    w->n_words = 0;
    w->memo_n = 0; /* the memos are by word index: none of these words */
    eg_buf_clear(&w->wkeys);
    w->n_cands = 0;
    w->n_shadows = 0;
    eg_buf_clear(&w->keys);

    if (doc->len > EG_MAX_DOC_BYTES)
        return eg_fail(st, EG_EINPUT, "%s: document larger than 4 GiB",
                       doc->id);
    double t0 = eg_now(), t1 = t0, t2 = t0, t3 = t0, t4 = t0;
    eg_error_t rc = eg_split_lines(doc->text, doc->len, &an->seg);
    if (rc == EG_OK)
        rc = eg_clean(doc->text, doc->len, &an->seg);
    if (rc == EG_OK) {
        t1 = eg_now();
        rc = eg_segment(doc->text, doc->len, &an->seg);
    }
    if (rc == EG_OK) {
        t2 = eg_now();
        rc = find_candidates(w, doc, an);
    }
    if (rc == EG_OK) {
        t3 = eg_now();
        rc = resolve(w, an, doc->text);
    }
    if (rc == EG_ENOMEM)
        return eg_fail_nomem(st);
    if (rc != EG_OK)
        return eg_fail(st, rc, "%s: extraction failed", doc->id);

    /* entity types, then mentions of the typed entities */
    for (size_t i = 0; i < an->n_entities; i++) {
        eg_doc_entity *e = &an->entities[i];
        e->type = best_type(e->votes);
    }
    for (size_t i = 0; i < w->n_cands; i++) {
        const cand *c = &w->cands[i];
        if (c->entity < 0)
            continue;
        eg_doc_entity *e = &an->entities[c->entity];
        if (!EG_GROW(an->mentions, an->cap_mentions, an->n_mentions + 1))
            return eg_fail_nomem(st);
        eg_mention *m = &an->mentions[an->n_mentions++];
        m->start = c->start;
        m->end = c->end;
        m->sentence = c->sentence;
        m->entity = (uint32_t)c->entity;
        /* short forms (a town's name as a surname too), and acronyms of
         * a longer name, do not make labels */
        m->partial = (c->shortform && !e->partial_only) ||
                     (c->maybe_surname && e->first_key) ||
                     (c->acronym &&
                      (strlen(e->name) != c->end - c->start ||
                       memcmp(e->name, text + c->start, c->end - c->start)));
        e->n_mentions++;
    }
    t4 = eg_now();
    w->t_stage[EG_STAGE_CLEAN] += t1 - t0;
    w->t_stage[EG_STAGE_SEGMENT] += t2 - t1;
    w->t_stage[EG_STAGE_FIND] += t3 - t2;
    w->t_stage[EG_STAGE_RESOLVE] += t4 - t3;
    return EG_OK;
}

const eg_gazetteer *eg_extractor_gazetteer(const eg_extractor *ex)
{
    return ex->gz;
}
