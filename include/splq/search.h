/* search.h — search-expression matching (the search command, the implicit
 * first search, where-clauses of tstats and inputlookup). */
#ifndef SPLQ_SEARCH_H
#define SPLQ_SEARCH_H

#include "splq/ast.h"
#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

typedef struct sq_matcher sq_matcher;

/* sexpr may be NULL: matches everything. */
int sq_matcher_compile(sq_query *q, const sq_ast *sexpr, sq_matcher **out, sq_error *err);
int sq_matcher_match(sq_matcher *m, sq_event *ev); /* 1 or 0 */
void sq_matcher_free(sq_matcher *m);

/* Splunk's wildcard match: '*' any run; case-insensitive unless cs. */
int sq_wildcard_match(const char *pat, size_t plen, const char *s, size_t slen, int cs);

#endif
