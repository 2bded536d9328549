/* groups.h — a hash table of groups keyed by the values of BY fields, for
 * the stats-like commands of src/commands/ (eventstats, streamstats, top,
 * chart, timechart).  Each group holds a copy of its key values and a
 * payload the caller owns (allocated here, zeroed, of a fixed size).
 * Groups are numbered in order of creation; numbers stay valid. */
#ifndef SPLQ_COMMANDS_GROUPS_H
#define SPLQ_COMMANDS_GROUPS_H

#include <stddef.h>
#include <stdint.h>

#include "splq/value.h"

typedef struct sq_gtable sq_gtable;

sq_gtable *sq_gtable_new(int nkeys, size_t payload_size);
/* Free every group: payload_free (may be NULL) is called on each payload
 * first. */
void sq_gtable_free(sq_gtable *t, void (*payload_free)(void *payload));
/* The group of these key values (nkeys scalars, compared by their text),
 * created on first sight (*created = 1). */
size_t sq_gtable_find(sq_gtable *t, sq_value *const *keys, int *created);
/* The group of these key values if it exists, else -1 (nothing created). */
long sq_gtable_lookup(sq_gtable *t, sq_value *const *keys);
size_t sq_gtable_count(const sq_gtable *t);
/* The memory the groups' keys and payloads hold, estimated (what a payload
 * points to is its owner's to count). */
size_t sq_gtable_bytes(const sq_gtable *t);
void *sq_gtable_payload(const sq_gtable *t, size_t i);
/* The i-th group's key values (nkeys of them). */
sq_value *sq_gtable_keys(const sq_gtable *t, size_t i);

/* Compare two key vectors as stats orders its rows: numbers numerically
 * before strings, strings by bytes. */
int sq_gkeys_cmp(sq_value *a, sq_value *b, int nkeys);

/* --- aggregate lists ------------------------------------------------------------ */

#include "aggregate.h"

typedef struct sq_agglist {
    sq_agg_spec *specs;
    int n, cap;
} sq_agglist;

/* Read aggregate terms (`count`, `avg(x) AS a`, commas between) until the
 * end, the keyword `by`, or a stop word; at least one.  Wildcard arguments
 * (values(*)) are refused: cmd names the command in errors. */
int sq_agglist_parse(sq_query *q, sq_args *a, const char *cmd, const char *const *stop,
                     sq_agglist *out, sq_error *err);
void sq_agglist_free(sq_agglist *l);

/* Call fn once for every combination of the event's values of the BY
 * fields (the cross product of multivalue fields), with the keys and the
 * combination's number (0 first).  Returns the number of calls: 0 when a BY
 * field is missing; -1 when fn failed. */
#include "splq/event.h"
typedef int (*sq_by_fn)(void *ud, sq_value *const *keys, int nth);
int sq_by_each(sq_event *ev, const sq_sym *by, int nby, sq_by_fn fn, void *ud);

#endif
