/* lookup.h — lookup tables: where they are defined, reading them, matching
 * events against them.
 *
 * Definitions come from lookup directories (--lookups DIR): security_content
 * YAML files (`name`, `filename` or `collection`, `match_type`,
 * `max_matches`, `min_matches`, `default_match`, `case_sensitive_match`,
 * `fields_list`) and Splunk transforms.conf-style files (a stanza with
 * `filename =` or `collection =` is a lookup definition).  Later directories
 * override earlier ones.  A lookup is named by its definition, or by a file
 * name ending in .csv / .csv.gz found in a lookup directory.
 *
 * A table is read whole into memory when a query stage opens it.  A KV
 * store collection has no data here: it reads as an empty table (with the
 * columns of its fields_list) and a warning. */
#ifndef SPLQ_LOOKUP_H
#define SPLQ_LOOKUP_H

#include <stddef.h>

#include "splq/diag.h"
#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

/* transforms.conf's max_matches default (for tables without a time field)
 * and its allowed range. */
#define SQ_LOOKUP_MAX_MATCHES_DEFAULT 100
#define SQ_LOOKUP_MAX_MATCHES_LIMIT 1000

typedef struct sq_lookups sq_lookups;

sq_lookups *sq_lookups_new(void);
void sq_lookups_free(sq_lookups *l);
/* Add a lookup directory: read its definitions (*.yml, *.yaml, *.conf; a
 * malformed one is an error); its CSV files are found by name when used. */
int sq_lookups_add_dir(sq_lookups *l, const char *dir, sq_error *err);
size_t sq_lookups_count(const sq_lookups *l);
const char *sq_lookups_name_at(const sq_lookups *l, size_t i);

typedef enum sq_lookup_match_type {
    SQ_MATCH_EXACT = 0,
    SQ_MATCH_WILDCARD, /* '*' in the table's cells matches any run */
    SQ_MATCH_CIDR      /* the table's cells are subnets (or addresses) */
} sq_lookup_match_type;

/* A table in memory, with the matching rules of its definition. */
typedef struct sq_lookup_table {
    char *name; /* as the query named it */
    char *path; /* the file read; NULL for a KV store collection */
    int kvstore;
    char **cols;
    size_t ncols;
    char **cells; /* nrows x ncols; NULL for an empty cell */
    size_t nrows;
    sq_lookup_match_type *match; /* per column */
    int case_sensitive;          /* default true */
    long max_matches;            /* default SQ_LOOKUP_MAX_MATCHES_DEFAULT */
    long min_matches;            /* default 0 */
    char *default_match;         /* default "" */
    size_t bytes;                /* memory the cells hold, estimated */
} sq_lookup_table;

/* Open the lookup `name` (a definition, or a .csv/.csv.gz file name).  A
 * lookup that is not defined, or whose file is missing or unreadable, is an
 * error naming it.  l may be NULL (no lookup directories). */
int sq_lookup_open(const sq_lookups *l, const char *name, sq_diag *diag, sq_lookup_table **out,
                   sq_error *err);
void sq_lookup_table_free(sq_lookup_table *t);
/* The column's index, or -1. */
int sq_lookup_col(const sq_lookup_table *t, const char *name);
/* A cell's text ("" for an empty cell). */
const char *sq_lookup_cell(const sq_lookup_table *t, size_t row, size_t col);

/* Where outputlookup writes `name`: the definition's file, else an existing
 * file of that name in a lookup directory, else a new file in the last
 * lookup directory.  *kvstore is set (and *path NULL) for a collection. */
int sq_lookup_write_path(const sq_lookups *l, const char *name, char **path, int *kvstore,
                         sq_error *err);
/* Write a CSV file (gzip-compressed when path ends in .gz), or append rows
 * to it (append: no header, the file's existing columns are the caller's
 * business).  cells is nrows x ncols; NULL is an empty cell. */
int sq_csv_write(const char *path, int append, const char *const *cols, size_t ncols,
                 const char *const *cells, size_t nrows, sq_error *err);
/* The header of an existing CSV file: *cols (malloc'd, each malloc'd). */
int sq_csv_read_header(const char *path, char ***cols, size_t *ncols, sq_error *err);

/* --- applying a lookup to events (the lookup command, automatic lookups) --- */

typedef struct sq_lookup_spec {
    const char *table;
    const char *const *in_cols;   /* the table's match columns */
    const char *const *in_fields; /* the event fields matched against them */
    size_t nin;
    const char *const *out_cols; /* nout == 0: every column but the match columns */
    const char *const *out_fields;
    size_t nout;
    int outputnew; /* OUTPUTNEW: only write fields the event does not have */
} sq_lookup_spec;

typedef struct sq_lookup_call sq_lookup_call;

/* Open the table and check the columns (a match or output column missing
 * from the table is an error). */
int sq_lookup_call_new(sq_query *q, const sq_lookup_spec *spec, sq_lookup_call **out,
                       sq_error *err);
/* Splunk's semantics: an event lacking a match field is left alone.  Each
 * value of the match fields (each combination, for several) takes up to
 * max_matches rows in file order; fewer than min_matches are padded with
 * default_match.  The output fields get the matched rows' values (a
 * multivalue for several), in order.  With no match, OUTPUT removes the
 * output fields and OUTPUTNEW leaves them; OUTPUTNEW writes only fields the
 * event does not already have. */
void sq_lookup_call_apply(sq_lookup_call *c, sq_event *ev);
/* The memory the call holds: its table and indexes, estimated (for the
 * memory ceiling, command.h: sq_op_hold). */
size_t sq_lookup_call_bytes(const sq_lookup_call *c);
void sq_lookup_call_free(sq_lookup_call *c);

#endif
