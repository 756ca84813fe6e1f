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

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Interface words, compared case-insensitively. */
static const char *const ui_words[] = {
    "about", "accept", "accessibility", "account", "ad", "ads",
    "advertisement", "advertising", "advertisment", "alert", "alerts", "app",
    "apps", "archive", "audio", "author", "back", "bookmark", "button",
    "cancel", "click", "close", "comment", "comments", "contact", "cookie",
    "cookies", "copied", "copy", "donate", "download", "e-mail", "edition",
    "email", "expand", "facebook", "faq", "feed", "feedback", "follow",
    "font", "font-size", "gallery", "headlines", "help", "home", "homepage",
    "image", "instagram", "kakao", "latest", "link", "linkedin", "listen",
    "live", "loading", "log", "login", "logout", "mail", "menu", "more",
    "most", "navigation", "newsletter", "next", "notifications", "podcast",
    "podcasts", "popular", "prev", "previous", "print", "privacy", "read",
    "recommended", "register", "related", "reply", "rss", "save", "search",
    "section", "sections", "settings", "share", "sign", "signup", "sitemap",
    "skip", "sponsored", "stories", "subscribe", "tags", "telegram", "terms",
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

/* The lists above (and the list headers below) in one small hash set,
 * word -> which lists hold it: a line's every word is asked about, so one
 * probe replaces three binary searches. Built once, on first use. */
static const char *const headers[] = {
    "also", "keywords", "latest", "more", "popular", "read", "recommended",
    "related", "tags", "topics", "trending", NULL};

/* Words of date and time lines ("December 12, 2023 5:42 PM GMT",
 * "Updated 2 hours ago"). */
static const char *const date_words[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
    "sun", "am", "pm", "a.m", "p.m", "ago", "gmt", "utc", "bst", "cet",
    "cest", "est", "edt", "pst", "pdt", "ist", "kst", "jst", "msk", "hour",
    "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "day", "days",
    "published", "posted", NULL};

enum { W_FUNCTION = 1, W_UI = 2, W_HEADER = 4, W_BYLINE = 8, W_DATE = 16 };
#define VOCAB_SLOTS 512 /* power of two, well above the ~265 words */
#define VOCAB_MAX 24    /* longest word + 1 */

static struct vocab_slot {
    const char *word;
    unsigned char len, lists;
} vocab_set[VOCAB_SLOTS];
static pthread_once_t vocab_once = PTHREAD_ONCE_INIT;

/* FNV-1a: the words are short */
static struct vocab_slot *vocab_find(const char *w, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)w[i]) * 16777619u;
    size_t i = h & (VOCAB_SLOTS - 1);
    while (vocab_set[i].word &&
           !(vocab_set[i].len == len && memcmp(vocab_set[i].word, w, len) == 0))
        i = (i + 1) & (VOCAB_SLOTS - 1);
    return &vocab_set[i];
}

static void vocab_add(const char *const *list, unsigned char lists)
{
    for (; *list; list++) {
        size_t len = strlen(*list);
        struct vocab_slot *v = vocab_find(*list, len);
        v->word = *list;
        v->len = (unsigned char)len;
        v->lists |= lists;
    }
}

/* Byte classes for line_features(): eg_ascii_class bits for ASCII, and
 * LC_MARK for the separators and code characters it counts; bytes >= 0x80
 * have no bit (they are decoded). Filled by vocab_init(). */
enum { LC_MARK = 0x10 };
static unsigned char line_class[256];

/* phrase_starts[a][b]: bit i set when phrase i of the table below starts
 * with the letters 'a' + a, 'a' + b (filled with the vocabulary) */
static uint32_t phrase_starts[26][26];
static void phrases_init(void);

static void vocab_init(void)
{
    for (unsigned c = 0; c < 0x80; c++)
        line_class[c] = eg_ascii_class[c];
    for (const char *m = "|{};=@"; *m; m++)
        line_class[(unsigned char)*m] |= LC_MARK;
    phrases_init();
    vocab_add(function_words, W_FUNCTION);
    vocab_add(ui_words, W_UI);
    vocab_add(headers, W_HEADER);
    vocab_add(byline_tails, W_BYLINE);
    vocab_add(date_words, W_DATE);
}

/* The lists that hold w, any case (ASCII letters folded), as W_* bits. */
static unsigned vocab_lists(const char *w, size_t len)
{
    char buf[VOCAB_MAX];
    if (len == 0 || len >= sizeof buf)
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = w[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    pthread_once(&vocab_once, vocab_init);
    return vocab_find(buf, len)->lists;
}


typedef struct features {
    size_t words, caps, lower, function, ui;
    size_t dates;        /* date and time words (vocabulary) */
    size_t numbers;      /* words that start with a digit */
    bool first_caps;     /* the first word is in capitals ("NAIROBI,") */
    size_t items;        /* separators | • · between items */
    bool terminal;       /* ends with . ! ? : ; or a closing quote */
    bool email, url;
    bool starts_by;      /* "By " */
    bool credit;         /* "contributed to this report", "Editing by" */
    bool caption;        /* "Image caption", "Photo:", "... Getty Images" */
    bool list_header;    /* "Related", "Read more:", "Most popular" */
    bool byline_tail;    /* last word is Desk, Staff, ... */
    bool byline_item;    /* ... or the last word before the first | */
    bool copyright;
    size_t code_chars;   /* { } ; = */
} features;

/* Credit, caption and copyright phrases, looked for (case-insensitive)
 * at the start of every word of a line shorter than max_line bytes. */
enum { CREDIT, CAPTION, RIGHTS };
static const struct phrase {
    const char *text;
    unsigned char kind;
    unsigned short max_line;
} phrases[] = {
    {"contributed to this report", CREDIT, 400},
    {"contributed reporting", CREDIT, 400},
    {"reporting by", CREDIT, 400},
    {"editing by", CREDIT, 400},
    {"writing by", CREDIT, 400},
    {"additional reporting", CREDIT, 400},
    {"image source", CAPTION, 400},
    {"image caption", CAPTION, 400},
    {"photo:", CAPTION, 400},
    {"photograph:", CAPTION, 400},
    {"picture:", CAPTION, 400},
    {"video caption", CAPTION, 400},
    {"getty images", CAPTION, 400},
    {"photo credit", CAPTION, 400},
    {"photo/", CAPTION, 600}, /* "(AP Photo/Jane Doe)" */
    {"reuters/", CAPTION, 600}, /* "REUTERS/Jane Doe" after a caption */
    {"epa-efe/", CAPTION, 600},
    {"file photo", CAPTION, 400},
    {"all rights reserved", RIGHTS, 300},
    /* a wire's footer: "Our Standards: The Thomson Reuters Trust
     * Principles." */
    {"our standards:", RIGHTS, 120},
    {"editorial standards:", RIGHTS, 120},
    /* a sign-up box's small print: "By signing up, you agree to our
     * Terms of Service and Privacy Policy." */
    {"agree to our", RIGHTS, 250},
    {"acceptance of our", RIGHTS, 250},
    {"protected by recaptcha", RIGHTS, 250},
    /* a newsletter's box: "Get The Daily Brief newsletter every
     * Saturday. [Sign up for free]" */
    {"sign up for free", RIGHTS, 250},
    {"sign up for our", RIGHTS, 250},
    {"sign up to our", RIGHTS, 250},
    {"subscribe to our", RIGHTS, 250},
    /* a news site's footer: "Catch all the Latest News, World News and
     * Breaking News updates on The Daily. Download The Daily App ..." */
    {"catch all the", RIGHTS, 300},
};

_Static_assert(sizeof phrases / sizeof phrases[0] <= 32,
               "phrase_starts holds 32 phrases");

static void phrases_init(void)
{
    for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++)
        phrase_starts[phrases[i].text[0] - 'a'][phrases[i].text[1] - 'a'] |=
            1u << i;
}

/* The phrases that may start at s: those with its first two letters. */
static inline uint32_t phrase_may_start(const char *s, size_t len)
{
    char c0 = (char)(s[0] | 0x20), c1 = len > 1 ? (char)(s[1] | 0x20) : 0;
    return c0 >= 'a' && c0 <= 'z' && c1 >= 'a' && c1 <= 'z'
               ? phrase_starts[c0 - 'a'][c1 - 'a']
               : 0;
}

/* Sets f's flags for the phrases at s among those of the mask (from
 * phrase_may_start()). */
static void phrases_at(const char *s, size_t len, size_t line_len,
                       uint32_t mask, features *f)
{
    for (size_t i = 0; mask; i++, mask >>= 1) {
        const struct phrase *ph = &phrases[i];
        if (!(mask & 1) || line_len >= ph->max_line)
            continue;
        size_t pl = strlen(ph->text);
        if (pl <= len && strncasecmp(s, ph->text, pl) == 0) {
            if (ph->kind == CREDIT)
                f->credit = true;
            else if (ph->kind == CAPTION)
                f->caption = true;
            else
                f->copyright = true;
        }
    }
}

/* Does the line hold a dash between spaces (" - ", " – ", " — ")? */
static bool spaced_dash(const char *text, const eg_line *ln)
{
    const unsigned char *u = (const unsigned char *)text;
    for (size_t i = ln->start; i + 2 < ln->end; i++) {
        if (u[i] != ' ')
            continue;
        if (u[i + 1] == '-' && u[i + 2] == ' ')
            return true;
        if (i + 4 < ln->end && u[i + 1] == 0xE2 && u[i + 2] == 0x80 &&
            (u[i + 3] == 0x93 || u[i + 3] == 0x94) && u[i + 4] == ' ')
            return true;
    }
    return false;
}

/* Is cp a sentence's last character for features.terminal? */
static bool terminal_cp(uint32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' ||
           cp == '"' || cp == 0x201D || cp == 0x2019 || cp == ')';
}

/* The features of a line. The vocabulary lists (function, ui and
 * list_header) are looked up only when vocab is set and the line is at most
 * 300 bytes (prose is never looked up); letters is left to line_letters().
 * eg_clean() asks for the vocabulary only for the lines whose verdict can
 * depend on it (needs_vocab()). */
static void line_features(const char *text, const eg_line *ln, features *f,
                          bool vocab)
{
    memset(f, 0, sizeof *f);
    size_t i = ln->start, end = ln->end;
    vocab = vocab && end - i <= 300;
    bool look_phrases = end - ln->start < 400;
    size_t last_ws = 0, last_we = 0;
    uint32_t last_cp = 0;
    while (i < end) {
        uint32_t cp;
        size_t n;
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            /* ASCII, most of the text: classes from the table */
            unsigned cls = line_class[c];
            cp = c;
            if (!(cls & EG_CC_SPACE))
                last_cp = cp;
            if (!(cls & EG_CC_ALNUM)) {
                if (cls & LC_MARK) {
                    if (c == '|' && f->items++ == 0 && last_we > last_ws)
                        f->byline_item = vocab_lists(text + last_ws,
                                                     last_we - last_ws) &
                                         W_BYLINE;
                    else if (c == '@')
                        f->email = true;
                    else
                        f->code_chars++;
                }
                i++;
                continue;
            }
        } else {
            n = eg_utf8_decode(text + i, end - i, &cp);
            if (!eg_cp_is_space(cp))
                last_cp = cp;
            if (cp == 0x2022 /* • */ || cp == 0x00B7 /* · */)
                f->items++;
            if (cp == 0x00A9 /* © */)
                f->copyright = true;
            if (!eg_cp_is_alnum(cp)) {
                i += n;
                continue;
            }
        }
        /* a word: letters, digits and inner - ' . */
        size_t ws = i;
        uint32_t pm;
        if (look_phrases && cp < 0x80 &&
            (pm = phrase_may_start(text + ws, end - ws)))
            phrases_at(text + ws, end - ws, end - ln->start, pm, f);
        bool upper_first = eg_cp_is_upper(cp), lower = false;
        unsigned acc = 0; /* the classes of the word's ASCII characters */
        for (;;) {
            unsigned cls;
            while (i < end &&
                   ((cls = line_class[(unsigned char)text[i]]) & EG_CC_ALNUM)) {
                acc |= cls;
                i++;
            }
            if (i >= end)
                break;
            c = (unsigned char)text[i];
            if (c < 0x80) {
                cp = c;
                n = 1;
            } else {
                n = eg_utf8_decode(text + i, end - i, &cp);
                if (eg_cp_is_alnum(cp)) {
                    lower |= eg_cp_is_lower(cp);
                    i += n;
                    continue;
                }
            }
            if ((cp == '-' || cp == '\'' || cp == '.') && i + 1 < end &&
                (unsigned char)text[i + 1] > ' ' && text[i + 1] != '-') {
                i += n;
                continue;
            }
            break;
        }
        lower |= (acc & EG_CC_LOWER) != 0;
        size_t wl = i - ws;
        f->words++;
        f->caps += upper_first;
        f->lower += !upper_first && lower;
        f->numbers += text[ws] >= '0' && text[ws] <= '9';
        if (f->words == 1)
            f->first_caps = wl >= 3 && (acc & EG_CC_UPPER) && !lower;
        if (vocab) {
            unsigned lists = vocab_lists(text + ws, wl);
            f->function += !upper_first && (lists & W_FUNCTION);
            f->ui += (lists & W_UI) != 0;
            f->dates += (lists & W_DATE) != 0;
            if (f->words <= 5 && (lists & W_HEADER))
                f->list_header = true;
        }
        char c0 = (char)(text[ws] | 0x20);
        if (f->words == 1 && wl == 2 && c0 == 'b' &&
            strncasecmp(text + ws, "by", 2) == 0 && upper_first)
            f->starts_by = true;
        if (wl >= 4 && ((c0 == 'h' && strncasecmp(text + ws, "http", 4) == 0) ||
                        (c0 == 'w' && strncasecmp(text + ws, "www.", 4) == 0)))
            f->url = true;
        if (wl == 9 && c0 == 'c' && strncasecmp(text + ws, "copyright", 9) == 0)
            f->copyright = true;
        last_ws = ws;
        last_we = i;
    }
    f->terminal = terminal_cp(last_cp);
    /* "U.S." alone on a menu line ends in a dot but is no sentence */
    if (f->words == 1 && last_cp == '.')
        f->terminal = false;
    f->byline_tail = last_we > last_ws &&
                     (vocab_lists(text + last_ws, last_we - last_ws) &
                      W_BYLINE);
}

/* A line of prose (more than 12 words, sentence punctuation at the end)
 * gets its verdict from its code characters alone, unless it is a
 * credit, caption or copyright line of at most 40 words: every other rule
 * of eg_clean() wants at most 12 words or no final punctuation. For such
 * a line this fills f with what the rules read, more cheaply than
 * line_features() (no word is looked up), and returns true; false (f
 * untouched) when the line is not one or may be a credit, caption or
 * copyright line (the phrases are looked for at every letter after a
 * non-alphanumeric byte, a superset of word starts), or when telling
 * would need decoding. f->words is then a lower bound (> 12): the words
 * that follow a space. */
static bool prose_features(const char *text, const eg_line *ln, features *f)
{
    size_t start = ln->start, end = ln->end;
    if (end - start < 100)
        return false; /* rarely 13 words: not worth a second scan */
    size_t e = end;
    uint32_t last = 0;
    while (e > start) {
        e = eg_utf8_prev(text, e, &last);
        if (!eg_cp_is_space(last))
            break;
    }
    if (!terminal_cp(last))
        return false;
    size_t words = 0, code = 0, bars = 0;
    bool word_seen = false, other = false, marked = false;
    bool look_phrases = end - start < 400; /* as line_features() */
    features ph;
    memset(&ph, 0, sizeof ph);
    bool after_space = true; /* the line start counts as a space */
    for (size_t i = start; i < end;) {
        unsigned char c = (unsigned char)text[i];
        unsigned cls = line_class[c];
        if (cls & EG_CC_ALNUM) {
            /* a run of ASCII letters and digits: every word starts one */
            words += after_space;
            if (cls & EG_CC_LETTER) {
                uint32_t pm;
                if (look_phrases && (pm = phrase_may_start(text + i, end - i)))
                    phrases_at(text + i, end - i, end - start, pm, &ph);
                marked |= (c | 0x20) == 'c' && end - i >= 9 &&
                          strncasecmp(text + i, "copyright", 9) == 0;
            }
            word_seen = true;
            after_space = false;
            for (i++; i < end && (line_class[(unsigned char)text[i]] & EG_CC_ALNUM);
                 i++)
                ;
            continue;
        }
        after_space = (cls & EG_CC_SPACE) != 0;
        i++;
        if (c >= 0x80) {
            other = true;
            marked |= c == 0xC2 && i < end && (unsigned char)text[i] == 0xA9;
            continue;
        }
        if (!(cls & LC_MARK) || c == '@')
            continue;
        /* line_features(): the first '|' after a word is a byline's
         * separator, every other mark a code character */
        if (c == '|' && bars++ == 0) {
            if (!word_seen && other)
                return false; /* a word of another script may precede */
            if (word_seen)
                continue;
        }
        code++;
    }
    marked |= ph.credit || ph.caption || ph.copyright;
    if (words <= 12 || (marked && words <= 40))
        return false;
    memset(f, 0, sizeof *f);
    f->words = words;
    f->terminal = true;
    f->code_chars = code;
    return true;
}

/* Whether the verdict on a line with features f (vocabulary not looked up)
 * can depend on its vocabulary: the header rule looks at lines of at most
 * six words, the interface and date-line rules at lines of at most six, or
 * twelve without sentence punctuation, the tag-line rule at lines of
 * capitalised words without sentence punctuation. */
static bool needs_vocab(const features *f)
{
    return (f->words > 0 && f->words <= 6) ||
           (f->words <= 12 && !f->terminal) ||
           (f->words >= 4 && !f->terminal && f->lower <= 1 &&
            f->caps * 4 >= f->words * 3);
}

/* The letters of a line (all of them are in its words). */
static size_t line_letters(const char *text, const eg_line *ln)
{
    size_t letters = 0;
    for (size_t i = ln->start; i < ln->end;) {
        uint32_t cp;
        i += eg_utf8_decode(text + i, ln->end - i, &cp);
        letters += eg_cp_is_letter(cp);
    }
    return letters;
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

/* Where the line's text starts when it starts with these characters (any
 * case, after blanks), else SIZE_MAX. */
static size_t line_starts_with(const char *text, const eg_line *ln,
                               const char *start)
{
    size_t i = ln->start, n = strlen(start);
    while (i < ln->end && (text[i] == ' ' || text[i] == '\t'))
        i++;
    return ln->end - i >= n && strncasecmp(text + i, start, n) == 0
               ? i
               : SIZE_MAX;
}

static bool starts_with_word(const char *text, const eg_line *ln,
                             const char *start)
{
    return line_starts_with(text, ln, start) != SIZE_MAX;
}

/* Is the line these words (any case, one space between them), followed
 * only by digits, brackets, colons and spaces ("Comments (12)")? */
static bool word_line(const char *text, const eg_line *ln, const char *words)
{
    size_t i = line_starts_with(text, ln, words);
    if (i == SIZE_MAX)
        return false;
    for (i += strlen(words); i < ln->end; i++) {
        char c = text[i];
        if (!(c == ' ' || c == '\t' || c == '(' || c == ')' || c == ':' ||
              c == '\r' || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

enum { SHORT_LINE = 80 };

/* A breadcrumb trail: "Home / World News / <the story's title>", "World
 * News > Asia > ...": two separators or more (" / ", " > ", " » "), the
 * first two parts of three words at most, each opened by a capital (not
 * "IP / 96 / 804"). */
static bool breadcrumb(const char *text, const eg_line *ln)
{
    size_t seps = 0, words = 0;
    bool in_word = false;
    for (size_t i = ln->start; i < ln->end; i++) {
        unsigned char c = (unsigned char)text[i];
        if (words == 0 && c != ' ' && !(c >= 'A' && c <= 'Z'))
            return false;
        size_t sep = 0;
        if (c == ' ' && i + 2 < ln->end && text[i + 2] == ' ' &&
            (text[i + 1] == '/' || text[i + 1] == '>'))
            sep = 3;
        else if (c == ' ' && i + 3 < ln->end &&
                 memcmp(text + i + 1, "\xC2\xBB ", 3) == 0)
            sep = 4; /* » */
        if (sep) {
            if (words == 0 || words > 3)
                return false;
            if (++seps == 2)
                return true;
            words = 0;
            in_word = false;
            i += sep - 1;
            continue;
        }
        bool letter = c >= 0x80 || (c >= 'A' && c <= 'Z') ||
                      (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        words += letter && !in_word;
        in_word = letter || (in_word && c != ' ');
    }
    return false;
}

eg_error_t eg_clean(const char *text, size_t len, eg_segmentation *seg)
{
    size_t n = seg->n_lines;
    features *f = malloc((n ? n : 1) * sizeof *f);
    if (!f)
        return EG_ENOMEM;
    eg_u64map seen;
    eg_u64map_init(&seen);
    eg_error_t rc = EG_OK;
    bool headline_done = false;
    bool in_related = false; /* after "Related" / "Read more:" */
    bool in_bio = false;     /* after "About the author", to a blank line */
    bool in_comments = false; /* after "Comments (12)": to the end */

    pthread_once(&vocab_once, vocab_init);
    for (size_t i = 0; i < n; i++) {
        const eg_line *ln = &seg->lines[i];
        if (prose_features(text, ln, &f[i]))
            continue;
        /* a short line mostly needs its vocabulary: one pass with it
         * (where needs_vocab() is false the vocabulary changes no
         * verdict, so looking it up costs only the time) */
        bool short_line = ln->end - ln->start <= SHORT_LINE;
        line_features(text, ln, &f[i], short_line);
        if (!short_line && needs_vocab(&f[i]))
            line_features(text, ln, &f[i], true);
    }

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
            in_bio = in_bio && !blank;
            continue;
        }
        /* readers' comments come last: from a "Comments (12)" line in
         * the second half of the page, the rest is theirs (a button of
         * that name under the headline is only a line) */
        if (!in_comments && x->words <= 2 &&
            word_line(text, ln, "comments")) {
            in_comments = ln->start >= len / 2;
            ln->verdict = EG_LINE_UI;
            continue;
        }
        if (in_comments) {
            ln->verdict = EG_LINE_UI;
            continue;
        }
        /* an author's box: the header and its paragraph */
        if (x->words == 3 && !x->terminal &&
            (word_line(text, ln, "about the author") ||
             word_line(text, ln, "about the writer") ||
             word_line(text, ln, "about the reporter"))) {
            ln->verdict = EG_LINE_UI;
            in_bio = true;
            continue;
        }
        if (in_bio) {
            ln->verdict = EG_LINE_BYLINE;
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

        /* a link to another story: "Read more: Who Is Kim Yo Jong, The
         * Most Powerful Woman In North Korea?", "Related: Kim offers ..." */
        if (x->words <= 40 &&
            (starts_with_word(text, ln, "read more:") ||
             starts_with_word(text, ln, "related:") ||
             starts_with_word(text, ln, "also read:") ||
             starts_with_word(text, ln, "read also:") ||
             starts_with_word(text, ln, "see also:"))) {
            ln->verdict = EG_LINE_LIST;
            continue;
        }

        if (text[ln->end - 1] != '.' && x->words <= 40 &&
            breadcrumb(text, ln)) {
            ln->verdict = EG_LINE_LIST;
            continue;
        }

        /* a newsletter's call: "Sign up for the Harbour Daily's Asia
         * Briefing" */
        if (x->words <= 12 && !x->terminal &&
            (starts_with_word(text, ln, "sign up for") ||
             starts_with_word(text, ln, "sign up to") ||
             starts_with_word(text, ln, "subscribe to"))) {
            ln->verdict = EG_LINE_UI;
            continue;
        }

        /* a list of tags: "Tags: Gaza, Israel, Doha talks" */
        if (!x->terminal && x->words <= 40 &&
            (starts_with_word(text, ln, "tags:") ||
             starts_with_word(text, ln, "topics:") ||
             starts_with_word(text, ln, "keywords:"))) {
            ln->verdict = EG_LINE_LIST;
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
        if (x->code_chars >= 4 &&
            x->code_chars * 12 > line_letters(text, ln)) {
            ln->verdict = EG_LINE_CODE;
            continue;
        }
        if (x->copyright && x->words <= 40) {
            ln->verdict = EG_LINE_FOOTER;
            continue;
        }
        /* interface vocabulary: most words of a short line, or of a row
         * of buttons with small words between ("Share on WhatsApp  Share
         * on Facebook  Tweet"); such a row may end in "!" or "." when it
         * has no other word ("Facebook Tweet Email Link Copied!") */
        bool buttons = x->ui >= 2 && x->ui + x->function == x->words;
        if ((!x->terminal || buttons) &&
            ((x->words <= 6 && x->ui * 2 >= x->words) ||
             (x->words <= 12 && x->ui >= 2 &&
              (x->ui + x->function) * 2 >= x->words))) {
            ln->verdict = EG_LINE_UI;
            continue;
        }
        /* a date line: "December 12, 2023 5:42 PM GMT", "Updated 2
         * hours ago" (at most one word that is none of date, number,
         * interface or function word); a dateline's place in capitals
         * ("NAIROBI, 14 April 2025") keeps it */
        if (!x->terminal && x->words <= 12 && x->dates >= 1 &&
            x->numbers >= 1 && !x->first_caps &&
            x->words <= x->dates + x->numbers + x->ui + x->function + 1) {
            ln->verdict = EG_LINE_UI;
            continue;
        }
        if (x->words <= 2 && line_letters(text, ln) <= 1) {
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
            (x->starts_by && !x->terminal &&
             (x->words <= 8 || (x->words <= 14 && x->lower <= 2))) ||
            (x->byline_tail && x->words <= 5 && !x->terminal) ||
            (x->byline_item && x->items >= 1 && !x->terminal) ||
            ((x->email || x->url) && x->words <= 10)) {
            ln->verdict = EG_LINE_BYLINE;
            continue;
        }
        /* menus: items separated by | or •, or several short lines in a
         * row */
        if (!x->terminal &&
            ((x->items >= 2 && x->words <= 3 * (x->items + 1)) ||
             (x->items == 1 && x->words <= 3))) {
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
        /* tag lines: "North Korea Russia Kim Jong Un Vladimir Putin",
         * "Chinese President Xi Jinping Vladimir Putin Russia Ukraine war
         * China-Russia relations" (one word in five may be lowercase);
         * not a wire's dateline, the first line of a hard-wrapped
         * paragraph ("MIDRAND, South Africa, June 2 (Reuters) - South
         * Africa's") */
        if (!headline && x->words >= 4 && !x->terminal && x->function == 0 &&
            (x->lower <= 1 || x->lower * 5 <= x->words) &&
            x->caps * 4 >= x->words * 3 && !spaced_dash(text, ln)) {
            ln->verdict = EG_LINE_LIST;
            continue;
        }
    }
    eg_u64map_finish(&seen);
    free(f);
    return rc;
}
