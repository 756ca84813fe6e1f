/* Boilerplate removal for scraped pages: decides, line by line, what is
 * article text. The decision uses line features, not site rules:
 *
 *   - UI: short lines made of interface vocabulary ("Share", "Subscribe",
 *     "Advertisement", "font-size"), or of no words at all ("• +1");
 *   - LIST: runs of short unpunctuated lines (menus, share buttons), lines
 *     of items split by | or •, and tag lines (four or more capitalised
 *     words with no function word and no sentence punctuation);
 *   - BYLINE: "By Jane Doe", "Staff Desk", a name with an e-mail address,
 *     "Updated 12 Sep 2023 10:30";
 *   - REPEATED: a line already seen in the document (captions that scrapes
 *     carry twice);
 *   - FOOTER: copyright and legal lines; CODE: CSS or script residue;
 *     CAPTION: photo credits.
 *
 * The first line with words (the headline) is never a list or tag line.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "text/clean.h"
#include "core/hashmap.h"
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Interface words, compared case-insensitively. */
static const char *const ui_words[] = {
    "about", "accept", "ad", "ads", "advertisement", "advertising",
    "advertisment", "alert", "alerts", "app", "apps", "archive", "author",
    "back", "bookmark", "button", "cancel", "click", "close", "comment",
    "comments", "contact", "cookie", "cookies", "copied", "copy", "donate",
    "download", "e-mail", "edition", "email", "expand", "facebook", "feed",
    "follow", "font", "font-size", "gallery", "home", "image", "instagram",
    "kakao", "latest", "link", "linkedin", "listen", "loading", "log",
    "login", "logout", "mail", "menu", "more", "most", "newsletter", "next",
    "notifications", "popular", "prev", "previous", "print", "privacy",
    "read", "recommended", "register", "related", "reply", "rss", "save",
    "search", "section", "settings", "share", "sign", "signup", "skip",
    "sponsored", "stories", "subscribe", "tags", "telegram", "terms",
    "tiktok", "top", "trending", "tweet", "twitter", "update", "updated",
    "video", "videos", "view", "watch", "whatsapp", "x", "youtube", NULL};

/* Words that end a byline ("NewsDrum Desk", "Staff Reporter"). */
static const char *const byline_tails[] = {
    "bureau", "correspondent", "desk", "editor", "reporter", "reporters",
    "staff", "writer", NULL};

static const char *const function_words[] = {
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
    "had", "has", "have", "he", "her", "his", "in", "into", "is", "it",
    "its", "of", "on", "or", "our", "she", "that", "the", "their", "they",
    "this", "to", "was", "we", "were", "will", "with", "would", NULL};

static int cmp_cstr(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

/* Is w (any case) in the list? Lists are sorted lowercase ASCII; the word
 * is folded into a small buffer and found by binary search. */
static bool in_ci(const char *const *list, size_t n, const char *w,
                  size_t len)
{
    char buf[24];
    if (len >= sizeof buf)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = w[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    buf[len] = '\0';
    return bsearch(buf, list, n, sizeof *list, cmp_cstr) != NULL;
}

#define N_OF(a) (sizeof(a) / sizeof((a)[0]) - 1) /* without the NULL */

typedef struct features {
    size_t words, caps, lower, function, ui, digits, letters;
    size_t items;        /* separators | • · between items */
    bool terminal;       /* ends with . ! ? : ; or a closing quote */
    bool email, url;
    bool starts_by;      /* "By " */
    bool credit;         /* "contributed to this report", "Editing by" */
    bool caption;        /* "Image caption", "Photo:", "... Getty Images" */
    bool list_header;    /* "Related", "Read more:", "Most popular" */
    bool byline_tail;    /* last word is Desk, Staff, ... */
    bool copyright;
    size_t code_chars;   /* { } ; = */
} features;

static void line_features(const char *text, const eg_line *ln, features *f)
{
    memset(f, 0, sizeof *f);
    size_t i = ln->start, end = ln->end;
    /* the vocabulary only decides short lines: prose is not looked up */
    bool vocab = end - i <= 300;
    size_t last_ws = 0, last_we = 0;
    uint32_t last_cp = 0;
    while (i < end) {
        uint32_t cp;
        size_t n = eg_utf8_decode(text + i, end - i, &cp);
        if (!eg_cp_is_space(cp))
            last_cp = cp;
        if (cp == '|' || cp == 0x2022 /* • */ || cp == 0x00B7 /* · */)
            f->items++;
        if (cp == '{' || cp == '}' || cp == ';' || cp == '=')
            f->code_chars++;
        if (cp == '@')
            f->email = true;
        if (cp == 0x00A9 /* © */)
            f->copyright = true;
        if (!eg_cp_is_alnum(cp)) {
            i += n;
            continue;
        }
        /* a word: letters, digits and inner - ' . */
        size_t ws = i;
        bool upper_first = eg_cp_is_upper(cp), digit = false, lower = false;
        while (i < end) {
            n = eg_utf8_decode(text + i, end - i, &cp);
            if (eg_cp_is_alnum(cp)) {
                digit |= eg_cp_is_digit(cp);
                lower |= eg_cp_is_lower(cp);
                f->letters += eg_cp_is_letter(cp);
                i += n;
                continue;
            }
            if ((cp == '-' || cp == '\'' || cp == '.') && i + 1 < end &&
                (unsigned char)text[i + 1] > ' ' && text[i + 1] != '-') {
                i += n;
                continue;
            }
            break;
        }
        size_t wl = i - ws;
        f->words++;
        f->caps += upper_first;
        f->lower += !upper_first && lower;
        f->digits += digit;
        f->function += vocab && !upper_first &&
                       in_ci(function_words, N_OF(function_words), text + ws, wl);
        f->ui += vocab && in_ci(ui_words, N_OF(ui_words), text + ws, wl);
        static const char *const headers[] = {
            "also", "latest", "more", "popular", "read", "recommended",
            "related", "trending", NULL};
        if (vocab && f->words <= 5 &&
            in_ci(headers, N_OF(headers), text + ws, wl))
            f->list_header = true;
        if (f->words == 1 && wl == 2 && strncasecmp(text + ws, "by", 2) == 0 &&
            upper_first)
            f->starts_by = true;
        if (wl >= 4 && (strncasecmp(text + ws, "http", 4) == 0 ||
                        strncasecmp(text + ws, "www.", 4) == 0))
            f->url = true;
        if (wl == 9 && strncasecmp(text + ws, "copyright", 9) == 0)
            f->copyright = true;
        last_ws = ws;
        last_we = i;
    }
    f->terminal = last_cp == '.' || last_cp == '!' || last_cp == '?' ||
                  last_cp == ':' || last_cp == ';' || last_cp == '"' ||
                  last_cp == 0x201D || last_cp == 0x2019 || last_cp == ')';
    /* "U.S." alone on a menu line ends in a dot but is no sentence */
    if (f->words == 1 && last_cp == '.')
        f->terminal = false;
    /* credit and caption phrases (case-insensitive, anywhere in a line of
     * at most 40 words) */
    if (ln->end - ln->start < 400) {
        static const char *const credits[] = {
            "contributed to this report", "contributed reporting",
            "reporting by", "editing by", "writing by", "additional reporting",
            NULL};
        static const char *const captions[] = {
            "image source", "image caption", "photo:", "photograph:",
            "picture:", "video caption", "getty images", "photo credit",
            "file photo", NULL};
        const char *p = text + ln->start;
        size_t len = ln->end - ln->start;
        for (int pass = 0; pass < 2; pass++) {
            const char *const *list = pass ? captions : credits;
            for (const char *const *c = list; *c; c++) {
                size_t cl = strlen(*c);
                /* every phrase starts with a lower-case ASCII letter:
                 * test that byte before calling strncasecmp, which
                 * otherwise ran at every offset of every line (a quarter
                 * of the whole run time) */
                for (size_t k = 0; k + cl <= len; k++)
                    if ((p[k] | 0x20) == (*c)[0] &&
                        strncasecmp(p + k, *c, cl) == 0) {
                        if (pass)
                            f->caption = true;
                        else
                            f->credit = true;
                        break;
                    }
            }
        }
    }
    f->byline_tail = last_we > last_ws &&
                     in_ci(byline_tails, N_OF(byline_tails), text + last_ws,
                           last_we - last_ws);
    /* "All rights reserved" */
    if (!f->copyright && ln->end - ln->start < 300) {
        const char *p = text + ln->start;
        size_t len = ln->end - ln->start;
        for (size_t k = 0; k + 19 <= len; k++)
            if ((p[k] | 0x20) == 'a' &&
                strncasecmp(p + k, "all rights reserved", 19) == 0) {
                f->copyright = true;
                break;
            }
    }
}

/* Short line without sentence punctuation (menu item, button). */
static bool is_short(const features *f)
{
    return f->words > 0 && f->words <= 3 && !f->terminal;
}

static uint64_t line_hash(const char *text, const eg_line *ln, size_t *len)
{
    /* hash the line without leading/trailing white space */
    size_t s = ln->start, e = ln->end;
    while (s < e && (text[s] == ' ' || text[s] == '\t'))
        s++;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t' ||
                     text[e - 1] == '\r'))
        e--;
    *len = e - s;
    return eg_hash_bytes(text + s, e - s);
}

eg_error_t eg_clean(const char *text, size_t len, eg_segmentation *seg)
{
    (void)len;
    size_t n = seg->n_lines;
    features *f = malloc((n ? n : 1) * sizeof *f);
    if (!f)
        return EG_ENOMEM;
    eg_u64map seen;
    eg_u64map_init(&seen);
    eg_error_t rc = EG_OK;
    bool headline_done = false;
    bool in_related = false; /* after "Related" / "Read more:" */

    for (size_t i = 0; i < n; i++)
        line_features(text, &seg->lines[i], &f[i]);

    for (size_t i = 0; i < n; i++) {
        eg_line *ln = &seg->lines[i];
        const features *x = &f[i];
        if (x->words == 0) {
            /* blank, or only symbols and bullets */
            bool blank = true;
            for (size_t p = ln->start; p < ln->end && blank;) {
                uint32_t cp;
                p += eg_utf8_decode(text + p, ln->end - p, &cp);
                blank = eg_cp_is_space(cp);
            }
            ln->verdict = blank ? EG_LINE_BLANK : EG_LINE_UI;
            continue;
        }
        bool headline = !headline_done;
        headline_done = true;

        /* the list of story titles under "Related" / "Read more:" runs
         * until a line that ends like a sentence */
        if (in_related) {
            if (!x->terminal && x->words <= 25) {
                ln->verdict = EG_LINE_LIST;
                continue;
            }
            in_related = false;
        }
        if (x->list_header && x->words <= 5 && x->ui * 2 >= x->words &&
            (!x->terminal || text[ln->end - 1] == ':')) {
            ln->verdict = EG_LINE_UI;
            in_related = true;
            continue;
        }

        /* repeated within the document */
        size_t hl;
        uint64_t h = line_hash(text, ln, &hl);
        if (hl >= 24) {
            uint32_t v = (uint32_t)i;
            bool found;
            if (!eg_u64map_put(&seen, h, &v, &found)) {
                rc = EG_ENOMEM;
                break;
            }
            if (found) {
                ln->verdict = EG_LINE_REPEATED;
                continue;
            }
        }
        if (x->code_chars >= 4 && x->code_chars * 12 > x->letters) {
            ln->verdict = EG_LINE_CODE;
            continue;
        }
        if (x->copyright && x->words <= 40) {
            ln->verdict = EG_LINE_FOOTER;
            continue;
        }
        /* interface vocabulary: most words of a short line */
        if (x->words <= 6 && x->ui * 2 >= x->words && !x->terminal) {
            ln->verdict = EG_LINE_UI;
            continue;
        }
        if (x->words <= 2 && x->letters <= 1) {
            ln->verdict = EG_LINE_UI;
            continue;
        }
        if (x->caption && x->words <= 40) {
            ln->verdict = EG_LINE_CAPTION;
            continue;
        }
        /* bylines, credit lines and contact lines; a short line right
         * after a byline is its outlet or role ("BBC News", "Seoul
         * correspondent") */
        bool after_byline = i > 0 && seg->lines[i - 1].verdict == EG_LINE_BYLINE;
        if ((after_byline && x->words <= 3 && !x->terminal) ||
            (x->credit && x->words <= 40) ||
            (x->starts_by && x->words <= 8 && !x->terminal) ||
            (x->byline_tail && x->words <= 5 && !x->terminal) ||
            ((x->email || x->url) && x->words <= 10)) {
            ln->verdict = EG_LINE_BYLINE;
            continue;
        }
        /* menus: items separated by | or •, or several short lines in a
         * row */
        if (x->items >= 2 && x->words <= 3 * (x->items + 1) && !x->terminal) {
            ln->verdict = EG_LINE_LIST;
            continue;
        }
        if (is_short(x) && !headline) {
            /* neighbours, skipping blank lines */
            size_t p = i, q = i + 1;
            bool prev_short = false, next_short = false;
            while (p > 0) {
                p--;
                if (f[p].words > 0 || seg->lines[p].verdict == EG_LINE_UI) {
                    prev_short = f[p].words == 0 || is_short(&f[p]);
                    break;
                }
            }
            for (; q < n; q++)
                if (f[q].words > 0) {
                    next_short = is_short(&f[q]);
                    break;
                }
            if (prev_short || next_short) {
                ln->verdict = EG_LINE_LIST;
                continue;
            }
        }
        /* tag lines: "North Korea Russia Kim Jong Un Vladimir Putin" */
        if (!headline && x->words >= 4 && !x->terminal && x->function == 0 &&
            x->lower <= 1 &&
            x->caps * 4 >= x->words * 3) {
            ln->verdict = EG_LINE_LIST;
            continue;
        }
    }
    eg_u64map_finish(&seen);
    free(f);
    return rc;
}
