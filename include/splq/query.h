/* query.h — the environment (knowledge loaded once) and one running query.
 *
 * sq_env holds what outlives a query: macro definitions, sourcetype
 * definitions, options.  sq_query is one execution: its symbol table, its
 * search time, its counters.  Commands and expressions reach everything they
 * need through the sq_query they were compiled for. */
#ifndef SPLQ_QUERY_H
#define SPLQ_QUERY_H

#include <stdint.h>

#include "splq/diag.h"
#include "splq/event.h"

struct sq_macros;
struct sq_sourcetypes;

typedef struct sq_env {
    struct sq_macros *macros;
    struct sq_sourcetypes *sourcetypes;
    sq_diag diag;
    const char *sourcetype; /* -t: forced sourcetype of inputs, or NULL to detect */
    double now;             /* search time; < 0: the clock at query start */
} sq_env;

/* Counts that a run reports at its end (data accounting). */
typedef struct sq_counters {
    uint64_t events_read;
    uint64_t lines_skipped;
    uint64_t bytes_read;
    uint64_t results;
} sq_counters;

typedef struct sq_query {
    sq_env *env;
    sq_symtab *syms;
    double now;          /* fixed for the whole query: now() */
    const char *const *inputs; /* files the query reads (NULL-terminated) */
    sq_counters counters;
} sq_query;

#endif
