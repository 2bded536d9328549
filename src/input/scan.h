/* scan.h — the selective JSON scanner (see scan.c): the needed fields of a
 * record without a DOM, or "ask jansson". */
#ifndef SPLQ_INPUT_SCAN_H
#define SPLQ_INPUT_SCAN_H

#include <stddef.h>

#include "splq/event.h"
#include "splq/needed.h"
#include "splq/query.h"

typedef struct sq_scan sq_scan;

/* A scanner for the fields n needs, their names interned into q->syms now.
 * NULL when n is all (or NULL), or SPLQ_NO_FASTPATH / SPLQ_NO_SCAN is set. */
sq_scan *sq_scan_new(sq_query *q, const sq_needed *n);
void sq_scan_free(sq_scan *s);
/* Does the plan need `_raw` on each event? */
int sq_scan_wants_raw(const sq_scan *s);
/* 1: the needed fields of the record text[0..len) are added to ev, with the
 * names, values and order sq_json_fill gives them (`_raw` first when it is
 * needed).  0: the
 * record holds something the scanner does not handle with certainty (or is
 * not valid JSON); ev is untouched and sq_json_fill must read the record. */
int sq_scan_fill(sq_scan *s, sq_event *ev, const char *text, size_t len);

#endif
