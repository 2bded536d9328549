/* chartcore.h — the table builder shared by chart and timechart (internal
 * to src/commands/).
 *
 * A chart is a grid: one row per row-split value (chart's OVER field, or
 * timechart's time bucket; a single row without one), one column per
 * aggregate and column-split value (BY), each cell the aggregates of the
 * results that fall in it.  Column-split values beyond `limit` (ranked by
 * the sum of the first aggregate over the rows) fold into OTHER; results
 * without the column field go to NULL (usenull).
 *
 * Cells are accumulated as results stream in.  The results' aggregated
 * values are held only when the grid cannot be built without seeing them
 * all: timechart without a span (the span comes from the time range), and
 * an OTHER column for functions whose accumulators cannot be merged
 * (dc, values, list, median, perc, mode, first/last, earliest/latest). */
#ifndef SPLQ_COMMANDS_CHARTCORE_H
#define SPLQ_COMMANDS_CHARTCORE_H

#include "groups.h"
#include "span.h"
#include "splq/command.h"

typedef enum sq_chart_rows { SQ_CHART_NOROW, SQ_CHART_FIELD, SQ_CHART_TIME } sq_chart_rows;

typedef struct sq_chart_opts {
    sq_chart_rows rows;
    sq_sym rowf;
    int has_col;
    sq_sym colf;
    long long limit; /* 0: all */
    int bottom;      /* limit=bottomN */
    int useother, usenull;
    const char *otherstr, *nullstr, *sep;
    int cont;     /* timechart: fill empty buckets between the first and last */
    int has_span; /* timechart */
    sq_timespan span;
    long long bins; /* timechart without span */
    double align;   /* aligntime offset */
} sq_chart_opts;

typedef struct sq_chart sq_chart;

/* Takes aggs (it is emptied). */
sq_chart *sq_chart_new(sq_query *q, const sq_chart_opts *opts, sq_agglist *aggs);
void sq_chart_free(sq_chart *c);
int sq_chart_feed(sq_chart *c, sq_event *ev, sq_error *err);
/* Emit the grid's rows through op, then nothing else (the caller finishes
 * the next operator). */
int sq_chart_emit(sq_chart *c, sq_op *op, sq_error *err);
/* The bytes c holds (for sq_op_hold). */
size_t sq_chart_bytes(const sq_chart *c);

/* Read `limit=` values: N, topN, bottomN. */
int sq_chart_parse_limit(const char *text, long long *limit, int *bottom);

#endif
