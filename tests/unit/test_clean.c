/* Boilerplate removal on a scraped page written for this test: every
 * line's verdict is checked.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "text/clean.h"
#include "text/segment.h"

#include <stdio.h>
#include <string.h>

static const struct {
    const char *line;
    int verdict;
} page[] = {
    {"Harbour strike ends after talks in Rotterdam", EG_LINE_KEEP},
    {"Home | World | Business | Sport | Opinion", EG_LINE_LIST},
    {"", EG_LINE_BLANK},
    {"By Marta Lindqvist", EG_LINE_BYLINE},
    {"Harbour Daily", EG_LINE_BYLINE},
    {"Staff Desk", EG_LINE_BYLINE},
    {"marta@harbour-daily.example", EG_LINE_BYLINE},
    {"Share on Facebook", EG_LINE_UI},
    {"Twitter", EG_LINE_UI},
    {"  • +1", EG_LINE_UI},
    {"Advertisement", EG_LINE_UI},
    {"Dock workers and the port authority signed a deal in Rotterdam on "
     "Tuesday, ending a week of strikes.",
     EG_LINE_KEEP},
    {"Union leader Samuel Oduya speaks to reporters outside the port offices.",
     EG_LINE_KEEP},
    {"Union leader Samuel Oduya speaks to reporters outside the port offices.",
     EG_LINE_REPEATED},
    {"Samuel Oduya Ingrid Berg Pieter Jansen Rotterdam", EG_LINE_LIST},
    {"Read more", EG_LINE_UI},
    {"Strike hits shipping", EG_LINE_LIST},
    {"Port traffic falls", EG_LINE_LIST},
    /* still inside the "Read more" list, which runs to a sentence */
    {"Image caption, Dock workers march through the port district",
     EG_LINE_LIST},
    {"U.S.", EG_LINE_LIST},
    {"World", EG_LINE_LIST},
    {"Harbour Daily writers Ana Costa in Lisbon and Tom Reid in Leith "
     "contributed to this report.",
     EG_LINE_BYLINE},
    {"Image caption, Cranes stand idle at the container terminal.",
     EG_LINE_CAPTION},
    {"Related", EG_LINE_UI},
    {"Port of Antwerp sees record traffic", EG_LINE_LIST},
    {"", EG_LINE_BLANK},
    {"Unions in Hamburg call a one-day strike", EG_LINE_LIST},
    {"Talks resume on Thursday, both sides said.", EG_LINE_KEEP},
    {"By Ana Costa and Tom Reid | The Harbour Daily Weekly Edition",
     EG_LINE_BYLINE},
    {"Share on WhatsApp   Share on Facebook   Tweet", EG_LINE_UI},
    {"Facebook Tweet Email Link Copied!", EG_LINE_UI},
    {"Harbour workers in Rotterdam vote on the new contract", EG_LINE_KEEP},
    {"The vote is due on Friday.", EG_LINE_KEEP},
    {"Europe | Ports", EG_LINE_LIST},
    {"December 12, 20255:42 PM GMTUpdated 2 days ago", EG_LINE_UI},
    {"Harbour talks resume on 2 March in Rotterdam", EG_LINE_KEEP},
    {"ROTTERDAM, 3 March 2025", EG_LINE_KEEP},
    {"Talks on pay will follow next month.", EG_LINE_KEEP},
    {"© 2025 Harbour Daily. All rights reserved.", EG_LINE_FOOTER},
    {"Our Standards: The Harbour Daily Trust Principles.", EG_LINE_FOOTER},
    {"By signing up, you agree to our Terms of Service and Privacy Policy.",
     EG_LINE_FOOTER},
    {"Get The Harbour Daily's Money newsletter every Saturday. [Sign up "
     "for free]",
     EG_LINE_FOOTER},
    {"Dock workers walk out in Oslo, Friday. (HD Photo/Ana Costa)",
     EG_LINE_CAPTION},
    {"Cranes at the terminal in Oslo. REUTERS/Tom Reid", EG_LINE_CAPTION},
    {"Harbour Tarvel Oslo Zembra Korvo talks Bergen", EG_LINE_LIST},
    {"Read more: Who Is Ruth Amsel, The Most Powerful Woman In Oslo?",
     EG_LINE_LIST},
    {"Home / World News / Harbour Strike: Who is Ruth Amsel, the Oslo "
     "union chief?", EG_LINE_LIST},
    {"Harbour Tarvel Oslo Zembra Korvo talks Bergen Accra pay Strike",
     EG_LINE_LIST},
    {"Harbour Daily News Desk | Oslo | Updated: 21-08-2025 18:47 CET",
     EG_LINE_BYLINE},
    {".nav{display:none;} .ad{width:300px;height:250px;}", EG_LINE_CODE},
    {"Tags: the Oslo port strike, harbour workers, Ana Costa, pay talks",
     EG_LINE_LIST},
    {"Tags", EG_LINE_UI},
    {"Oslo port   Ana Costa   Harbour strike", EG_LINE_LIST},
};

/* Splits text into lines and cleans them into seg; false on failure. */
static bool clean_page(eg_segmentation *seg, const char *text)
{
    size_t len = strlen(text);
    return eg_split_lines(text, len, seg) == EG_OK &&
           eg_clean(text, len, seg) == EG_OK;
}

int main(void)
{
    char text[4096] = "";
    size_t n = sizeof page / sizeof page[0];
    for (size_t i = 0; i < n; i++) {
        strcat(text, page[i].line);
        strcat(text, "\n");
    }
    eg_segmentation seg;
    eg_segmentation_init(&seg);
    size_t len = strlen(text);
    CHECK_INT(eg_split_lines(text, len, &seg), EG_OK);
    CHECK_INT(eg_clean(text, len, &seg), EG_OK);
    CHECK(seg.n_lines >= n);
    for (size_t i = 0; i < n && i < seg.n_lines; i++) {
        if (seg.lines[i].verdict != page[i].verdict) {
            fprintf(stderr, "line %zu \"%s\": verdict %d, want %d\n", i,
                    page[i].line, seg.lines[i].verdict, page[i].verdict);
            check_failures++;
        }
    }
    /* the kept article text still segments into its sentences */
    CHECK_INT(eg_segment(text, len, &seg), EG_OK);
    CHECK_INT(seg.n_sentences, 9);

    /* a wire's dateline opening a hard-wrapped paragraph is no tag line,
     * though its words are all capitalised */
    const char *wire =
        "Port strike ends\n\n"
        "ROTTERDAM, March 3 (Harbour Wire) - Dutch Port Authority\n"
        "officials signed a deal with the dock workers on Tuesday.\n";
    CHECK(clean_page(&seg, wire));
    CHECK_INT(seg.lines[2].verdict, EG_LINE_KEEP);

    /* a breadcrumb trail goes; a reference of numbers does not */
    const char *crumbs = "Strike ends in Rotterdam\n"
                         "News / Europe / Strike ends: what the dock "
                         "workers won in Rotterdam?\n"
                         "EU / 96 / 804 : the Commission cleared the Tarvel "
                         "port deal in Rotterdam\n";
    CHECK(clean_page(&seg, crumbs));
    CHECK_INT(seg.lines[1].verdict, EG_LINE_LIST);
    CHECK_INT(seg.lines[2].verdict, EG_LINE_KEEP);

    /* a news site's footer */
    const char *foot = "Strike ends in Rotterdam\n"
                       "Dock workers signed a deal on Tuesday.\n"
                       "Catch all the Latest News, World News and Breaking "
                       "News updates on The Harbour Times. Download The "
                       "Harbour Times App to get Daily Market Updates.\n";
    CHECK(clean_page(&seg, foot));
    CHECK_INT(seg.lines[2].verdict, EG_LINE_FOOTER);

    /* a newsletter's call to sign up */
    const char *call = "Strike ends in Rotterdam\n"
                       "Dock workers signed a deal on Tuesday.\n"
                       "Sign up for the Harbour Daily's Oslo Briefing\n"
                       "The deal runs for three years.\n";
    CHECK(clean_page(&seg, call));
    CHECK_INT(seg.lines[2].verdict, EG_LINE_UI);

    /* a page opening with site links: the first line is no headline */
    const char *top = "Harbour Homepage\nAccessibility Help\n\n"
                      "Strike ends in Rotterdam\n";
    CHECK(clean_page(&seg, top));
    CHECK_INT(seg.lines[0].verdict, EG_LINE_UI);
    CHECK_INT(seg.lines[1].verdict, EG_LINE_UI);
    CHECK_INT(seg.lines[3].verdict, EG_LINE_KEEP);

    /* an author's box, and readers' comments to the end of the page; a
     * "Comments" button near the top drops only itself */
    const char *tail = "Talks end in Rotterdam\n"
                       "Comments\n"
                       "Dock workers and the port signed a deal on Tuesday.\n"
                       "\n"
                       "About the author\n"
                       "Marta Lindqvist covers ports for the Harbour Daily.\n"
                       "\n"
                       "The deal runs for three years, both sides said.\n"
                       "Comments (2)\n"
                       "Piet says: Good news for Rotterdam.\n"
                       "Anna K. says: At last, after three weeks of it.\n";
    static const int want[] = {EG_LINE_KEEP, EG_LINE_UI,    EG_LINE_KEEP,
                               EG_LINE_BLANK, EG_LINE_UI,   EG_LINE_BYLINE,
                               EG_LINE_BLANK, EG_LINE_KEEP, EG_LINE_UI,
                               EG_LINE_UI,   EG_LINE_UI};
    CHECK(clean_page(&seg, tail));
    CHECK(seg.n_lines >= sizeof want / sizeof want[0]);
    for (size_t i = 0; i < sizeof want / sizeof want[0] && i < seg.n_lines;
         i++)
        if (seg.lines[i].verdict != want[i]) {
            fprintf(stderr, "tail line %zu: verdict %d, want %d\n", i,
                    seg.lines[i].verdict, want[i]);
            check_failures++;
        }

    /* long lines: prose of more than 40 words ending in a full stop is
     * kept, CSS residue of as many words ending in ';' is code, and the
     * first '|' after a word is no code character (a byline's
     * separator): four bars among 45 one-letter words are three code
     * characters, five are four (more than a twelfth of the letters) */
    char lines[4][2048] = {"", "", "", ""};
    for (int k = 0; k < 45; k++) {
        strcat(lines[0], "The port ");
        strcat(lines[1], "a { b: c; } ");
        char letter[16];
        snprintf(letter, sizeof letter, "%c      ", 'a' + k % 26);
        strcat(lines[2], letter);
        strcat(lines[3], letter);
        if (k == 0) {
            strcat(lines[2], "| | | | ");
            strcat(lines[3], "| | | | | ");
        }
    }
    strcat(lines[0], "reopened.");
    strcat(lines[1], "x: y;");
    strcat(lines[2], "z.");
    strcat(lines[3], "z.");
    static const int long_want[] = {EG_LINE_KEEP, EG_LINE_CODE, EG_LINE_KEEP,
                                    EG_LINE_CODE};
    char buf[8192] = "";
    for (int k = 0; k < 4; k++) {
        CHECK(strlen(lines[k]) >= 300);
        strcat(buf, lines[k]);
        strcat(buf, "\n");
    }
    CHECK(clean_page(&seg, buf));
    for (size_t i = 0; i < 4 && i < seg.n_lines; i++)
        if (seg.lines[i].verdict != long_want[i]) {
            fprintf(stderr, "long line %zu: verdict %d, want %d\n", i,
                    seg.lines[i].verdict, long_want[i]);
            check_failures++;
        }

    /* sentences of 13 to 40 words: kept, unless they credit, caption or
     * claim rights (the phrases may sit anywhere in the line) */
    const char *mid =
        "The harbour board said on Friday that the strike had cost the port "
        "two weeks of trade and many ships.\n"
        "Reporting by Marta Lindqvist in Oslo and Piet de Vries in Rotterdam; "
        "editing by Anna Berg and Tomas Holm.\n"
        "© 2025 Harbour Daily Media Group, a trading name of the North Sea "
        "Papers Limited of Oslo and Bergen.\n"
        "Dock workers and their families march through the centre of Oslo on "
        "Friday afternoon (Getty Images).\n"
        "The dock workers said the port and the harbour board would meet again "
        "in the early spring for new talks.\n";
    static const int mid_want[] = {EG_LINE_KEEP, EG_LINE_BYLINE,
                                   EG_LINE_FOOTER, EG_LINE_CAPTION,
                                   EG_LINE_KEEP};
    CHECK(clean_page(&seg, mid));
    for (size_t i = 0; i < 5 && i < seg.n_lines; i++) {
        CHECK(seg.lines[i].end - seg.lines[i].start >= 100);
        if (seg.lines[i].verdict != mid_want[i]) {
            fprintf(stderr, "sentence line %zu: verdict %d, want %d\n", i,
                    seg.lines[i].verdict, mid_want[i]);
            check_failures++;
        }
    }
    eg_segmentation_finish(&seg);
    return CHECK_DONE();
}
