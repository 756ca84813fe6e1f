/* Extraction rules on sentences written for these tests.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "extract/extract.h"

#include <stdlib.h>

static eg_extractor *ex;
static eg_worker *wk;
static eg_analysis an;

/* Analyses text; returns "surface/type" of each mention joined by "; "
 * with the entity's document name when it differs ("Kim=Kim Jong Un"). */
static const char *mentions(const char *text)
{
    static char out[4096];
    eg_doc doc = {.id = "test", .text = text, .len = strlen(text)};
    eg_status st;
    out[0] = '\0';
    if (eg_analyze(ex, wk, &doc, &an, &st) != EG_OK)
        return "ERROR";
    for (size_t i = 0; i < an.n_mentions; i++) {
        const eg_mention *m = &an.mentions[i];
        const eg_doc_entity *e = &an.entities[m->entity];
        if (e->type == EG_TYPE_NONE)
            continue;
        char item[256];
        int n = (int)(m->end - m->start);
        if (strlen(e->name) != (size_t)n ||
            strncmp(e->name, text + m->start, (size_t)n) != 0)
            snprintf(item, sizeof item, "%.*s=%s/%s", n, text + m->start,
                     e->name, eg_type_name(e->type));
        else
            snprintf(item, sizeof item, "%.*s/%s", n, text + m->start,
                     eg_type_name(e->type));
        if (out[0])
            strcat(out, "; ");
        strcat(out, item);
    }
    return out;
}

/* The plain-ASCII run matcher against the PCRE2 pattern it stands in
 * for: random strings of pieces that touch every rule of the pattern
 * (connectors, particles, initials, dotted acronyms, possessives, line
 * breaks, no-break spaces, other scripts), every position of each. Where
 * the fast matcher answers it must give PCRE2's match. Returns how many
 * positions it answered. */
static long compare_run_matchers(unsigned long n_strings)
{
    static const char *const pieces[] = {
        "Anna", "Loven", "Peltar", "Trade", "Union", "G20", "McKay", "A", "I",
        "J.", "U.S.", "U.", "S.", "Gen.", "Co.", "X", "O", "s", "S", "of",
        "the", "and", "de", "della", "al", "bin", "la", "y", "d", "l", "in",
        "on", "upon", "an", "am", "for", "well", "ofx", "x", "abc", "1990",
        " ", " ", " ", "  ", "\t", "\n", "\r\n", "\v", ",", ".", ";", "(",
        ")", "\"", "'", "’", "-", "‐", "&", "_", "é", "É", "Ó", "ł",
        "\xC2\xA0", "\xC2\x85", "\xE2\x80\xA8", "Łódź", "Ärzte", "ß",
        "Kim's", "Kim’s", "Jones'", "Jones’", "s'", "s’", "’s", "Jong-un",
        "Jong‐un", "-based", "O'", "al-", "d’", "–", "‘", "É.", "U.S.A."};
    const size_t n_pieces = sizeof pieces / sizeof pieces[0];
    unsigned long long rng = 0x9E3779B97F4A7C15ull;
    char text[256];
    long answered = 0;
    for (unsigned long k = 0; k < n_strings; k++) {
        size_t len = 0;
        int n = 1 + (int)(k % 12);
        for (int p = 0; p < n; p++) {
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            const char *piece = pieces[(rng >> 33) % n_pieces];
            size_t pl = strlen(piece);
            if (len + pl >= sizeof text)
                break;
            memcpy(text + len, piece, pl);
            len += pl;
        }
        text[len] = '\0';
        for (size_t pos = 0; pos < len; pos++) {
            if (((unsigned char)text[pos] & 0xC0) == 0x80)
                continue; /* inside a character */
            size_t fs, fe, ps, pe;
            int fast = eg_extract_match_run(wk, text, len, pos, true, &fs, &fe);
            if (fast < 0)
                continue;
            answered++;
            int slow = eg_extract_match_run(wk, text, len, pos, false, &ps, &pe);
            if (fast != slow || (fast == 1 && (fs != ps || fe != pe))) {
                fprintf(stderr,
                        "run at %zu of \"%s\": fast %d [%zu, %zu), "
                        "PCRE2 %d [%zu, %zu)\n",
                        pos, text, fast, fs, fe, slow, ps, pe);
                return -1;
            }
        }
    }
    return answered;
}

int main(void)
{
    eg_status st;
    if (eg_extractor_create(&ex, NULL, &st) != EG_OK ||
        eg_worker_create(&wk, ex, &st) != EG_OK) {
        fprintf(stderr, "setup: %s\n", st.message);
        return 1;
    }
    eg_analysis_init(&an);

    /* one worker, document after document: what the previous document's
     * words were looked up as says nothing of this one's words at the
     * same places (a headline's names are looked up outside a run) */
    CHECK_STR(mentions("Grace Wanjiru spoke."), "Grace Wanjiru/person");
    CHECK_STR(mentions("NEW ZEALAND AND AUSTRALIA SIGN A PACT IN WELLINGTON"),
              "NEW ZEALAND/place; AUSTRALIA/place; WELLINGTON/place");
    /* words of a headline that only run together into the key of a
     * one-word name are no name: "TO RUN" is not the town of Torun */
    CHECK_STR(mentions("SPRINTER SET TO RUN IN OSLO ."), "OSLO/place");

    /* the words of a run the worker split before come from its cache:
     * the same answers, at the new places */
    {
        const char *t = "Anna Kowalski met the Northern Rail Corporation "
                        "(NRC) in Oslo. Ms Kowalski said the NRC would "
                        "appeal. Anna Kowalski's aides left Oslo.";
        const char *want =
            "Anna Kowalski/person; Northern Rail Corporation/organisation; "
            "NRC=Northern Rail Corporation/organisation; Oslo/place; "
            "Kowalski=Anna Kowalski/person; "
            "NRC=Northern Rail Corporation/organisation; "
            "Anna Kowalski/person; Oslo/place";
        CHECK_STR(mentions(t), want);
        CHECK_STR(mentions(t), want);
        char moved[512];
        snprintf(moved, sizeof moved, "Then %s", t);
        CHECK_STR(mentions(moved), want);
    }

    /* an organisation's head before "for" keeps the name whole */
    CHECK_STR(mentions("Lena Varga joined the Harwick Endowment for Coastal "
                       "Studies in Oslo."),
              "Lena Varga/person; Harwick Endowment for Coastal "
              "Studies/organisation; Oslo/place");

    /* "and" inside an organisation's name whose head comes after it */
    CHECK_STR(mentions("Officials of the Coastal Relief and Works Agency "
                       "met in Oslo."),
              "Coastal Relief and Works Agency/organisation; Oslo/place");
    CHECK_STR(mentions("Lena Varga and Works Agency staff met in Oslo."),
              "Lena Varga/person; Works Agency/organisation; Oslo/place");

    /* "in" before a name no list knows places it, though its first word
     * is also a name; not before a possessive */
    CHECK_STR(mentions("Families sheltered in Khan Zemora overnight."),
              "Khan Zemora/place");
    CHECK_STR(mentions("Critics found little new in Khan Zemora's speech."),
              "Khan Zemora/person");

    /* a sentence's first word in capitals is context too, but only as a
     * preposition: "Giant" of "Giant Tarvel" says nothing */
    CHECK_STR(mentions("In Tarvel, at least ten people were hurt."),
              "Tarvel/place");
    CHECK_STR(mentions("Giant Tarvel closed two stores."), "");

    /* a word no list knows takes the type of the list it stands in; two
     * names with a comma between make no list */
    CHECK_STR(mentions("Deaths were reported from Oslo, Tarvel and Bergen."),
              "Oslo/place; Tarvel/place; Bergen/place");
    CHECK_STR(mentions("Envoys of the United Nations and Zembrala met."),
              "United Nations/organisation; Zembrala/organisation");
    CHECK_STR(mentions("In Oslo, Zembrala nodded."), "Oslo/place");
    /* an organisation's noun, plural too, before a name or ending an
     * apposition types it, and a list after it */
    CHECK_STR(mentions("Shares in lenders Tarvel, Zembrala and Ostrik "
                       "rallied."),
              "Tarvel/organisation; Zembrala/organisation; "
              "Ostrik/organisation");
    CHECK_STR(mentions("Blackouts imposed by state utility Tarvel ended."),
              "Tarvel/organisation");
    CHECK_STR(mentions("Meanwhile Tarvel, the state logistics group, "
                       "cleared the port."),
              "Tarvel/organisation");
    CHECK_STR(mentions("Tarvel, the party leader, spoke."), "Tarvel/person");
    /* "at" after a profession names an employer; after another word, a
     * place */
    CHECK_STR(mentions("Lena Varga, an analyst at Zembrala, said so."),
              "Lena Varga/person; Zembrala/organisation");
    CHECK_STR(mentions("Economists at Zembrala expect growth."),
              "Zembrala/organisation");
    CHECK_STR(mentions("A farmer was hanged at Zembrala on Friday."),
              "Zembrala/place");
    CHECK_STR(mentions("Lena Varga, a publisher at Holloway Brandt "
                       "House, testified."),
              "Lena Varga/person; Holloway Brandt House/organisation");
    /* ... and outweighs surnames in the name */
    CHECK_STR(mentions("Lena Varga, an analyst at Holloway Brandt, said so."),
              "Lena Varga/person; Holloway Brandt/organisation");
    /* a common word beside a word no list knows names a company; two
     * common words name nothing */
    CHECK_STR(mentions("The fuselage was built by Spirit Zembrala in Oslo."),
              "Spirit Zembrala/organisation; Oslo/place");
    CHECK_STR(mentions("The fuselage was built by Summit Tarvelco."),
              "Summit Tarvelco/organisation");
    CHECK_STR(mentions("The fuselage was built by Blue Summit."), "");
    /* a common word that opens a sentence stays in a name the document
     * names elsewhere, whole or as its opening words */
    CHECK_STR(mentions("Shares of Silicon Tarvel Bank fell. Silicon Tarvel "
                       "Bank said deposits rose. Police Tarvel Bank agreed."),
              "Silicon Tarvel Bank/organisation; "
              "Silicon Tarvel Bank/organisation; Tarvel Bank/organisation");
    CHECK_STR(mentions("Shares of Summit Zembrala Bank fell. Summit Zembrala "
                       "said deposits rose."),
              "Summit Zembrala Bank/organisation; "
              "Summit Zembrala=Summit Zembrala Bank/organisation");
    /* an acronym in brackets after an organisation's name stands for it
     * whatever its letters; not after a place (a wire dateline) */
    CHECK_STR(mentions("The Partai Rakyat Maju (PARAMA) won. PARAMA said "
                       "so."),
              "Partai Rakyat Maju/organisation; "
              "PARAMA=Partai Rakyat Maju/organisation; "
              "PARAMA=Partai Rakyat Maju/organisation");
    CHECK_STR(mentions("OSLO (ZNA) - Zembrala Holdings (ZMB) rose. ZNA "
                       "said so."),
              "OSLO/place; ZNA/organisation; Zembrala Holdings/organisation; "
              "ZMB=Zembrala Holdings/organisation; ZNA/organisation");
    /* a participle after a hyphen is a modifier, not part of the name */
    CHECK_STR(mentions("It was a ZNA-assisted deal in the Oslo-sanctioned "
                       "zone."),
              "ZNA/organisation; Oslo/place");
    /* two names ending in heads, joined by "and", are two; a second part
     * that opens with a head goes on with the first */
    CHECK_STR(mentions("Regulators closed Halvex Valley Bank and Signature "
                       "Bank on Sunday."),
              "Halvex Valley Bank/organisation; Signature Bank/organisation");
    CHECK_STR(mentions("She joined Halvex Savings Bank and Trust Company."),
              "Halvex Savings Bank and Trust Company/organisation");
    /* a party member before a given name, or alone, describes a person */
    CHECK_STR(mentions("Oslo Democrat Anna Zembrala objected."),
              "Oslo/place; Anna Zembrala/person");
    CHECK_STR(mentions("Anna Zembrala, an Oslo Republican, objected."),
              "Anna Zembrala/person; Oslo/place");
    CHECK_STR(mentions("Troops guarded the Republican Palace and the "
                       "Republican Party offices."),
              "Republican Palace/place; Republican Party/organisation");
    /* words no list knows before a country or a capital name a company
     * or a club; a given name before it, a person */
    CHECK_STR(mentions("Shares of Zembrala Norway rose as Tarvelco Oslo "
                       "won."),
              "Zembrala Norway/organisation; Tarvelco Oslo/organisation");
    CHECK_STR(mentions("George Washington crossed the river."),
              "George Washington/person");
    /* plural heads: "Kamehameha Schools", "Fitch Ratings" (before, no
     * type: no name) */
    CHECK_STR(mentions("Lawyers for Halvik Schools and Zembrala Ratings "
                       "met in Oslo."),
              "Halvik Schools/organisation; Zembrala Ratings/organisation; "
              "Oslo/place");
    /* a town's name that a title gives to a person is the person in the
     * whole document, however often it comes back alone */
    CHECK_STR(mentions("President Lincoln met Halvik Varga. Lincoln left. "
                       "Lincoln spoke. Lincoln wrote. Lincoln slept."),
              "Lincoln/person; Halvik Varga/person; Lincoln/person; "
              "Lincoln/person; Lincoln/person; Lincoln/person");
    /* an ordinary word with a hyphen ("Co-operation") is no person's
     * name part: the organisation's name goes on through "for" */
    CHECK_STR(mentions("Monitors from the Council for Trade and "
                       "Co-operation arrived in Oslo."),
              "Council for Trade and Co-operation/organisation; "
              "Oslo/place");
    /* a town's side: a squad's word after a city names the club */
    CHECK_STR(mentions("Bergen fans cheered as Halvik Varga scored."),
              "Bergen/organisation; Halvik Varga/person");
    /* the sides of a result line are teams, a city's name too */
    CHECK_STR(mentions("Zembrala 3 Bergen 2 (halftime 1-0)"),
              "Zembrala/organisation; Bergen/organisation");
    /* a listed organisation after a name its head ends is a name of its
     * own ("the Sky News YouTube stream"); a head after a head is not */
    CHECK_STR(mentions("He spoke via the Halden News YouTube stream and the "
                       "Fox News Channel in Oslo."),
              "Halden News/organisation; YouTube/organisation; "
              "Fox News Channel/organisation; Oslo/place");
    /* acronyms of common terms are no names */
    CHECK_STR(mentions("Police in Oslo took DNA samples as GDP fell and "
                       "the IPO of Zembrala Mining was put off."),
              "Oslo/place; Zembrala Mining/organisation");
    /* an apposition ending in an organisation's noun, through a
     * demonym and a hyphenated modifier, after a preposition too */
    CHECK_STR(mentions("Talks turned to Zembrala, the Norwegian "
                       "state-controlled nuclear fuel group, in Oslo."),
              "Zembrala/organisation; Oslo/place");
    /* an abbreviated title with its dot, though a small town has its
     * name (Sens, in Burgundy); the town stays a town */
    CHECK_STR(mentions("Sens. Lena Varga and Piotr Zajac visited Oslo and "
                       "Sens on Monday."),
              "Lena Varga/person; Piotr Zajac/person; Oslo/place; "
              "Sens/place");
    /* industries' words end companies' names: "Hawaiian Electric",
     * "Paramount Pictures", "Dow Chemical" */
    CHECK_STR(mentions("Lawyers for Zembrala Electric and Halvik Pictures "
                       "met in Oslo."),
              "Zembrala Electric/organisation; Halvik Pictures/organisation; "
              "Oslo/place");
    /* a word no list but the surnames' knows, in a list with an
     * organisation, is one too */
    CHECK_STR(mentions("Rating agencies including Kessler and Moody's cut "
                       "the rating in Oslo."),
              "Kessler/organisation; Moody's/organisation; Oslo/place");
    /* two words in capitals that no list knows name a firm, not a
     * person */
    CHECK_STR(mentions("France's ZMB KVN said it had set up routes to "
                       "Oslo."),
              "France/place; ZMB KVN/organisation; Oslo/place");
    /* a people's or a faith's adjective ending a run describes the
     * noun after it; a given name that is also one stays */
    CHECK_STR(mentions("He was popular among the Sinhala Buddhist majority "
                       "and the Sunni Muslim minority in Oslo."),
              "Oslo/place");
    CHECK_STR(mentions("Mark Christian spoke in Oslo."),
              "Mark Christian/person; Oslo/place");
    /* a country's name opens a body's whose words "and" joins, and
     * its given-name-like first word ("Sri") does not end the name at a
     * possessive */
    CHECK_STR(mentions("The Sri Lanka Customs and Excise Officers' Union "
                       "met in Oslo."),
              "Sri Lanka Customs and Excise Officers' Union/organisation; "
              "Oslo/place");
    /* an office "of" a body before two words no list knows: the
     * person stays; a place's head ending a name outweighs a body's
     * head before it */
    CHECK_STR(mentions("Secretary General of Parliament Zembrala Kovi "
                       "said crowds filled Embassy Square in Oslo."),
              "Parliament/organisation; Zembrala Kovi/person; "
              "Embassy Square/place; Oslo/place");
    /* ... and that body's head alone is no short form of the place it
     * opens */
    CHECK_STR(mentions("Secretary General of Parliament Zembrala Kovi "
                       "said crowds filled Parliament Square in Oslo."),
              "Parliament/organisation; Zembrala Kovi/person; "
              "Parliament Square/place; Oslo/place");
    /* salvage, shipbuilding, agencies: industries' words too */
    CHECK_STR(mentions("Tugs from Halvik Salvage and Zembrala Shipbuilding "
                       "met staff of Kovi Agencies in Oslo."),
              "Halvik Salvage/organisation; "
              "Zembrala Shipbuilding/organisation; "
              "Kovi Agencies/organisation; Oslo/place");
    /* "TV" ends a broadcaster's name, after a word a role may take for
     * a person's title */
    CHECK_STR(mentions("Police beat reporters from the private broadcaster "
                       "Zembrala TV in Oslo."),
              "Zembrala TV/organisation; Oslo/place");
    /* initials in brackets after a name no list knows make it an
     * organisation's */
    CHECK_STR(mentions("Rebels of Zembrala Kovi Matuna (ZKM) met in Oslo. "
                       "Zembrala Kovi Matuna said so."),
              "Zembrala Kovi Matuna/organisation; "
              "ZKM=Zembrala Kovi Matuna/organisation; Oslo/place; "
              "Zembrala Kovi Matuna/organisation");
    /* a country, even of two words opened by a given name, before two
     * words no list knows opens a body's name: one name */
    CHECK_STR(mentions("Officials of the ruling Sri Lanka Zembrala Kovi "
                       "met in Oslo."),
              "Sri Lanka Zembrala Kovi/organisation; Oslo/place");
    /* an employer ("analysts at X") outweighs a given name and a
     * surname named twice */
    CHECK_STR(mentions("Analysts at Morgan Kessler said rates would rise "
                       "in Oslo. Morgan Kessler cut its forecast for "
                       "Bergen."),
              "Morgan Kessler/organisation; Oslo/place; "
              "Morgan Kessler/organisation; Bergen/place");
    /* ... and so does the next of "analysts at X and Y", unless it is
     * a possessive */
    CHECK_STR(mentions("Analysts at Zembrala Bank and Morgan Kessler said "
                       "rates would rise."),
              "Zembrala Bank/organisation; Morgan Kessler/organisation");
    CHECK_STR(mentions("Analysts at Zembrala Bank and Morgan Kessler's "
                       "aides disagreed."),
              "Zembrala Bank/organisation; Morgan Kessler/person");
    /* the "to" of "according to" moves no one: no place */
    CHECK_STR(mentions("Gold rose, according to Zembrala Kovi."),
              "Zembrala Kovi/person");
    CHECK_STR(mentions("The convoy drove to Zembrala Kovi."),
              "Zembrala Kovi/place");
    /* a town's name as a person's surname is a short form: it labels
     * no node */
    CHECK_STR(mentions("Tomas Lincoln met Lena Varga in Oslo. Lincoln "
                       "left."),
              "Tomas Lincoln/person; Lena Varga/person; Oslo/place; "
              "Lincoln=Tomas Lincoln/person");
    CHECK(an.n_mentions == 4 && !an.mentions[0].partial &&
          an.mentions[3].partial);
    /* an organisation's head, "of" and a person: two names ("Council
     * of Christian Churches", "Commission of The Bahamas" go on) */
    CHECK_STR(mentions("Talks began with the Harbour Guards Forces of Tomas "
                       "Okafor in Oslo."),
              "Harbour Guards Forces/organisation; Tomas Okafor/person; "
              "Oslo/place");
    CHECK_STR(mentions("The Tarvel Council of Christian Churches met."),
              "Tarvel Council of Christian Churches/organisation");
    /* "The" and an acronym at a sentence's start is no listed name */
    CHECK_STR(mentions("The WHO's envoy met Lena Varga in Oslo."),
              "WHO/organisation; Lena Varga/person; Oslo/place");
    /* a place and a compass word: a place */
    CHECK_STR(mentions("Oslo North was shelled."), "Oslo North/place");
    /* a place's prefix that is a given name too: a place */
    CHECK_STR(mentions("At the crossing north of Wadi Zembra, buses waited."),
              "Wadi Zembra/place");
    /* a word no list knows, "and", and a name with a head: two names
     * ("Securities and Exchange Commission" stays one) */
    CHECK_STR(mentions("The jet was flown by ZembraJet and Kovi Airways."),
              "ZembraJet/organisation; Kovi Airways/organisation");
    CHECK_STR(mentions("The Harbours and Fisheries Commission met."),
              "Harbours and Fisheries Commission/organisation");
    /* a family name first, and a town's name too: the person */
    CHECK_STR(mentions("Lai Wei-ting spoke in Oslo. Lai said he would keep "
                       "the peace."),
              "Lai Wei-ting/person; Oslo/place; Lai=Lai Wei-ting/person");
    /* an acronym in brackets after one word that spells it in order */
    CHECK_STR(mentions("The Zembralang Party and the Kuomintang (KMT) met "
                       "in Oslo. The KMT said so."),
              "Zembralang Party/organisation; Kuomintang/organisation; "
              "KMT=Kuomintang/organisation; Oslo/place; "
              "KMT=Kuomintang/organisation");
    /* a name "known as" another after it: one entity, at every
     * mention; an acronym "known as" stands for the name */
    CHECK_STR(mentions("Tomas Brel - also known as Brel Tomasz - spoke in "
                       "Oslo. Brel Tomasz left."),
              "Tomas Brel/person; Brel Tomasz=Tomas Brel/person; "
              "Oslo/place; Brel Tomasz=Tomas Brel/person");
    CHECK_STR(mentions("The city of Zembrala, formerly known as Kovia, "
                       "voted."),
              "Zembrala/place; Kovia=Zembrala/place");
    CHECK_STR(mentions("The Harbour Safety Authority of Tarvel, known as "
                       "HASTA, closed the port. HASTA said so."),
              "Harbour Safety Authority of Tarvel/organisation; "
              "HASTA=Harbour Safety Authority of Tarvel/organisation; "
              "HASTA=Harbour Safety Authority of Tarvel/organisation");
    CHECK_STR(mentions("Fighters were seen in Zembrala, also known as "
                       "Port Kovi, on Monday."),
              "Zembrala/place; Port Kovi=Zembrala/place");
    /* (nor a word qualifying a noun after it) */
    CHECK_STR(mentions("Troops hold the part of Bosnia known as the Oslo "
                       "zone."),
              "Bosnia/place; Oslo/place");
    /* (not a place before a name known otherwise) */
    CHECK_STR(mentions("A commander from Oslo better known as Brel Tomasz "
                       "spoke."),
              "Oslo/place; Brel Tomasz/person");
    /* the "in" of a publication: an organisation */
    CHECK_STR(mentions("Lena Varga wrote in Zembrala Kovi that trade "
                       "would grow."),
              "Lena Varga/person; Zembrala Kovi/organisation");
    CHECK_STR(mentions("In an op-ed in Zembrala Kovi, she said so."),
              "Zembrala Kovi/organisation");
    CHECK_STR(mentions("She lived in Zembrala Kovi for years."),
              "Zembrala Kovi/place");
    /* ... and of a company */
    CHECK_STR(mentions("Shares in Zembrala Kovi fell."),
              "Zembrala Kovi/organisation");
    CHECK_STR(mentions("Shares rose in Zembrala Kovi."),
              "Zembrala Kovi/place");
    /* a given name and a surname, the same at every mention, count
     * once: two mentions after "into" and "in" make the name a place */
    CHECK_STR(mentions("Troops moved into Omar Kelle on Monday. Residents "
                       "of Omar Kelle fled. Omar Kelle was shelled again, "
                       "officials said. The clinic in Omar Kelle closed."),
              "Omar Kelle/place; Omar Kelle/place; Omar Kelle/place; "
              "Omar Kelle/place");
    /* an organisation's acronym before a region, a word only a small
     * town has before a large city: bodies there; a word no list knows
     * before a region is still a person's given name */
    CHECK_STR(mentions("Officials of NHS Scotland met Lena Varga in Oslo. "
                       "Shares on Borsa Istanbul fell. Bruny Surin won in "
                       "Paris."),
              "NHS Scotland/organisation; Lena Varga/person; Oslo/place; "
              "Borsa Istanbul/organisation; Bruny Surin/person; "
              "Paris/place");
    /* a hyphenated adjective of ordinary words carries an
     * organisation's name on after "for" and ends no name; a given
     * name's short syllables stay a person's ("Sun-young") */
    CHECK_STR(mentions("The Office for High-ranking Officials questioned "
                       "Lee Sun-young in Oslo, said the Academy "
                       "Award-winning writer."),
              "Office for High-ranking Officials/organisation; "
              "Lee Sun-young/person; Oslo/place");
    /* "First Lady" is a title, capitalised or not */
    CHECK_STR(mentions("First Lady Lena Varga and the first lady Anna "
                       "Zajac visited Oslo."),
              "Lena Varga/person; Anna Zajac/person; Oslo/place");
    /* "The" stays only on a listed name that ends the run of
     * capitals ("The Guardian"), not on a longer name it opens */
    CHECK_STR(mentions("The Guardian Council met in Oslo, The Guardian "
                       "said."),
              "Guardian Council/organisation; Oslo/place; "
              "The Guardian/organisation");
    /* a role and "of" after a name make it a person's, even after
     * "to", which mostly leads to a place */
    CHECK_STR(mentions("The envoy was close to Tarek Valdoumi, the "
                       "commander of the Harbour Guard, in Oslo."),
              "Tarek Valdoumi/person; Harbour Guard/organisation; "
              "Oslo/place");
    /* an American or a British spelling opening a sentence is an
     * ordinary word, as the words all spellings share are */
    CHECK_STR(mentions("Neighboring Norway and Sweden closed roads. "
                       "Neighbouring Finland did not."),
              "Norway/place; Sweden/place; Finland/place");
    /* "Community" heads an organisation's name and keeps its "of" */
    CHECK_STR(mentions("The Economic Community of Tarvel States met in "
                       "Oslo."),
              "Economic Community of Tarvel States/organisation; "
              "Oslo/place");
    /* a page's section word opening a name inside a sentence: an agency
     * or a firm (before, no type: no name) */
    CHECK_STR(mentions("Shares of Credit Zembrala fell, and rules from "
                       "Health Norway followed."),
              "Credit Zembrala/organisation; Health Norway/organisation");
    /* a demonym before a given name and more describes the person */
    CHECK_STR(mentions("He lost to Czech Daniel Zembrala in Oslo."),
              "Daniel Zembrala/person; Oslo/place");
    /* a coordinator's office before a name */
    CHECK_STR(mentions("UN Emergency Relief Coordinator Anna Zembrala "
                       "visited Oslo."),
              "Anna Zembrala/person; Oslo/place");
    /* a double-barrelled surname after a given name stays one word,
     * though both halves are places; two places joined stay two */
    CHECK_STR(mentions("Julian Pereira-Kent reported from Oslo."),
              "Julian Pereira-Kent/person; Oslo/place");
    CHECK_STR(mentions("Talks on the Korea-Russia border ended."),
              "Korea/place; Russia/place");
    /* "First" opens a bank's name at a sentence's start */
    CHECK_STR(mentions("First Zembrala Bank needed a loan."),
              "First Zembrala Bank/organisation");
    /* airlines and networks: "Air" ends a name, "Air" after an opening
     * word goes on with it, Lines and Networks are heads */
    CHECK_STR(mentions("Flights by Zembrala Air were delayed."),
              "Zembrala Air/organisation");
    CHECK_STR(mentions("Delta Air Lines cancelled flights."),
              "Delta Air Lines/organisation");
    CHECK_STR(mentions("Shares of Zembrala Networks rose."),
              "Zembrala Networks/organisation");
    /* an acronym before a capital: a club or a company */
    CHECK_STR(mentions("He joined ZSKA Oslo in May."),
              "ZSKA Oslo/organisation");
    /* a short line is a label over a headline, not a wrapped line: a
     * name does not go on across it */
    CHECK_STR(mentions("OSLO, Feb 14 (ZNA) - Voters in Tarvel went to the "
                       "polls on Wednesday in\nan election that analysts "
                       "said would test the ruling coalition, with\nturnout "
                       "expected to be high across the country and results "
                       "due within\ndays, officials at the electoral "
                       "commission said on Tuesday evening.\n\nAsia Pacific"
                       "\nAnalysis: Zembrala weighs its options after "
                       "bruising defeat\nWorld\nNorway says talks must speed "
                       "up\n"),
              "OSLO/place; ZNA/organisation; Tarvel/place; "
              "Asia Pacific/place; Norway/place");
    /* an organisation's noun opening a sentence describes the name after
     * it; "Bank" opens a bank's name */
    CHECK_STR(mentions("Regulator ZFMA approved the deal."),
              "ZFMA/organisation");
    CHECK_STR(mentions("Broadcaster Zembrala News went off air."),
              "Zembrala News/organisation");
    CHECK_STR(mentions("Bank Zembrala held rates."),
              "Bank Zembrala/organisation");
    /* a place after a common word's possessive is a name of its own */
    CHECK_STR(mentions("Read the Bergen Standard's Norway coverage."),
              "Bergen Standard/organisation; Norway/place");
    CHECK_STR(mentions("He named the Democratic People's Republic of Korea."),
              "Democratic People's Republic of Korea/place");
    /* a listed company whose name ends in 's keeps it; a survey is an
     * institution */
    CHECK_STR(mentions("Moody's cut its outlook for Oslo."),
              "Moody's/organisation; Oslo/place");
    CHECK_STR(mentions("Scientists at the Zembrala Geological Survey said "
                       "so."),
              "Zembrala Geological Survey/organisation");
    /* "and" before the word that opened the name starts another name */
    CHECK_STR(mentions("Shares of Bank Zembrala and Bank Tarvelco fell."),
              "Bank Zembrala/organisation; Bank Tarvelco/organisation");
    /* an institution's adjective opens a sentence and the name */
    CHECK_STR(mentions("National Tarvel Safety Board investigators recovered "
                       "the door in Oslo."),
              "National Tarvel Safety Board/organisation; Oslo/place");

    /* a title that also opens a place's name opens the place before a
     * connector ("Col du ..."), and stays a title before a name */
    CHECK_STR(mentions("Cyclists climbed the Col du Varnet on Tuesday."),
              "Col du Varnet/place");
    CHECK_STR(mentions("Col Anna Berg led the unit."), "Anna Berg/person");
    /* a place's head before "of" heads the name; more heads */
    CHECK_STR(mentions("Crowds gathered at the Palace of Tarsk on "
                       "Wednesday."),
              "Palace of Tarsk/place");
    CHECK_STR(mentions("Monks live at the Varnet Monastery near Oslo."),
              "Varnet Monastery/place; Oslo/place");

    /* an office after "of" ends an organisation's name, not a title */
    CHECK_STR(mentions("Lawyers filed a case at the Coastal Court of Justice "
                       "in Oslo."),
              "Coastal Court of Justice/organisation; Oslo/place");
    /* a question word is no part of the name after it */
    CHECK_STR(mentions("How Jacob Berg won the vote"), "Jacob Berg/person");

    /* a place's noun and "of" before a name place it; so does a country
     * after a comma that ends the clause, and not a possessive one */
    CHECK_STR(mentions("Fighting was reported in the village of Zembrala."),
              "Zembrala/place");
    CHECK_STR(mentions("Relatives gathered over Zembrala, Norway."),
              "Zembrala/place; Norway/place");
    CHECK_STR(mentions("Zembrala, Norway's envoy, spoke."), "Norway/place");

    /* a noun right after the name outweighs one before it ("the giant
     * ... refinery"); more place nouns and heads */
    CHECK_STR(mentions("Rosneft runs the giant Tarvel refinery in Gujarat."),
              "Rosneft/organisation; Tarvel/place; Gujarat/place");
    CHECK_STR(mentions("Wreaths were laid at the Tarvel Garden in Oslo."),
              "Tarvel Garden/place; Oslo/place");
    CHECK_STR(mentions("A dinner was held at the Théâtre Varnet in Oslo."),
              "Théâtre Varnet/place; Oslo/place");
    CHECK_STR(mentions("Supporters gathered in the Bois de Varnet at dusk."),
              "Bois de Varnet/place");
    /* a person's possessive before a place's head that ends the name
     * stays in it; before an organisation's head it does not */
    CHECK_STR(mentions("He prayed at Lena Varga's Chapel in Oslo."),
              "Lena Varga's Chapel/place; Oslo/place");
    CHECK_STR(mentions("Lena Varga's Party met in Oslo."),
              "Lena Varga/person; Oslo/place");

    /* "and" after a place's head ends the name; after an organisation's
     * it may go on */
    CHECK_STR(mentions("Floods hit Tarvel Province and Oslo."),
              "Tarvel Province/place; Oslo/place");
    CHECK_STR(mentions("The Ministry of Coast and Forests met in Oslo."),
              "Ministry of Coast and Forests/organisation; Oslo/place");

    /* a large place's name before words no list knows names a club, a
     * company, a plant; not with a given name first or a surname last */
    CHECK_STR(mentions("Oslo Varnet beat Bergen Tarsk 2-1 on Sunday."),
              "Oslo Varnet/organisation; Bergen Tarsk/organisation");
    CHECK_STR(mentions("Orlando Varnet arrived in Oslo."),
              "Orlando Varnet/person; Oslo/place");
    CHECK_STR(mentions("Oslo Berg arrived in Bergen."),
              "Oslo Berg/person; Bergen/place");

    /* titles are evidence, not part of the name; weekdays are not names */
    CHECK_STR(mentions("President Lena Varga met Foreign Minister Tomas Berg "
                       "in Vienna on Monday."),
              "Lena Varga/person; Tomas Berg/person; Vienna/place");
    /* possessives with straight and curly apostrophes */
    CHECK_STR(mentions("Lena Varga's plan was praised in Oslo. Varga’s aides "
                       "were pleased."),
              "Lena Varga/person; Oslo/place; Varga=Lena Varga/person");
    /* names of airlines, flights, airports and Spanish places */
    CHECK_STR(mentions("Coastal Administrator Lena Varga spoke in Oslo."),
              "Lena Varga/person; Oslo/place");
    CHECK_STR(mentions("Both Tarvel Airlines and Zembrala found loose bolts "
                       "in Oslo."),
              "Tarvel Airlines/organisation; Zembrala/organisation; "
              "Oslo/place");
    CHECK_STR(mentions("The door blew off Tarvel Airlines Flight 1282 over "
                       "Oslo."),
              "Tarvel Airlines/organisation; Oslo/place");
    CHECK_STR(mentions("The flight left Oslo-Bergen International Airport on "
                       "Friday."),
              "Oslo-Bergen International Airport/place");
    CHECK_STR(mentions("Crowds gathered outside the Casa Varnet and on the "
                       "Avenida Tarvel in Oslo."),
              "Casa Varnet/place; Avenida Tarvel/place; Oslo/place");
    /* a stock ticker is no name */
    CHECK_STR(mentions("Shares of Tarvel Mining (TRV.N) fell in Oslo."),
              "Tarvel Mining/organisation; Oslo/place");
    /* an ordinary word cut off before "of" and a name is no name */
    CHECK_STR(mentions("The leaders in Bergen adopted a joint statement "
                       "titled \"The Spirit of Oslo,\" and a pledge."),
              "Bergen/place; Oslo/place");
    /* a demonym no list knows is no place; "-listed" makes a modifier */
    CHECK_STR(mentions("Output will rise in the Tarvelian province of Oslo."),
              "Oslo/place");
    CHECK_STR(mentions("Oslo-listed shares of Tarvel Energy climbed."),
              "Oslo/place; Tarvel Energy/organisation");
    /* a Romance article before a place opens a party's name */
    CHECK_STR(mentions("Voters backed La France Varnet in Oslo."),
              "La France Varnet/organisation; Oslo/place");
    /* a country that is also a given name, before one name no list knows,
     * opens a person's name */
    CHECK_STR(mentions("Its president, Jordan Varnet, spoke in Oslo."),
              "Jordan Varnet/person; Oslo/place");
    /* a possessive that is also a word ("pen") after a given name ends
     * the person's name */
    CHECK_STR(mentions("Lena Pen's Workers Union won in Oslo."),
              "Lena Pen/person; Workers Union/organisation; Oslo/place");
    /* a plural possessive before a person ends the name there */
    CHECK_STR(mentions("The Greens' Marine Varnet urged calm in Oslo."),
              "Greens/organisation; Marine Varnet/person; Oslo/place");
    /* a surname without its article joins the full name */
    CHECK_STR(mentions("General Omar al-Tarvesh leads the army in Oslo. "
                       "Tarvesh said so."),
              "Omar al-Tarvesh/person; Oslo/place; "
              "Tarvesh=Omar al-Tarvesh/person");
    /* a demonym before an acronym that ends the name is no part of it */
    CHECK_STR(mentions("Officers of the Russian ZKR detained him in Oslo."),
              "ZKR/organisation; Oslo/place");
    /* a language named alone is no entity, but starts a name */
    CHECK_STR(mentions("The speech was given in Hindi in Oslo."), "Oslo/place");
    CHECK_STR(mentions("She studied at the Hebrew University of Oslo."),
              "Hebrew University of Oslo/organisation");
    /* sentence-initial common words and demonyms are not entities */
    CHECK_STR(mentions("However, Russian officials said nothing."), "");
    /* title + surname joins the full name */
    CHECK_STR(mentions("Anna Kowalski arrived late. Ms Kowalski said the "
                       "talks would resume."),
              "Anna Kowalski/person; Kowalski=Anna Kowalski/person");
    /* a word no list knows joins the place of two words it opens
     * before the place's head */
    CHECK_STR(mentions("The dam on the Tarvo River opened near Oslo. The "
                       "Tarvo flows east."),
              "Tarvo River/place; Oslo/place; Tarvo=Tarvo River/place");
    /* an acronym defined in the text joins its expansion */
    CHECK_STR(mentions("The Northern Rail Corporation (NRC) raised fares. "
                       "The NRC blamed fuel costs."),
              "Northern Rail Corporation/organisation; "
              "NRC=Northern Rail Corporation/organisation; "
              "NRC=Northern Rail Corporation/organisation");
    /* an acronym may leave out the country a name ends with */
    CHECK_STR(mentions("The Coastal Workers Party of Norway (CWP) met in "
                       "Oslo."),
              "Coastal Workers Party of Norway/organisation; "
              "CWP=Coastal Workers Party of Norway/organisation; Oslo/place");
    /* organisation heads and "the" */
    CHECK_STR(mentions("The Ministry of Water Resources rejected the plan."),
              "Ministry of Water Resources/organisation");
    /* hyphenated romanised names are people */
    CHECK_STR(mentions("Talks were led by Park Min-jae."),
              "Park Min-jae/person");
    /* two names joined by "and" stay two names */
    CHECK_STR(mentions("Lena Varga and Tomas Berg spoke."),
              "Lena Varga/person; Tomas Berg/person");

    /* connectors and particles inside names */
    CHECK_STR(mentions("Dr. Amara Okonkwo of the University of Lagos spoke."),
              "Amara Okonkwo/person; University of Lagos/organisation");
    CHECK_STR(mentions("Sheikh Omar bin Rashid met Mr van der Linde."),
              "Omar bin Rashid/person; van der Linde/person");
    CHECK_STR(mentions("They criticised Abu Said al-Masri in Cairo."),
              "Abu Said al-Masri/person; Cairo/place");
    /* initials and dotted acronyms */
    CHECK_STR(mentions("J. R. Okafor and U.S. envoys arrived."),
              "J. R. Okafor/person; U.S./place");
    /* a title with a possessive opens a name: "Prince's Trust" */
    CHECK_STR(mentions("He sat on the board of Prince's Fund International "
                       "in Oslo."),
              "Prince's Fund International/organisation; Oslo/place");
    /* a listed name that ends in 's keeps it; a possessive goes */
    CHECK_STR(mentions("The ship sailed from St John's to Oslo's port."),
              "St John's/place; Oslo/place");
    /* a platform's, a service's, a studio's name */
    CHECK_STR(mentions("The deal was announced by the streaming platform "
                       "Zembrix in Oslo."),
              "Zembrix/organisation; Oslo/place");
    /* a section's label in capitals names nothing */
    CHECK_STR(mentions("ENERGY\n\nThe grid failed in Oslo.\n\nTHE CASE\n\n"
                       "NATO met in Bergen."),
              "Oslo/place; NATO/organisation; Bergen/place");
    /* a preposition of place opens no name */
    CHECK_STR(mentions("Photos: Inside Zembrala Kovi as the troops left."),
              "Zembrala Kovi/person");
    /* countries by their short names */
    CHECK_STR(mentions("Aid reached Bosnia, Antigua and the Falklands."),
              "Bosnia/place; Antigua/place; Falklands/place");
    /* the Kremlin is an organisation, Moscow a place; weekdays and months
     * are never names */
    CHECK_STR(mentions("The Kremlin said on Tuesday that Moscow would wait "
                       "until March."),
              "Kremlin/organisation; Moscow/place");
    /* interface words and demonyms alone are not names */
    CHECK_STR(mentions("Subscribe to our Newsletter. Russian and Kenyan "
                       "diplomats agreed."),
              "");
    /* inner titles split names; demonym + title is dropped */
    CHECK_STR(mentions("Kenyan Foreign Minister Ruth Wambui met Ghanaian "
                       "President Kofi Mensah."),
              "Ruth Wambui/person; Kofi Mensah/person");
    /* a portfolio goes, the person stays */
    CHECK_STR(mentions("Minister of Water and Sanitation Ruth Wambui spoke."),
              "Ruth Wambui/person");
    /* possessives inside organisation names stay, between names they split */
    CHECK_STR(mentions("The People's Liberation Army trained near Ghana's "
                       "border."),
              "People's Liberation Army/organisation; Ghana/place");
    /* hyphenated compounds of places split; modifiers are cut */
    CHECK_STR(mentions("The Kenya-Uganda railway and Nairobi-based firms."),
              "Kenya/place; Uganda/place; Nairobi/place");
    /* ampersands join one organisation */
    CHECK_STR(mentions("Shares of Marks & Spencer rose."),
              "Marks & Spencer/organisation");
    CHECK_STR(mentions("Johnson & Johnson and AT&T opened offices."),
              "Johnson & Johnson/organisation; AT&T/organisation");
    /* an acronym a list knows gets the canonical name's key */
    CHECK_STR(mentions("The UN and NATO met."), "UN/organisation; NATO/organisation");
    CHECK(an.n_entities == 2 && strcmp(an.entities[0].key, "unitednations") == 0);
    /* ambiguous short forms join the nearest full name before them */
    CHECK_STR(mentions("Anna Kowalski met Marek Kowalski. Kowalski left."),
              "Anna Kowalski/person; Marek Kowalski/person; "
              "Kowalski=Marek Kowalski/person");
    /* "Ministry of X" and "X Ministry" share a key */
    mentions("The Ministry of Defence spoke.");
    char k1[64];
    snprintf(k1, sizeof k1, "%s", an.n_entities ? an.entities[0].key : "");
    mentions("The Defence Ministry spoke.");
    CHECK(an.n_entities == 1 && strcmp(k1, an.entities[0].key) == 0);
    /* a place written with its article; a saint's city abbreviated */
    CHECK_STR(mentions("Judges met in The Hague and St. Petersburg."),
              "The Hague/place; St. Petersburg/place");
    /* common first words that are also given names */
    CHECK_STR(mentions("Will Smith met Theresa May."),
              "Will Smith/person; Theresa May/person");
    /* an occupation that opens the sentence describes the person after
     * it, though it is a surname too; a given name stays */
    CHECK_STR(mentions("Singer Maria Kowalczyk performed. Striker Jonas "
                       "Berglund scored. Hunter Ellison spoke."),
              "Maria Kowalczyk/person; Jonas Berglund/person; "
              "Hunter Ellison/person");
    /* a surname that is an office or a rank too, after a given name,
     * ends the name; the office alone after another name names no one */
    CHECK_STR(mentions("Marta King wrote it. Tomas Major resigned. The UN "
                       "Secretary-General spoke."),
              "Marta King/person; Tomas Major/person; UN/organisation");
    /* a surname that is a word too opens a sentence in the possessive:
     * the person the document names in full */
    CHECK_STR(mentions("Anna Cook spoke. Cook's company grew."),
              "Anna Cook/person; Cook=Anna Cook/person");
    /* the last word of a firm's name says what it is */
    CHECK_STR(mentions("Orvane Platforms and Kestrel Therapeutics reported "
                       "earnings. Dalby Instruments fell."),
              "Orvane Platforms/organisation; Kestrel Therapeutics/"
              "organisation; Dalby Instruments/organisation");
    /* a country's official name "X of the Y" is known as "X of Y" too */
    CHECK_STR(mentions("Officials in the Democratic Republic of Congo said."),
              "Democratic Republic of Congo/place");
    /* a listed name in 's goes on into a head after it */
    CHECK_STR(mentions("Tourists crowded St. Peter's Square."),
              "St. Peter's Square/place");
    /* a place named after a person in another language opens with the
     * kind of place: a stadium, a museum, no person */
    CHECK_STR(mentions("Fans filled the Stade Marcel Piquet on Friday. "
                       "Visitors queued at the Musée Laurent Vasseur."),
              "Stade Marcel Piquet/place; Musée Laurent Vasseur/place");
    /* ... and one no word list knows but the titles' roles */
    CHECK_STR(mentions("Swimmer Lena Horvat won gold. Footballer Tomas "
                       "Novak scored."),
              "Lena Horvat/person; Tomas Novak/person");

    /* a known place is not a person because of its words; a town that is
     * also the surname of a person in the text is the person */
    CHECK_STR(mentions("She moved to Los Angeles. Senator Mary Clinton said "
                       "Clinton would stay."),
              "Los Angeles/place; Mary Clinton/person; "
              "Clinton=Mary Clinton/person");
    /* events and religious or ethnic adjectives are not nodes */
    CHECK_STR(mentions("Kurdish fans watched the World Cup in Doha."),
              "Doha/place");

    /* wire-copy markers in capitals are not names; compass initials
     * before a place are that place; "on" does not join a place to an
     * organisation */
    CHECK_STR(mentions("(LEAD) S. Africa hosts the summit (END)"),
              "S. Africa/place");
    CHECK(an.n_entities == 1 && strcmp(an.entities[0].key, "southafrica") == 0);
    CHECK_STR(mentions("They met at Nairobi National University on Lamu "
                       "Island."),
              "Nairobi National University/organisation; Lamu Island/place");

    /* the more salient of two fitting names takes the short form */
    CHECK_STR(mentions("Kim Jong Un met aides of Kim Jong Il in Wonsan. Kim "
                       "Jong Un smiled. Later Kim spoke."),
              "Kim Jong Un/person; Kim Jong Il/person; Wonsan/place; "
              "Kim Jong Un/person; Kim=Kim Jong Un/person");

    /* short forms count towards salience: the Varga talked about all
     * along, not the one named in full last */
    CHECK_STR(mentions("Lena Varga met Tomas Berg in Vienna. Varga spoke "
                       "first. Officials said Ana Varga, an aide, agreed. "
                       "Later Varga's office said talks would go on."),
              "Lena Varga/person; Tomas Berg/person; Vienna/place; "
              "Varga=Lena Varga/person; Ana Varga/person; "
              "Varga=Lena Varga/person");

    /* a headline in title case: ordinary capitalised words end names,
     * known names stay whole */
    CHECK_STR(mentions("Grace Wanjiru Arrives In Nairobi For Talks With "
                       "Associated Press"),
              "Grace Wanjiru/person; Nairobi/place; "
              "Associated Press/organisation");

    /* companies named by an English word are organisations when
     * capitalised; a company that is also a surname is the person named
     * in full in the text */
    CHECK_STR(mentions("Shares in Apple fell after Google and Intel "
                       "cut prices."),
              "Apple/organisation; Google/organisation; Intel/organisation");
    CHECK_STR(mentions("Senator Helen Ford spoke in Oslo. Later, Ford said "
                       "the vote would be close."),
              "Helen Ford/person; Oslo/place; Ford=Helen Ford/person");
    /* a sentence-initial surname that is also a word ("Cook") is the
     * person named in full; alone it is no name */
    CHECK_STR(mentions("Dana Cook arrived in Lagos. Cook said the plan would "
                       "work."),
              "Dana Cook/person; Lagos/place; Cook=Dana Cook/person");
    CHECK_STR(mentions("Cook the rice in Lagos."), "Lagos/place");
    /* organisations named in Spanish, Portuguese, French, Italian or
     * German by their first word */
    CHECK_STR(mentions("Staff of the Instituto Nacional de Pesca met the "
                       "Banco Regional do Norte in Lima."),
              "Instituto Nacional de Pesca/organisation; "
              "Banco Regional do Norte/organisation; Lima/place");
    /* the last words or an inner word of a longer name of a person stand
     * for that person; an inner English word does not */
    CHECK_STR(mentions("Ana Maria Ruiz Lindo met Tan Wei Ming in Lima. Ruiz "
                       "Lindo and Wei Ming spoke, and Maria left."),
              "Ana Maria Ruiz Lindo/person; Tan Wei Ming/person; Lima/place; "
              "Ruiz Lindo=Ana Maria Ruiz Lindo/person; "
              "Wei Ming=Tan Wei Ming/person; "
              "Maria=Ana Maria Ruiz Lindo/person");
    /* a modifier ("Oslo-based", "Kenyan-born") is no part of the name
     * after it */
    CHECK_STR(mentions("The Oslo-based Nordvik Labs hired Kenyan-born Amina "
                       "Odhiambo in Lagos."),
              "Oslo/place; Nordvik Labs/organisation; Amina Odhiambo/person; "
              "Lagos/place");
    /* a legal suffix ends a company's name before "and"; "on" and a
     * subject go on after an organisation's head; a known organisation
     * opening a longer name makes it one */
    CHECK_STR(mentions("Shares of Nordvik Shipping Corp. and Lindqvist "
                       "Group fell in Oslo."),
              "Nordvik Shipping Corp/organisation; "
              "Lindqvist Group/organisation; Oslo/place");
    /* a common word opening the sentence opens a company's name when
     * a legal suffix follows two or three words on */
    CHECK_STR(mentions("Silver Fjord Corp. said profits rose in Oslo."),
              "Silver Fjord Corp/organisation; Oslo/place");
    /* "Company" written out after two words is the suffix "Co" */
    CHECK_STR(mentions("Nordvik Shipping Company hired staff in Oslo. "
                       "Nordvik Shipping Co said so."),
              "Nordvik Shipping Company/organisation; Oslo/place; "
              "Nordvik Shipping Co=Nordvik Shipping Company/organisation");
    CHECK_STR(mentions("The Commission on Water Rights met in Accra."),
              "Commission on Water Rights/organisation; Accra/place");
    CHECK_STR(mentions("Human Rights Watch Kenya said the plan was "
                       "unlawful."),
              "Human Rights Watch Kenya/organisation");
    /* a party's name ends before "and"; a title in the possessive
     * titles no one */
    CHECK_STR(mentions("The Green Valley Party and Ravi Menon won in Pune."),
              "Green Valley Party/organisation; Ravi Menon/person; "
              "Pune/place");
    CHECK_STR(mentions("Ahead of the King's Speech, Anna Berg spoke in "
                       "Oslo."),
              "Anna Berg/person; Oslo/place");
    /* an organisation's first words are that organisation; a name
     * ending in a head and a place after "and" are two */
    CHECK_STR(mentions("Lindvik Shipping Holdings ASA hired staff in Oslo. "
                       "Lindvik Shipping said the Nordic Investment Bank "
                       "and Export Finance Norway lent the money."),
              "Lindvik Shipping Holdings ASA/organisation; Oslo/place; "
              "Lindvik Shipping=Lindvik Shipping Holdings ASA/organisation; "
              "Nordic Investment Bank/organisation; "
              "Export Finance Norway/organisation");
    /* a country before a name is part of it when the acronym after it
     * spells both; a word in capitals gives all its letters */
    CHECK_STR(mentions("The Ghana National Commission on Fisheries (GNCF) "
                       "met. The GNCF said quotas would fall."),
              "Ghana National Commission on Fisheries/organisation; "
              "GNCF=Ghana National Commission on Fisheries/organisation; "
              "GNCF=Ghana National Commission on Fisheries/organisation");
    /* laws and agreements are no nodes, and neither are their acronyms */
    CHECK_STR(mentions("The Water Markets Act (WMA) takes effect in Lagos. "
                       "Under the WMA, firms face fines. The Nairobi "
                       "Agreement was praised."),
              "Lagos/place");
    /* a word that names a place and a company: "the" says place */
    CHECK_STR(mentions("Farmers cleared land in the Amazon near Manaus."),
              "Amazon/place; Manaus/place");
    CHECK_STR(mentions("Shares in Amazon fell in Seattle."),
              "Amazon/organisation; Seattle/place");
    /* time zones in datelines are not names */
    CHECK_STR(mentions("Talks ended in Lagos at 14:30 GMT on Friday."),
              "Lagos/place");
    /* a plural title with "of" inside a name heads a body; a plural
     * title before names is still a title */
    CHECK_STR(mentions("The United Chiefs of Defence (UCD) met in Accra. "
                       "Generals Kofi Mensah and Ama Owusu spoke."),
              "United Chiefs of Defence/organisation; "
              "UCD=United Chiefs of Defence/organisation; Accra/place; "
              "Kofi Mensah/person; Ama Owusu/person");

    /* a title word before an organisation's head starts its name; a
     * role word before such a name is no evidence of a person */
    CHECK_STR(mentions("Asha Rao, a fellow at the Canon Institute for "
                       "Coastal Studies, spoke at the United Nations General "
                       "Assembly."),
              "Asha Rao/person; Canon Institute for Coastal Studies/"
              "organisation; United Nations General Assembly/organisation");
    CHECK_STR(mentions("Omar Haddad, leader of the main opposition Green "
                       "Valley Party of Arandia, said so."),
              "Omar Haddad/person; Green Valley Party of Arandia/"
              "organisation");

    /* a preposition opening a sentence is no given name ("In"); two
     * titles joined by a hyphen are a title */
    CHECK_STR(mentions("In Tel Aviv, Dana Levi spoke."),
              "Tel Aviv/place; Dana Levi/person");
    CHECK_STR(mentions("Agency Commissioner-General Ruth Amsel visited "
                       "Amman."),
              "Ruth Amsel/person; Amman/place");

    /* an initial between names makes a person, even when the first
     * word is an ordinary word that opens the sentence; so does an
     * organisation's head after such a word */
    CHECK_STR(mentions("Harsh D. Mehta, a fellow, spoke. It was written by "
                       "Harsh D. Mehta."),
              "Harsh D. Mehta/person; Harsh D. Mehta/person");
    CHECK_STR(mentions("Harmony Industries, owned by Lena Varga, signed."),
              "Harmony Industries/organisation; Lena Varga/person");

    /* "Camp" opens a place's name; a summit is an event, no node; a
     * compound of places opens an organisation's name when its head
     * follows */
    CHECK_STR(mentions("Camp Martin hosted the talks, Maryland officials "
                       "said."),
              "Camp Martin/place; Maryland/place");
    CHECK_STR(mentions("The Arandia Annual Summit opened in Accra."),
              "Accra/place");
    CHECK_STR(mentions("The Kenya-Uganda Business Council met in Kampala."),
              "Kenya-Uganda Business Council/organisation; Kampala/place");

    /* "G20" is written as listed; a number sign ends a name; a compass
     * initial and a demonym are no name */
    CHECK_STR(mentions("Leaders met at the G20 summit in Pune."),
              "G20/organisation; Pune/place");
    CHECK_STR(mentions("Workers left the Kashiwa No. 2 plant near Osaka."),
              "Kashiwa/place; Osaka/place");
    CHECK_STR(mentions("Seoul warned of N. Korean threats."), "Seoul/place");

    /* a name ending in a head, "and", and another organisation's name
     * are two */
    CHECK_STR(mentions("A court ordered Kawabe Steel and Morita Heavy "
                       "Industries to pay."),
              "Kawabe Steel/organisation; Morita Heavy Industries/"
              "organisation");

    CHECK_STR(mentions("Troops of U.S. Forces Kenya (USFK) left. USFK "
                       "said so."),
              "U.S. Forces Kenya/organisation; "
              "USFK=U.S. Forces Kenya/organisation; "
              "USFK=U.S. Forces Kenya/organisation");

    /* "PM" and "CM" are titles (Prime Minister, Chief Minister) */
    CHECK_STR(mentions("PM Anil Kumar met CM Ravi Shetty in Chennai at "
                       "5 PM."),
              "Anil Kumar/person; Ravi Shetty/person; Chennai/place");

    /* a title opening words that end in an organisation's head is part
     * of its name */
    CHECK_STR(mentions("Officers of the General Security Service met in "
                       "Accra."),
              "General Security Service/organisation; Accra/place");

    /* a head that also names a place ("Centre", a French region) goes
     * on over "for" and "and" */
    CHECK_STR(mentions("Anna Berg, of the Centre for Baltic and Nordic "
                       "Studies, spoke."),
              "Anna Berg/person; Centre for Baltic and Nordic Studies/"
              "organisation");

    /* a capitalised role word before a known organisation describes
     * it */
    CHECK_STR(mentions("The Opposition Labour Party, meanwhile, objected."),
              "Labour Party/organisation");

    /* a country before a person is a name of its own; before words with
     * an organisation's head it is part of that name */
    CHECK_STR(mentions("The envoy to Kenya Ruth Amsel met the Ghana Air "
                       "Force Command and the Kenya Ports Authority."),
              "Kenya/place; Ruth Amsel/person; Ghana Air Force Command/"
              "organisation; Kenya Ports Authority/organisation");

    /* a surname that is also a title ends no name and heads no
     * organisation; an organisation's prefix opening a sentence starts a
     * name */
    CHECK_STR(mentions("Home Minister Ravi Shah and Congress leader Anil "
                       "Kumar attended."),
              "Ravi Shah/person; Congress/organisation; Anil Kumar/person");
    CHECK_STR(mentions("Air Arandia cancelled its flights to Lagos."),
              "Air Arandia/organisation; Lagos/place");

    /* a portfolio before an initial and a surname goes too */
    CHECK_STR(mentions("Minister of State for Harbour Affairs V Okonkwo "
                       "spoke."),
              "V Okonkwo/person");
    /* one unknown word before an office and a person is an employer */
    CHECK_STR(mentions("Talks in Lagos included Volkar Director General "
                       "Ruth Amsel."),
              "Lagos/place; Volkar/organisation; Ruth Amsel/person");
    /* ... also opening the sentence, and before a given name that is a
     * word too */
    CHECK_STR(mentions("Volkar CEO Ruth Amsel will stay."),
              "Volkar/organisation; Ruth Amsel/person");
    CHECK_STR(mentions("He said Volkar CEO Peter Amsel will stay."),
              "Volkar/organisation; Peter Amsel/person");

    /* legislatures' heads: Sabha, Duma, Rada ... */
    CHECK_STR(mentions("The leader of the opposition in the Vidhan Sabha "
                       "Ravi Menon spoke."),
              "Vidhan Sabha/organisation; Ravi Menon/person");

    /* plants, monuments, mausoleums are places */
    CHECK_STR(mentions("Workers at the Edgar Lindqvist Plant near Lagos "
                       "walked out."),
              "Edgar Lindqvist Plant/place; Lagos/place");

    /* an apposition naming a role types a person; a possessive role
     * word in it does not */
    CHECK_STR(mentions("Tavish Brook, a senior fellow at the Lindqvist "
                       "Institute, said so."),
              "Tavish Brook/person; Lindqvist Institute/organisation");
    CHECK_STR(mentions("In Tarsk, opposition leader Anna Berg spoke."),
              "Tarsk/place; Anna Berg/person");

    /* a possessive title before an organisation's head is its name */
    CHECK_STR(mentions("Sources at the Prime Minister's Office in Accra "
                       "said so."),
              "Prime Minister's Office/organisation; Accra/place");

    /* chambers are organisations; "Executive" is an office; a place's
     * name before an inner title stays */
    CHECK_STR(mentions("The Harbour Chamber of Commerce met Marsh County "
                       "Executive Ruth Amsel."),
              "Harbour Chamber of Commerce/organisation; Marsh County/place; "
              "Ruth Amsel/person");

    /* a known organisation and a known place of two words are two */
    CHECK_STR(mentions("Ruth Amsel, the White House Middle East "
                       "coordinator, spoke."),
              "Ruth Amsel/person; White House/organisation; "
              "Middle East/place");

    /* crossings, corridors, camps ... after a name make it a place, and
     * so does "fled" before it */
    CHECK_STR(mentions("Trucks waited at the Tarvel crossing while families "
                       "fled Osmara."),
              "Tarvel/place; Osmara/place");

    /* a list after "<head> of <Name>," goes on with the name, but not a
     * list of places or a person after the comma */
    CHECK_STR(mentions("Officials of the Ministry of Water, Forests and "
                       "Fisheries met in Accra."),
              "Ministry of Water, Forests and Fisheries/organisation; "
              "Accra/place");
    CHECK_STR(mentions("The Ministry of Water, Accra and Kumasi agreed."),
              "Ministry of Water/organisation; Accra/place; Kumasi/place");

    /* a person's hyphenated last word stands for the name by its last
     * part, also before "said" although it ends like a demonym; a match
     * of two clubs, "Vella-Santaro", makes no person's short form of
     * either */
    CHECK_STR(mentions("Minister Hossein Tavari-Zembralian met envoys. "
                       "Zembralian said the talks went well."),
              "Hossein Tavari-Zembralian/person; "
              "Zembralian=Hossein Tavari-Zembralian/person");
    CHECK_STR(mentions("Envoy Ruth Amsel-Korbel spoke, and later Korbel "
                       "left."),
              "Ruth Amsel-Korbel/person; Korbel=Ruth Amsel-Korbel/person");
    CHECK_STR(mentions("The Patagonian province of Neuquen voted."),
              "Neuquen/place");

    /* a service's word and a place's noun after a name ("air base"),
     * a carrier's name before "flight" */
    CHECK_STR(mentions("Troops landed at the Korvala air base and boarded "
                       "a Zentair flight."),
              "Korvala/place; Zentair/organisation");

    /* brokers, publishers, contractors ... name firms */
    CHECK_STR(mentions("Shares rose after brokers Tavish Brook confirmed "
                       "the rating."),
              "Tavish Brook/organisation");

    /* two peoples' adjectives joined are no name */
    CHECK_STR(mentions("Tavish Brook, the Dutch-Velmoran contractor, said "
                       "so."),
              "Tavish Brook/organisation");

    /* an apposition's organisation noun before "that", "controlled" ...
     * or after a possessive; a role word after "state-owned"; firms'
     * heads "Brothers" and "Research" */
    CHECK_STR(mentions("Zembrala, a crypto lender that Tarvelco rescued, "
                       "paused withdrawals."),
              "Zembrala/organisation");
    CHECK_STR(mentions("The chief of Korbelex, the world's largest crypto "
                       "exchange, spoke."),
              "Korbelex/organisation");
    CHECK_STR(mentions("Backers include the state-owned investor Vantasek "
                       "and Hollis Brothers."),
              "Vantasek/organisation; Hollis Brothers/organisation");

    /* a verb after the comma ends the apposition; a wire's credit in
     * brackets after a dateline is an organisation */
    CHECK_STR(mentions("Korvo Tarsk, told the agency."),
              "Korvo Tarsk/person");
    CHECK_STR(mentions("OSLO (Savannah Wire) - Ruth Amsel resigned."),
              "OSLO/place; Savannah Wire/organisation; Ruth Amsel/person");

    /* pagodas and townships are places */
    CHECK_STR(mentions("Crowds met at the Korvo Pagoda and in the Oslo "
                       "township of Tavish Brook."),
              "Korvo Pagoda/place; Oslo/place; Tavish Brook/place");

    /* a generation's mark is no surname: "Mr Hale" is the man */
    CHECK_STR(mentions("Tomas K. Hale III was appointed. Mr Hale "
                       "spoke."),
              "Tomas K. Hale III/person; "
              "Hale=Tomas K. Hale III/person");

    /* an apposition's organisation noun before a participle; a firm's
     * founder or employees after the name */
    CHECK_STR(mentions("Korbelex, the exchange valued at $32 billion, "
                       "failed."),
              "Korbelex/organisation");
    CHECK_STR(mentions("Tarvelco founder Ruth Amsel spoke."),
              "Tarvelco/organisation; Ruth Amsel/person");

    /* an age after a name makes it a person's; a year does not */
    CHECK_STR(mentions("\"No,\" said Zembrala, 24, a bank clerk. Korvel "
                       "Anst, a 19-year-old, was hurt in Oslo, 2024."),
              "Zembrala/person; Korvel Anst/person; Oslo/place");

    /* a name ending in a head, "and", and two words ending the run are
     * two names, unless an acronym of the whole follows */
    CHECK_STR(mentions("Backers included the Korvel Fund and Tiger Zembra."),
              "Korvel Fund/organisation");
    CHECK_STR(mentions("Revenue flows through Korvel Oil and Gas Zembra "
                       "(KOGZ) in Oslo."),
              "Korvel Oil and Gas Zembra/organisation; "
              "KOGZ=Korvel Oil and Gas Zembra/organisation; Oslo/place");

    /* "Magistrate" is an office before a name */
    CHECK_STR(mentions("Chief Magistrate Ruth Amsel refused bail in Oslo."),
              "Ruth Amsel/person; Oslo/place");

    /* a relative named after "wife", "son" ... is a person */
    CHECK_STR(mentions("He lives in Oslo with his wife, Zembrala, and his "
                       "brother Korvo."),
              "Oslo/place; Zembrala/person; Korvo/person");

    /* "X, who ..." is a person; a portfolio word before an office is no
     * employer; faults are places */
    CHECK_STR(mentions("Korvo Tarsk, who heads the group, spoke in Oslo."),
              "Korvo Tarsk/person; Oslo/place");
    CHECK_STR(mentions("A pledge Housing and Zembralisation Minister Ruth "
                       "Amsel made."),
              "Ruth Amsel/person");
    CHECK_STR(mentions("The quake struck on the Tarvel Fault near Oslo."),
              "Tarvel Fault/place; Oslo/place");

    /* developers' heads; a currency's prefix is no name */
    CHECK_STR(mentions("Shares of Tarvel Kai Properties and Korvo Land "
                       "Development fell to HK$2.28 in Oslo."),
              "Tarvel Kai Properties/organisation; "
              "Korvo Land Development/organisation; Oslo/place");

    /* a function word that is also a surname does not open a street's
     * name */
    CHECK_STR(mentions("On Bourbon Street, crowds gathered."),
              "Bourbon Street/place");

    /* a fused particle gives its name's initial the letter after it */
    CHECK_STR(mentions("The group Maria Korvo al-Zembra (MKZ) held Oslo. "
                       "MKZ fighters left."),
              "Maria Korvo al-Zembra/organisation; "
              "MKZ=Maria Korvo al-Zembra/organisation; Oslo/place; "
              "MKZ=Maria Korvo al-Zembra/organisation");

    /* an ordinary word opening the sentence stays before an ordinary
     * word and a firm's head ("Police Tarvel Bank" above does not) */
    CHECK_STR(mentions("Meridian Dam Engineering said it would cut jobs."),
              "Meridian Dam Engineering/organisation");

    /* a people's adjective before a given name goes, also one that a
     * company list once had as a name ("American") */
    CHECK_STR(mentions("The winner was American Jane Quigley of Oslo."),
              "Jane Quigley/person; Oslo/place");

    /* a region is the surname only of a person with a listed given
     * name */
    CHECK_STR(mentions("Yeltsin endorses Korvo Chechnya peace plan. Korvo "
                       "is now in Chechnya."),
              "Korvo Chechnya/person; Korvo=Korvo Chechnya/person; "
              "Chechnya/place");

    /* the opener stays before "and" too; two names no list knows before
     * "and" are a firm of their own, not the start of one long name */
    CHECK_STR(mentions("Country Garden Holdings and Tarvel Co edged higher."),
              "Country Garden Holdings/organisation; Tarvel Co/organisation");
    CHECK_STR(mentions("They hired Korvo Zembrala and Admiralty Harbour "
                       "Capital as advisers."),
              "Korvo Zembrala/person; "
              "Admiralty Harbour Capital/organisation");

    /* "District Attorney", "Sheriff" are offices before a name */
    CHECK_STR(mentions("Tarvel County District Attorney Ruth Amsel and "
                       "Sheriff Korvo Tarsk spoke in Oslo."),
              "Tarvel County/place; Ruth Amsel/person; Korvo Tarsk/person; "
              "Oslo/place");

    /* "of" after Inc. starts no part of the name; after Corp it may */
    CHECK_STR(mentions("Shares of Tarvel Energy Inc. of Oslo fell, and "
                       "Korvo Corp of Norway rose."),
              "Tarvel Energy Inc/organisation; Oslo/place; "
              "Korvo Corp of Norway/organisation");

    /* a bill is no organisation; "Economics" heads a firm's name */
    CHECK_STR(mentions("Ruth Amsel signed Senate Bill 3 in Oslo. The "
                       "monitor, Korvo Economics, told regulators."),
              "Ruth Amsel/person; Oslo/place; Korvo Economics/organisation");

    /* a given name that is also a word keeps a small town's name that
     * is also a name after it at the start of a sentence */
    CHECK_STR(mentions("Talks ended in Oslo. Bill Clinton spoke."),
              "Oslo/place; Bill Clinton/person");

    /* an apposition ending in a place's noun, or going on with where
     * it is, makes a place ("state-controlled" above does not) */
    CHECK_STR(mentions("Our reporter on Zembraplatz, the square in the "
                       "heart of Oslo, says so. Rescuers reached Korvadi, a "
                       "town near the border."),
              "Zembraplatz/place; Oslo/place; Korvadi/place");

    /* a US politician's party and state is no name ("who" after it
     * types nothing) */
    CHECK_STR(mentions("Sen. Ruth Amsel, R-Ohio, who led the talks, spoke "
                       "in Oslo."),
              "Ruth Amsel/person; Oslo/place");

    /* a short title-case heading whose small word has a capital too:
     * its ordinary words are no name */
    CHECK_STR(mentions("Ruth Nowak flew to Oslo.\n\nWho Came With Nowak?\n\n"
                       "Korvo Tarsk did."),
              "Ruth Nowak/person; Oslo/place; Nowak=Ruth Nowak/person; "
              "Korvo Tarsk/person");

    /* hotels are places, named with "Hotel" or before "hotel" */
    CHECK_STR(mentions("They met at the Maria Hotel in Oslo and later at the "
                       "Korvo Zembra hotel."),
              "Maria Hotel/place; Oslo/place; Korvo Zembra/place");

    /* the fast run matcher agrees with the pattern, and answers for most
     * positions where a capital starts plain text */
    long answered = compare_run_matchers(200000);
    CHECK(answered > 100000);

    eg_analysis_finish(&an);
    eg_worker_destroy(wk);
    eg_extractor_destroy(ex);
    return CHECK_DONE();
}
