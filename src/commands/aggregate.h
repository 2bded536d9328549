/* aggregate.h — the statistical functions of stats and its relatives
 * (eventstats, streamstats, chart, timechart, top): parsing an aggregate
 * term such as `dc(user) AS users`, and one accumulator per function and
 * group that values are fed into and a result is read from.
 *
 * Internal to src/commands/.  An accumulator is small and fixed in size;
 * only values()/dc()/mode() (distinct sets), list() (at most 100 values) and
 * median()/perc() (the numbers seen) grow with their input. */
#ifndef SPLQ_COMMANDS_AGGREGATE_H
#define SPLQ_COMMANDS_AGGREGATE_H

#include <stdint.h>

#include "splq/ast.h"
#include "splq/error.h"
#include "splq/event.h"
#include "splq/expr.h"
#include "splq/query.h"
#include "splq/value.h"

#include "args.h"

typedef enum sq_agg_fn {
    SQ_AGG_COUNT,
    SQ_AGG_DC, /* also distinct_count, estdc */
    SQ_AGG_VALUES,
    SQ_AGG_LIST,
    SQ_AGG_MIN,
    SQ_AGG_MAX,
    SQ_AGG_RANGE,
    SQ_AGG_SUM,
    SQ_AGG_SUMSQ,
    SQ_AGG_AVG, /* also mean */
    SQ_AGG_STDEV,
    SQ_AGG_STDEVP,
    SQ_AGG_VAR,
    SQ_AGG_VARP,
    SQ_AGG_MEDIAN,
    SQ_AGG_PERC, /* perc<N>, p<N>, exactperc<N>, upperperc<N> */
    SQ_AGG_MODE,
    SQ_AGG_FIRST,
    SQ_AGG_LAST,
    SQ_AGG_EARLIEST,
    SQ_AGG_LATEST,
    SQ_AGG_EARLIEST_TIME,
    SQ_AGG_LATEST_TIME
} sq_agg_fn;

/* list() keeps at most this many values (limits.conf list_maxsize). */
#define SQ_AGG_LIST_MAX 100

/* One aggregate term as written: fn(arg) [AS name]. */
typedef struct sq_agg_spec {
    sq_agg_fn fn;
    double pct;     /* SQ_AGG_PERC: the percentile, 0..100 */
    int has_field;  /* fn(field); 0 for a bare `count` or an eval argument */
    sq_sym field;   /* when has_field and not wildcard */
    char *wildcard; /* the argument when it contains '*' (e.g. values(*)) */
    sq_expr *expr;  /* fn(eval(expr)); NULL otherwise */
    char *fname;    /* the function name as written (for output names) */
    char *name;     /* output name; for a wildcard, the AS pattern or NULL */
    sq_sym out;     /* interned name (not for wildcards) */
    sq_span span;
} sq_agg_spec;

/* Is args[i] the start of an aggregate term (a known function name as a
 * WORD or CALL)?  Lets callers tell aggregates from their own keywords. */
int sq_agg_is_term(const sq_ast *arg);

/* Parse the aggregate term at the cursor (and a following `AS name`) and
 * move past it.  Fills *out (free with sq_agg_spec_free). */
int sq_agg_parse(sq_query *q, sq_args *a, sq_agg_spec *out, sq_error *err);
void sq_agg_spec_free(sq_agg_spec *s);

/* The output name of a wildcard spec for a matched field, or NULL if the
 * field does not match.  Returned malloc'd. */
char *sq_agg_wildcard_name(const sq_agg_spec *s, const char *field);
/* Does name match the glob pattern (only '*' is special)? */
int sq_agg_glob(const char *pattern, const char *name);

struct sq_agg_set;
struct sq_agg_vec;

/* The running state of one function over one group. */
typedef struct sq_agg_acc {
    uint64_t n;             /* values seen (events, for a bare count) */
    uint64_t nnum;          /* numeric values seen */
    double sum, sumsq;      /* of numeric values */
    double lo, hi;          /* numeric min/max, or the time of earliest/latest */
    sq_value v;             /* string min/max; first/last/earliest/latest value */
    struct sq_agg_set *set; /* distinct strings: values, dc, mode */
    struct sq_agg_vec *vec; /* list: the values; median/perc: the numbers */
} sq_agg_acc;

void sq_agg_acc_init(sq_agg_acc *a);
void sq_agg_acc_free(sq_agg_acc *a);

/* Feed one event: its value for the spec's field or eval expression (a
 * bare count just counts the event).  Not for wildcard specs. */
int sq_agg_feed_event(sq_agg_acc *a, const sq_agg_spec *s, sq_event *ev, sq_error *err);
/* Feed a value (null: nothing, except for a bare count which counts one).
 * time is the event's _time (for earliest/latest), has_time 0 if absent. */
void sq_agg_feed_value(sq_agg_acc *a, const sq_agg_spec *s, sq_value *v, double time, int has_time);
/* The function's result so far (the accumulator is unchanged).  Null when
 * there is nothing to report, except counts which are 0. */
void sq_agg_result(const sq_agg_acc *a, const sq_agg_spec *s, sq_value *out);

/* Bytes held by the accumulator beyond its own struct (memory ceilings). */
size_t sq_agg_acc_bytes(const sq_agg_acc *a);

#endif
