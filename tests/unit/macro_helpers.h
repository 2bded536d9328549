/* macro_helpers.h — what the macro test files share: expanding with a
 * check of the result, and a diagnostics sink that collects notes. */
#ifndef SPLQ_TEST_MACRO_HELPERS_H
#define SPLQ_TEST_MACRO_HELPERS_H

#include "splq/buf.h"
#include "splq/macro.h"

/* Notes collected from the diag sink (sq_diag{macro_notes_collect, &notes}). */
typedef struct macro_notes {
    sq_buf text;
    int n;
} macro_notes;
void macro_notes_collect(void *ud, sq_diag_level level, const char *msg);

/* Expand and return the text (caller frees); fails the test on error. */
char *macro_expand_ok(const sq_macros *m, const char *text, sq_srcmap **map);
/* Expand text and compare with want. */
void macro_expect(const sq_macros *m, const char *text, const char *want);
/* Expand text, which must fail, leaving no output and no map; the error. */
sq_error macro_expand_fail(const sq_macros *m, const char *text);

#endif
