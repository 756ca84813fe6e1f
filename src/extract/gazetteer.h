/* Gazetteers: the embedded word and name lists (src/data/ TSV files), merged
 * into one table keyed by the comparison key of eg_name_key().
 *
 * A key can carry several facts at once ("Georgia" is a country, a region
 * and a given name; "Jordan" a country and a given name), so each entry is
 * a set of flags; the extractor weighs them against the context.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef EG_EXTRACT_GAZETTEER_H
#define EG_EXTRACT_GAZETTEER_H

#include "entgraph.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    EG_GZ_COUNTRY = 1u << 0,
    EG_GZ_CAPITAL = 1u << 1,
    EG_GZ_CITY = 1u << 2,
    EG_GZ_REGION = 1u << 3,
    EG_GZ_CONTINENT = 1u << 4,
    EG_GZ_ORG = 1u << 5,
    EG_GZ_DEMONYM = 1u << 6,
    EG_GZ_GIVEN = 1u << 7,      /* given name that is not a common word */
    EG_GZ_GIVEN_WORD = 1u << 8, /* given name that is also a word (Will) */
    EG_GZ_SURNAME = 1u << 9,
    EG_GZ_SURNAME_WORD = 1u << 10,
    EG_GZ_TITLE_ABBR = 1u << 11,    /* Mr, Dr, Gen (dot optional) */
    EG_GZ_TITLE_HONORIFIC = 1u << 12,
    EG_GZ_TITLE_OFFICE = 1u << 13,  /* President, Foreign Minister */
    EG_GZ_TITLE_RANK = 1u << 14,    /* General, Marshal */
    EG_GZ_TITLE_ROLE = 1u << 15,    /* spokesman, leader (lowercase) */
    EG_GZ_STOP = 1u << 16,          /* weekday, month, UI or function word */
    EG_GZ_COMMON = 1u << 17,        /* common English word (lowercase) */
    EG_GZ_ORG_HEAD = 1u << 18,      /* Ministry, Agency, University */
    EG_GZ_ORG_SUFFIX = 1u << 19,    /* Inc, Ltd, Corp */
    EG_GZ_PLACE_HEAD = 1u << 20,    /* Province, River, Island */
    EG_GZ_PERSON_VERB = 1u << 21,   /* said, told */
    EG_GZ_PLACE_PREP = 1u << 22,    /* in, at, from */
    EG_GZ_CONNECTOR = 1u << 23,     /* of, de, van, bin */
    EG_GZ_CAPS_ONLY = 1u << 24,     /* the place/org entry is an acronym:
                                       match only an all-capitals surface */
    EG_GZ_WEEKDAY = 1u << 25,
    EG_GZ_MONTH = 1u << 26,
    EG_GZ_UI = 1u << 27,
    EG_GZ_USER_STOP = 1u << 28,     /* --stoplist */
    EG_GZ_FUNCTION = 1u << 29,      /* pronoun, article, conjunction ... */
    EG_GZ_ORG_NOUN = 1u << 30,      /* "group", "company" next to a name */
    EG_GZ_PLACE_NOUN = 1u << 31     /* "river", "spaceport" after a name */
};

#define EG_GZ_PLACE                                                         \
    (EG_GZ_COUNTRY | EG_GZ_CAPITAL | EG_GZ_CITY | EG_GZ_REGION |            \
     EG_GZ_CONTINENT)
#define EG_GZ_TITLE                                                         \
    (EG_GZ_TITLE_ABBR | EG_GZ_TITLE_HONORIFIC | EG_GZ_TITLE_OFFICE |        \
     EG_GZ_TITLE_RANK)

/* More flags, in eg_gz_entry.more */
enum {
    EG_GZ2_PLACE_PREFIX = 1u << 0,  /* Cape, Mount, Lake ... before a name */
    EG_GZ2_ORG_PREFIX = 1u << 1,    /* Air (Air France) */
    EG_GZ2_USER_ALIAS = 1u << 2,    /* --alias: canonical always applies */
    EG_GZ2_EVENT_HEAD = 1u << 3,    /* Cup, Games, Act, Treaty: an event or a law, no node */
    EG_GZ2_SPACED = 1u << 4,        /* one of its names has words apart ("Tel Aviv", "Kim Jong-un") */
    EG_GZ2_TERM = 1u << 5           /* DNA, GDP: an acronym of a common term, no name by itself */
};

typedef struct eg_gz_entry {
    uint32_t flags;
    uint32_t more;         /* EG_GZ2_* */
    uint32_t population;   /* largest place of that name */
    const char *canonical; /* preferred name for a place/org alias, or NULL */
    const char *demonym_of;/* country of a demonym, or NULL */
    eg_type user_type;     /* --alias type, or EG_TYPE_NONE */
} eg_gz_entry;

typedef struct eg_gazetteer eg_gazetteer;

/* The lists as a read-only open-addressing table keyed by eg_name_key(),
 * generated at build time (gazgen, gazetteer_table.c): nothing to build
 * or hash at start-up. Entry i has the key pool + keys[i].off (keys[i].len
 * bytes). With h = eg_hash_bytes(key), the entry lives in the home slot
 * h & mask or one after it; a slot holds i + 1 in its low index_bits bits
 * (0: empty) and bits 32 and up of h above them, so that a probe for a
 * missing key almost never reads a key: a lookup is one cache miss when
 * the key is absent. */
typedef struct eg_gz_key {
    uint32_t off;
    uint16_t len;
} eg_gz_key;

typedef struct eg_gz_table {
    size_t n_entries;
    size_t mask;              /* number of slots - 1 */
    unsigned index_bits;
    const char *pool;
    const eg_gz_entry *entries;
    const eg_gz_key *keys;
    const uint32_t *slots;
    const uint64_t *starts;   /* EG_GZ_START_WORDS: see below */
} eg_gz_table;

/* The keys that begin a name of several words ("tel" of "Tel Aviv",
 * "al" and "alqaeda" of "Al-Qaeda in the Arabian Peninsula": the key of
 * the name up to each space or hyphen) as a bitset indexed by their hash
 * (eg_gz_start_bit()). A word whose key's bit is clear starts no such
 * name, so the extractor looks up no span of words it opens. */
#define EG_GZ_START_BITS 18
#define EG_GZ_START_WORDS ((size_t)1 << (EG_GZ_START_BITS - 6))

static inline size_t eg_gz_start_bit(uint64_t h)
{
    return (size_t)(h >> (64 - EG_GZ_START_BITS));
}

/* The slot tag of a hash for a table with index_bits index bits. */
static inline uint32_t eg_gz_tag(uint64_t h, unsigned index_bits)
{
    return (uint32_t)(h >> 32) >> index_bits << index_bits;
}

extern const eg_gz_table eg_gz_builtin;

/* new: the built-in lists (no work: the table is static). */
eg_error_t eg_gazetteer_create(eg_gazetteer **out, eg_status *st);
void eg_gazetteer_destroy(eg_gazetteer *gz);

/* Borrowed: the entry for a comparison key, or NULL. */
const eg_gz_entry *eg_gazetteer_get(const eg_gazetteer *gz, const char *key,
                                    size_t len);
/* The same with the key's eg_hash_bytes() already computed. */
const eg_gz_entry *eg_gazetteer_get_hashed(const eg_gazetteer *gz,
                                           const char *key, size_t len,
                                           uint64_t hash);
/* May a name of several words begin with the key of this hash (see
 * EG_GZ_START_BITS)? False only when none does. */
bool eg_gazetteer_starts_name(const eg_gazetteer *gz, uint64_t hash);
/* Looks up a surface form (the key is computed here). */
const eg_gz_entry *eg_gazetteer_lookup(const eg_gazetteer *gz,
                                       const char *surface, size_t len);

/* Adds user data: a stoplist (one name per line, '#' comments) and an
 * alias file (JSON object: variant -> canonical name, or -> {"name":
 * canonical, "type": t}). path names the file in messages. */
eg_error_t eg_gazetteer_load_stoplist(eg_gazetteer *gz, const char *path,
                                      eg_status *st);
eg_error_t eg_gazetteer_load_aliases(eg_gazetteer *gz, const char *path,
                                     eg_status *st);

/* ---- building (gazetteer_lists.c, gazgen, tests) ------------------- */

/* new: a gazetteer without the built-in table. */
eg_error_t eg_gazetteer_create_empty(eg_gazetteer **out, eg_status *st);
/* Reads every embedded list (the TSV files of src/data) into gz: how
 * the built-in table is made. */
eg_error_t eg_gazetteer_add_lists(eg_gazetteer *gz, eg_status *st);
/* Adds flags to the entry of the key of surface s (an all-capitals place
 * or organisation of up to 6 bytes becomes caps-only unless a mixed-case
 * form was added too); *out (may be NULL) is the entry, or NULL when the
 * key is empty. EG_ENOMEM when out of memory. */
eg_error_t eg_gazetteer_add(eg_gazetteer *gz, const char *s, size_t len,
                            uint32_t flags, eg_gz_entry **out);
/* A copy of s kept as long as gz, or NULL when out of memory. */
const char *eg_gazetteer_strdup(eg_gazetteer *gz, const char *s, size_t len);
/* The entries added to gz (not the base's), in the order of their
 * creation, with their keys. */
size_t eg_gazetteer_count(const eg_gazetteer *gz);
/* Borrowed: the start bitset of the names added to gz (EG_GZ_START_WORDS
 * words), or NULL when none has several words. */
const uint64_t *eg_gazetteer_added_starts(const eg_gazetteer *gz);
const eg_gz_entry *eg_gazetteer_entry_at(const eg_gazetteer *gz, size_t i,
                                         const char **key, size_t *len);

#endif
