/* Sentence splitting: abbreviations, initials, decimals, quotes, brackets,
 * hard-wrapped text. All sentences here are written for the tests.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "text/clean.h"
#include "text/segment.h"

#include <stdlib.h>

/* Segments text and returns the sentences joined by " | ". */
static char *sentences(const char *text)
{
    static char out[4096];
    eg_segmentation seg;
    eg_segmentation_init(&seg);
    size_t len = strlen(text);
    out[0] = '\0';
    if (eg_split_lines(text, len, &seg) == EG_OK &&
        eg_clean(text, len, &seg) == EG_OK &&
        eg_segment(text, len, &seg) == EG_OK) {
        for (size_t i = 0; i < seg.n_sentences; i++) {
            if (i)
                strcat(out, " | ");
            strncat(out, text + seg.sentences[i].start,
                    seg.sentences[i].end - seg.sentences[i].start);
        }
    }
    eg_segmentation_finish(&seg);
    return out;
}

int main(void)
{
    CHECK_STR(sentences("The mayor spoke. Then she left."),
              "The mayor spoke. | Then she left.");
    /* titles and initials do not end sentences */
    CHECK_STR(sentences("Mr. Okafor met Dr. Lin in the morning. They talked."),
              "Mr. Okafor met Dr. Lin in the morning. | They talked.");
    CHECK_STR(sentences("Gen. Ortega and J. R. Tolkien walked."),
              "Gen. Ortega and J. R. Tolkien walked.");
    /* ... but a capital letter alone ends one before a word that opens
     * sentences and names no one */
    CHECK_STR(sentences("She posted on X. He said so. Vitamin D. The end."),
              "She posted on X. | He said so. | Vitamin D. | The end.");
    CHECK_STR(sentences("Lena T. Hislop and Anna B. Theroux met."),
              "Lena T. Hislop and Anna B. Theroux met.");
    /* a dateline in capitals keeps its abbreviation */
    CHECK_STR(sentences("ST. ALDRIC (Wire) - The port reopened. FT. MERROW, "
                        "Ohio - Trains ran."),
              "ST. ALDRIC (Wire) - The port reopened. | FT. MERROW, Ohio - "
              "Trains ran.");
    /* dotted acronyms inside a sentence */
    CHECK_STR(sentences("The U.S. envoy arrived. Talks began."),
              "The U.S. envoy arrived. | Talks began.");
    /* months */
    CHECK_STR(sentences("It opened on Jan. 5 in the capital. Crowds came."),
              "It opened on Jan. 5 in the capital. | Crowds came.");
    /* decimals */
    CHECK_STR(sentences("Prices rose 3.5 percent. Shares fell."),
              "Prices rose 3.5 percent. | Shares fell.");
    /* quotes and brackets close the sentence with it */
    CHECK_STR(sentences("\"We will win.\" The crowd cheered."),
              "\"We will win.\" | The crowd cheered.");
    CHECK_STR(sentences("He left (as planned.) Then rain fell."),
              "He left (as planned.) | Then rain fell.");
    CHECK_STR(sentences("Is it over? Yes! It is."),
              "Is it over? | Yes! | It is.");
    /* paragraphs: a blank line always ends a sentence */
    CHECK_STR(sentences("Heading without stop\n\nBody text here."),
              "Heading without stop | Body text here.");
    /* hard-wrapped text: single line breaks are spaces */
    CHECK_STR(sentences("The committee met on a cold morning and the\n"
                        "chair opened the session with a short speech\n"
                        "about the budget for the coming year. Members\n"
                        "then asked questions about the new rail line\n"
                        "and the harbour project in the northern town.\n"),
              "The committee met on a cold morning and the\n"
              "chair opened the session with a short speech\n"
              "about the budget for the coming year. | Members\n"
              "then asked questions about the new rail line\n"
              "and the harbour project in the northern town.");
    CHECK(eg_is_abbreviation("Mr", 2));
    CHECK(eg_is_abbreviation("Gen", 3));
    CHECK(!eg_is_abbreviation("Paris", 5));
    return CHECK_DONE();
}
