/* Version, entity type names and option defaults.
 * SPDX-License-Identifier: GPL-2.0-or-later */
#include "entgraph.h"
#include "config.h"

#include <string.h>
#include <strings.h>

const char *eg_version(void)
{
    return EG_VERSION;
}

const char *eg_type_name(eg_type type)
{
    switch (type) {
    case EG_TYPE_PERSON: return "person";
    case EG_TYPE_ORG: return "organisation";
    case EG_TYPE_PLACE: return "place";
    default: return "";
    }
}

bool eg_type_parse(const char *name, size_t len, eg_type *out)
{
    static const struct { const char *name; eg_type type; } names[] = {
        {"person", EG_TYPE_PERSON}, {"per", EG_TYPE_PERSON},
        {"people", EG_TYPE_PERSON}, {"persons", EG_TYPE_PERSON},
        {"organisation", EG_TYPE_ORG}, {"organization", EG_TYPE_ORG},
        {"organisations", EG_TYPE_ORG}, {"organizations", EG_TYPE_ORG},
        {"org", EG_TYPE_ORG},
        {"place", EG_TYPE_PLACE}, {"places", EG_TYPE_PLACE},
        {"location", EG_TYPE_PLACE}, {"loc", EG_TYPE_PLACE},
        {"gpe", EG_TYPE_PLACE},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strlen(names[i].name) == len &&
            strncasecmp(names[i].name, name, len) == 0) {
            *out = names[i].type;
            return true;
        }
    }
    return false;
}

void eg_options_init(eg_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->window = EG_WINDOW_SENTENCE;
    opt->window_tokens = 20;
    opt->community = EG_COMMUNITY_LEIDEN;
    opt->resolution = 1.0;
    opt->seed = 42;
    opt->keep_isolates = false;
    opt->min_mentions = 1;
}
