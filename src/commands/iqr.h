/* iqr.h — interquartile-range outliers, shared by outlier and
 * anomalydetection method=iqr (internal to src/commands/).
 *
 * Every result is held; at the end each chosen field's numeric values give
 * Q1 and Q3 (linear interpolation between the closest ranks), and values
 * above Q3 + param*IQR (or below Q1 - param*IQR with uselower) are
 * outliers: removed results, or values clamped to the bound (prefixed with
 * "000" when mark=true). */
#ifndef SPLQ_COMMANDS_IQR_H
#define SPLQ_COMMANDS_IQR_H

#include "args.h"
#include "splq/command.h"

typedef struct sq_iqr sq_iqr;

typedef struct sq_iqr_opts {
    int remove; /* action=remove; else transform */
    int mark;
    int uselower;
    double param;
    const sq_ast *const *fields; /* NULL: every field with a numeric value */
    int nfields;
} sq_iqr_opts;

sq_iqr *sq_iqr_new(sq_query *q, const sq_iqr_opts *o);
void sq_iqr_free(sq_iqr *x);
void sq_iqr_hold(sq_iqr *x, sq_event *ev);
int sq_iqr_emit(sq_iqr *x, sq_op *op, sq_error *err);

#endif
