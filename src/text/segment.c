/* Segmenter: lines -> paragraphs -> sentences -> tokens.
 *
 * Sentence boundaries are decided at terminal punctuation followed by
 * space, with exceptions for abbreviations (Mr., Gen., Jan.), initials
 * (J. Smith), dotted acronyms (U.S.) that end a sentence only before a
 * typical sentence opener, decimals and URLs (no space after the dot), and
 * punctuation inside quotes or brackets (the closing mark stays with the
 * sentence). Line breaks end sentences too, except in hard-wrapped text or
 * where the next line plainly continues the current one.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "text/segment.h"
#include "core/buf.h"
#include "core/wordlist.h"
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>

void eg_segmentation_init(eg_segmentation *seg)
{
    memset(seg, 0, sizeof *seg);
}

void eg_segmentation_finish(eg_segmentation *seg)
{
    free(seg->lines);
    free(seg->sentences);
    free(seg->tokens);
    eg_segmentation_init(seg);
}

/* ---- abbreviations ------------------------------------------------- */

/* Never end a sentence: titles, months, and references followed by a
 * number or name. Compared case-sensitively as written before the dot; FT,
 * MT and ST are the capitals of a dateline ("ST. LOUIS (Reuters) -"). */
static const char *const abbrev_never[] = {
    "Adm", "Ald", "Apr", "Assn", "Aug", "Brig", "Capt", "Cdr", "Cmdr",
    "Col", "Comdr", "Cpl", "Cpt", "Dec", "Det", "Dr", "Drs", "FT", "Feb",
    "Fig", "Figs", "Fr", "Ft", "Gen", "Gov", "Hon", "Insp", "Jan", "Jul",
    "Jun", "Lt", "MT", "Maj", "Mar", "Messrs", "Mlle", "Mme", "Mr", "Mrs",
    "Ms", "Msgr", "Mt", "No", "Nos", "Nov", "Oct", "Op", "Pfc", "Pres",
    "Prof", "Pt", "Pvt", "Rep", "Reps", "Rev", "ST", "Sen", "Sens", "Sep",
    "Sept", "Sgt", "Sr", "St", "Supt", "Vol", "Vols", "approx", "ca", "cf",
    "e.g", "esp", "i.e", "no", "nos", "pp", "viz", "vol", "vs"};

/* May end a sentence: split only when a typical opener follows. */
static const char *const abbrev_maybe[] = {
    "Bros", "Co", "Corp", "Inc", "Jr", "Ltd", "Plc", "a.m", "etc", "p.m"};

/* Capitalised words that typically open a sentence. */
static const char *const openers[] = {
    "A", "After", "Also", "An", "And", "As", "At", "But", "By", "During",
    "For", "From", "He", "Her", "His", "However", "I", "If", "In", "It",
    "Its", "Meanwhile", "More", "Most", "Mr", "Mrs", "Ms", "No", "Not", "On",
    "One", "Only", "Our", "She", "Since", "So", "Some", "That", "The",
    "Their", "Then", "There", "These", "They", "This", "Those", "Under", "We",
    "What", "When", "While", "Who", "With", "Yet", "You"};

bool eg_is_abbreviation(const char *word, size_t len)
{
    return EG_IN_WORDS(abbrev_never, word, len) || EG_IN_WORDS(abbrev_maybe, word, len);
}

/* A dotted acronym such as "U.S" or "U.N" (the final dot excluded):
 * single letters separated by dots. */
static bool is_dotted_acronym(const char *w, size_t len)
{
    if (len < 3)
        return false;
    for (size_t i = 0; i < len; i++) {
        bool letter = (i % 2) == 0;
        if (letter ? !((w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z'))
                   : w[i] != '.')
            return false;
    }
    return (len % 2) == 1;
}

/* ---- lines --------------------------------------------------------- */

eg_error_t eg_split_lines(const char *text, size_t len, eg_segmentation *seg)
{
    seg->n_lines = 0;
    if (len > EG_MAX_DOC_BYTES)
        return EG_EINPUT;
    size_t pos = 0;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t e = end;
        if (e > pos && text[e - 1] == '\r')
            e--;
        if (!EG_GROW(seg->lines, seg->cap_lines, seg->n_lines + 1))
            return EG_ENOMEM;
        eg_line *ln = &seg->lines[seg->n_lines++];
        ln->start = (uint32_t)pos;
        ln->end = (uint32_t)e;
        ln->verdict = EG_LINE_KEEP;
        pos = nl ? end + 1 : len;
    }
    return EG_OK;
}

/* ---- helpers ------------------------------------------------------- */

static bool line_is_blank(const char *text, const eg_line *ln)
{
    size_t i = ln->start;
    while (i < ln->end) {
        uint32_t cp;
        size_t n = eg_utf8_decode(text + i, ln->end - i, &cp);
        if (!eg_cp_is_space(cp))
            return false;
        i += n;
    }
    return true;
}

/* Last and first non-space code points of a line. */
static uint32_t last_cp(const char *text, const eg_line *ln)
{
    size_t e = ln->end;
    while (e > ln->start) {
        uint32_t cp;
        size_t s = eg_utf8_prev(text, e, &cp);
        if (!eg_cp_is_space(cp))
            return cp;
        e = s;
    }
    return 0;
}

static uint32_t first_cp(const char *text, const eg_line *ln)
{
    size_t i = ln->start;
    while (i < ln->end) {
        uint32_t cp;
        size_t n = eg_utf8_decode(text + i, ln->end - i, &cp);
        if (!eg_cp_is_space(cp))
            return cp;
        i += n;
    }
    return 0;
}

static bool is_terminal(uint32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 /* … */ ||
           cp == 0x3002 /* 。 */;
}

static bool ends_clause(uint32_t cp)
{
    return is_terminal(cp) || cp == ':' || cp == ';' || eg_cp_is_close_quote(cp);
}

/* Hard-wrapped text (e-mail, plain-text archives) breaks sentences across
 * lines of similar length; news saved from the web puts a paragraph on one
 * line. Decide once per document. */
static bool detect_hard_wrap(const char *text, const eg_segmentation *seg)
{
    size_t content = 0, broken = 0;
    for (size_t i = 0; i < seg->n_lines; i++) {
        const eg_line *ln = &seg->lines[i];
        if (ln->verdict != EG_LINE_KEEP || line_is_blank(text, ln))
            continue;
        content++;
        if (ln->end - ln->start < 50 || i + 1 >= seg->n_lines)
            continue;
        const eg_line *next = &seg->lines[i + 1];
        if (next->verdict == EG_LINE_KEEP && !line_is_blank(text, next) &&
            !ends_clause(last_cp(text, ln)))
            broken++;
    }
    return broken >= 3 && broken * 10 >= content * 3;
}

/* Does the next line continue the sentence the previous line left open? */
static bool continues(const char *text, const eg_line *prev,
                      const eg_line *next)
{
    uint32_t last = last_cp(text, prev), first = first_cp(text, next);
    if (ends_clause(last))
        return false;
    return eg_cp_is_lower(first) || last == ',' || eg_cp_is_dash(last);
}

/* ---- sentences and tokens ------------------------------------------ */

/* Byte classes for add_tokens(): an ASCII letter or digit, a byte that
 * starts or continues a character to decode (>= 0x80), an ASCII joiner
 * (. ' -); any other ASCII byte is 0. */
enum { TB_ALNUM = 1, TB_HIGH = 2, TB_JOIN = 4 };
#define A TB_ALNUM
#define H TB_HIGH
#define J TB_JOIN
static const unsigned char token_byte[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, J, 0, 0, 0, 0, 0, J, J, 0, /* ' - . */
    A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0, 0, /* 0-9 */
    0, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, /* A-Z */
    A, A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0,
    0, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, /* a-z */
    A, A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, /* 0x80-0xFF: decoded */
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
};
#undef A
#undef H
#undef J

static eg_error_t add_tokens(const char *text, eg_segmentation *seg,
                             eg_sentence *s)
{
    s->first_token = (uint32_t)seg->n_tokens;
    const unsigned char *u = (const unsigned char *)text;
    size_t i = s->start, end = s->end;
    while (i < end) {
        uint32_t cp;
        size_t n = 1;
        unsigned tb = token_byte[u[i]];
        if (!(tb & TB_ALNUM)) {
            if (!(tb & TB_HIGH)) {
                i++;
                continue;
            }
            n = eg_utf8_decode(text + i, end - i, &cp);
            if (!eg_cp_is_alnum(cp)) {
                i += n;
                continue;
            }
        }
        size_t start = i;
        i += n;
        while (i < end) {
            while (i < end && (token_byte[u[i]] & TB_ALNUM))
                i++;
            if (i >= end)
                break;
            /* a space or other ASCII mark ends the token */
            if (!(token_byte[u[i]] & (TB_HIGH | TB_JOIN)))
                break;
            n = eg_utf8_decode(text + i, end - i, &cp);
            if (eg_cp_is_alnum(cp)) {
                i += n;
                continue;
            }
            /* internal . ' ’ - joined to a following letter or digit */
            if (cp == '.' || eg_cp_is_apostrophe(cp) || eg_cp_is_dash(cp)) {
                uint32_t nx;
                if (i + n < end &&
                    (eg_utf8_decode(text + i + n, end - i - n, &nx), eg_cp_is_alnum(nx))) {
                    i += n;
                    continue;
                }
            }
            break;
        }
        if (!EG_GROW(seg->tokens, seg->cap_tokens, seg->n_tokens + 1))
            return EG_ENOMEM;
        seg->tokens[seg->n_tokens].start = (uint32_t)start;
        seg->tokens[seg->n_tokens].end = (uint32_t)i;
        seg->n_tokens++;
    }
    s->n_tokens = (uint32_t)(seg->n_tokens - s->first_token);
    return EG_OK;
}

static eg_error_t emit_sentence(const char *text, eg_segmentation *seg,
                                size_t start, size_t end, uint32_t para)
{
    /* trim spaces at both ends */
    while (start < end) {
        uint32_t cp;
        size_t n = eg_utf8_decode(text + start, end - start, &cp);
        if (!eg_cp_is_space(cp))
            break;
        start += n;
    }
    while (end > start) {
        uint32_t cp;
        size_t s = eg_utf8_prev(text, end, &cp);
        if (!eg_cp_is_space(cp))
            break;
        end = s;
    }
    if (start >= end)
        return EG_OK;
    if (!EG_GROW(seg->sentences, seg->cap_sentences, seg->n_sentences + 1))
        return EG_ENOMEM;
    eg_sentence *s = &seg->sentences[seg->n_sentences++];
    s->start = (uint32_t)start;
    s->end = (uint32_t)end;
    s->paragraph = para;
    return add_tokens(text, seg, s);
}

/* The word just before position dot (letters and inner dots), as
 * [*ws, dot). */
static size_t word_before(const char *text, size_t lo, size_t dot)
{
    size_t ws = dot;
    while (ws > lo) {
        uint32_t cp;
        size_t p = eg_utf8_prev(text, ws, &cp);
        if (!(eg_cp_is_letter(cp) || cp == '.'))
            break;
        ws = p;
    }
    return ws;
}

/* Should the sentence end after the '.' at dot, given that the next
 * sentence would start at next (a non-space position)? */
static bool period_ends_sentence(const char *text, size_t lo, size_t dot,
                                 size_t next, size_t hi)
{
    size_t ws = word_before(text, lo, dot);
    const char *w = text + ws;
    size_t wl = dot - ws;
    if (wl == 0)
        return true;
    uint32_t cp;
    size_t cpl = eg_utf8_decode(w, wl, &cp);
    if (cpl == wl && eg_cp_is_upper(cp)) {
        /* an initial ("J. Smith"), unless a word that opens sentences
         * and names no one follows: "she wrote on X. He said" */
        static const char *const after_initial[] = {
            "But", "He", "Her", "His", "However", "It", "Its", "Meanwhile",
            "She", "That", "The", "Their", "There", "These", "They", "This",
            "Those", "We", "What", "When", "While", "Who"};
        size_t we = next;
        while (we < hi && ((text[we] >= 'a' && text[we] <= 'z') ||
                           (text[we] >= 'A' && text[we] <= 'Z')))
            we++;
        return (we == hi || text[we] == ' ' || text[we] == ',') &&
               EG_IN_WORDS(after_initial, text + next, we - next);
    }
    if (EG_IN_WORDS(abbrev_never, w, wl))
        return false;
    if (EG_IN_WORDS(abbrev_maybe, w, wl) || is_dotted_acronym(w, wl)) {
        size_t we = next;
        while (we < hi) {
            size_t n = eg_utf8_decode(text + we, hi - we, &cp);
            if (!eg_cp_is_letter(cp))
                break;
            we += n;
        }
        return EG_IN_WORDS(openers, text + next, we - next);
    }
    return true;
}

/* ASCII bytes where a sentence may end; other characters (… and 。
 * among them) are decoded. */
static const unsigned char ascii_end[128] = {['.'] = 1, ['!'] = 1, ['?'] = 1};

static bool may_end(unsigned char c)
{
    return c >= 0x80 || ascii_end[c];
}

/* Splits [lo, hi) — one or more joined lines of a paragraph — into
 * sentences. */
static eg_error_t split_region(const char *text, eg_segmentation *seg,
                               size_t lo, size_t hi, uint32_t para)
{
    size_t start = lo, i = lo;
    while (i < hi) {
        uint32_t cp;
        /* the common case: no sentence end here */
        if (!may_end((unsigned char)text[i])) {
            i++;
            const unsigned char *u = (const unsigned char *)text;
            while (i + 4 <= hi && !((u[i] | u[i + 1] | u[i + 2] | u[i + 3]) &
                                    0x80) &&
                   !(ascii_end[u[i]] | ascii_end[u[i + 1]] |
                     ascii_end[u[i + 2]] | ascii_end[u[i + 3]]))
                i += 4;
            continue;
        }
        size_t n = eg_utf8_decode(text + i, hi - i, &cp);
        if (!is_terminal(cp)) {
            i += n;
            continue;
        }
        size_t term = i, j = i;
        size_t n_terms = 0;
        while (j < hi) {
            size_t m = eg_utf8_decode(text + j, hi - j, &cp);
            if (!is_terminal(cp))
                break;
            j += m;
            n_terms++;
        }
        size_t close = j;
        while (close < hi) {
            size_t m = eg_utf8_decode(text + close, hi - close, &cp);
            if (!eg_cp_is_close_quote(cp))
                break;
            close += m;
        }
        i = j;
        if (close < hi) {
            eg_utf8_decode(text + close, hi - close, &cp);
            if (!eg_cp_is_space(cp))
                continue; /* "3.5", "U.S.-led", "example.com" */
        }
        size_t next = close;
        while (next < hi) {
            size_t m = eg_utf8_decode(text + next, hi - next, &cp);
            if (!eg_cp_is_space(cp))
                break;
            next += m;
        }
        if (next >= hi)
            break; /* the region ends here anyway */
        eg_utf8_decode(text + next, hi - next, &cp);
        if (eg_cp_is_lower(cp))
            continue; /* "e.g. the", "... and then" */
        if (n_terms == 1 && text[term] == '.' &&
            !period_ends_sentence(text, start, term, next, hi))
            continue;
        EG_CHECK(emit_sentence(text, seg, start, close, para));
        start = next;
        i = next;
    }
    return emit_sentence(text, seg, start, hi, para);
}

eg_error_t eg_segment(const char *text, size_t len, eg_segmentation *seg)
{
    (void)len;
    seg->n_sentences = 0;
    seg->n_tokens = 0;
    seg->n_paragraphs = 0;
    seg->hard_wrapped = detect_hard_wrap(text, seg);

    size_t region_lo = 0, region_hi = 0;
    bool open = false, para_open = false;
    uint32_t para = 0;
    const eg_line *prev = NULL;
    for (size_t i = 0; i < seg->n_lines; i++) {
        const eg_line *ln = &seg->lines[i];
        bool content = ln->verdict == EG_LINE_KEEP && !line_is_blank(text, ln);
        if (!content) {
            if (open)
                EG_CHECK(split_region(text, seg, region_lo, region_hi, para));
            if (para_open)
                para++;
            open = para_open = false;
            prev = NULL;
            continue;
        }
        if (open && prev &&
            (seg->hard_wrapped || continues(text, prev, ln))) {
            region_hi = ln->end; /* join: the break is only a space */
        } else {
            if (open)
                EG_CHECK(split_region(text, seg, region_lo, region_hi, para));
            region_lo = ln->start;
            region_hi = ln->end;
            open = true;
        }
        para_open = true;
        prev = ln;
    }
    if (open)
        EG_CHECK(split_region(text, seg, region_lo, region_hi, para));
    seg->n_paragraphs = para + (para_open ? 1 : 0);
    return EG_OK;
}
