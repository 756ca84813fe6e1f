/* Command-line parsing (getopt_long).
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdio.h>

#include "cli/options.h"
#include "core/error.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void eg_cli_usage(FILE *f)
{
    fputs(
        "Usage: entgraph [OPTIONS] INPUT... -o OUTPUT...\n"
        "Find the people, organisations and places in text and write the\n"
        "network of who appears with whom.\n"
        "\n"
        "INPUT is a text file, a directory (read recursively: .txt .text .md\n"
        ".markdown .rst .jsonl .ndjson), or - for standard input. A .jsonl file\n"
        "holds one document per line: {\"id\", \"text\", \"title\"?, \"date\"?}.\n"
        "\n"
        "Output:\n"
        "  -o, --output FILE      write the network to FILE; repeatable. The\n"
        "                         format follows the extension: .graphml,\n"
        "                         .gexf, .dot/.gv, .json (networkx node-link),\n"
        "                         .graphology.json, .csv (writes PREFIX.nodes.csv\n"
        "                         and PREFIX.edges.csv); - is stdout\n"
        "  -f, --format NAME      format of the next -o (for /dev/stdout, -, or\n"
        "                         a file without a known extension)\n"
        "      --mentions FILE    write every mention as JSON lines: doc, start,\n"
        "                         end (byte offsets), text, type, entity\n"
        "      --rank[=N]         print the top N entities (default 20; 0 = all;\n"
        "                         \"--rank N\" works too) on standard output\n"
        "                         as rank, label, type,\n"
        "                         PageRank, weighted degree, betweenness,\n"
        "                         community, mentions, documents\n"
        "      --rank-by METRIC   order of --rank: pagerank (default), degree,\n"
        "                         weighted_degree, betweenness, eigenvector,\n"
        "                         harmonic, mentions, documents\n"
        "      --rank-format F    text (aligned, default), tsv or json\n"
        "      --list-formats     list the output formats and exit\n"
        "\n"
        "Entities:\n"
        "      --types LIST       keep only these types: person, organisation,\n"
        "                         place (comma-separated)\n"
        "      --alias FILE       JSON object of variant -> canonical name (or\n"
        "                         {\"name\": ..., \"type\": ...}) to merge names\n"
        "      --stoplist FILE    names never to extract, one per line\n"
        "      --min-mentions N   drop entities mentioned fewer than N times\n"
        "                         (default 1)\n"
        "\n"
        "Graph (c_ij = windows naming both i and j, c_i = windows naming i,\n"
        "W = windows in the corpus):\n"
        "      --window UNIT      co-occurrence window: sentence (default),\n"
        "                         paragraph, document, or N tokens: each\n"
        "                         mention anchors a window holding the mentions\n"
        "                         at most N tokens before it in the document,\n"
        "                         across sentence breaks (W = mentions); a pair\n"
        "                         counts once per anchor of either entity\n"
        "      --weight SCHEME    edge weight: count (c_ij, default);\n"
        "                         association = W c_ij / (c_i c_j) (VOSviewer\n"
        "                         association strength times W: 1 = chance);\n"
        "                         jaccard = c_ij / (c_i + c_j - c_ij);\n"
        "                         npmi = ln(p_ij / (p_i p_j)) / -ln p_ij with\n"
        "                         p = c / W, edges with npmi <= 0 removed\n"
        "      --min-weight X     drop edges with weight below X\n"
        "      --min-documents N  drop entities named in fewer than N documents\n"
        "      --backbone ALPHA   disparity filter (Serrano et al. 2009): keep\n"
        "                         an edge when, for an end with degree k > 1\n"
        "                         and strength s, (1 - w/s)^(k-1) < ALPHA\n"
        "                         (an edge between two degree-1 nodes goes)\n"
        "      --top N            keep the N entities with the highest PageRank\n"
        "                         (computed after the filters above; metrics\n"
        "                         are then recomputed on the kept graph)\n"
        "      --keep-isolates    keep entities without any edge (by default they\n"
        "                         are left out; --mentions lists them all)\n"
        "      --drop-isolates    leave out entities without any edge (default)\n"
        "      --community ALGO   leiden (default), louvain or none; ids are\n"
        "                         numbered by size, 0 = largest\n"
        "      --resolution X     community resolution (default 1)\n"
        "      --seed N           random seed for communities and layout\n"
        "                         (default 42)\n"
        "      --layout ALGO      node positions for Gephi and sigma.js: fr\n"
        "                         (Fruchterman-Reingold), drl (large graphs) or\n"
        "                         none (default)\n"
        "\n"
        "Metrics (igraph): degree, weighted degree, PageRank (weighted,\n"
        "damping 0.85), betweenness, closeness and harmonic centrality (with\n"
        "distance = 1/weight, so strong ties are short), eigenvector (weighted,\n"
        "largest = 1), k-core, weighted modularity of the communities.\n"
        "      --betweenness MODE exact, approx or off for betweenness,\n"
        "                         harmonic and closeness (shortest paths from\n"
        "                         every node: O(nodes x edges)); approx\n"
        "                         estimates them from max(32, 2e6 / edges)\n"
        "                         sources drawn with --seed. Default auto:\n"
        "                         exact while nodes x edges <= 2e6 (e.g. 500\n"
        "                         nodes and 4,000 edges), approx above; the\n"
        "                         summary and the JSON graph attributes say so\n"
        "      --window-cap N     pair at most N distinct entities per window\n"
        "                         (default 200; the later ones still count the\n"
        "                         window but get no edges from it)\n"
        "\n"
        "Input:\n"
        "      --skip-bad-lines   skip malformed JSONL lines with a warning\n"
        "                         instead of stopping\n"
        "\n"
        "General:\n"
        "  -j, --jobs N           analysis threads (default: the processors\n"
        "                         available); the output does not depend on N\n"
        "  -q, --quiet            no summary, progress or warnings (the summary\n"
        "                         on stderr counts documents, sentences,\n"
        "                         mentions, entities, edges, communities,\n"
        "                         modularity and seconds per stage)\n"
        "      --progress         show progress on stderr (default: when stderr\n"
        "                         is a terminal); --no-progress to hide it\n"
        "  -h, --help             show this help and exit\n"
        "  -V, --version          show the version and exit\n"
        "\n"
        "Exit status: 0 ok, 1 usage error, 2 unreadable or invalid input,\n"
        "3 output cannot be written, 4 other errors.\n",
        f);
}

enum {
    OPT_MENTIONS = 256, OPT_RANK, OPT_LIST_FORMATS, OPT_TYPES, OPT_ALIAS,
    OPT_STOPLIST, OPT_MIN_MENTIONS, OPT_WINDOW, OPT_DROP_ISOLATES,
    OPT_COMMUNITY, OPT_RESOLUTION, OPT_SEED, OPT_SKIP_BAD, OPT_PROGRESS,
    OPT_NO_PROGRESS, OPT_LAYOUT, OPT_WEIGHT, OPT_MIN_WEIGHT, OPT_MIN_DOCUMENTS, OPT_TOP,
    OPT_BACKBONE, OPT_KEEP_ISOLATES, OPT_RANK_BY, OPT_RANK_FORMAT,
    OPT_BETWEENNESS, OPT_WINDOW_CAP
};

static const struct option long_opts[] = {
    {"output", required_argument, NULL, 'o'},
    {"format", required_argument, NULL, 'f'},
    {"mentions", required_argument, NULL, OPT_MENTIONS},
    {"rank", optional_argument, NULL, OPT_RANK},
    {"list-formats", no_argument, NULL, OPT_LIST_FORMATS},
    {"types", required_argument, NULL, OPT_TYPES},
    {"alias", required_argument, NULL, OPT_ALIAS},
    {"stoplist", required_argument, NULL, OPT_STOPLIST},
    {"min-mentions", required_argument, NULL, OPT_MIN_MENTIONS},
    {"window", required_argument, NULL, OPT_WINDOW},
    {"drop-isolates", no_argument, NULL, OPT_DROP_ISOLATES},
    {"keep-isolates", no_argument, NULL, OPT_KEEP_ISOLATES},
    {"weight", required_argument, NULL, OPT_WEIGHT},
    {"min-weight", required_argument, NULL, OPT_MIN_WEIGHT},
    {"min-documents", required_argument, NULL, OPT_MIN_DOCUMENTS},
    {"top", required_argument, NULL, OPT_TOP},
    {"backbone", required_argument, NULL, OPT_BACKBONE},
    {"rank-by", required_argument, NULL, OPT_RANK_BY},
    {"rank-format", required_argument, NULL, OPT_RANK_FORMAT},
    {"community", required_argument, NULL, OPT_COMMUNITY},
    {"resolution", required_argument, NULL, OPT_RESOLUTION},
    {"seed", required_argument, NULL, OPT_SEED},
    {"layout", required_argument, NULL, OPT_LAYOUT},
    {"betweenness", required_argument, NULL, OPT_BETWEENNESS},
    {"window-cap", required_argument, NULL, OPT_WINDOW_CAP},
    {"skip-bad-lines", no_argument, NULL, OPT_SKIP_BAD},
    {"quiet", no_argument, NULL, 'q'},
    {"jobs", required_argument, NULL, 'j'},
    {"progress", no_argument, NULL, OPT_PROGRESS},
    {"no-progress", no_argument, NULL, OPT_NO_PROGRESS},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

static bool parse_ulong(const char *s, unsigned long max, unsigned long *out)
{
    if (!*s || *s == '-')
        return false;
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *end || v > max)
        return false;
    *out = v;
    return true;
}

/* A finite number in [lo, hi]. */
static bool parse_double(const char *s, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v >= lo && v <= hi))
        return false;
    *out = v;
    return true;
}

static eg_error_t parse_window(const char *s, eg_options *opt,
                               eg_status *st)
{
    unsigned long v;
    if (!strcmp(s, "sentence"))
        opt->window = EG_WINDOW_SENTENCE;
    else if (!strcmp(s, "paragraph"))
        opt->window = EG_WINDOW_PARAGRAPH;
    else if (!strcmp(s, "document"))
        opt->window = EG_WINDOW_DOCUMENT;
    else if (parse_ulong(s, 100000, &v) && v > 0) {
        opt->window = EG_WINDOW_TOKENS;
        opt->window_tokens = (unsigned)v;
    } else
        return eg_fail(st, EG_EUSAGE,
                       "--window: expected sentence, paragraph, document or "
                       "a number of tokens (1 to 100000), got \"%s\"",
                       s);
    return EG_OK;
}

static eg_error_t parse_types(const char *s, unsigned *mask, eg_status *st)
{
    *mask = 0;
    const char *p = s;
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        eg_type t;
        if (!eg_type_parse(p, len, &t))
            return eg_fail(st, EG_EUSAGE,
                           "--types: unknown type \"%.*s\" (use person, "
                           "organisation, place)",
                           (int)len, p);
        *mask |= 1u << t;
        p += len + (comma ? 1 : 0);
    }
    if (!*mask)
        return eg_fail(st, EG_EUSAGE, "--types: empty list");
    return EG_OK;
}

static eg_error_t add_output(eg_cli *cli, const char *path,
                             const eg_format *fmt, eg_status *st)
{
    eg_output *o = realloc(cli->outputs, (cli->n_outputs + 1) * sizeof *o);
    if (!o)
        return eg_fail_nomem(st);
    cli->outputs = o;
    o[cli->n_outputs].path = path;
    o[cli->n_outputs].format = fmt ? fmt : eg_format_for_path(path);
    cli->n_outputs++;
    return EG_OK;
}

eg_error_t eg_cli_parse(eg_cli *cli, int argc, char **argv, eg_status *st)
{
    memset(cli, 0, sizeof *cli);
    eg_options_init(&cli->opt);
    cli->rank = -1;
    cli->opt.progress = isatty(STDERR_FILENO);
    const eg_format *pending = NULL;
    unsigned long v;
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":o:f:j:qhV", long_opts, NULL)) != -1) {
        switch (c) {
        case 'o':
            EG_CHECK(add_output(cli, optarg, pending, st));
            pending = NULL;
            break;
        case 'f':
            pending = eg_format_by_name(optarg);
            if (!pending)
                return eg_fail(st, EG_EUSAGE,
                               "--format: unknown format \"%s\" (see "
                               "--list-formats)",
                               optarg);
            break;
        case OPT_MENTIONS: cli->opt.mentions_path = optarg; break;
        case OPT_RANK:
            cli->rank = 20;
            /* "--rank 10" as well as "--rank=10": a following number that
             * is not an existing path is the count */
            if (!optarg && optind < argc && argv[optind][0] &&
                strspn(argv[optind], "0123456789") == strlen(argv[optind]) &&
                access(argv[optind], F_OK) != 0)
                optarg = argv[optind++];
            if (optarg) {
                if (!parse_ulong(optarg, 1000000000, &v))
                    return eg_fail(st, EG_EUSAGE,
                                   "--rank: expected a count, got \"%s\"",
                                   optarg);
                cli->rank = (long)v;
            }
            break;
        case OPT_LIST_FORMATS: cli->list_formats = true; break;
        case OPT_TYPES: EG_CHECK(parse_types(optarg, &cli->opt.types, st)); break;
        case OPT_ALIAS: cli->opt.aliases = optarg; break;
        case OPT_STOPLIST: cli->opt.stoplist = optarg; break;
        case OPT_MIN_MENTIONS:
            if (!parse_ulong(optarg, 1000000000, &v))
                return eg_fail(st, EG_EUSAGE,
                               "--min-mentions: expected a count, got \"%s\"",
                               optarg);
            cli->opt.min_mentions = (unsigned)v;
            break;
        case OPT_WINDOW: EG_CHECK(parse_window(optarg, &cli->opt, st)); break;
        case OPT_DROP_ISOLATES: cli->opt.keep_isolates = false; break;
        case OPT_KEEP_ISOLATES: cli->opt.keep_isolates = true; break;
        case OPT_WEIGHT:
            if (!eg_weighting_parse(optarg, &cli->opt.weighting))
                return eg_fail(st, EG_EUSAGE,
                               "--weight: expected count, npmi, association "
                               "or jaccard, got \"%s\"",
                               optarg);
            break;
        case OPT_MIN_WEIGHT:
            if (!parse_double(optarg, 0, 1e300, &cli->opt.min_weight))
                return eg_fail(st, EG_EUSAGE,
                               "--min-weight: expected a number >= 0, got "
                               "\"%s\"",
                               optarg);
            break;
        case OPT_MIN_DOCUMENTS:
            if (!parse_ulong(optarg, 1000000000, &v))
                return eg_fail(st, EG_EUSAGE,
                               "--min-documents: expected a count, got \"%s\"",
                               optarg);
            cli->opt.min_documents = (unsigned)v;
            break;
        case OPT_TOP:
            if (!parse_ulong(optarg, 1000000000, &v))
                return eg_fail(st, EG_EUSAGE,
                               "--top: expected a count, got \"%s\"", optarg);
            cli->opt.top = (size_t)v;
            break;
        case OPT_BACKBONE:
            if (!parse_double(optarg, 0, 1, &cli->opt.backbone) ||
                !(cli->opt.backbone > 0))
                return eg_fail(st, EG_EUSAGE,
                               "--backbone: expected ALPHA in (0, 1], e.g. "
                               "0.05, got \"%s\"",
                               optarg);
            break;
        case OPT_RANK_BY:
            if (!eg_rank_metric_parse(optarg, &cli->rank_by))
                return eg_fail(st, EG_EUSAGE,
                               "--rank-by: unknown metric \"%s\" (see "
                               "--help)",
                               optarg);
            break;
        case OPT_RANK_FORMAT:
            if (!eg_rank_format_parse(optarg, &cli->rank_format))
                return eg_fail(st, EG_EUSAGE,
                               "--rank-format: expected text, tsv or json, "
                               "got \"%s\"",
                               optarg);
            break;
        case OPT_COMMUNITY:
            if (!strcmp(optarg, "louvain"))
                cli->opt.community = EG_COMMUNITY_LOUVAIN;
            else if (!strcmp(optarg, "leiden"))
                cli->opt.community = EG_COMMUNITY_LEIDEN;
            else if (!strcmp(optarg, "none"))
                cli->opt.community = EG_COMMUNITY_NONE;
            else
                return eg_fail(st, EG_EUSAGE,
                               "--community: expected louvain, leiden or "
                               "none, got \"%s\"",
                               optarg);
            break;
        case OPT_RESOLUTION: {
            char *end;
            errno = 0;
            double r = strtod(optarg, &end);
            if (errno || *end || !(r > 0) || r > 1e6)
                return eg_fail(st, EG_EUSAGE,
                               "--resolution: expected a positive number, "
                               "got \"%s\"",
                               optarg);
            cli->opt.resolution = r;
            break;
        }
        case OPT_SEED:
            if (!parse_ulong(optarg, 0xffffffffUL, &v))
                return eg_fail(st, EG_EUSAGE,
                               "--seed: expected a non-negative integer, got "
                               "\"%s\"",
                               optarg);
            cli->opt.seed = v;
            break;
        case OPT_LAYOUT:
            if (!strcmp(optarg, "fr"))
                cli->opt.layout = EG_LAYOUT_FR;
            else if (!strcmp(optarg, "drl"))
                cli->opt.layout = EG_LAYOUT_DRL;
            else if (!strcmp(optarg, "none"))
                cli->opt.layout = EG_LAYOUT_NONE;
            else
                return eg_fail(st, EG_EUSAGE,
                               "--layout: expected fr, drl or none, got "
                               "\"%s\"",
                               optarg);
            break;
        case OPT_BETWEENNESS:
            if (!eg_path_metrics_parse(optarg, &cli->opt.paths))
                return eg_fail(st, EG_EUSAGE,
                               "--betweenness: expected exact, approx, off "
                               "or auto, got \"%s\"",
                               optarg);
            break;
        case OPT_WINDOW_CAP:
            if (!parse_ulong(optarg, 1000000, &v) || v < 2)
                return eg_fail(st, EG_EUSAGE,
                               "--window-cap: expected 2 to 1000000 entities, "
                               "got \"%s\"",
                               optarg);
            cli->opt.window_cap = (size_t)v;
            break;
        case OPT_SKIP_BAD: cli->opt.ingest.skip_bad_lines = true; break;
        case 'j':
            if (!parse_ulong(optarg, 64, &v) || v == 0)
                return eg_fail(st, EG_EUSAGE,
                               "--jobs: expected 1 to 64 threads, got \"%s\"",
                               optarg);
            cli->opt.jobs = (unsigned)v;
            break;
        case 'q':
            cli->opt.quiet = true;
            cli->opt.ingest.quiet = true;
            cli->opt.progress = false;
            break;
        case OPT_PROGRESS: cli->opt.progress = true; break;
        case OPT_NO_PROGRESS: cli->opt.progress = false; break;
        case 'h': cli->help = true; break;
        case 'V': cli->version = true; break;
        case ':':
            return eg_fail(st, EG_EUSAGE, "%s: missing argument",
                           argv[optind - 1]);
        default:
            if (optopt)
                return eg_fail(st, EG_EUSAGE, "unknown option -%c", optopt);
            return eg_fail(st, EG_EUSAGE, "unknown option %s",
                           argv[optind - 1]);
        }
    }
    if (cli->help || cli->version || cli->list_formats)
        return EG_OK;
    if (pending) {
        /* a trailing --format applies to the outputs without a known
         * extension */
        for (size_t i = 0; i < cli->n_outputs; i++)
            if (!cli->outputs[i].format)
                cli->outputs[i].format = pending;
    }
    for (size_t i = 0; i < cli->n_outputs; i++)
        if (!cli->outputs[i].format)
            return eg_fail(st, EG_EUSAGE,
                           "%s: cannot tell the format from the extension; "
                           "use --format NAME before -o (see --list-formats)",
                           cli->outputs[i].path);
    cli->inputs = (const char **)(argv + optind);
    cli->n_inputs = (size_t)(argc - optind);
    if (cli->n_inputs == 0)
        return eg_fail(st, EG_EUSAGE, "no input given (a file, a directory "
                                      "or - for standard input)");
    if (cli->n_outputs == 0 && !cli->opt.mentions_path && cli->rank < 0)
        cli->rank = 20; /* nothing to write: show the key figures */
    cli->opt.inputs = cli->inputs;
    cli->opt.n_inputs = cli->n_inputs;
    cli->opt.outputs = cli->outputs;
    cli->opt.n_outputs = cli->n_outputs;
    return EG_OK;
}

void eg_cli_finish(eg_cli *cli)
{
    free(cli->outputs);
    cli->outputs = NULL;
}
