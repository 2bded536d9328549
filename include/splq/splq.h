/* splq.h — the library's front door: prepare a query, run it, report errors.
 * The CLI, the REPL and the test harness are thin layers over this. */
#ifndef SPLQ_SPLQ_H
#define SPLQ_SPLQ_H

#include <stdint.h>
#include <stdio.h>

#include "splq/ast.h"
#include "splq/error.h"
#include "splq/macro.h"
#include "splq/output.h"
#include "splq/query.h"

#define SPLQ_VERSION "0.1.0"

/* A query ready to run: the user's text, its macro expansion, its tree. */
typedef struct sq_prepared {
    char *original;
    char *expanded;
    size_t expanded_len;
    sq_srcmap *map;
    sq_ast *ast;
} sq_prepared;

/* Expand macros and parse.  On error *out is still set (when the text could
 * be kept) so the error can be rendered against it; free it either way. */
int sq_prepare(sq_env *env, const char *text, sq_prepared **out, sq_error *err);
void sq_prepared_free(sq_prepared *p);
/* Render err with the user's line and a caret. */
void sq_prepared_report(const sq_prepared *p, const sq_error *err, FILE *out);

/* Events in and out of one stage of a run ("inspect job"). */
typedef struct sq_stage_stat {
    char *command;
    sq_span span; /* of the stage, in the expanded text */
    uint64_t events_in;
    uint64_t events_out;
} sq_stage_stat;

/* Run a prepared query over inputs (NULL-terminated; NULL or empty: stdin),
 * writing rows to w.  counters receives the data accounting. */
int sq_execute(sq_env *env, const sq_prepared *p, const char *const *inputs, sq_writer *w,
               sq_counters *counters, sq_error *err);

typedef struct sq_exec_opts {
    const sq_input *inputs; /* none: standard input */
    size_t ninputs;
    int track_fields; /* fill sq_result.fields_seen */
} sq_exec_opts;

/* Everything a run produced, kept for inspection (the test harness). */
typedef struct sq_result {
    sq_symtab *syms; /* names of the rows' fields */
    struct sq_event **rows;
    size_t nrows;
    sq_counters counters;
    sq_stage_stat *stages;
    size_t nstages;
    unsigned char *fields_seen; /* by symbol; see sq_query */
    size_t nfields_seen;
    sq_sym *columns; /* the columns the query names (sq_plan_columns), or NULL */
    size_t ncolumns;
} sq_result;

/* Run and collect: rows in memory, per-stage counts, optionally fields seen.
 * On error *out still holds what was counted before the error. */
int sq_execute_collect(sq_env *env, const sq_prepared *p, const sq_exec_opts *opts, sq_result *out,
                       sq_error *err);
void sq_result_free(sq_result *r);
/* sq_execute, also giving each stage's events in and out ("inspect job";
 * free with sq_stage_stats_free).  stages may be NULL. */
int sq_execute_stages(sq_env *env, const sq_prepared *p, const char *const *inputs, sq_writer *w,
                      sq_counters *counters, sq_stage_stat **stages, size_t *nstages,
                      sq_error *err);
void sq_stage_stats_free(sq_stage_stat *stages, size_t n);
/* Write a run's per-stage counts, one line per stage. */
void sq_stage_stats_print(const sq_prepared *p, const sq_stage_stat *stages, size_t n, FILE *out);

/* An environment with the project's own knowledge directories loaded
 * (macros/, sourcetypes/), found beside the binary or under the install
 * prefix; extra directories are added by the caller. */
int sq_env_init(sq_env *env, const char *argv0, sq_error *err);
void sq_env_free(sq_env *env);

#endif
