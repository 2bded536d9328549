/* jsondoc.h — a small JSON tree that remembers where each value was written
 * (internal to src/commands/: spath, fromjson, makeresults format=json).
 *
 * Splunk's JSON-reading commands hand back a sub-tree as the text it had in
 * the input and numbers as they were spelled, so the tree keeps, for every
 * value, its span in the source text; strings are decoded.  Object members
 * keep document order, and a repeated key is kept twice. */
#ifndef SPLQ_COMMANDS_JSONDOC_H
#define SPLQ_COMMANDS_JSONDOC_H

#include <stddef.h>

#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"
#include "splq/value.h"

typedef enum jd_type { JD_NULL, JD_TRUE, JD_FALSE, JD_NUM, JD_STR, JD_ARR, JD_OBJ } jd_type;

typedef struct jd_node {
    jd_type type;
    size_t start, end; /* the value's text: src[start, end) */
    char *str;         /* JD_STR: decoded contents (NUL-terminated) */
    size_t slen;
    char *key; /* member of an object: its decoded key */
    size_t klen;
    struct jd_node *kids; /* JD_ARR elements, JD_OBJ members */
    size_t n, cap;
} jd_node;

/* Parse text[0, len) as one JSON value (surrounding blanks allowed).
 * Errors: SQ_ERR_ARG "invalid JSON ..." or SQ_ERR_LIMIT for nesting. */
int jd_parse(const char *text, size_t len, jd_node **out, sq_error *err);
void jd_free(jd_node *root);

/* The value as a field value: scalars as their text (strings decoded,
 * numbers as written, true/false/null as words); objects and arrays as their
 * source text. */
sq_value jd_value(const jd_node *n, const char *src);

/* Splunk's automatic JSON extraction of the tree under `prefix` (may be ""):
 * nested keys joined with '.', array elements under "{}", every scalar one
 * value of the field so named (a repeated name makes a multivalue).  Empty
 * objects and arrays give no field.  Only scalars whose text ends at or
 * before `cutoff` bytes are extracted (0: no cutoff).  A field the
 * extraction names is replaced on its first value (existing values are not
 * kept).  skip_internal: fields named _raw and _time are not written (they
 * would overwrite the event's own text and time). */
void jd_flatten(sq_query *q, sq_event *ev, const jd_node *n, const char *src, const char *prefix,
                size_t cutoff, int skip_internal);

#endif
