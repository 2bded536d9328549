/* prefilter.h — literal terms every matching event must contain, tested on
 * a record's raw bytes before any JSON parsing.
 *
 * Derived from the search that heads a plan: the AND-ed field=value
 * equalities on fields that come straight from JSON extraction (never a
 * field the sourcetype knowledge can set, nor _time, source, eventtype, tag,
 * ...) and the plain terms.  A record that lacks a term, compared without
 * case and with no JSON \u escape in it, cannot match and is skipped.
 * SPLQ_NO_FASTPATH=1 (or SPLQ_NO_PREFILTER=1) turns this off. */
#ifndef SPLQ_PREFILTER_H
#define SPLQ_PREFILTER_H

#include <stddef.h>

#include "splq/ast.h"
#include "splq/query.h"

typedef struct sq_prefilter sq_prefilter;

/* NULL when nothing can be derived from sexpr (a search expression; may be
 * NULL) or fast paths are off. */
sq_prefilter *sq_prefilter_new(sq_query *q, const sq_ast *sexpr);
/* 0: the record cannot match; 1: it may. */
int sq_prefilter_may_match(const sq_prefilter *pf, const char *text, size_t len);
size_t sq_prefilter_nterms(const sq_prefilter *pf);
const char *sq_prefilter_term(const sq_prefilter *pf, size_t i);
void sq_prefilter_free(sq_prefilter *pf);

/* Is the fast path `name` switched off (SPLQ_NO_FASTPATH, or SPLQ_NO_<name>)? */
int sq_fastpath_off(const char *name);

#endif
