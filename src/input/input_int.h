/* input_int.h — what the files of src/input/ share. */
#ifndef SPLQ_INPUT_INT_H
#define SPLQ_INPUT_INT_H

#include <stddef.h>

#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

/* Set `_raw` and the flattened JSON fields of text on ev.  On failure
 * *bad_line is the line of the record (1-based) where the JSON breaks. */
int sq_json_fill(sq_query *q, sq_event *ev, const char *text, size_t len, int *bad_line,
                 sq_error *err);

#endif
