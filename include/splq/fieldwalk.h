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

#endif
