/* check.h — what a query needs that splq cannot give it (`splq check`).
 *
 * sq_check expands and parses a query as sq_prepare does, but goes on past
 * what would stop a run, to list every obstacle with its position in the
 * user's own text:
 *   - macros that are not defined (left out so the rest can be checked),
 *     with `*_filter` tuning macros noted as defaulting to `search *`;
 *   - commands splq does not run (unknown, not yet written, or refused);
 *   - eval functions splq does not have;
 *   - stages whose arguments the command, as splq has it, rejects;
 *   - given the data sources a rule reads (security_content data source
 *     objects), fields the rule reads from events that they do not provide.
 * A query is runnable when nothing of level SQ_CHECK_ERROR was found. */
#ifndef SPLQ_CHECK_H
#define SPLQ_CHECK_H

#include <stddef.h>

#include "splq/error.h"
#include "splq/query.h"

typedef enum sq_check_level { SQ_CHECK_NOTE, SQ_CHECK_WARNING, SQ_CHECK_ERROR } sq_check_level;

typedef enum sq_check_kind {
    SQ_CHECK_SYNTAX,     /* error: the text does not parse (nothing after it is checked) */
    SQ_CHECK_MACRO,      /* error: undefined, wrong arity, cycle, iseval; note: *_filter */
    SQ_CHECK_COMMAND,    /* error: a command splq does not run */
    SQ_CHECK_FUNCTION,   /* error: an eval function splq does not have */
    SQ_CHECK_USAGE,      /* error: a command splq has, given arguments it cannot run */
    SQ_CHECK_FIELD,      /* warning: a field the rule's data sources do not provide */
    SQ_CHECK_DATA_SOURCE /* note: why fields could not be checked */
} sq_check_kind;

typedef struct sq_check_item {
    sq_check_level level;
    sq_check_kind kind;
    char *name;  /* what is at fault (command, function, macro, field, data source); or NULL */
    char *msg;   /* one line, no trailing period */
    long offset; /* byte offset in the checked text; < 0: no position */
    char *macro; /* the spot is inside this macro's expansion (offset: its call); or NULL */
} sq_check_item;

typedef struct sq_check_result {
    char *text;           /* the text checked, as given */
    sq_check_item *items; /* by position; items without one last */
    size_t nitems;
    int parsed;         /* the query parsed (with undefined macros left out) */
    int fields_checked; /* the data sources' fields were compared with the rule's */
    size_t counts[3];   /* items per level */
} sq_check_result;

/* Data source objects (the YAML files of security_content's data_sources
 * directory): a name and the fields its events carry. */
typedef struct sq_datasources sq_datasources;
sq_datasources *sq_datasources_new(void);
void sq_datasources_free(sq_datasources *ds);
/* Load every *.yml and *.yaml file of dir (not recursive). */
int sq_datasources_load_dir(sq_datasources *ds, const char *dir, sq_error *err);
size_t sq_datasources_count(const sq_datasources *ds);

typedef struct sq_check_opts {
    const sq_datasources *datasources; /* NULL or empty: fields are not checked */
    /* The data sources the rule reads, as a detection's `data_source` names
     * them ("Sysmon EventID 1", "A AND B"). */
    const char *const *data_sources;
    size_t ndata_sources;
    /* Commands and eval functions to take as supported, unchecked: "what
     * else would this rule need, were tstats written?" */
    const char *const *assume;
    size_t nassume;
} sq_check_opts;

/* Check text (macros expand through env->macros; notes the expansion
 * would send to env->diag become items instead).  Fills *out, which the
 * caller frees with sq_check_result_free.  Never fails. */
void sq_check(sq_env *env, const char *text, const sq_check_opts *opts, sq_check_result *out);
void sq_check_result_free(sq_check_result *r);
/* Is the query runnable as written (no errors)? */
int sq_check_runnable(const sq_check_result *r);

#endif
