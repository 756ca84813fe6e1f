/* Command-line parsing for the entgraph program.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_CLI_OPTIONS_H
#define EG_CLI_OPTIONS_H

#include "entgraph.h"

#include <stdio.h>

typedef struct eg_cli {
    eg_options opt;
    eg_output *outputs;
    size_t n_outputs;
    const char **inputs;
    size_t n_inputs;
    long rank;          /* rows of the ranking table, -1 = none */
    eg_rank_metric rank_by;
    eg_rank_format rank_format;
    const char *rank_path;
    bool help, version, list_formats;
} eg_cli;

/* Parses argv into cli. Returns EG_EUSAGE with a message on bad usage. */
eg_error_t eg_cli_parse(eg_cli *cli, int argc, char **argv, eg_status *st);
void eg_cli_finish(eg_cli *cli);
void eg_cli_usage(FILE *f);

#endif
