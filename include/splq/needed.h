/* needed.h — the fields a plan needs from each input event (see needed.c).
 *
 * Either "all fields" or a finite set of names.  The input layer extracts
 * only those (src/input/scan.c) and applies only the knowledge whose
 * outputs are among them.  A NULL set means all. */
#ifndef SPLQ_NEEDED_H
#define SPLQ_NEEDED_H

#include <stddef.h>

#include "splq/ast.h"
#include "splq/query.h"

typedef struct sq_needed sq_needed;

sq_needed *sq_needed_new(void);
void sq_needed_free(sq_needed *n);
/* A name with a wildcard, a $token$ or foreach's <<FIELD>> makes the set all. */
void sq_needed_add(sq_needed *n, const char *name, size_t len);
void sq_needed_set_all(sq_needed *n);
int sq_needed_all(const sq_needed *n);
int sq_needed_has(const sq_needed *n, const char *name, size_t len);
/* The names (not meaningful when all). */
size_t sq_needed_count(const sq_needed *n);
const char *sq_needed_name(const sq_needed *n, size_t i);
/* Does the set need the sourcetype's _time extraction (_time, date_*,
 * timestartpos, timeendpos)? */
int sq_needed_time(const sq_needed *n);
/* Does it need event types and tags (eventtype, tag, tag::*)? */
int sq_needed_tags(const sq_needed *n);

/* The plan's needs: the fields pipeline reads before its first stage whose
 * output fields are its own, _time for the env's time bounds, then the
 * inputs of every piece of sourcetype knowledge whose output is needed,
 * transitively.  All when anything is uncertain, when the caller tracks
 * the fields of the inputs, or when SPLQ_NO_FASTPATH / SPLQ_NO_NEEDED is
 * set. */
sq_needed *sq_needed_for_plan(const sq_query *q, const sq_ast *pipeline);

#endif
