/* fieldwalk.h — the fields a pipeline reads from its input (see fieldwalk.c). */
#ifndef SPLQ_FIELDWALK_H
#define SPLQ_FIELDWALK_H

#include "splq/ast.h"

typedef struct sq_fieldwalk {
    /* Does the input provide this field? */
    int (*provided)(void *ud, const char *field);
    /* Called once for each field read from the input that it lacks; span is
     * where the query reads it (in the expanded text). */
    void (*missing)(void *ud, const char *field, sq_span span);
    void *ud;
} sq_fieldwalk;

void sq_fields_missing(const sq_ast *pipeline, const sq_fieldwalk *w);

/* The needed-fields walk: read() hears every field the pipeline's stages
 * read from their input, created by an earlier stage or not, including
 * those read without being named (_raw for a bare term, _time for
 * timechart).  Returns 1 when that list is complete (the walk reached a
 * stage whose output fields are its own, such as stats or table, through
 * commands it models exactly), 0 when it cannot say. */
int sq_fields_read(const sq_ast *pipeline, void (*read)(void *ud, const char *field), void *ud);
/* The fields an eval expression reads; -1 when it cannot say (searchmatch,
 * a subsearch). */
int sq_expr_fields_read(const sq_ast *expr, void (*read)(void *ud, const char *field), void *ud);

#endif
